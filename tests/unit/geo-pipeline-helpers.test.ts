// The geo pipeline's pure helpers (scripts/geo/*.mjs), on small hand-made shapes whose answers are known.
import { describe, expect, it } from 'vitest';
import { geoArea, type GeoPermissibleObjects } from 'd3-geo';
import polygonClipping from 'polygon-clipping';
import { topology } from 'topojson-server';
import { feature } from 'topojson-client';
import { formatNumber, stableStringify } from '../../scripts/geo/io.mjs';
import { assertD3Winding, d3Geometry, planarSignedArea, rewindPolygon } from '../../scripts/geo/winding.mjs';
import { densifyCropEdges, onCropEdge, unwrapAntimeridian } from '../../scripts/geo/europe.mjs';
import { dropBadRings, pickObjects } from '../../scripts/geo/topo.mjs';
import { controlDates, heldPart } from '../../scripts/geo/control.mjs';
import { ukraineThreshold, SIMPLIFY_KM2 } from '../../scripts/geo/config.mjs';

type Pt = [number, number];
const square = (x0: number, y0: number, x1: number, y1: number): Pt[] => [
  [x0, y0],
  [x1, y0],
  [x1, y1],
  [x0, y1],
  [x0, y0],
];
const cw = (ring: Pt[]) => [...ring].reverse();

describe('formatNumber / stableStringify: deterministic text', () => {
  it.each([
    { n: 3, text: '3' },
    { n: -0, text: '0' },
    { n: 0.1 + 0.2, text: '0.3' },
    { n: 1 / 3, text: '0.333333' },
    { n: -1e-9, text: '0' },
    { n: 12345678, text: '12345678' },
  ])('$n → $text', ({ n, text }) => expect(formatNumber(n)).toBe(text));

  it('rejects non-finite numbers', () => expect(() => formatNumber(Number.NaN)).toThrow(/non-finite/));

  it('sorts keys at every depth, so insertion order does not matter', () => {
    const a = stableStringify({ b: 1, a: { d: [1, 2], c: null } });
    const b = stableStringify({ a: { c: null, d: [1, 2] }, b: 1 });
    expect(a).toBe(b);
    expect(a).toBe('{"a":{"c":null,"d":[1,2]},"b":1}\n');
  });

  it('skips undefined members and keeps number arrays on one line when indented', () => {
    expect(stableStringify({ x: undefined, y: [1, 2] }, 2)).toBe('{\n  "y": [1,2]\n}\n');
  });
});

describe('winding: d3 wants exterior rings clockwise', () => {
  const ccw = square(0, 0, 2, 2); // anticlockwise in lon/lat (x east, y north)
  it.each([
    { name: 'anticlockwise square', ring: ccw, sign: 1 },
    { name: 'clockwise square', ring: cw(ccw), sign: -1 },
  ])('$name has signed area of sign $sign', ({ ring, sign }) => {
    expect(Math.sign(planarSignedArea(ring))).toBe(sign);
    expect(Math.abs(planarSignedArea(ring))).toBe(4);
  });

  it('rewinds an RFC 7946 polygon (exterior anticlockwise, hole clockwise) to d3 order', () => {
    const hole = cw(square(0.5, 0.5, 1, 1));
    const [outer, inner] = rewindPolygon([ccw, hole]);
    expect(planarSignedArea(outer!)).toBeLessThan(0);
    expect(planarSignedArea(inner!)).toBeGreaterThan(0);
    const sr = geoArea({ type: 'Polygon', coordinates: [outer!, inner!] } as GeoPermissibleObjects);
    expect(sr).toBeLessThan(0.01); // 4 deg² minus 0.25 deg², not the rest of the sphere
  });

  it('turns polygon-clipping output (anticlockwise) into a small polygon for d3', () => {
    const out = polygonClipping.intersection([square(0, 0, 2, 2)], [square(1, 1, 3, 3)]);
    expect(geoArea({ type: 'Polygon', coordinates: out[0]! })).toBeGreaterThan(2 * Math.PI); // inside-out as is
    const g = d3Geometry(out);
    expect(g?.type).toBe('Polygon');
    expect(geoArea(g as GeoPermissibleObjects)).toBeLessThan(0.001);
  });

  it('d3Geometry: empty result → null; rounding keeps 1e-5 inputs bit-identical', () => {
    expect(d3Geometry([])).toBeNull();
    const g = d3Geometry([[square(30.12345, 45.67891, 30.5, 46)]]);
    const xs = (g!.coordinates as Pt[][]).flat().map((p) => p[0]);
    expect(xs).toContain(30.12345);
  });

  it('assertD3Winding throws on an inside-out polygon and names it', () => {
    expect(() => assertD3Winding({ type: 'Polygon', coordinates: [ccw] }, 'test-shape')).toThrow(/test-shape.*inside-out/);
    expect(() => assertD3Winding({ type: 'Polygon', coordinates: [cw(ccw)] }, 'ok')).not.toThrow();
  });
});

