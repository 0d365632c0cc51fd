// Scene `claims`: what Russia claims and demands, against what it holds.
// Layer keys drawn by MapFigure: `occupied` (latest occupied area, for contrast), `annexed-2014` (Crimea and
// Sevastopol), `annexed-2022` (Donetsk, Luhansk, Zaporizhzhia and Kherson oblasts, claimed in 2022 within their
// administrative borders), `donbas` (the demand for the whole of Donetsk and Luhansk oblasts), `held-donetsk`
// (the part of Donetsk oblast Ukraine holds, with its computed area), `dmz` (the same area as the proposed
// demilitarised / "free economic" zone — an idea in peace plans, not an agreement).
import type { CameraId, FigureState, SceneParams } from './types.ts';
import { assertKnownParams, oneOf } from '../lib/charts/params.ts';

export const SHOW = ['annexed', 'donbas', 'held-donetsk', 'dmz'] as const;
export type ClaimsShow = (typeof SHOW)[number];

const STATES: Record<ClaimsShow, { camera: CameraId; layers: string[] }> = {
  annexed: { camera: 'ukraine', layers: ['occupied', 'annexed-2014', 'annexed-2022'] },
  donbas: { camera: 'donbas', layers: ['occupied', 'donbas'] },
  'held-donetsk': { camera: 'donbas', layers: ['occupied', 'donbas', 'held-donetsk'] },
  dmz: { camera: 'donbas', layers: ['occupied', 'donbas', 'dmz'] },
};

export function state(params: SceneParams): FigureState {
  assertKnownParams('claims', params, ['show']);
  const show = oneOf('claims', 'show', params.show, SHOW, 'annexed');
  const s = STATES[show];
  return { scene: 'claims', camera: s.camera, layers: [...s.layers], highlight: [] };
}
