import { describe, expect, it } from 'vitest';
import { state } from '../../src/scenes/pledges.ts';
import { chartScenes } from '../../src/scenes/chart-scenes.ts';
import type { SceneParams } from '../../src/scenes/types.ts';

describe('pledges scene', () => {
  it.each<[string, SceneParams, string[], string[]]>([
    ['latest snapshot by default', {}, ['snap:2026-01'], []],
    ['March 2025', { snapshot: '2025-03' }, ['snap:2025-03'], []],
    ['September 2025', { snapshot: '2025-09' }, ['snap:2025-09'], []],
    ['one country as a string, and the chart told some are named', { snapshot: '2026-01', highlight: 'FRA' }, ['snap:2026-01', 'named'], ['FRA']],
    ['countries sorted, duplicates dropped', { highlight: ['POL', 'FRA', 'POL'] }, ['snap:2026-01', 'named'], ['FRA', 'POL']],
    ['no country named: no `named` layer', { snapshot: '2025-09', highlight: [] }, ['snap:2025-09'], []],
  ])('%s', (_, params, layers, highlight) => {
    expect(state(params)).toEqual({ scene: 'pledges', layers, highlight });
  });

  it.each<[string, SceneParams, RegExp]>([
    ['unknown snapshot', { snapshot: '2025-06' }, /"snapshot".*allowed values: 2025-03, 2025-09, 2026-01/],
    ['snapshot as a year number', { snapshot: 2026 }, /"snapshot"/],
    ['lower-case ISO code', { highlight: ['fra'] }, /"highlight".*alpha-3/],
    ['ISO alpha-2 code', { highlight: 'FR' }, /"highlight"/],
    ['highlight as a number', { highlight: 250 }, /"highlight"/],
    ['unknown param', { snapshots: '2025-03' }, /unknown param "snapshots".*snapshot, highlight/],
  ])('throws on %s', (_, params, message) => {
    expect(() => state(params)).toThrow(message);
  });

  it('is registered for the scene registry', () => {
    expect(chartScenes.pledges({ snapshot: '2025-09' }).layers).toEqual(['snap:2025-09']);
  });
});