describe('europe crop helpers', () => {
  it.each([
    { name: 'ring west of the antimeridian only', ring: square(170, 60, 175, 65), shifted: false },
    {
      name: 'ring crossing the antimeridian twice',
      ring: [[179, 60], [-179, 60], [-179, 62], [179, 62], [179, 60]] as Pt[],
      shifted: true,
    },
  ])('unwrapAntimeridian: $name', ({ ring, shifted }) => {
    const out = unwrapAntimeridian(ring, 'x');
    expect(out.some((p: Pt) => p[0] > 180)).toBe(shifted);
    for (let i = 1; i < out.length; i++) expect(Math.abs(out[i]![0] - out[i - 1]![0])).toBeLessThan(180);
  });

  it('unwrapAntimeridian refuses a pole-enclosing ring', () => {
    const ring: Pt[] = [[-170, -80], [0, -80], [170, -80], [-170, -80]];
    expect(() => unwrapAntimeridian(ring, 'Antarctica')).toThrow(/Antarctica.*pole/);
  });

  it('densifyCropEdges puts a vertex every degree on a cut along a crop parallel, not elsewhere', () => {
    // The main box's south edge is 27°N from -32° to 60°: a cut from 10°E to 14°E gains 11, 12, 13.
    const ring: Pt[] = [[10, 27], [14, 27], [14, 30.5], [10, 30.5], [10, 27]];
    const out = densifyCropEdges(ring);
    expect(out.filter((p: Pt) => p[1] === 27).map((p: Pt) => p[0])).toEqual([10, 11, 12, 13, 14, 10]);
    expect(out.filter((p: Pt) => p[1] === 30.5)).toHaveLength(2); // 30.5°N is no crop edge
  });

  it.each([
    { p: [-75, 70] as Pt, on: true },
    { p: [10, 27] as Pt, on: true },
    { p: [60, 50] as Pt, on: true },
    { p: [10.5, 27.000001] as Pt, on: false },
    { p: [30, 50] as Pt, on: false },
  ])('onCropEdge $p → $on', ({ p, on }) => expect(onCropEdge(p[0], p[1])).toBe(on));
});

