// Building blocks shared by every record schema. They are strict on purpose: the data files are edited by hand,
// and a typo must fail the build with a message an editor understands instead of being silently dropped.
import { z } from 'zod';

/** Confidence tags, mirroring the fact sheet: [C2+] confirmed, [S] single source, [X] conflicting, [LR] low reliability. */
export const CONFIDENCE = ['confirmed', 'single-source', 'conflicting', 'low-reliability'] as const;
export type Confidence = (typeof CONFIDENCE)[number];

/** Weakest first: a record that combines several facts carries the weakest of their confidences. */
const CONFIDENCE_RANK: Record<Confidence, number> = {
  'low-reliability': 0,
  conflicting: 1,
  'single-source': 2,
  confirmed: 3,
};

/** The weakest of several confidence tags. */
export function weakest(...tags: Confidence[]): Confidence {
  return tags.reduce((a, b) => (CONFIDENCE_RANK[b] < CONFIDENCE_RANK[a] ? b : a), 'confirmed');
}

export const confidence = z.enum(CONFIDENCE, {
  error: `must be one of: ${CONFIDENCE.join(', ')}`,
});

/** Lower-case words joined by hyphens: ids that end up in URLs, CSV files and data attributes. */
export const kebabId = z
  .string({ error: 'must be an id (lower-case words joined by hyphens)' })
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be lower-case words joined by hyphens, e.g. "afp-paris-declaration"');

/** ISO 3166-1 alpha-3 code, upper case (FRA, GBR, UKR). */
export const iso3 = z
  .string({ error: 'must be an ISO 3166-1 alpha-3 code such as FRA' })
  .regex(/^[A-Z]{3}$/, 'must be an ISO 3166-1 alpha-3 code in capitals, such as FRA');

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * A calendar day written YYYY-MM-DD (YAML 1.2 reads it as a string), as a Date at 00:00 UTC. A Date is accepted too,
 * for YAML parsers that resolve timestamps. Impossible days such as 2026-02-30 are rejected rather than rolled over.
 */
export const isoDate = z
  .union([z.string(), z.date()], { error: 'must be a date written YYYY-MM-DD' })
  .transform((value, ctx) => {
    if (value instanceof Date) {
      if (Number.isNaN(value.getTime())) ctx.addIssue({ code: 'custom', message: 'is not a valid date' });
      return value;
    }
    const m = ISO_DAY.exec(value);
    const day = m ? new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))) : undefined;
    if (!m || !day || day.toISOString().slice(0, 10) !== value) {
      ctx.addIssue({ code: 'custom', message: `must be a real date written YYYY-MM-DD (got "${value}")` });
      return new Date(Number.NaN);
    }
    return day;
  });

/**
 * How precise a date is: sources often give only the month ("Jan 2026") or the year ("2026"); the date is then the
 * first day of that month or year.
 */
export const datePrecision = z.enum(['day', 'month', 'year'], { error: 'must be "day", "month" or "year"' }).default('day');

/** Source ids (from content/data/sources.yaml) backing a record; at least one. */
export const sourceIds = z
  .array(kebabId, { error: 'must be a list of source ids from content/data/sources.yaml' })
  .min(1, 'needs at least one source id from content/data/sources.yaml');

/** The day part of a date, for display, CSV and comparisons with snapshot ids. */
export function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}
