// The computed areas the downloads and the method page show, in the shapes src/data/tables.ts and
// src/data/compare.ts take. Areas come from the committed geometry via src/lib/geo/areas.ts (the geo module's API);
// nothing here is typed in.
import { heldDonetskKm2, oblastAreas, snapshotAreas, ukraineAreaKm2 } from '../lib/geo/areas.ts';
import type { AreasWithHeld } from './compare.ts';

export function computedAreas(): AreasWithHeld {
  return { ukraineKm2: ukraineAreaKm2(), oblastKm2: oblastAreas(), snapshots: snapshotAreas(), heldDonetskKm2 };
}
