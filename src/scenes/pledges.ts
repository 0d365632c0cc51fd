// Scene `pledges`: which snapshot of the countries' troop positions is shown, and which countries are emphasised.
// Layer keys: `snap:<YYYY-MM>` (every mark of one snapshot); `named`, on while the step names any country (the
// chart dims the others). Highlight keys: ISO 3166-1 alpha-3 codes.
// Whether a highlighted code is a country of the chart is checked by the renderer at build time (it has the data;
// this function runs in the browser too and stays data-free).
import type { FigureState, SceneParams } from './types.ts';
import { assertKnownParams, listOf, oneOf } from '../lib/charts/params.ts';

export const SNAPSHOTS = ['2025-03', '2025-09', '2026-01'] as const;
export type Snapshot = (typeof SNAPSHOTS)[number];

/** Shown when a step names no snapshot: the latest one, the state of affairs the story is about. */
export const DEFAULT_SNAPSHOT: Snapshot = '2026-01';

export const snapLayer = (snapshot: Snapshot): string => `snap:${snapshot}`;

/** On while a step names countries. One key, not one per country: the rules it drives restyle the whole chart,
 *  so they should change only when the step goes from naming none to naming some, or back. */
export const NAMED_LAYER = 'named';

export function state(params: SceneParams): FigureState {
  assertKnownParams('pledges', params, ['snapshot', 'highlight']);
  const snapshot = oneOf('pledges', 'snapshot', params.snapshot, SNAPSHOTS, DEFAULT_SNAPSHOT);
  const highlight = listOf('pledges', 'highlight', params.highlight, /^[A-Z]{3}$/, 'ISO 3166-1 alpha-3 codes such as FRA, GBR');
  return { scene: 'pledges', layers: [snapLayer(snapshot), ...(highlight.length ? [NAMED_LAYER] : [])], highlight };
}
