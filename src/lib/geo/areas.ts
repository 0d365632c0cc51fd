// Areas computed from the committed geometry, never typed in: spherical (equal-area) d3 geoArea in steradians
// × R². Unrounded: round at display time only.
//
// Ukraine's outline here is the geoBoundaries/OSM one clipped to Natural Earth 10m land: ~598,400 km², vs the
// official 603,628 km². Shares are occupied ÷ this outline (both measured on the same geometry, and the occupied
// area was clipped to it), so they run ~0.2 percentage points above shares of the official figure.
import type { Feature, GeoJsonProperties, MultiPolygon as GeoMultiPolygon } from 'geojson';
import { geoArea, geoBounds } from 'd3-geo';
import polygonClipping, { type MultiPolygon } from 'polygon-clipping';
import {
  CONTROL_DATES,
  controlOccupied,
  heldDonetsk,
  ukraineOblasts,
  ukraineOutline,
  type Area,
} from './topology.ts';
import { memo } from '../memo.ts';

/** Mean Earth radius (IUGG), km; the same R the source's index.json used. */
export const EARTH_RADIUS_KM = 6371.0088;

export interface SnapshotArea {
  date: string;
  occupiedKm2: number;
  /** Fraction of Ukraine's area (0–1), not a percentage. */
  shareOfUkraine: number;
  /** Occupied km² in each of the 27 units (0 where none), by ISO 3166-2 code. */
  byOblast: Record<string, number>;
}

/** Area of a d3-wound polygon or feature, km². */
export function km2(object: Area | Feature<Area, GeoJsonProperties>): number {
  return geoArea(object) * EARTH_RADIUS_KM * EARTH_RADIUS_KM;
}

/**
 * Area of polygon-clipping output, km². It winds exteriors anticlockwise (RFC 7946), which d3 reads as "the
 * sphere minus this", so each polygon's area is taken as the smaller of d3's answer and its complement: every
 * piece here is far smaller than a hemisphere.
 */
function clippedKm2(multi: MultiPolygon): number {
  let sr = 0;
  for (const polygon of multi) {
    const a = geoArea({ type: 'Polygon', coordinates: polygon });
    sr += Math.min(a, 4 * Math.PI - a);
  }
  return sr * EARTH_RADIUS_KM * EARTH_RADIUS_KM;
}


const coords = (g: Area): MultiPolygon =>
  (g.type === 'Polygon' ? [g.coordinates] : (g as GeoMultiPolygon).coordinates) as MultiPolygon;

type Box = [[number, number], [number, number]];
// Ukraine sits far from the antimeridian, so a lon/lat box test is a safe pre-filter before clipping.
const boxesOverlap = (a: Box, b: Box): boolean =>
  a[0][0] <= b[1][0] && b[0][0] <= a[1][0] && a[0][1] <= b[1][1] && b[0][1] <= a[1][1];

/** Ukraine's area (outline of the committed geometry), km². */
export const ukraineAreaKm2 = memo((): number => km2(ukraineOutline()));

/** Area of each of the 27 units, km², by ISO 3166-2 code. */
export const oblastAreas = memo(
  (): Record<string, number> => Object.fromEntries(ukraineOblasts().map((f) => [f.id, km2(f)])),
);

/**
 * Occupied km² per unit at a snapshot: the occupied area intersected with each unit it may reach. ~100 ms per
 * date (polygon-clipping is slow where two polygons share long edges, as these do along borders and coasts),
 * which is why snapshotAreas() computes it only when asked for.
 */
function occupiedByOblast(date: string): Record<string, number> {
  const out: Record<string, number> = Object.fromEntries(ukraineOblasts().map((f) => [f.id, 0]));
  const pieces = coords(controlOccupied(date).geometry).map((p) => ({
    polygon: p,
    box: geoBounds({ type: 'Polygon', coordinates: p }) as Box,
  }));
  for (const oblast of ukraineOblasts()) {
    const box = geoBounds(oblast) as Box;
    const near = pieces.filter((p) => boxesOverlap(p.box, box)).map((p) => p.polygon);
    if (near.length === 0) continue;
    out[oblast.id] = clippedKm2(polygonClipping.intersection(coords(oblast.geometry), near));
  }
  return out;
}

/**
 * Occupied area, share of Ukraine and per-unit breakdown at every snapshot, ascending by date. `byOblast` is
 * computed (once) on first access, so callers that only need totals stay fast.
 */
export const snapshotAreas = memo((): SnapshotArea[] =>
  CONTROL_DATES.map((date) => {
    const occupiedKm2 = km2(controlOccupied(date));
    let byOblast: Record<string, number> | undefined;
    return {
      date,
      occupiedKm2,
      shareOfUkraine: occupiedKm2 / ukraineAreaKm2(),
      get byOblast() {
        byOblast ??= occupiedByOblast(date);
        return byOblast;
      },
    };
  }),
);

/** The latest snapshot date. */
function latestDate(): string {
  const last = CONTROL_DATES[CONTROL_DATES.length - 1];
  if (last === undefined) throw new Error('geo: no control snapshots');
  return last;
}

/** Area of Donetsk oblast that Ukraine holds at a snapshot (default: the latest), km². */
export function heldDonetskKm2(date: string = latestDate()): number {
  return km2(heldDonetsk(date));
}
