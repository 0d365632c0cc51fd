// Number and date wording for the chart figures. Troop figures are only ever what a source stated: words as said
// and/or a low–high range; there is no rounding, no midpoint and no default number. "not stated" is the one
// answer when a position has no figure.
import { utcFormat } from 'd3-time-format';

export interface TroopFigure {
  /** The figure as said or reported, e.g. "several thousand", "up to one company". */
  text: string;
  low?: number | undefined;
  high?: number | undefined;
}

export const NOT_STATED = 'not stated';

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

/**
 * The numeric part of a stated figure, or null when the source gave words only.
 * {low: 6000, high: 8000} → "6,000–8,000"; {low: 6000, high: 6000} → "6,000"; {high: 7500} → "up to 7,500";
 * {low: 5000} → "at least 5,000".
 */
export function formatTroopRange(t: Pick<TroopFigure, 'low' | 'high'>, lang = 'en'): string | null {
  const { low, high } = t;
  if (low !== undefined && high !== undefined) {
    if (high < low) throw new Error(`formatTroopRange: high ${high} is below low ${low}`);
    return low === high ? formatCount(low, lang) : `${formatCount(low, lang)}–${formatCount(high, lang)}`;
  }
  if (high !== undefined) return `up to ${formatCount(high, lang)}`;
  if (low !== undefined) return `at least ${formatCount(low, lang)}`;
  return null;
}

/**
 * One line for a table cell or an accessible name: the words, with the range added when it says something the
 * words do not. No figure → "not stated".
 */
export function describeTroops(t: TroopFigure | undefined, lang = 'en'): string {
  if (!t) return NOT_STATED;
  const range = formatTroopRange(t, lang);
  const words = t.text.trim();
  if (!range) return words || NOT_STATED;
  if (!words || words === range) return range;
  // The words often already carry the number ("about 6,000"): repeating it would read as a second figure.
  const digits = (s: string) => s.replace(/\D+/g, ' ').trim();
  if (digits(words) !== '' && digits(words) === digits(range)) return words;
  return `${words} (${range})`;
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
