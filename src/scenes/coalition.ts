// Scene `coalition`: who is in the Coalition of the Willing, on a map of Europe.
// Layer keys drawn by MapFigure: `members` (every member, Ukraine included, plus the chips of members outside
// Europe), `paris` (present at the Élysée on 6 January 2026 vs not confirmed), `outside` (the United States,
// Russia and the EU states that are not members), `endorsement` (endorsed the Declaration of Paris vs
// reservations). Which country is in which class comes from the data (src/data), read by the renderer; this
// function only says which layers are on, so it stays data-free and runs anywhere.
import type { FigureState, SceneParams } from './types.ts';
import { assertKnownParams, oneOf } from '../lib/charts/params.ts';

export const SHOW = ['members', 'paris', 'outside', 'endorsement'] as const;
export type CoalitionShow = (typeof SHOW)[number];

/** The members stay lit in every step: the other layers are read against them. */
const LAYERS: Record<CoalitionShow, string[]> = {
  members: ['members'],
  paris: ['members', 'paris'],
  outside: ['members', 'outside'],
  endorsement: ['members', 'endorsement'],
};

export function state(params: SceneParams): FigureState {
  assertKnownParams('coalition', params, ['show']);
  const show = oneOf('coalition', 'show', params.show, SHOW, 'members');
  return { scene: 'coalition', camera: 'europe', layers: [...LAYERS[show]], highlight: [] };
}
