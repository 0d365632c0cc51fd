// The accessors on the committed map data: ids, properties, dates, winding, and places that must fall where the
// story says they are (Crimea in Ukraine, in both the Europe map and the oblast map).
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { geoArea, geoContains, geoLength } from 'd3-geo';
import type { Feature, Geometry } from 'geojson';
import {
  CONTROL_DATES,
  HELD_OBLAST,
  controlDisplay,
  controlNote,
  controlOccupied,
  europeBorders,
  europeCountries,
  frontLine,
  heldDonetsk,
  oblastBorders,
  ukraineOblasts,
  ukraineOutline,
} from '../../src/lib/geo/topology.ts';

type Pt = [number, number];
const R = 6371.0088;
const root = path.resolve(import.meta.dirname, '../..');
const geoSrc = process.env.GEO_SRC || path.resolve(root, '../shared/data/geo');
const sourceIndex = () =>
  JSON.parse(fs.readFileSync(path.join(geoSrc, 'control/index.json'), 'utf8')) as {
    dates: { date: string; line_of_contact_km: number }[];
  };

const containing = <F extends Feature>(features: F[], p: Pt) => features.filter((f) => geoContains(f, p));

const PLACES: { name: string; at: Pt; oblast: string }[] = [
  { name: 'Simferopol', at: [34.1, 44.95], oblast: 'UA-43' },
  { name: 'Sevastopol', at: [33.52, 44.6], oblast: 'UA-40' },
  { name: 'Kyiv', at: [30.52, 50.45], oblast: 'UA-30' },
  { name: 'Lviv', at: [24.03, 49.84], oblast: 'UA-46' },
  { name: 'Odesa', at: [30.73, 46.48], oblast: 'UA-51' },
  { name: 'Kramatorsk', at: [37.56, 48.74], oblast: 'UA-14' },
];

describe('europeCountries: Crimea is drawn in Ukraine', () => {
  it.each(PLACES)('$name is inside Ukraine (804) and in no other country', ({ at }) => {
    expect(containing(europeCountries(), at).map((f) => f.id)).toEqual(['804']);
  });

  it('ids are ISO numeric strings with {a3, name}; the map covers Europe, Greenland, the Caucasus, North Africa', () => {
    const byA3 = new Map(europeCountries().map((f) => [f.properties.a3, f]));
    for (const [a3, id] of [
      ['UKR', '804'],
      ['RUS', '643'],
      ['GRL', '304'],
      ['DNK', '208'],
      ['ISL', '352'],
      ['PRT', '620'],
      ['TUR', '792'],
      ['GEO', '268'],
      ['MAR', '504'],
      ['EGY', '818'],
    ]) {
      expect(byA3.get(a3!)?.id, a3).toBe(id);
      expect(typeof byA3.get(a3!)?.properties.name).toBe('string');
    }
    for (const f of europeCountries()) expect(f.id).toMatch(/^-?\d+$/);
    expect(byA3.has('USA')).toBe(false); // cropped away: outside-Europe members are an inset list
  });

  it.each([
    { name: 'Moscow', at: [37.62, 55.75] as Pt, id: '643' },
    { name: 'the Greenland ice sheet', at: [-42, 72] as Pt, id: '304' },
    { name: 'Jutland', at: [9.2, 56.2] as Pt, id: '208' },
    { name: 'Ankara', at: [32.85, 39.93] as Pt, id: '792' },
  ])('$name is in $id (the crop keeps western Russia, Greenland, Türkiye)', ({ at, id }) => {
    expect(containing(europeCountries(), at).map((f) => f.id)).toEqual([id]);
  });

  // Simplification must not erase small states (Visvalingam shrinks a small ring to nothing); the Vatican is a
  // zero-area point in the 50m source, so it is the one country of the crop that cannot be drawn.
  it.each([
    { a3: 'MCO', id: '492' },
    { a3: 'LUX', id: '442' },
    { a3: 'LIE', id: '438' },
    { a3: 'SMR', id: '674' },
    { a3: 'AND', id: '020' },
    { a3: 'MLT', id: '470' },
    { a3: 'CYP', id: '196' },
  ])('small state $a3 survives simplification with a real area', ({ a3, id }) => {
    const f = europeCountries().find((x) => x.id === id);
    expect(f?.properties.a3).toBe(a3);
    expect(geoArea(f!)).toBeGreaterThan(0);
  });

  it('borders mesh is a non-empty MultiLineString', () => {
    expect(europeBorders().type).toBe('MultiLineString');
    expect(europeBorders().coordinates.length).toBeGreaterThan(50);
  });
});

describe('ukraineOblasts', () => {
  it.each(PLACES)('$name is in $oblast and nowhere else', ({ at, oblast }) => {
    expect(containing(ukraineOblasts(), at).map((f) => f.id)).toEqual([oblast]);
    expect(geoContains(ukraineOutline(), at)).toBe(true);
  });

  it('has the 27 units, sorted by ISO 3166-2 code, with names and types', () => {
    const ids = ukraineOblasts().map((f) => f.id);
    expect(ids).toHaveLength(27);
    expect(ids).toEqual([...ids].sort());
    for (const id of ids) expect(id).toMatch(/^UA-\d\d$/);
    const byId = new Map(ukraineOblasts().map((f) => [f.id, f.properties]));
    expect(byId.get('UA-43')).toEqual({
      name: 'Autonomous Republic of Crimea',
      name_uk: 'Автономна Республіка Крим',
      type: 'autonomous_republic',
    });
    expect(byId.get('UA-40')?.type).toBe('city_special_status');
    expect(byId.get('UA-14')?.name).toBe('Donetsk Oblast');
  });

  it('Moscow and Chișinău are outside every unit', () => {
    for (const p of [[37.62, 55.75], [28.86, 47.01]] as Pt[]) expect(containing(ukraineOblasts(), p)).toEqual([]);
  });

  it('internal borders mesh is non-empty', () => expect(oblastBorders().coordinates.length).toBeGreaterThan(20));
});

