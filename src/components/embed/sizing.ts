// Heights written into the snippets, before a frame has reported its own. Rough by nature (the real height
// depends on the width, the text and the renderer): calibrated on the heights the browser tests measure at
// host widths of 360, 768 and 1200 px (tests/e2e/embed-*.test.ts print them; table in docs/embedding.md).
import type { FigureKind } from '../../scenes/types.ts';

export interface SuggestedHeight {
  /**
   * pym snippet: min-height of the container while the frame loads. Below the smallest height the embed takes
   * at common widths, so no empty space is left once the frame has sized itself, yet most of the space is held.
   */
  reserve: number;
  /** Plain iframe: its fixed height. The story scrolls inside it; a figure fits it at most widths. */
  iframe: number;
}

/** The story as a plain iframe is a window onto a scrolling page: about a phone screen's height. */
export const STORY_HEIGHT: SuggestedHeight = { reserve: 720, iframe: 720 };

/** Figure, title, source line, description and controls; then each state adds a line to the list of states. */
const BASE: Record<FigureKind, SuggestedHeight> = {
  map: { reserve: 800, iframe: 1020 },
  pledges: { reserve: 800, iframe: 900 },
  timeline: { reserve: 700, iframe: 780 },
};
const PER_STATE: SuggestedHeight = { reserve: 30, iframe: 50 };

export function figureHeight(kind: FigureKind, states: number): SuggestedHeight {
  const listed = states > 1 ? states : 0;
  return {
    reserve: BASE[kind].reserve + PER_STATE.reserve * listed,
    iframe: BASE[kind].iframe + PER_STATE.iframe * listed,
  };
}
