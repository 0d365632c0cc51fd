/**
 * The contract between scene functions (pure, build time and client), renderers (Astro components that draw SVG
 * at build time) and the client script (which only toggles what the renderers drew).
 *
 * A figure draws every mark any of its steps needs, once, at build time. Each mark that a step can switch on or
 * off carries `data-layer="<key>"`; marks a step can emphasise carry `data-key="<key>"`. A FigureState names
 * which layers are on and which keys are emphasised; CSS does the transitions. So the picture is a pure
 * function of (step, progress): no state accumulates along the scroll path.
 */

/** Scene ids used by steps (`scene:` in a step's frontmatter). */
export const SCENE_IDS = [
  'coalition',
  'forces',
  'pledges',
  'territory',
  'claims',
  'timeline',
  'greenland',
] as const;
export type SceneId = (typeof SCENE_IDS)[number];

/** Figure kinds: which renderer draws a figure. Several scenes can share one kind (all map scenes use `map`). */
export const FIGURE_KINDS = ['map', 'pledges', 'timeline'] as const;
export type FigureKind = (typeof FIGURE_KINDS)[number];

/** Named camera positions of the map figure; the renderer turns each into a transform. */
export const CAMERA_IDS = ['europe', 'europe-wide', 'ukraine-region', 'ukraine', 'donbas'] as const;
export type CameraId = (typeof CAMERA_IDS)[number];

/** Layers chosen by scroll progress within a step: the i-th key of `keys` is shown at progress in [i/n, (i+1)/n). */
export interface ProgressLayers {
  keys: string[];
}

export interface FigureState {
  scene: SceneId;
  /** Map figures only: where the camera looks. */
  camera?: CameraId;
  /** Keys of the `data-layer` marks that are visible. Marks of other layers are hidden. */
  layers: string[];
  /** Keys of `data-key` marks to emphasise (e.g. ISO codes, timeline event ids). */
  highlight: string[];
  /** Progress-driven layers (e.g. control snapshots), added to `layers` according to progress. */
  progress?: ProgressLayers;
}

/** Parameters a step may pass to its scene (`params:` in frontmatter). Each scene reads the ones it knows. */
export type SceneParams = Record<string, string | number | boolean | string[]>;
