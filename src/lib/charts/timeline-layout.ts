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
  /** Event ids labelled next, before the others (the turning points of the story). */
  prefer?: ReadonlySet<string> | undefined;
}

export interface PlacedEvent<E extends TimelineInput = TimelineInput> {
  event: E;
  y: number;
  /** End of a multi-day event. */
  yEnd: number | undefined;
  /** Horizontal dodge of the dot, in glyph widths right of the rail (dots closer than a glyph never overlap). */
  step: number;
  label: { top: number; height: number } | null;
}

export interface Tick {
  y: number;
  /** English label; other editions format `date` in `style` (src/lib/charts/i18n.ts → tickLabel). */
  label: string;
  date: Date;
  style: 'day' | 'month' | 'month-year';
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
      ticks.push({ y: y(t), label: utcFormat('%-d %b')(t), date: t, style: 'day' });
    }
    return ticks;
  }
  for (let yr = a.getUTCFullYear(), m = a.getUTCMonth() + 1; ; m++) {
    const t = new Date(Date.UTC(yr, m, 1));
    if (t >= b) break;
    // The year is named on the first tick and wherever it changes, so "Jan" is never ambiguous.
    const first = ticks.length === 0 || t.getUTCMonth() === 0;
    ticks.push({ y: y(t), label: utcFormat(first ? '%b %Y' : '%b')(t), date: t, style: first ? 'month-year' : 'month' });
  }
  return ticks;
}

interface Block {
  want: number;
  height: number;
}

/**
 * Order-preserving 1-D label placement: labels keep the order of their events (leader lines never cross) and
 * overlapping runs are merged into clusters centred on their members' wanted positions (least squares), then
 * kept inside [0, height]. Returns the tops, or null when the labels cannot fit.
 */
export function stackLabels(blocks: readonly Block[], height: number, gap: number): number[] | null {
  type Cluster = { first: number; last: number; top: number; size: number };
  const clusters: Cluster[] = [];
  // Offset of block i from its cluster's top, and the sum of (want - offset) over a cluster, for the mean.
  const offset: number[] = [];
  const sumWant = (c: Cluster) => {
    let s = 0;
    for (let i = c.first; i <= c.last; i++) s += blocks[i]!.want - offset[i]!;
    return s;
  };
  const place = (c: Cluster) => {
    const n = c.last - c.first + 1;
    c.top = Math.min(Math.max(sumWant(c) / n, 0), height - c.size);
  };
  blocks.forEach((b, i) => {
    offset[i] = 0;
    let cur: Cluster = { first: i, last: i, top: 0, size: b.height };
    place(cur);
    for (let prev = clusters.at(-1); prev && prev.top + prev.size + gap > cur.top; prev = clusters.at(-1)) {
      clusters.pop();
      for (let j = cur.first; j <= cur.last; j++) offset[j]! += prev.size + gap;
      cur = { first: prev.first, last: cur.last, top: 0, size: prev.size + gap + cur.size };
      place(cur);
    }
    clusters.push(cur);
  });
  if (clusters.some((c) => c.top < 0 || c.top + c.size > height + 1e-6)) return null;
  const tops: number[] = [];
  for (const c of clusters) for (let i = c.first; i <= c.last; i++) tops[i] = c.top + offset[i]!;
  return tops;
}

/** Dots closer than a glyph's width step right of the rail (up to `maxSteps` steps), like a beeswarm. */
export function dodgeDots(ys: readonly number[], size: number, maxSteps: number): number[] {
  const placed: { y: number; step: number }[] = [];
  return ys.map((y) => {
    let step = 0;
    while (step < maxSteps && placed.some((p) => p.step === step && Math.abs(p.y - y) < size)) step++;
    placed.push({ y, step });
    return step;
  });
}

export function layoutTimeline<E extends TimelineInput>(
  all: readonly E[],
  range: TimelineRange,
  o: LayoutOptions
): TimelineLayout<E> {
  const y = scaleUtc().domain(RANGE_DOMAINS[range]).range([0, o.height]);
  const round = (v: number) => Math.round(v * 10) / 10;
  const rank = (e: TimelineInput) => KIND_RANK[e.kind] ?? 9;
  const events = all
    .filter((e) => inRange(e, range))
    .sort((a, b) => a.date.getTime() - b.date.getTime() || rank(a) - rank(b) || a.id.localeCompare(b.id));
  const index = new Map(events.map((e, i) => [e.id, i]));
  const heights = events.map((e) => estimateLines(labelText(e), o) * o.lineHeight);
  const want = events.map((e, i) => y(e.date) - heights[i]! / 2);

  // Who gets a label, in this order: highlighted events, preferred ones, then by kind, then by date. Each is kept
  // only if the labels chosen so far still fit with every label within maxShift of its dot.
  const preferred = (e: TimelineInput) => Number(o.prefer?.has(e.id) ?? false);
  const order = [...events].sort(
    (a, b) =>
      Number(o.priority.has(b.id)) - Number(o.priority.has(a.id)) ||
      preferred(b) - preferred(a) ||
      rank(a) - rank(b) ||
      a.date.getTime() - b.date.getTime() ||
      a.id.localeCompare(b.id)
  );
  let chosen: number[] = [];
  let tops: number[] = [];
  for (const e of order) {
    const trial = [...chosen, index.get(e.id)!].sort((a, b) => a - b);
    const stacked = stackLabels(
      trial.map((i) => ({ want: want[i]!, height: heights[i]! })),
      o.height,
      o.gap
    );
    const ok = stacked !== null && trial.every((i, k) => Math.abs(stacked[k]! - want[i]!) <= o.maxShift);
    if (ok) {
      chosen = trial;
      tops = stacked;
    } else if (o.priority.has(e.id)) {
      throw new Error(`timeline: no room to label highlighted event "${e.id}" in range ${range}; highlight fewer events`);
    }
  }
  const labels = new Map(chosen.map((i, k) => [i, { top: round(tops[k]!), height: heights[i]! }]));
  const steps = dodgeDots(
    events.map((e) => y(e.date)),
    11,
    3
  );

  return {
    range,
    height: o.height,
    ticks: ticksFor(range, (d) => round(y(d))),
    events: events.map((event, i) => ({
      event,
      y: round(y(event.date)),
      yEnd: event.endDate ? round(y(event.endDate)) : undefined,
      step: steps[i]!,
      label: labels.get(i) ?? null,
    })),
  };
}
