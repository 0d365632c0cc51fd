// The chart figures' scenes, merged into the scene registry (src/scenes/registry.ts) next to the map scenes.
import type { FigureState, SceneParams } from './types.ts';
import { state as pledges } from './pledges.ts';
import { state as timeline } from './timeline.ts';

export const chartScenes: { pledges: (p: SceneParams) => FigureState; timeline: (p: SceneParams) => FigureState } = {
  pledges,
  timeline,
};
