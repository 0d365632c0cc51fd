// One lookup from a step's scene id and params to its FigureState, and from scene to the figure kind that
// draws it. Steps are validated through here at build time, so a bad scene parameter fails the build.
import type { FigureKind, FigureState, SceneId, SceneParams } from './types.ts';
import { MAP_SCENES } from './map-scenes.ts';
import { chartScenes } from './chart-scenes.ts';

export const SCENE_KIND: Record<SceneId, FigureKind> = {
  coalition: 'map',
  forces: 'map',
  territory: 'map',
  claims: 'map',
  greenland: 'map',
  pledges: 'pledges',
  timeline: 'timeline',
};

const SCENES: Record<SceneId, (params: SceneParams) => FigureState> = { ...MAP_SCENES, ...chartScenes };

export function sceneState(scene: SceneId, params: SceneParams): FigureState {
  const fn = SCENES[scene];
  if (!fn) throw new Error(`unknown scene "${scene}"`);
  return fn(params);
}
