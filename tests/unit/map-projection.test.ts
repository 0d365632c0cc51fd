import { describe, expect, it } from 'vitest';
import { CAMERA_IDS } from '../../src/scenes/types.ts';
import { BASE_FRAME, VIEW_W, VIEW_H, project, boxRing, pathGenerator, r1 } from '../../src/lib/geo/projection.ts';
import {
  CAMERA_FRAMES,
  cameras,
  camera,
  fitBounds,
  projectedBounds,
  toScreen,
  unionRect,
  visibleRect,
  cameraTransform,
  cameraCss,
} from '../../src/lib/geo/cameras.ts';

const inside = ([x, y]: [number, number], pad = 0) => x >= -pad && x <= VIEW_W + pad && y >= -pad && y <= VIEW_H + pad;

describe('projection', () => {
  it('fits the base frame into the viewBox', () => {
    const [[x0, y0], [x1, y1]] = projectedBounds(BASE_FRAME);
    expect(Math.min(x0, y0)).toBeCloseTo(0, 0);
    expect(Math.max(x1, y1)).toBeCloseTo(1000, 0);
    expect(x0).toBeGreaterThanOrEqual(-0.5);
    expect(y1).toBeLessThanOrEqual(1000.5);
  });

  it('puts north up and east right around Ukraine', () => {
    const kyiv = project([30.52, 50.45]);
    const odesa = project([30.73, 46.48]);
    const lviv = project([24.03, 49.84]);
    expect(odesa[1]).toBeGreaterThan(kyiv[1]);
    expect(lviv[0]).toBeLessThan(kyiv[0]);
  });

  it('is deterministic and writes one decimal in paths', () => {
    const d = pathGenerator()({ type: 'LineString', coordinates: [[30.123456, 50.987654], [31.5, 49.25]] });
    expect(d).toMatch(/^M[\d.,-]+L[\d.,-]+$/);
    for (const n of d!.match(/-?\d+(\.\d+)?/g)!) expect(n.split('.')[1]?.length ?? 0).toBeLessThanOrEqual(1);
    expect(pathGenerator()({ type: 'Point', coordinates: [30, 50] })).toBe(pathGenerator()({ type: 'Point', coordinates: [30, 50] }));
  });

  it('rounds to one decimal', () => {
    expect(r1(12.345)).toBe(12.3);
    expect(r1(-0.06)).toBe(-0.1);
  });

  it('densifies box rings and closes them', () => {
    const ring = boxRing([0, 0, 10, 10], 4);
    expect(ring).toHaveLength(17);
    expect(ring[0]).toEqual(ring[16]);
  });
});

describe('fitBounds', () => {
  it.each([
    { bounds: [[0, 0], [1000, 1000]] as [[number, number], [number, number]], pad: 0, k: 1, x: 0, y: 0 },
    { bounds: [[0, 0], [500, 500]] as [[number, number], [number, number]], pad: 0, k: 2, x: 0, y: 0 },
    { bounds: [[100, 100], [200, 150]] as [[number, number], [number, number]], pad: 0, k: 10, x: -1000, y: -750 },
    { bounds: [[0, 0], [1000, 1000]] as [[number, number], [number, number]], pad: 0.1, k: 0.8, x: 100, y: 100 },
  ])('fits $bounds with padding $pad', ({ bounds, pad, k, x, y }) => {
    expect(fitBounds(bounds, pad)).toEqual({ k, x, y });
  });

  it('centres the short side', () => {
    const cam = fitBounds([[0, 0], [1000, 500]], 0);
    expect(toScreen(cam, [0, 250])).toEqual([0, 500]);
    expect(toScreen(cam, [1000, 250])).toEqual([1000, 500]);
  });

  it('rejects empty bounds', () => {
    expect(() => fitBounds([[5, 5], [5, 9]])).toThrow(/empty/);
  });
});

describe('cameras', () => {
  it('has a transform for every camera id', () => {
    expect(Object.keys(cameras()).sort()).toEqual([...CAMERA_IDS].sort());
  });

  it.each(CAMERA_IDS)('%s shows its whole frame inside the viewBox', (id) => {
    const cam = camera(id);
    for (const p of boxRing(CAMERA_FRAMES[id], 8)) {
      const s = toScreen(cam, project(p));
      expect(inside(s, 0.5), `${id} ${p} → ${s}`).toBe(true);
    }
  });

  it('zooms in from Europe to the Donbas', () => {
    const c = cameras();
    // europe-wide is not a zoom-out of europe but a shift north-west to Greenland, at about the same scale.
    expect(Math.abs(c['europe-wide'].k - c.europe.k)).toBeLessThan(0.2);
    expect(c.europe.k).toBeLessThan(c['ukraine-region'].k);
    expect(c['ukraine-region'].k).toBeLessThan(c.ukraine.k);
    expect(c.ukraine.k).toBeLessThan(c.donbas.k);
    expect(c.donbas.k).toBeGreaterThan(8);
  });

  it.each([
    ['europe', [[-9.1, 38.7], [30.5, 50.45], [-21.9, 64.1], [33.4, 35.2], [24.9, 60.2]]],
    ['europe-wide', [[-51.7, 64.2], [-22, 64.1], [30.5, 50.45], [12.6, 55.7]]],
    ['ukraine-region', [[21, 52.2], [26.1, 44.4], [17.1, 48.15], [19.04, 47.5], [41.6, 41.6], [28.98, 41.0]]],
    ['ukraine', [[33.5, 44.6], [22.3, 48.6], [40.2, 49.6], [30.5, 52.3]]],
    ['donbas', [[37.8, 48.0], [39.3, 48.57], [37.55, 47.1]]],
  ] as const)('%s shows its key places', (id, places) => {
    const cam = camera(id);
    for (const p of places) expect(inside(toScreen(cam, project(p)), -10), `${id} ${p}`).toBe(true);
  });

  it('maps the viewBox back onto the visible rect', () => {
    const cam = camera('ukraine');
    const [[x0, y0], [x1, y1]] = visibleRect(cam);
    expect(toScreen(cam, [x0, y0])[0]).toBeCloseTo(0, 6);
    expect(toScreen(cam, [x1, y1])[1]).toBeCloseTo(1000, 6);
  });

  it('unions the rects of several cameras', () => {
    const u = unionRect(['ukraine', 'donbas'], 0);
    const v = visibleRect(camera('ukraine'));
    expect(u[0][0]).toBeCloseTo(v[0][0], 6);
    expect(u[1][1]).toBeCloseTo(v[1][1], 6);
    expect(() => unionRect([])).toThrow();
  });

  it('writes short CSS transforms', () => {
    expect(cameraTransform({ k: 2, x: -10.5, y: 3 })).toBe('translate(-10.5px,3px) scale(2)');
    // The HTML wrapper's version: viewBox units as % of the square stage (1000 units = 100 %).
    expect(cameraCss({ k: 2, x: -10.5, y: 3 })).toBe('translate(-1.05%,0.3%) scale(2)');
  });
});
