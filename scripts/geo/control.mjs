// Territorial control per snapshot date: occupied area (for areas), display fill (for drawing), the derived
// line of contact, and the part of Donetsk oblast Ukraine holds (oblast minus occupied area, main held piece).
import path from 'node:path';
import polygonClipping from 'polygon-clipping';
import { readJson } from './io.mjs';
import { assertD3Winding, clipInput, d3Geometry, planarSignedArea } from './winding.mjs';

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** The source index's dates, validated and ascending. */
export function controlDates(index) {
  const dates = index.dates.map((d) => d.date);
  for (const d of dates) if (!DATE.test(d)) throw new Error(`bad date "${d}" in control/index.json`);
  const sorted = [...dates].sort();
  if (new Set(sorted).size !== sorted.length) throw new Error('duplicate dates in control/index.json');
  return sorted;
}

const byStatus = (fc, status, file) => {
  const f = fc.features.find((x) => x.properties.status === status);
  if (!f || !f.geometry) throw new Error(`${file}: no "${status}" feature`);
  return f.geometry;
};

/**
 * The part of an oblast Ukraine holds: the oblast minus the occupied area, keeping only what lies in the main
 * (largest) Ukrainian-held piece of the country. "Oblast minus occupied" alone leaves ~60 km² of junk in
 * Donetsk: strips along the Azov coast and the Russian border where DeepState's outline and the oblast outline
 * differ, enclosed by occupied land. The display fill (occupied_filled) swallows exactly such enclosed pieces,
 * so this keeps the two layers consistent; the source's derived line of contact uses the same "largest held
 * piece" rule. Cost of the rule: a genuinely encircled pocket (Mariupol on 2022-04-03) counts as not held.
 */
export function heldPart(oblastGeometry, outline, occupiedGeometry, label) {
  const free = polygonClipping.difference(outline, clipInput(occupiedGeometry));
  const main = free.reduce((best, p) => (best && ringArea(best) >= ringArea(p) ? best : p), null);
  if (!main) throw new Error(`${label}: the occupied area covers the whole country`);
  const geometry = d3Geometry(polygonClipping.intersection(clipInput(oblastGeometry), [main]));
  if (!geometry) throw new Error(`${label}: nothing held`);
  assertD3Winding(geometry, label);
  return geometry;
}

// Planar size is enough to pick the largest piece (they differ by orders of magnitude).
const ringArea = (polygon) => Math.abs(planarSignedArea(polygon[0]));

/**
 * src: the shared geo folder; index: its control/index.json; oblasts: the FeatureCollection of oblasts;
 * donetskId: the oblast whose held part is measured.
 * Returns FeatureCollections keyed by object name (feature id = date) and the per-date metadata.
 */
export function controlLayers(src, index, oblasts, donetskId) {
  const dates = controlDates(index);
  const donetsk = oblasts.features.find((f) => f.id === donetskId)?.geometry;
  if (!donetsk) throw new Error(`${donetskId} missing from the oblasts`);
  const outline = polygonClipping.union(...oblasts.features.map((f) => clipInput(f.geometry)));
  const layers = { occupied: [], display: [], front: [], heldDonetsk: [] };
  const meta = [];
  for (const date of dates) {
    const entry = index.dates.find((d) => d.date === date);
    const file = `control/control-${date}.geojson`;
    const control = readJson(path.join(src, file));
    const occupied = byStatus(control, 'occupied', file);
    const display = byStatus(control, 'occupied_filled', file);
    assertD3Winding(occupied, `${file} occupied`);
    assertD3Winding(display, `${file} occupied_filled`);
    const lineFile = `control/line-of-contact-${date}.geojson`;
    const front = readJson(path.join(src, lineFile)).features[0]?.geometry;
    if (!front) throw new Error(`${lineFile}: no line`);
    const held = heldPart(donetsk, outline, occupied, `held ${donetskId} ${date}`);

    const f = (geometry) => ({ type: 'Feature', id: date, properties: null, geometry });
    layers.occupied.push(f(occupied));
    layers.display.push(f(display));
    layers.front.push(f(front));
    layers.heldDonetsk.push(f(held));
    meta.push({
      date,
      source: entry.source,
      derivation: entry.derivation,
      snapshot: entry.snapshot,
      note: entry.note ?? null,
      // The source flags its one unreliable date in the note text; make that machine-readable.
      lowQuality: /^LOW QUALITY/.test(entry.note ?? ''),
    });
  }
  const collections = Object.fromEntries(
    Object.entries(layers).map(([k, features]) => [k, { type: 'FeatureCollection', features }]),
  );
  return { collections, meta };
}
