// Scene `greenland`: the 6 January 2026 statements on Greenland, on a map of Europe that reaches Greenland.
// Layer keys drawn by MapFigure: `greenland` (Greenland itself, labelled as part of the Kingdom of Denmark),
// `greenland-signatories` (the leaders' statement: its signatories from the data), `nordic` (the Nordic foreign
// ministers' statement: its signatories from the data).
import type { FigureState, SceneParams } from './types.ts';
import { assertKnownParams, oneOf } from '../lib/charts/params.ts';

export const SHOW = ['signatories', 'nordic'] as const;
export type GreenlandShow = (typeof SHOW)[number];

const LAYERS: Record<GreenlandShow, string[]> = {
  signatories: ['greenland', 'greenland-signatories'],
  nordic: ['greenland', 'nordic'],
};

export function state(params: SceneParams): FigureState {
  assertKnownParams('greenland', params, ['show']);
  const show = oneOf('greenland', 'show', params.show, SHOW, 'signatories');
  return { scene: 'greenland', camera: 'europe-wide', layers: [...LAYERS[show]], highlight: [] };
}
