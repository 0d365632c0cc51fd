// Geometry → compact SVG path strings, at build time. Why not plain geoPath: the map draws every layer of a
// section inline, so bytes matter. This module (1) projects and clips through d3-geo's stream, (2) simplifies
// each ring in projected space with Douglas–Peucker at a tolerance set by the tightest camera that will show the
// layer (detail below a fraction of a pixel there is invisible), (3) writes integer tenths of a unit as relative
// commands (`l` deltas are short numbers and, computed from rounded absolute points, accumulate no error).
// Pure and deterministic: same input, same string.
import { geoStream, type GeoPermissibleObjects, type GeoStream, type GeoStreamWrapper } from 'd3-geo';

type Pt = [number, number];
interface Part {
  points: Pt[];
  closed: boolean;
}

/** Project (and clip, if the projection has a clipExtent) an object into rings and lines. */
export function projectParts(object: GeoPermissibleObjects, projection: GeoStreamWrapper): Part[] {
  const parts: Part[] = [];
  let current: Pt[] | null = null;
  let inPolygon = false;
  const sink: GeoStream = {
    point(x, y) {
      current?.push([x, y]);
    },
    lineStart() {
      current = [];
    },
    lineEnd() {
      if (current && current.length > 1) parts.push({ points: current, closed: inPolygon });
      current = null;
    },
    polygonStart() {
      inPolygon = true;
    },
    polygonEnd() {
      inPolygon = false;
    },
    sphere() {},
  };
  geoStream(object, projection.stream(sink));
  return parts;
}

/** Douglas–Peucker on an open polyline; keeps the end points. */
export function simplifyLine(points: readonly Pt[], tolerance: number): Pt[] {
  if (points.length <= 2 || tolerance <= 0) return points.slice();
  const keep = new Uint8Array(points.length);
  keep[0] = 1;
  keep[points.length - 1] = 1;
  const stack: [number, number][] = [[0, points.length - 1]];
  const tol2 = tolerance * tolerance;
  while (stack.length) {
    const [a, b] = stack.pop()!;
    const [ax, ay] = points[a]!;
    const [bx, by] = points[b]!;
    const dx = bx - ax;
    const dy = by - ay;
    const len2 = dx * dx + dy * dy;
    let max = -1;
    let index = -1;
    for (let i = a + 1; i < b; i++) {
      const [px, py] = points[i]!;
      let d2: number;
      if (len2 === 0) d2 = (px - ax) ** 2 + (py - ay) ** 2;
      else {
        const t = Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / len2));
        d2 = (px - ax - t * dx) ** 2 + (py - ay - t * dy) ** 2;
      }
      if (d2 > max) {
        max = d2;
        index = i;
      }
    }
    if (max > tol2 && index > 0) {
      keep[index] = 1;
      stack.push([a, index], [index, b]);
    }
  }
  return points.filter((_, i) => keep[i]);
}

/** Douglas–Peucker on a closed ring: split at the point farthest from the first so both halves anchor well. */
export function simplifyRing(points: readonly Pt[], tolerance: number): Pt[] {
  const ring = points.length > 1 && same(points[0]!, points[points.length - 1]!) ? points.slice(0, -1) : points.slice();
  if (ring.length <= 3) return ring;
  const [x0, y0] = ring[0]!;
  let far = 1;
  let best = -1;
  for (let i = 1; i < ring.length; i++) {
    const d = (ring[i]![0] - x0) ** 2 + (ring[i]![1] - y0) ** 2;
    if (d > best) {
      best = d;
      far = i;
    }
  }
  const a = simplifyLine(ring.slice(0, far + 1), tolerance);
  const b = simplifyLine([...ring.slice(far), ring[0]!], tolerance);
  return [...a, ...b.slice(1, -1)];
}

const same = (a: Pt, b: Pt) => a[0] === b[0] && a[1] === b[1];

/** Shoelace area of a ring (absolute). */
export function ringArea(points: readonly Pt[]): number {
  let s = 0;
  for (let i = 0, n = points.length; i < n; i++) {
    const [x1, y1] = points[i]!;
    const [x2, y2] = points[(i + 1) % n]!;
    s += x1 * y2 - x2 * y1;
  }
  return Math.abs(s) / 2;
}

export interface PathOptions {
  /** Douglas–Peucker tolerance, in zoom-1 viewBox units. */
  tolerance: number;
  /** Rings smaller than this (zoom-1 units²) are dropped: islets below a pixel at the tightest camera. */
  minArea?: number;
}

/** Format integer tenths as a short decimal: 123 → "12.3", -5 → "-.5", 40 → "4". */
export function tenths(v: number): string {
  const neg = v < 0;
  const a = Math.abs(v);
  const int = Math.floor(a / 10);
  const frac = a % 10;
  const s = frac === 0 ? String(int) : int === 0 ? `.${frac}` : `${int}.${frac}`;
  return neg ? `-${s}` : s;
}

/** Join numbers with the fewest separators SVG allows: a minus sign or a leading "." already separates. */
function joinNumbers(nums: string[]): string {
  let out = '';
  let prev = '';
  for (const n of nums) {
    const needsSep = out !== '' && !(n.startsWith('-') || (n.startsWith('.') && prev.includes('.')));
    out += (needsSep ? ' ' : '') + n;
    prev = n;
  }
  return out;
}

/** Path data for projected parts, in tenths-rounded relative commands. */
export function partsToPath(parts: readonly Part[], { tolerance, minArea = 0 }: PathOptions): string {
  let d = '';
  let cx = 0;
  let cy = 0;
  for (const part of parts) {
    const simplified = part.closed ? simplifyRing(part.points, tolerance) : simplifyLine(part.points, tolerance);
    if (part.closed && (simplified.length < 3 || ringArea(simplified) < minArea)) continue;
    const pts: [number, number][] = [];
    for (const [x, y] of simplified) {
      const q: [number, number] = [Math.round(x * 10), Math.round(y * 10)];
      const last = pts[pts.length - 1];
      if (!last || last[0] !== q[0] || last[1] !== q[1]) pts.push(q);
    }
    if (pts.length < (part.closed ? 3 : 2)) continue;
    const [fx, fy] = pts[0]!;
    // The first move of a path is absolute; later moves are relative to the previous point (shorter).
    d += d === '' ? `M${joinNumbers([tenths(fx), tenths(fy)])}` : `m${joinNumbers([tenths(fx - cx), tenths(fy - cy)])}`;
    const nums: string[] = [];
    let px = fx;
    let py = fy;
    for (let i = 1; i < pts.length; i++) {
      const [x, y] = pts[i]!;
      nums.push(tenths(x - px), tenths(y - py));
      px = x;
      py = y;
    }
    if (nums.length) d += `l${joinNumbers(nums)}`;
    if (part.closed) {
      d += 'z';
      cx = fx; // after z the current point returns to the sub-path start
      cy = fy;
    } else {
      cx = px;
      cy = py;
    }
  }
  return d;
}

/** Project, clip, simplify and write an object. Empty string when nothing is left (e.g. clipped away). */
export function svgPath(object: GeoPermissibleObjects, projection: GeoStreamWrapper, options: PathOptions): string {
  return partsToPath(projectParts(object, projection), options);
}
