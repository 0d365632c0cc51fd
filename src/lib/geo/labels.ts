// Map labels live in an HTML overlay, not in the SVG: their font size is then CSS px at every figure width (so
// 12 px stays 12 px on a 320 px phone, where SVG text in a 1000-unit viewBox would shrink to a third), and they do
// not scale with the camera. Each label is placed per camera (as % of the square stage, from the camera transform)
// and shown only under the cameras it is written for. This module is the pure part: positions and a collision
// check that the tests run for every scene state at a 320 px figure width.
import type { CameraId } from '../../scenes/types.ts';
import { camera, toScreen } from './cameras.ts';
import { project, VIEW_W, VIEW_H } from './projection.ts';

export type Align = 'start' | 'middle' | 'end';

export interface LabelSpec {
  /** Unique within a figure. */
  id: string;
  /** Text, `\n` separates lines. */
  text: string;
  /** Anchor point, lon/lat. */
  at: readonly [number, number];
  /** Cameras under which the label shows. */
  cams: readonly CameraId[];
  /** Layer that shows the label (none: shown whenever its camera is active). */
  layer?: string;
  /** Emphasis key. */
  key?: string;
  /** Horizontal alignment of the text block on the anchor. */
  align?: Align;
  /** Vertical alignment of the text block on the anchor. */
  valign?: 'top' | 'middle' | 'bottom';
  /** Offset from the anchor in CSS px (constant at every width); a leader line is drawn when set and `leader`. */
  dx?: number;
  dy?: number;
  leader?: boolean;
  /** Draw a dot at the anchor (a place, e.g. Paris). */
  dot?: boolean;
  /** Visual class: `country` (small caps grey), `place`, `sea` (italic), `note` (annotation), `value` (bold). */
  kind?: 'country' | 'place' | 'sea' | 'note' | 'value';
}

/** Font size (CSS px) per kind; ≥ 11 px everywhere so labels stay legible on a 320 px phone. */
export const FONT_PX: Record<NonNullable<LabelSpec['kind']>, number> = {
  country: 11,
  place: 12,
  sea: 12,
  note: 12,
  value: 13,
};
export const LINE_HEIGHT = 1.2;
/** Average advance of a sans-serif glyph as a share of the font size (system-ui ≈ 0.5–0.56); generous on purpose. */
export const CHAR_EM = 0.56;
/** Country labels are set in capitals with letter-spacing: wider glyphs (Latin and Cyrillic). */
export const CAPS_EM = 0.7;

/** Anchor position of a label under a camera, in % of the square stage (0–100), rounded to 0.01. */
export function labelPosition(spec: Pick<LabelSpec, 'at'>, cam: CameraId): [number, number] {
  const [sx, sy] = toScreen(camera(cam), project(spec.at));
  return [Math.round((sx / VIEW_W) * 1e4) / 100, Math.round((sy / VIEW_H) * 1e4) / 100];
}

export interface Box {
  id: string;
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

/** Estimated box of a label, in px, on a square figure `size` px wide. */
export function labelBox(spec: LabelSpec, cam: CameraId, size = 320): Box {
  const [px, py] = labelPosition(spec, cam);
  const font = FONT_PX[spec.kind ?? 'place'];
  const lines = spec.text.split('\n');
  const w = Math.max(...lines.map((l) => l.length)) * font * (spec.kind === 'country' ? CAPS_EM : CHAR_EM);
  const h = lines.length * font * LINE_HEIGHT;
  const ax = (px / 100) * size + (spec.dx ?? 0);
  const ay = (py / 100) * size + (spec.dy ?? 0);
  const align = spec.align ?? 'middle';
  const valign = spec.valign ?? 'middle';
  const x0 = align === 'start' ? ax : align === 'end' ? ax - w : ax - w / 2;
  const y0 = valign === 'top' ? ay : valign === 'bottom' ? ay - h : ay - h / 2;
  return { id: spec.id, x0, y0, x1: x0 + w, y1: y0 + h };
}

const overlaps = (a: Box, b: Box, gap: number) =>
  a.x0 < b.x1 + gap && b.x0 < a.x1 + gap && a.y0 < b.y1 + gap && b.y0 < a.y1 + gap;

/** Labels visible in a state: their camera is active and their layer (if any) is on. */
export function visibleLabels(specs: readonly LabelSpec[], cam: CameraId, layers: ReadonlySet<string>): LabelSpec[] {
  return specs.filter((s) => s.cams.includes(cam) && (s.layer === undefined || layers.has(s.layer)));
}

/** Pairs of visible labels whose boxes overlap (with a small gap), at a figure size in px. */
export function collisions(
  specs: readonly LabelSpec[],
  cam: CameraId,
  layers: ReadonlySet<string>,
  size = 320,
  gap = 1
): [string, string][] {
  const boxes = visibleLabels(specs, cam, layers).map((s) => labelBox(s, cam, size));
  const out: [string, string][] = [];
  for (let i = 0; i < boxes.length; i++) {
    for (let j = i + 1; j < boxes.length; j++) {
      if (overlaps(boxes[i]!, boxes[j]!, gap)) out.push([boxes[i]!.id, boxes[j]!.id]);
    }
  }
  return out;
}

/** Labels whose box leaves the stage at a figure size (they would be cut off). */
export function outOfFrame(specs: readonly LabelSpec[], cam: CameraId, layers: ReadonlySet<string>, size = 320) {
  return visibleLabels(specs, cam, layers)
    .map((s) => labelBox(s, cam, size))
    .filter((b) => b.x0 < 0 || b.y0 < 0 || b.x1 > size || b.y1 > size)
    .map((b) => b.id);
}
