// Winding conventions meet here. d3-geo (and the shared inputs) want exterior rings clockwise in lon/lat
// (holes anticlockwise): a ring wound the other way means "everything on Earth except this", which is what
// makes a polygon render inside-out and gives an area near 4π. polygon-clipping ignores input winding but
// always returns RFC 7946 winding (exterior anticlockwise), so everything it returns goes through here.
import { geoArea } from 'd3-geo';

/** Shoelace area in lon/lat degrees²; > 0 when the ring runs anticlockwise (x east, y north). */
export function planarSignedArea(ring) {
  let sum = 0;
  for (let i = 0, n = ring.length - 1; i < n; i++) {
    const [x0, y0] = ring[i];
    const [x1, y1] = ring[i + 1];
    sum += x0 * y1 - x1 * y0;
  }
  return sum / 2;
}

const orient = (ring, clockwise) => {
  const cw = planarSignedArea(ring) < 0;
  return cw === clockwise ? ring : ring.slice().reverse();
};

/** One polygon (array of rings) in d3 winding: exterior clockwise, holes anticlockwise. */
export function rewindPolygon(rings) {
  return rings.map((ring, i) => orient(ring, i === 0));
}

/**
 * polygon-clipping output (MultiPolygon coordinates) → a d3-wound GeoJSON geometry, coordinates rounded to
 * 1e-6°. The rounding keeps the inputs' 1e-5 vertices exactly as they were (so shared borders still match
 * bit for bit when the topology is built) and only snaps the new intersection points.
 */
export function d3Geometry(multi) {
  const round = (v) => Math.round(v * 1e6) / 1e6;
  const polygons = multi.map((poly) => rewindPolygon(poly.map((ring) => ring.map(([x, y]) => [round(x), round(y)]))));
  if (polygons.length === 0) return null;
  return polygons.length === 1
    ? { type: 'Polygon', coordinates: polygons[0] }
    : { type: 'MultiPolygon', coordinates: polygons };
}

/** Throws if a polygonal geometry is inside-out for d3 (spherical area of a hemisphere or more). */
export function assertD3Winding(geometry, label) {
  if (!geometry) return;
  const sr = geoArea(geometry);
  if (!(sr < 2 * Math.PI)) throw new Error(`${label}: polygon is inside-out for d3 (area ${sr.toFixed(3)} sr)`);
}

/** Polygon or MultiPolygon → polygon-clipping's input (MultiPolygon coordinates). */
export function clipInput(geometry) {
  if (!geometry) return [];
  if (geometry.type === 'Polygon') return [geometry.coordinates];
  if (geometry.type === 'MultiPolygon') return geometry.coordinates;
  throw new Error(`expected a Polygon or MultiPolygon, got ${geometry.type}`);
}
