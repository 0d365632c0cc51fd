// Table-driven tests of the map scenes: every param value, defaults, and unknown values failing loudly.
import { describe, expect, it } from 'vitest';
import { CAMERA_IDS, type FigureState, type SceneParams } from '../../src/scenes/types.ts';
import * as coalition from '../../src/scenes/coalition.ts';
import * as forces from '../../src/scenes/forces.ts';
import * as claims from '../../src/scenes/claims.ts';
import * as greenland from '../../src/scenes/greenland.ts';
import { stateFor } from '../../src/scenes/territory.ts';
import { MAP_SCENES } from '../../src/scenes/map-scenes.ts';
import { CONTROL_DATES } from '../../src/lib/geo/topology.ts';

const wellFormed = (s: FigureState) => {
  expect(CAMERA_IDS).toContain(s.camera);
  expect(new Set(s.layers).size).toBe(s.layers.length);
  expect(new Set(s.highlight).size).toBe(s.highlight.length);
};

describe('coalition', () => {
  it.each([
    ['members', ['members']],
    ['paris', ['members', 'paris']],
    ['outside', ['members', 'outside']],
    ['endorsement', ['members', 'endorsement']],
  ])('show: %s', (show, layers) => {
    const s = coalition.state({ show });
    wellFormed(s);
    expect(s).toEqual({ scene: 'coalition', camera: 'europe', layers, highlight: [] });
  });
  it('defaults to members', () => expect(coalition.state({}).layers).toEqual(['members']));
});

describe('forces', () => {
  it.each([
    ['overview', 'ukraine-region', ['occupied'], []],
    ['contact-line', 'ukraine', ['occupied', 'contact-line'], []],
    ['hubs', 'ukraine', ['occupied', 'contact-line', 'hubs'], []],
    ['neighbours', 'ukraine-region', ['occupied', 'neighbours'], ['POL', 'ROU']],
    ['sea-air', 'ukraine-region', ['occupied', 'black-sea', 'air'], ['TUR']],
    ['monitoring', 'ukraine', ['occupied', 'contact-line', 'monitoring'], []],
  ])('focus: %s', (focus, camera, layers, highlight) => {
    const s = forces.state({ focus });
    wellFormed(s);
    expect(s).toEqual({ scene: 'forces', camera, layers, highlight });
  });
  it('covers every focus value', () => expect(forces.FOCUS).toHaveLength(6));
});

describe('claims', () => {
  it.each([
    ['annexed', 'ukraine', ['occupied', 'annexed-2014', 'annexed-2022']],
    ['donbas', 'donbas', ['occupied', 'donbas']],
    ['held-donetsk', 'donbas', ['occupied', 'donbas', 'held-donetsk']],
    ['dmz', 'donbas', ['occupied', 'donbas', 'dmz']],
  ])('show: %s', (show, camera, layers) => {
    const s = claims.state({ show });
    wellFormed(s);
    expect(s).toEqual({ scene: 'claims', camera, layers, highlight: [] });
  });
});

describe('greenland', () => {
  it.each([
    ['signatories', ['greenland', 'greenland-signatories']],
    ['nordic', ['greenland', 'nordic']],
  ])('show: %s', (show, layers) => {
    const s = greenland.state({ show });
    wellFormed(s);
    expect(s).toEqual({ scene: 'greenland', camera: 'europe-wide', layers, highlight: [] });
  });
});

describe('territory', () => {
  const DATES = ['2022-02-23', '2022-09-01', '2026-01-31'];
  const territory = stateFor(DATES);
  it('defaults to every snapshot, by progress', () => {
    const s = territory({});
    wellFormed(s);
    expect(s).toEqual({
      scene: 'territory',
      camera: 'ukraine',
      layers: [],
      highlight: [],
      progress: { keys: ['control:2022-02-23', 'control:2022-09-01', 'control:2026-01-31'] },
    });
  });
  it('sorts and de-duplicates a list of dates', () => {
    expect(territory({ dates: ['2026-01-31', '2022-02-23', '2026-01-31'] }).progress?.keys).toEqual([
      'control:2022-02-23',
      'control:2026-01-31',
    ]);
  });
  it('shows one date without progress', () => {
    const s = territory({ date: '2022-09-01' });
    expect(s.layers).toEqual(['control:2022-09-01']);
    expect(s.progress).toBeUndefined();
  });
  it.each<[SceneParams, RegExp]>([
    [{ date: '2022-09-02' }, /"date".*2022-09-02.*allowed values: 2022-02-23, 2022-09-01, 2026-01-31/],
    [{ dates: ['2022-09-01', 'soon'] }, /"dates".*soon.*allowed values/],
    [{ dates: [] }, /"dates".*non-empty/],
    [{ dates: 'x' }, /"dates"/],
    [{ date: '2022-09-01', dates: ['2022-09-01'] }, /either/],
    [{ when: 'now' }, /unknown param "when".*dates, date/],
  ])('rejects %j', (params, message) => {
    expect(() => territory(params)).toThrow(message);
  });
});

describe('unknown params and values fail with the allowed values', () => {
  it.each<[keyof typeof MAP_SCENES, SceneParams, RegExp]>([
    ['coalition', { show: 'nato' }, /coalition: param "show" is "nato"; allowed values: members, paris, outside, endorsement/],
    ['coalition', { focus: 'paris' }, /coalition: unknown param "focus"; allowed params: show/],
    ['forces', { focus: 'ground' }, /forces: param "focus" is "ground"; allowed values: overview, contact-line, hubs, neighbours, sea-air, monitoring/],
    ['forces', { show: 'hubs' }, /forces: unknown param "show"/],
    ['claims', { show: 'crimea' }, /claims: param "show" is "crimea"; allowed values: annexed, donbas, held-donetsk, dmz/],
    ['claims', { show: ['donbas'] }, /claims: param "show"/],
    ['greenland', { show: 'arctic' }, /greenland: param "show" is "arctic"; allowed values: signatories, nordic/],
    ['greenland', { show: 1 }, /greenland: param "show" is 1/],
  ])('%s %j', (scene, params, message) => {
    expect(() => MAP_SCENES[scene](params)).toThrow(message);
  });
});

describe('registry', () => {
  it('has every map scene', () => {
    expect(Object.keys(MAP_SCENES).sort()).toEqual(['claims', 'coalition', 'forces', 'greenland', 'territory']);
  });
  it.each(Object.entries(MAP_SCENES))('%s returns its own scene id', (id, fn) => {
    expect(fn({}).scene).toBe(id);
  });
  it('territory uses the geo data\'s snapshot dates', () => {
    expect(MAP_SCENES.territory({}).progress?.keys).toEqual(CONTROL_DATES.map((d) => `control:${d}`));
    expect(() => MAP_SCENES.territory({ date: '1999-01-01' })).toThrow(/allowed values: 2022-02-23/);
  });
});
