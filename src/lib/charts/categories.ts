// How each position category looks and reads. Colour is never the only cue: every category also has its own
// glyph shape and a text label (WCAG 1.4.1). Colours are Okabe–Ito hues, darkened where needed so each glyph
// keeps a 3:1 contrast against the white chart background (WCAG 1.4.11; checked in tests).
import { POSITION_CATEGORIES } from '../../data/schemas/records.ts';

export type Category = (typeof POSITION_CATEGORIES)[number];

export type GlyphShape = 'circle' | 'square' | 'diamond' | 'triangle' | 'cross' | 'ring';

export interface CategoryStyle {
  colour: string;
  shape: GlyphShape;
  /** Short label: legend, band headings. */
  label: string;
  /** Full meaning: table cells, accessible names. */
  long: string;
}

/**
 * Reading order of the bands, from the most to the least committed, with "not stated" last because it is an
 * absence of information, not a position. Moves up this list are moves towards sending troops.
 */
export const CATEGORY_ORDER: readonly Category[] = [
  'troops-in-ukraine',
  'neighbouring-nato',
  'support-only',
  'undecided',
  'no-troops',
  'not-stated',
];

export const CATEGORY_STYLE: Record<Category, CategoryStyle> = {
  'troops-in-ukraine': {
    colour: '#0072b2',
    shape: 'circle',
    label: 'Troops in Ukraine',
    long: 'ready to send troops into Ukraine after a ceasefire',
  },
  'neighbouring-nato': {
    colour: '#00805c',
    shape: 'square',
    label: 'Forces next door',
    long: 'forces in a neighbouring NATO country, not in Ukraine',
  },
  'support-only': {
    colour: '#a8538a',
    shape: 'diamond',
    label: 'Air, sea, training only',
    long: 'air, sea, training or logistics support only, no ground troops',
  },
  undecided: {
    colour: '#a86a00',
    shape: 'triangle',
    label: 'Undecided',
    long: 'undecided, or conditions not yet met',
  },
  'no-troops': {
    colour: '#c64f00',
    shape: 'cross',
    label: 'No troops',
    long: 'rules out sending troops',
  },
  'not-stated': {
    colour: '#6e6e6e',
    shape: 'ring',
    label: 'Not stated',
    long: 'no public position found in our sources',
  },
};

/** 0 for the most committed category; used to say whether a move was towards or away from sending troops. */
export const categoryRank = (c: Category): number => CATEGORY_ORDER.indexOf(c);

/**
 * SVG path of a glyph in a 12×12 box centred on (6, 6). Outlines (ring, cross) are strokes so they keep their
 * weight at any size; the renderer reads `stroke` to decide.
 */
export function glyphPath(shape: GlyphShape): { d: string; stroke: boolean } {
  switch (shape) {
    case 'circle':
      return { d: 'M6 1a5 5 0 1 1 0 10a5 5 0 1 1 0-10z', stroke: false };
    case 'square':
      return { d: 'M1.5 1.5h9v9h-9z', stroke: false };
    case 'diamond':
      return { d: 'M6 0.5l5.5 5.5l-5.5 5.5l-5.5-5.5z', stroke: false };
    case 'triangle':
      return { d: 'M6 1l5.5 9.5h-11z', stroke: false };
    case 'cross':
      return { d: 'M2 2l8 8M10 2l-8 8', stroke: true };
    case 'ring':
      return { d: 'M6 1.75a4.25 4.25 0 1 1 0 8.5a4.25 4.25 0 1 1 0-8.5z', stroke: true };
  }
}
