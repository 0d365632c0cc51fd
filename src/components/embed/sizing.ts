// Heights to put in the snippets, before a frame has reported its own. Measured in the browser tests
// (tests/e2e/embed-*.test.ts print them) at host widths of 360, 768 and 1200 px; see docs/embedding.md.
import type { FigureKind } from '../../scenes/types.ts';

export interface SuggestedHeight {
  /** pym snippet: min-height of the container while the frame loads. The smallest height the embed takes at
   * any common width, so no empty space is left once the frame has sized itself. */
  reserve: number;
  /** Plain iframe: its fixed height. The story scrolls inside it; a figure fits it at most widths. */
  iframe: number;
}

/** The story as a plain iframe is a window onto a scrolling page: about a phone screen's height. */
export const STORY_HEIGHT: SuggestedHeight = { reserve: 720, iframe: 720 };

const FIGURE_HEIGHT: Record<FigureKind, SuggestedHeight> = {
  map: { reserve: 560, iframe: 760 },
  pledges: { reserve: 560, iframe: 760 },
  timeline: { reserve: 560, iframe: 760 },
};

/** Step controls add a row of buttons and the list of states. */
const STEPPER_HEIGHT = 0;

export function figureHeight(kind: FigureKind, states: number): SuggestedHeight {
  const h = FIGURE_HEIGHT[kind];
  const extra = states > 1 ? STEPPER_HEIGHT : 0;
  return { reserve: h.reserve + extra, iframe: h.iframe + extra };
}
