// How each timeline event kind looks: a shape and a colour (never colour alone), named in the legend.
import type { GlyphShape } from './categories.ts';

export const KIND_ORDER = ['coalition', 'us-russia', 'peace-plan', 'russia', 'other'] as const;

export const KIND_STYLE: Record<string, { shape: GlyphShape; colour: string }> = {
  coalition: { shape: 'circle', colour: '#0072b2' },
  'us-russia': { shape: 'diamond', colour: '#a8538a' },
  'peace-plan': { shape: 'square', colour: '#00805c' },
  russia: { shape: 'triangle', colour: '#c64f00' },
  other: { shape: 'ring', colour: '#6e6e6e' },
};
