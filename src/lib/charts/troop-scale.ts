// Geometry of the stated-figure range bars. Positions are percentages of the bar track so the HTML can be fluid;
// the scale always starts at zero (a bar's length is read as a number of troops).
import { scaleLinear } from 'd3-scale';
import type { TroopFigure } from './format.ts';

export type RangeKind = 'range' | 'point' | 'up-to' | 'at-least' | 'words';

export interface RangeBar {
  kind: RangeKind;
  /** Left and right edges, in % of the track. For `up-to` the left edge is open (fades to zero); for
   *  `at-least` the right edge is open (fades out towards the track's end). */
  x0: number;
  x1: number;
}

export interface TroopScale {
  max: number;
  ticks: { value: number; x: number }[];
  bar: (t: TroopFigure) => RangeBar;
}

/** One shared scale for every stated figure, so bars compare; null when no figure has a number. */
export function troopScale(figures: readonly TroopFigure[]): TroopScale | null {
  const values = figures.flatMap((f) => [f.low, f.high]).filter((v): v is number => v !== undefined);
  if (values.length === 0) return null;
  const top = Math.max(...values);
  // 10 % headroom so an open "at least" end still has room to fade out past its number.
  const x = scaleLinear().domain([0, top * 1.1]).range([0, 100]).nice(4);
  const max = x.domain()[1]!;
  const round = (v: number) => Math.round(x(v) * 100) / 100;
  return {
    max,
    // Three ticks (0, middle, max): the axis sits in a narrow column, and wider labels would collide.
    ticks: x.ticks(2).map((value) => ({ value, x: round(value) })),
    bar: ({ low, high }) => {
      if (low !== undefined && high !== undefined) {
        return low === high ? { kind: 'point', x0: round(low), x1: round(low) } : { kind: 'range', x0: round(low), x1: round(high) };
      }
      if (high !== undefined) return { kind: 'up-to', x0: 0, x1: round(high) };
      if (low !== undefined) return { kind: 'at-least', x0: round(low), x1: 100 };
      return { kind: 'words', x0: 0, x1: 0 };
    },
  };
}
