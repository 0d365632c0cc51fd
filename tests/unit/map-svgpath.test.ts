import { describe, expect, it } from 'vitest';
import { geoIdentity } from 'd3-geo';
import { partsToPath, ringArea, simplifyLine, simplifyRing, svgPath, tenths } from '../../src/components/figures/map/svgpath.ts';

describe('tenths', () => {
  it.each([
    [123, '12.3'],
    [-5, '-.5'],
    [40, '4'],
    [0, '0'],
    [-120, '-12'],
    [7, '.7'],
  ])('%i → %s', (v, s) => expect(tenths(v)).toBe(s));
});

describe('simplification', () => {
  it('drops points within the tolerance and keeps the ends', () => {
    const line: [number, number][] = [[0, 0], [1, 0.01], [2, -0.01], [3, 0], [3, 5]];
    expect(simplifyLine(line, 0.1)).toEqual([[0, 0], [3, 0], [3, 5]]);
  });
  it('keeps a square a square', () => {
    const ring: [number, number][] = [[0, 0], [5, 0], [10, 0], [10, 10], [0, 10], [0, 0]];
    expect(simplifyRing(ring, 0.5)).toHaveLength(4);
    expect(ringArea(simplifyRing(ring, 0.5))).toBe(100);
  });
});

describe('path strings', () => {
  it('writes relative tenths and closes rings', () => {
    const d = partsToPath([{ points: [[0, 0], [10, 0], [10, 10.04], [0, 10]], closed: true }], { tolerance: 0 });
    expect(d).toBe('M0 0l10 0 0 10-10 0z');
  });
  it('moves relative to the start of a closed ring', () => {
    const d = partsToPath(
      [
        { points: [[0, 0], [10, 0], [10, 10]], closed: true },
        { points: [[20, 0], [30, 0], [30, 10]], closed: true },
      ],
      { tolerance: 0 }
    );
    expect(d).toBe('M0 0l10 0 0 10zm20 0l10 0 0 10z');
  });
  it('drops rings smaller than minArea', () => {
    const tiny = { points: [[0, 0], [0.5, 0], [0.5, 0.5]] as [number, number][], closed: true };
    expect(partsToPath([tiny], { tolerance: 0, minArea: 1 })).toBe('');
  });
  it('matches the shape geoPath draws, at one decimal', () => {
    const identity = geoIdentity();
    const d = svgPath({ type: 'LineString', coordinates: [[1.26, 2.5], [3, 4.44], [5.05, 1]] }, identity, { tolerance: 0 });
    expect(d).toBe('M1.3 2.5l1.7 1.9 2.1-3.4');
  });
  it('parses back to the same absolute points', () => {
    const d = partsToPath([{ points: [[100.04, 200.06], [101.5, 199.2], [90, 210]], closed: false }], { tolerance: 0 });
    const nums = d.replace(/^M/, '').replace('l', ' ').match(/-?\d*\.?\d+/g)!.map(Number);
    let [x, y] = [nums[0]!, nums[1]!];
    const pts = [[x, y]];
    for (let i = 2; i < nums.length; i += 2) pts.push([(x = Math.round((x + nums[i]!) * 10) / 10), (y = Math.round((y + nums[i + 1]!) * 10) / 10)]);
    expect(pts).toEqual([[100, 200.1], [101.5, 199.2], [90, 210]]);
  });
});
