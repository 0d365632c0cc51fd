// Scene `timeline`: which stretch of the diplomacy timeline is shown, and which event is emphasised.
// Layer keys: `range:<2025|2026|all>` (the event marks laid out for that time range). Highlight keys:
// `event:<id>`. Whether the id exists, and falls inside the range, is checked by the renderer at build time.
import type { FigureState, SceneParams } from './types.ts';
import { assertKnownParams, listOf, oneOf } from '../lib/charts/params.ts';

export const RANGES = ['2025', '2026', 'all'] as const;
export type TimelineRange = (typeof RANGES)[number];

export const DEFAULT_RANGE: TimelineRange = 'all';

export const rangeLayer = (range: TimelineRange): string => `range:${range}`;
export const eventKey = (id: string): string => `event:${id}`;

export function state(params: SceneParams): FigureState {
  assertKnownParams('timeline', params, ['event', 'range']);
  const range = oneOf('timeline', 'range', params.range, RANGES, DEFAULT_RANGE);
  if (Array.isArray(params.event)) {
    throw new Error(`timeline: param "event" is a list; allowed values: one timeline event id`);
  }
  const events = listOf('timeline', 'event', params.event, /^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'a timeline event id (lower-case words joined by hyphens)');
  return { scene: 'timeline', layers: [rangeLayer(range)], highlight: events.map(eventKey) };
}
