// First-level units of Ukraine (27: 24 oblasts, Crimea, Kyiv city, Sevastopol) from the shared geoBoundaries
// extract. Read from ukr-adm1.geojson rather than its .topo.json twin: same geometry, but the GeoJSON keeps the
// exact 1e-5° vertices that the control polygons were clipped to, so borders shared with the occupied areas
// become shared arcs (one simplification, no slivers); the .topo.json is re-quantised onto another grid.
import { assertD3Winding } from './winding.mjs';

/** adm1: ukr-adm1.geojson. Returns a FeatureCollection, id = ISO 3166-2, sorted by id. */
export function ukraineOblasts(adm1) {
  const features = adm1.features.map((f) => {
    const { iso_3166_2: id, name, name_uk, type } = f.properties;
    if (!/^UA-\d\d$/.test(id)) throw new Error(`unexpected ISO 3166-2 code ${id}`);
    assertD3Winding(f.geometry, `oblast ${id}`);
    return { type: 'Feature', id, properties: { name, name_uk, type }, geometry: f.geometry };
  });
  if (features.length !== 27) throw new Error(`expected 27 first-level units, got ${features.length}`);
  features.sort((a, b) => (a.id < b.id ? -1 : 1));
  return { type: 'FeatureCollection', features };
}