describe('control layers', () => {
  it('CONTROL_DATES: the 11 snapshots, ascending, from the 2022 baseline to January 2026', () => {
    expect(CONTROL_DATES).toHaveLength(11);
    expect([...CONTROL_DATES]).toEqual([...CONTROL_DATES].sort());
    expect(CONTROL_DATES[0]).toBe('2022-02-23');
    expect(CONTROL_DATES.at(-1)).toBe('2026-01-31');
  });

  it.each([
    { name: 'controlOccupied', get: controlOccupied },
    { name: 'controlDisplay', get: controlDisplay },
    { name: 'frontLine', get: frontLine },
    { name: 'heldDonetsk', get: heldDonetsk },
    { name: 'controlNote', get: controlNote },
  ])('$name throws on an unknown date, naming it and the known dates', ({ get }) => {
    expect(() => get('2024-02-30')).toThrow(/"2024-02-30".*2022-02-23.*2026-01-31/);
    expect(() => get('')).toThrow(/known dates/);
  });

  it.each(CONTROL_DATES.map((date) => ({ date })))('$date: every layer is there, with id = date', ({ date }) => {
    for (const f of [controlOccupied(date), controlDisplay(date), frontLine(date), heldDonetsk(date)]) expect(f.id).toBe(date);
    expect(['Polygon', 'MultiPolygon']).toContain(controlOccupied(date).geometry.type);
    expect(['LineString', 'MultiLineString']).toContain(frontLine(date).geometry.type);
    expect(controlNote(date).date).toBe(date);
  });

  it('no polygon anywhere is inside-out for d3 (area under a hemisphere)', () => {
    const polygons: Geometry[] = [
      ...europeCountries().map((f) => f.geometry),
      ...ukraineOblasts().map((f) => f.geometry),
      ukraineOutline().geometry,
      ...CONTROL_DATES.flatMap((d) => [controlOccupied(d), controlDisplay(d), heldDonetsk(d)].map((f) => f.geometry)),
    ];
    for (const g of polygons) expect(geoArea(g)).toBeLessThan(0.1); // Russia's crop is ~0.03 sr; inside-out ≈ 12.5
  });

  // `displayed` differs from `occupied` once: on 2022-04-03 besieged Mariupol was an unoccupied pocket, which the
  // display fill paints over (it fills pockets enclosed by occupied land).
  it.each([
    { place: 'Simferopol', at: [34.1, 44.95] as Pt, occupied: CONTROL_DATES, displayed: CONTROL_DATES },
    { place: 'Donetsk city', at: [37.8, 48.0] as Pt, occupied: CONTROL_DATES, displayed: CONTROL_DATES },
    {
      place: 'Mariupol',
      at: [37.55, 47.1] as Pt,
      occupied: CONTROL_DATES.filter((d) => d >= '2022-09-01'),
      displayed: CONTROL_DATES.filter((d) => d >= '2022-04-03'),
    },
    { place: 'Kramatorsk', at: [37.56, 48.74] as Pt, occupied: [], displayed: [] },
    { place: 'Kyiv', at: [30.52, 50.45] as Pt, occupied: [], displayed: [] },
  ])('$place is occupied exactly at the expected dates', ({ at, occupied, displayed }) => {
    expect(CONTROL_DATES.filter((d) => geoContains(controlOccupied(d), at))).toEqual(occupied);
    expect(CONTROL_DATES.filter((d) => geoContains(controlDisplay(d), at))).toEqual(displayed);
  });

  it(`heldDonetsk lies in ${HELD_OBLAST}: Kramatorsk and Sloviansk held at every date, Donetsk city never`, () => {
    for (const d of CONTROL_DATES) {
      expect(geoContains(heldDonetsk(d), [37.56, 48.74]), `Kramatorsk ${d}`).toBe(true);
      expect(geoContains(heldDonetsk(d), [37.62, 48.85]), `Sloviansk ${d}`).toBe(true);
      expect(geoContains(heldDonetsk(d), [37.8, 48.0]), `Donetsk ${d}`).toBe(false);
    }
  });

  it.each(CONTROL_DATES.map((date) => ({ date })))(
    '$date: the simplified line of contact is within 3 % of the source length (shape kept)',
    ({ date }) => {
      const source = sourceIndex().dates.find((d) => d.date === date)?.line_of_contact_km;
      expect(source).toBeGreaterThan(0);
      const km = geoLength(frontLine(date)) * R;
      expect(Math.abs(km / source! - 1)).toBeLessThan(0.03);
    },
  );

  it('controlNote flags the one low-quality snapshot and carries the source', () => {
    expect(CONTROL_DATES.filter((d) => controlNote(d).lowQuality)).toEqual(['2022-04-03']);
    expect(controlNote('2026-01-31').source).toMatch(/DeepState/);
    expect(controlNote('2022-02-23').note).toMatch(/baseline/);
  });
});
