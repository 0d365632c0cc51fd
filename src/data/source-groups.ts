// The sources page lists the registry grouped by kind of source, most authoritative first, so a reader sees at a
// glance which facts rest on official texts and which on flagged outlets.
import type { Source } from './schemas/records.ts';

export const SOURCE_GROUPS = [
  { kind: 'official', heading: 'Official texts and records' },
  { kind: 'news', heading: 'News reports (with the original wire where the page is a copy)' },
  { kind: 'reference', heading: 'Reference works and analyses' },
  { kind: 'low-reliability', heading: 'Low-reliability sources (used only for what a party itself said, or flagged)' },
  { kind: 'data', heading: 'Data sets' },
] as const satisfies readonly { kind: Source['kind']; heading: string }[];

export interface SourceGroup {
  kind: Source['kind'];
  heading: string;
  sources: Source[];
}

/** Newest first within a group; undated sources last; ties by publisher, then id (stable output). */
function compare(a: Source, b: Source): number {
  const ta = a.published?.getTime() ?? Number.NEGATIVE_INFINITY;
  const tb = b.published?.getTime() ?? Number.NEGATIVE_INFINITY;
  if (ta !== tb) return tb - ta;
  return a.publisher.localeCompare(b.publisher, 'en') || a.id.localeCompare(b.id);
}

/** Non-empty groups in SOURCE_GROUPS order. */
export function groupSources(sources: readonly Source[]): SourceGroup[] {
  return SOURCE_GROUPS.map(({ kind, heading }) => ({
    kind,
    heading,
    sources: sources.filter((s) => s.kind === kind).sort(compare),
  })).filter((g) => g.sources.length > 0);
}

const DAY = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
const MONTH = new Intl.DateTimeFormat('en-GB', { month: 'long', year: 'numeric', timeZone: 'UTC' });

/** Publication date as precisely as the research recorded it: "6 January 2026", "January 2026", "2026". */
export function publishedLabel(s: Source): string {
  if (!s.published) return 'date not recorded';
  if (s.publishedPrecision === 'year') return String(s.published.getUTCFullYear());
  return (s.publishedPrecision === 'month' ? MONTH : DAY).format(s.published);
}

/** Machine-readable form of the same date for <time datetime>: YYYY-MM-DD, YYYY-MM or YYYY. */
export function publishedIso(s: Source): string | undefined {
  if (!s.published) return undefined;
  const day = s.published.toISOString().slice(0, 10);
  return s.publishedPrecision === 'year' ? day.slice(0, 4) : s.publishedPrecision === 'month' ? day.slice(0, 7) : day;
}
