// Number and date wording for the chart figures. The troop-figure wording (words as said and/or a low–high range,
// never a midpoint or a default number; "not stated" when there is no figure) lives in i18n.ts: troopRange,
// troopWords, in each edition's language.
import { utcFormat } from 'd3-time-format';

export interface TroopFigure {
  /** The figure as said or reported, e.g. "several thousand", "up to one company". */
  text: string;
  low?: number | undefined;
  high?: number | undefined;
}

const numberFormats = new Map<string, Intl.NumberFormat>();

/** 6000 → "6,000" (en). Integers only: troop counts are never fractional. */
export function formatCount(n: number, lang = 'en'): string {
  if (!Number.isFinite(n)) throw new Error(`formatCount: not a number: ${n}`);
  let fmt = numberFormats.get(lang);
  if (!fmt) {
    fmt = new Intl.NumberFormat(lang, { maximumFractionDigits: 0, useGrouping: true });
    numberFormats.set(lang, fmt);
  }
  return fmt.format(n);
}

const dayMonthYear = utcFormat('%-d %b %Y');
const dayMonth = utcFormat('%-d %b');
const monthYear = utcFormat('%B %Y');
const monthShortYear = utcFormat('%b %Y');

/** 2026-01-06 → "6 Jan 2026". UTC, because the data's dates are calendar days, not instants. */
export const formatDay = (d: Date): string => dayMonthYear(d);

/** A date span: "14–15 Dec 2025", "30 Nov – 2 Dec 2025", "6 Jan 2026" when there is no end. */
export function formatSpan(start: Date, end?: Date): string {
  if (!end || end.getTime() === start.getTime()) return formatDay(start);
  if (end < start) throw new Error(`formatSpan: end ${end.toISOString()} is before start ${start.toISOString()}`);
  const sameYear = start.getUTCFullYear() === end.getUTCFullYear();
  const sameMonth = sameYear && start.getUTCMonth() === end.getUTCMonth();
  if (sameMonth) return `${start.getUTCDate()}–${formatDay(end)}`;
  if (sameYear) return `${dayMonth(start)} – ${formatDay(end)}`;
  return `${formatDay(start)} – ${formatDay(end)}`;
}

/** "2025-09" → "September 2025" (long) or "Sep 2025" (short). */
export function formatSnapshot(snapshot: string, style: 'long' | 'short' = 'long'): string {
  const m = /^(\d{4})-(\d{2})$/.exec(snapshot);
  if (!m) throw new Error(`formatSnapshot: not a YYYY-MM snapshot: ${snapshot}`);
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, 1));
  return style === 'long' ? monthYear(d) : monthShortYear(d);
}

/** ISO calendar day for `datetime` attributes. */
export const isoDay = (d: Date): string => d.toISOString().slice(0, 10);

const monthOnly = utcFormat('%b %Y');
const yearOnly = utcFormat('%Y');

/** A date as precise as its source: "6 Jan 2026", "Jan 2026" when only the month is known, "2025" for a year. */
export const formatDate = (d: Date, precision: 'day' | 'month' | 'year' = 'day'): string =>
  precision === 'month' ? monthOnly(d) : precision === 'year' ? yearOnly(d) : formatDay(d);
