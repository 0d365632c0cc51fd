// Layout of the vertical diplomacy timeline: a true time scale down a rail (dots at their dates), and labels
// beside it that may slide a little from their dot to avoid each other (a leader line joins them). When there
// is no room near its date, an event keeps its dot and loses its visible label (it stays in the figure's
// screen-reader list and in the data table). Events a step highlights are placed first, so the event a step
// talks about is always labelled. Pure and deterministic: ties break on date, then id.
import { scaleUtc } from 'd3-scale';
import { utcFormat } from 'd3-time-format';

export const TIMELINE_RANGES = ['2025', '2026', 'all'] as const;
export type TimelineRange = (typeof TIMELINE_RANGES)[number];

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

/**
 * Which events each range shows: [first day, day after the last]. The story runs from the London summit
 * (2 Mar 2025) to 9 Jan 2026; context before or after (the Oval Office clash, later statements) stays in the table.
 */
export const RANGE_WINDOWS: Record<TimelineRange, readonly [Date, Date]> = {
  all: [day('2025-03-02'), day('2026-01-10')],
  '2025': [day('2025-03-02'), day('2026-01-01')],
  '2026': [day('2026-01-01'), day('2026-01-10')],
};

/** The rail's time scale: each window with a few days' margin, so the end dots sit clear of the rail's ends. */
export const RANGE_DOMAINS: Record<TimelineRange, readonly [Date, Date]> = {
  all: [day('2025-02-24'), day('2026-01-16')],
  '2025': [day('2025-02-24'), day('2026-01-04')],
  '2026': [day('2025-12-31'), day('2026-01-10')],
};

export interface TimelineInput {
  id: string;
  date: Date;
  endDate?: Date | undefined;
  title: string;
  kind: string;
}

export interface LayoutOptions {
  /** Height of the rail in px. */
  height: number;
  /** Width of a label on the narrowest screen the figure supports (320 px phone), in px. */
  labelWidth: number;
  /** Average glyph width of the label font, in px (used to estimate how many lines a label wraps to). */
  charWidth: number;
  lineHeight: number;
  /** Vertical space kept between two labels. */
  gap: number;
  /** How far a label may slide from its dot before it is dropped. */
  maxShift: number;
  /** Event ids that must be labelled (the events steps highlight). */
  priority: ReadonlySet<string>;
}

export interface PlacedEvent<E extends TimelineInput = TimelineInput> {
  event: E;
  y: number;
  /** End of a multi-day event. */
  yEnd: number | undefined;
  label: { top: number; height: number } | null;
}

export interface Tick {
  y: number;
  label: string;
}

export interface TimelineLayout<E extends TimelineInput = TimelineInput> {
  range: TimelineRange;
  height: number;
  ticks: Tick[];
  events: PlacedEvent<E>[];
}

/** Kinds in order of how much they matter to this story, for who gets a label when room is short. */
const KIND_RANK: Record<string, number> = { coalition: 0, 'peace-plan': 1, 'us-russia': 2, russia: 3, other: 4 };

export const labelDate = utcFormat('%-d %b');

/** Text of a visible label (date + title); its length drives the wrap estimate. */
export const labelText = (e: TimelineInput) => `${labelDate(e.date)} ${e.title}`;

export function inRange(e: TimelineInput, range: TimelineRange): boolean {
  const [a, b] = RANGE_WINDOWS[range];
  return e.date >= a && e.date < b;
}

export function estimateLines(text: string, o: Pick<LayoutOptions, 'labelWidth' | 'charWidth'>): number {
  return Math.max(1, Math.ceil((text.length * o.charWidth) / o.labelWidth));
}

function ticksFor(range: TimelineRange, y: (d: Date) => number): Tick[] {
  const [a] = RANGE_DOMAINS[range];
  const [, b] = RANGE_WINDOWS[range];
  const ticks: Tick[] = [];
  if (range === '2026') {
    // Ten days: one tick a day would crowd a phone; every other day from the 1st.
    for (let t = day('2026-01-01'); t < b; t = new Date(t.getTime() + 2 * 86_400_000)) {
      ticks.push({ y: y(t), label: utcFormat('%-d %b')(t) });
    }
    return ticks;
  }
  for (let yr = a.getUTCFullYear(), m = a.getUTCMonth() + 1; ; m++) {
    const t = new Date(Date.UTC(yr, m, 1));
    if (t >= b) break;
    // The year is named on the first tick and wherever it changes, so "Jan" is never ambiguous.
    const first = ticks.length === 0 || t.getUTCMonth() === 0;
    ticks.push({ y: y(t), label: utcFormat(first ? '%b %Y' : '%b')(t) });
  }
  return ticks;
}

export function layoutTimeline<E extends TimelineInput>(
  all: readonly E[],
  range: TimelineRange,
  o: LayoutOptions
): TimelineLayout<E> {
  const y = scaleUtc().domain(RANGE_DOMAINS[range]).range([0, o.height]);
  const round = (v: number) => Math.round(v * 10) / 10;
  const events = all
    .filter((e) => inRange(e, range))
    .sort((a, b) => a.date.getTime() - b.date.getTime() || a.id.localeCompare(b.id));

  // Who is placed first: highlighted events, then by kind, then by date.
  const order = [...events].sort(
    (a, b) =>
      Number(o.priority.has(b.id)) - Number(o.priority.has(a.id)) ||
      (KIND_RANK[a.kind] ?? 9) - (KIND_RANK[b.kind] ?? 9) ||
      a.date.getTime() - b.date.getTime() ||
      a.id.localeCompare(b.id)
  );

  const taken: { top: number; bottom: number }[] = [];
  const labels = new Map<string, { top: number; height: number }>();
  const free = (top: number, bottom: number) => taken.every((t) => bottom + o.gap <= t.top || top >= t.bottom + o.gap);

  for (const e of order) {
    const h = estimateLines(labelText(e), o) * o.lineHeight;
    const centre = y(e.date);
    const want = Math.min(Math.max(centre - h / 2, 0), o.height - h);
    let placed: number | undefined;
    for (let s = 0; s <= o.maxShift && placed === undefined; s += 2) {
      for (const top of s === 0 ? [want] : [want + s, want - s]) {
        if (top < 0 || top + h > o.height) continue;
        if (free(top, top + h)) {
          placed = top;
          break;
        }
      }
    }
    if (placed === undefined) {
      if (o.priority.has(e.id)) {
        throw new Error(`timeline: no room to label highlighted event "${e.id}" in range ${range}; highlight fewer events`);
      }
      continue;
    }
    taken.push({ top: placed, bottom: placed + h });
    labels.set(e.id, { top: round(placed), height: h });
  }

  return {
    range,
    height: o.height,
    ticks: ticksFor(range, (d) => round(y(d))),
    events: events.map((event) => ({
      event,
      y: round(y(event.date)),
      yEnd: event.endDate ? round(y(event.endDate)) : undefined,
      label: labels.get(event.id) ?? null,
    })),
  };
}
