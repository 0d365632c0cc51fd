// GeoJSON → simplified, quantised TopoJSON. Order matters: build the topology from exact coordinates (so
// borders shared by several objects become one arc and are simplified once, identically for every object that
// uses them), simplify at full precision, and only then snap to the integer grid.
import { topology } from 'topojson-server';
import { bbox as topoBbox, feature, quantize } from 'topojson-client';
import {
  filter,
  filterAttached,
  presimplify,
  sphericalRingArea,
  sphericalTriangleArea,
} from 'topojson-simplify';
import { km2ToSr } from './config.mjs';

/**
 * objects: { name: FeatureCollection }.
 * minTriangleKm2: Visvalingam threshold as a ground area, either a number or a function of the set of object
 * names that use an arc (so arcs only some layers use, e.g. ones never drawn, can be generalised harder; an arc
 * shared by several layers is still simplified once, identically for all of them).
 * dropIsletsKm2: detached rings (sharing no arc with anything) smaller than this are removed; 0 keeps all.
 * keepPoint(x, y): vertices for which it returns true are never removed (e.g. the densified edges of a crop).
 * Returns an unquantised topology (absolute lon/lat arcs).
 */
export function simplifiedTopology(objects, { minTriangleKm2, dropIsletsKm2 = 0, keepPoint = () => false }) {
  // No prequantisation: the inputs' shared borders are already bit-identical, and snapping first would merge
  // vertices the clipping steps deliberately kept apart.
  const topo = topology(objects);
  const pre = presimplify(topo, sphericalTriangleArea);
  const threshold = typeof minTriangleKm2 === 'function' ? minTriangleKm2 : () => minTriangleKm2;
  const users = arcUsers(topo);
  const smallest = smallestRingArea(topo);
  const arcs = pre.arcs.map((arc, i) => {
    const wanted = km2ToSr(threshold(users[i]));
    const min = smallest[i] < wanted * SMALL_RING_FACTOR ? 0 : wanted;
    // Endpoints carry weight Infinity, so every arc keeps at least its two ends.
    return arc.filter((p) => p[2] >= min || keepPoint(p[0], p[1])).map(([x, y]) => [x, y]);
  });
  return dropBadRings({ type: 'Topology', objects: pre.objects, arcs }, dropIsletsKm2);
}

/**
 * Rings smaller than this many times their simplification threshold are not simplified at all. Visvalingam
 * would otherwise shrink a small ring to nothing (Monaco: a triangle, one side shared with France) and its feature
 * would vanish; whether a tiny ring is worth keeping is dropBadRings' call (dropIsletsKm2), not an accident.
 */
const SMALL_RING_FACTOR = 10;

/** For each arc, the area (sr) of the smallest ring that uses it; Infinity for arcs of lines only. */
export function smallestRingArea(topo) {
  const out = topo.arcs.map(() => Infinity);
  const ring = (arcs) => {
    const coords = feature(topo, { type: 'Polygon', arcs: [arcs] }).geometry.coordinates[0];
    const sr = sphericalRingArea(coords, false);
    const area = Math.min(sr, 4 * Math.PI - sr); // either winding: the smaller side
    for (const a of arcs) {
      const i = a < 0 ? ~a : a;
      if (area < out[i]) out[i] = area;
    }
  };
  const walk = (g) => {
    if (g.type === 'GeometryCollection') g.geometries.forEach(walk);
    else if (g.type === 'Polygon') g.arcs.forEach(ring);
    else if (g.type === 'MultiPolygon') g.arcs.forEach((p) => p.forEach(ring));
  };
  Object.values(topo.objects).forEach(walk);
  return out;
}

/** For each arc, the set of object names whose geometries use it. */
export function arcUsers(topo) {
  const users = topo.arcs.map(() => new Set());
  const visit = (arcs, name) => {
    for (const a of arcs) {
      if (Array.isArray(a)) visit(a, name);
      else users[a < 0 ? ~a : a].add(name);
    }
  };
  const walk = (g, name) => {
    if (g.type === 'GeometryCollection') g.geometries.forEach((x) => walk(x, name));
    else if (g.arcs) visit(g.arcs, name);
  };
  for (const [name, o] of Object.entries(topo.objects)) walk(o, name);
  return users;
}

/**
 * Removes rings that simplification or quantisation collapsed (zero area) or turned over (a tiny ring whose
 * remaining vertices now run the other way, which d3 reads as "the whole globe but this"), and, if
 * minIsletKm2 > 0, detached rings smaller than that. Safe to run on quantised topologies.
 */
export function dropBadRings(topo, minIsletKm2 = 0) {
  const attached = filterAttached(topo);
  const minSr = km2ToSr(minIsletKm2);
  return filter(topo, (ring, interior) => {
    const coords = feature(topo, { type: 'Polygon', arcs: [ring] }).geometry.coordinates[0];
    const sr = sphericalRingArea(coords, interior);
    if (!(sr > 0 && sr < 2 * Math.PI)) return false;
    return minSr === 0 || sr >= minSr || attached(ring, interior);
  });
}

/** A topology holding only the named objects and the arcs they use (arc indexes renumbered). */
export function pickObjects(topo, names) {
  const remap = new Map();
  const arcs = [];
  const useArc = (i) => {
    const k = i < 0 ? ~i : i;
    let j = remap.get(k);
    if (j === undefined) {
      j = arcs.length;
      remap.set(k, j);
      arcs.push(topo.arcs[k]);
    }
    return i < 0 ? ~j : j;
  };
  const walk = (g) => {
    switch (g.type) {
      case 'GeometryCollection':
        return { ...g, geometries: g.geometries.map(walk) };
      case 'LineString':
        return { ...g, arcs: g.arcs.map(useArc) };
      case 'MultiLineString':
      case 'Polygon':
        return { ...g, arcs: g.arcs.map((a) => a.map(useArc)) };
      case 'MultiPolygon':
        return { ...g, arcs: g.arcs.map((p) => p.map((a) => a.map(useArc))) };
      default:
        return g;
    }
  };
  const objects = {};
  for (const name of names) {
    const o = topo.objects[name];
    if (!o) throw new Error(`no object "${name}" in topology`);
    objects[name] = walk(o);
  }
  return { type: 'Topology', objects, arcs };
}

/** Snap to a fixed grid { translate, scale } and delta-encode; the bbox is that of what remains. */
export function quantizeOnGrid(topo, grid) {
  const withBox = { ...topo, bbox: topoBbox(topo) };
  return dropBadRings(quantize(withBox, { translate: grid.translate, scale: grid.scale }));
}
