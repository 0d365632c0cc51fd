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

/**
 * The story's turning points, labelled before other events when room is short (after the highlighted ones).
 * Ids from content/data/timeline.yaml; tests/unit/timeline-data.test.ts checks that each still exists.
 */
export const TURNING_POINTS = [
  'london-summit',
  'paris-summit-march',
  'paris-pledge-26',
  'alaska-summit',
  'us-28-point-plan',
  'twenty-point-plan',
  'mar-a-lago',
  'paris-declaration',
  'zakharova-targets',
  'oreshnik-strike',
];