describe('topology helpers', () => {
  // Loosely typed on purpose: these go into the pipeline's plain-JS functions.
  type Topo = { objects: Record<string, any>; arcs: unknown[] };
  const a = { type: 'Feature', id: 'a', properties: null, geometry: { type: 'Polygon', coordinates: [cw(square(0, 0, 1, 1))] } };
  const b = { type: 'Feature', id: 'b', properties: null, geometry: { type: 'Polygon', coordinates: [cw(square(1, 0, 2, 1))] } };
  const c = { type: 'Feature', id: 'c', properties: null, geometry: { type: 'Polygon', coordinates: [cw(square(5, 5, 6, 6))] } };
  const topo = topology({
    left: { type: 'FeatureCollection', features: [a, b] },
    right: { type: 'FeatureCollection', features: [c] },
  } as never) as unknown as Topo;
  const decode = (t: Topo, name: string) => feature(t as never, t.objects[name]) as unknown as { features: { geometry: GeoPermissibleObjects }[] };

  it('pickObjects keeps only the arcs the picked objects use, and their geometry is unchanged', () => {
    const picked = pickObjects(topo, ['right']) as Topo;
    expect(Object.keys(picked.objects)).toEqual(['right']);
    expect(picked.arcs.length).toBeLessThan(topo.arcs.length);
    expect(decode(picked, 'right')).toEqual(decode(topo, 'right'));
  });

  it('pickObjects renumbers reversed arcs (~i) too: a shared border survives in both neighbours', () => {
    const picked = pickObjects(topo, ['left']) as Topo;
    for (const f of decode(picked, 'left').features)
      expect(geoArea(f.geometry)).toBeCloseTo(geoArea(a.geometry as GeoPermissibleObjects), 10);
  });

  it('pickObjects names a missing object', () => expect(() => pickObjects(topo, ['nope'])).toThrow(/nope/));

  it('dropBadRings removes a ring that turned inside-out and keeps the good ones', () => {
    const bad = { type: 'Feature', id: 'bad', properties: null, geometry: { type: 'Polygon', coordinates: [square(8, 8, 9, 9)] } };
    const t = topology({ x: { type: 'FeatureCollection', features: [a, bad] } } as never);
    const kept = (dropBadRings(t) as unknown as Topo).objects.x.geometries as { id: string }[];
    expect(kept.map((g) => g.id)).toEqual(['a']);
  });

  it.each([
    { users: ['display', 'occupied'], km2: SIMPLIFY_KM2.ukraine.drawn },
    { users: ['front'], km2: SIMPLIFY_KM2.ukraine.drawn },
    { users: ['heldDonetsk', 'oblasts'], km2: SIMPLIFY_KM2.ukraine.drawn },
    { users: ['oblasts', 'occupied'], km2: SIMPLIFY_KM2.ukraine.oblasts },
    { users: ['occupied'], km2: SIMPLIFY_KM2.ukraine.areaOnly },
  ])('ukraineThreshold($users) = $km2 km²: the most demanding user wins', ({ users, km2 }) =>
    expect(ukraineThreshold(new Set(users))).toBe(km2),
  );
});

describe('control helpers', () => {
  it('controlDates sorts ascending', () =>
    expect(controlDates({ dates: [{ date: '2026-01-31' }, { date: '2022-02-23' }] })).toEqual(['2022-02-23', '2026-01-31']));

  it.each([
    { name: 'a malformed date', dates: ['2026-1-31'], error: /bad date "2026-1-31"/ },
    { name: 'a duplicate', dates: ['2026-01-31', '2026-01-31'], error: /duplicate/ },
  ])('controlDates rejects $name', ({ dates, error }) =>
    expect(() => controlDates({ dates: dates.map((date) => ({ date })) })).toThrow(error),
  );

  it('heldPart: oblast minus occupied, without pockets enclosed by occupied land', () => {
    // Country 0–10 × 0–10; the oblast is its east half; occupied: the strip x 7–10, plus a ring around a
    // 0.5 × 0.5 pocket at x 8–8.5 that stays unoccupied but is cut off from the rest of the country.
    const country = [[square(0, 0, 10, 10)]];
    const oblast = { type: 'Polygon', coordinates: [cw(square(5, 0, 10, 10))] };
    const occupied = { type: 'Polygon', coordinates: [cw(square(7, 0, 10, 10)), square(8, 4, 8.5, 4.5)] };
    const held = heldPart(oblast, country, occupied, 'test');
    const areaDeg2 = Math.abs(
      (held.type === 'Polygon' ? [held.coordinates] : held.coordinates).reduce(
        (s: number, p: Pt[][]) => s + planarSignedArea(p[0]!),
        0,
      ),
    );
    expect(areaDeg2).toBeCloseTo(20, 6); // x 5–7 × y 0–10; the 0.25 deg² pocket is dropped
    expect(geoArea(held as GeoPermissibleObjects)).toBeLessThan(2 * Math.PI);
  });
});
