// Scene `forces`: what the proposed Multinational Force for Ukraine would look like. Everything here is a
// PROPOSAL: the renderer draws schematic annotations (no invented positions — the UK–France "military hubs"
// locations were not published).
// Layer keys drawn by MapFigure: `occupied` (the latest occupied area, context for every focus), `contact-line`
// (the latest derived line of contact and the "set back from the line" band), `hubs` (schematic: hubs somewhere
// in Ukrainian-held territory, locations not published), `neighbours` (Poland, Slovakia, Hungary, Romania: NATO
// territory next to Ukraine), `black-sea` (Türkiye's naval lead), `air` (air surveillance offers), `monitoring`
// (US-led monitoring of the line by drones and satellites). Highlight keys: ISO alpha-3 codes.
import type { CameraId, FigureState, SceneParams } from './types.ts';
import { assertKnownParams, oneOf } from '../lib/charts/params.ts';

export const FOCUS = ['overview', 'contact-line', 'hubs', 'neighbours', 'sea-air', 'monitoring'] as const;
export type ForcesFocus = (typeof FOCUS)[number];

const STATES: Record<ForcesFocus, { camera: CameraId; layers: string[]; highlight: string[] }> = {
  // The zoom from Europe to Ukraine and its neighbours happens as the camera changes from the previous scene.
  overview: { camera: 'ukraine-region', layers: ['occupied'], highlight: [] },
  'contact-line': { camera: 'ukraine', layers: ['occupied', 'contact-line'], highlight: [] },
  hubs: { camera: 'ukraine', layers: ['occupied', 'contact-line', 'hubs'], highlight: [] },
  // Poland and Romania are emphasised among the four neighbours: they are the logistics leads.
  neighbours: { camera: 'ukraine-region', layers: ['occupied', 'neighbours'], highlight: ['POL', 'ROU'] },
  'sea-air': { camera: 'ukraine-region', layers: ['occupied', 'black-sea', 'air'], highlight: ['TUR'] },
  monitoring: { camera: 'ukraine', layers: ['occupied', 'contact-line', 'monitoring'], highlight: [] },
};

export function state(params: SceneParams): FigureState {
  assertKnownParams('forces', params, ['focus']);
  const focus = oneOf('forces', 'focus', params.focus, FOCUS, 'overview');
  const s = STATES[focus];
  return { scene: 'forces', camera: s.camera, layers: [...s.layers], highlight: [...s.highlight] };
}
