// Scene `territory`: the occupied area of Ukraine at several dates, stepped through by scroll progress.
// Layer keys drawn by MapFigure: `control:<YYYY-MM-DD>` — one per snapshot, each with its hatched occupied area,
// its derived line of contact and its label "date: N km² (S % of Ukraine)".
// Params: `dates` (list of snapshot dates; each step through the list is a slice of the step's scroll progress;
// default: every snapshot) or `date` (one snapshot, no progress). The dates must be snapshots the geo data has
// (CONTROL_DATES): an unknown date fails the build with the list of available ones.
import type { FigureState, SceneParams } from './types.ts';
import { assertKnownParams } from '../lib/charts/params.ts';
import { CONTROL_DATES } from '../lib/geo/topology.ts';

export const controlLayer = (date: string): string => `control:${date}`;

/** The scene function for a given list of available snapshot dates (injectable for tests). */
export function stateFor(available: readonly string[]) {
  const allowed = () => `allowed values: ${available.join(', ')} (quoted, as YYYY-MM-DD)`;
  const check = (name: string, value: unknown): string => {
    if (typeof value === 'string' && available.includes(value)) return value;
    throw new Error(`territory: param "${name}" has ${JSON.stringify(value)}; ${allowed()}`);
  };
  return (params: SceneParams): FigureState => {
    assertKnownParams('territory', params, ['dates', 'date']);
    if (params.date !== undefined && params.dates !== undefined) {
      throw new Error('territory: give either param "date" (one snapshot) or "dates" (a list), not both');
    }
    if (params.date !== undefined) {
      return { scene: 'territory', camera: 'ukraine', layers: [controlLayer(check('date', params.date))], highlight: [] };
    }
    let dates: string[];
    if (params.dates === undefined) dates = [...available];
    else if (Array.isArray(params.dates) && params.dates.length > 0) dates = params.dates.map((d) => check('dates', d));
    else throw new Error(`territory: param "dates" is ${JSON.stringify(params.dates)}; a non-empty list, ${allowed()}`);
    // Chronological and de-duplicated: progress always runs forward in time, whatever order the step lists.
    dates = [...new Set(dates)].sort();
    return {
      scene: 'territory',
      camera: 'ukraine',
      layers: [],
      highlight: [],
      progress: { keys: dates.map(controlLayer) },
    };
  };
}

export const state = stateFor(CONTROL_DATES);
