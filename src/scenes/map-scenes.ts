// The map scenes, by scene id: the registry (src/scenes/registry.ts) dispatches to these.
import type { FigureState, SceneParams } from './types.ts';
import { state as coalition } from './coalition.ts';
import { state as forces } from './forces.ts';
import { state as territory } from './territory.ts';
import { state as claims } from './claims.ts';
import { state as greenland } from './greenland.ts';

export type MapSceneId = 'coalition' | 'forces' | 'territory' | 'claims' | 'greenland';

export const MAP_SCENES: Record<MapSceneId, (params: SceneParams) => FigureState> = {
  coalition,
  forces,
  territory,
  claims,
  greenland,
};
