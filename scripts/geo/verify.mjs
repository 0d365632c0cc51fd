// Last line of defence before writing: quantising can flip a tiny ring or collapse one, and a ring wound the
// wrong way silently turns into "the whole globe" in d3. Fail the build instead.
import { feature } from 'topojson-client';
import { assertD3Winding } from './winding.mjs';

export function verifyTopology(topo, label) {
  for (const [name, object] of Object.entries(topo.objects)) {
    const geoms = object.type === 'GeometryCollection' ? object.geometries : [object];
    for (const g of geoms) {
      const f = feature(topo, g);
      if (!f.geometry) throw new Error(`${label}/${name}/${g.id ?? '?'}: empty geometry`);
      if (f.geometry.type === 'Polygon' || f.geometry.type === 'MultiPolygon')
        assertD3Winding(f.geometry, `${label}/${name}/${g.id ?? '?'}`);
    }
  }
  return topo;
}
