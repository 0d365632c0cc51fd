// The downloadable tables (src/pages/data/*): positions and territory with their sources written out in full, and
// the territory table with the areas computed from the committed geometry. Pure: data and areas come in as
// arguments, so the endpoints stay one-liners and the shapes are unit-testable.
import type { Cell } from './csv.ts';
import type { DataSet } from './files.ts';
import { isoDay, type Position, type Source } from './schemas/records.ts';
import { publishedIso } from './source-groups.ts';

/** A source as it appears in a download: everything a reader needs to find it, no ids to look up. */
export interface ExpandedSource {
  id: string;
  publisher: string;
  via: string | null;
  title: string;
  url: string;
  /** The address is only the site or a shortened path (as stored in the research notes). */
  partialUrl: boolean;
  /** YYYY-MM-DD, YYYY-MM or YYYY as precise as known; null when not recorded. */
  published: string | null;
}

/** The computed areas the territory table needs (from src/lib/geo/areas.ts). */
export interface ComputedAreas {
  ukraineKm2: number;
  oblastKm2: Record<string, number>;
  snapshots: readonly { date: string; occupiedKm2: number; shareOfUkraine: number; byOblast: Record<string, number> }[];
}

/** Credits and licence lines every download carries (DeepStateMap requires credit; the oblast areas derive from ODbL data). */
export const DOWNLOAD_CREDITS = [
  'Territorial control: DeepStateMap.Live (deepstatemap.live), processed by the authors.',
  'Oblast boundaries: geoBoundaries (Runfola et al. 2020, PLoS ONE 15(4): e0231866), © OpenStreetMap contributors, ODbL 1.0; coastline: Natural Earth. Areas derived from them are offered under the ODbL 1.0.',
] as const;

export function expandSource(s: Source): ExpandedSource {
  return {
    id: s.id,
    publisher: s.publisher,
    via: s.via ?? null,
    title: s.title,
    url: s.url,
    partialUrl: s.partialUrl,
    published: publishedIso(s) ?? null,
  };
}

function expander(data: DataSet): (ids: readonly string[]) => ExpandedSource[] {
  const index = new Map(data.sources.map((s) => [s.id, s]));
  return (ids) =>
    ids.map((id) => {
      const s = index.get(id);
      if (!s) throw new Error(`unknown source id "${id}" (not in content/data/sources.yaml)`);
      return expandSource(s);
    });
}

/** One line per source, for a CSV cell: "Publisher (via Wire): Title, 2026-01-06, https://…". */
export function sourcesCell(list: readonly ExpandedSource[]): string {
  return list
    .map((s) => `${s.publisher}${s.via ? ` (via ${s.via})` : ''}: ${s.title}, ${s.published ?? 'date not recorded'}, ${s.url}`)
    .join(' | ');
}

const round = (km2: number): number => Math.round(km2);
const pct = (fraction: number): number => Math.round(fraction * 10000) / 100;

// ── Positions ──────────────────────────────────────────────────────────────────────────────────────────────────────

export const POSITION_COLUMNS = [
  'id',
  'country',
  'country_name',
  'snapshot',
  'date',
  'date_precision',
  'category',
  'troops_stated',
  'troops_stated_low',
  'troops_stated_high',
  'troops_reported',
  'summary',
  'quote',
  'quote_speaker',
  'quote_language',
  'quote_translation',
  'confidence',
  'conflict_note',
  'sources',
  'source_urls',
] as const;

function reportedText(p: Position, expand: (ids: readonly string[]) => ExpandedSource[]): string {
  return (p.reportedTroops ?? [])
    .map((t) => `${t.text} [${t.confidence}; ${expand(t.sources).map((s) => s.publisher).join(', ')}]`)
    .join(' | ');
}

export function positionRows(data: DataSet): Record<(typeof POSITION_COLUMNS)[number], Cell>[] {
  const expand = expander(data);
  const names = new Map(data.actors.map((a) => [a.iso3, a.name]));
  return data.positions.map((p) => {
    const sources = expand(p.sources);
    return {
      id: p.id,
      country: p.country,
      country_name: names.get(p.country) ?? p.country,
      snapshot: p.snapshot,
      date: isoDay(p.date),
      date_precision: p.datePrecision,
      category: p.category,
      troops_stated: p.troops?.text,
      troops_stated_low: p.troops?.low,
      troops_stated_high: p.troops?.high,
      troops_reported: reportedText(p, expand),
      summary: p.summary,
      quote: p.quote?.text,
      quote_speaker: p.quote?.speaker,
      quote_language: p.quote?.language,
      quote_translation: p.quote?.translation,
      confidence: p.confidence,
      conflict_note: p.conflictNote,
      sources: sourcesCell(sources),
      source_urls: sources.map((s) => s.url).join(' '),
    };
  });
}

export function positionsJson(data: DataSet) {
  const expand = expander(data);
  const names = new Map(data.actors.map((a) => [a.iso3, a.name]));
  return {
    title: 'Positions on sending troops to Ukraine after a ceasefire, by country and snapshot',
    asOf: isoDay(data.meta.diplomacyAsOf),
    categories: {
      'troops-in-ukraine': 'troops in Ukraine after a ceasefire',
      'neighbouring-nato': 'forces in a neighbouring NATO country',
      'support-only': 'air, sea, training or logistics only',
      'no-troops': 'no troops',
      undecided: 'undecided',
      'not-stated': 'no position found',
    },
    snapshots: data.meta.snapshots,
    note: 'Troop numbers appear only where a source states one; press figures are listed separately as reported, with their own sources.',
    records: data.positions.map((p) => ({
      id: p.id,
      country: p.country,
      countryName: names.get(p.country) ?? p.country,
      snapshot: p.snapshot,
      date: isoDay(p.date),
      datePrecision: p.datePrecision,
      category: p.category,
      troopsStated: p.troops ? { ...p.troops, sources: p.troops.sources ? expand(p.troops.sources) : undefined } : null,
      troopsReported: (p.reportedTroops ?? []).map((t) => ({ ...t, sources: expand(t.sources) })),
      summary: p.summary,
      quote: p.quote ?? null,
      confidence: p.confidence,
      conflictNote: p.conflictNote ?? null,
      sources: expand(p.sources),
    })),
  };
}

// ── Territory ──────────────────────────────────────────────────────────────────────────────────────────────────────

export function territoryColumns(areas: ComputedAreas): string[] {
  const latest = areas.snapshots[areas.snapshots.length - 1]?.date;
  return [
    'iso',
    'name',
    'name_uk',
    'type',
    'claimed_by_russia',
    'demanded_now',
    'area_km2',
    ...areas.snapshots.map((s) => `occupied_km2_${s.date}`),
    ...(latest ? [`occupied_pct_of_unit_${latest}`] : []),
    'note',
    'date',
    'confidence',
    'sources',
    'source_urls',
  ];
}

export function territoryRows(data: DataSet, areas: ComputedAreas): Record<string, Cell>[] {
  const expand = expander(data);
  const latest = areas.snapshots[areas.snapshots.length - 1];
  return data.territory.map((t) => {
    const sources = expand(t.sources);
    const area = areas.oblastKm2[t.iso];
    const row: Record<string, Cell> = {
      iso: t.iso,
      name: t.name,
      name_uk: t.nameUk,
      type: t.type,
      claimed_by_russia: t.claimedByRussia,
      demanded_now: t.demandedNow,
      area_km2: area === undefined ? undefined : round(area),
      note: t.note,
      date: isoDay(t.date),
      confidence: t.confidence,
      sources: sourcesCell(sources),
      source_urls: sources.map((s) => s.url).join(' '),
    };
    for (const s of areas.snapshots) row[`occupied_km2_${s.date}`] = round(s.byOblast[t.iso] ?? 0);
    if (latest && area) row[`occupied_pct_of_unit_${latest.date}`] = pct((latest.byOblast[t.iso] ?? 0) / area);
    return row;
  });
}

export function territoryJson(data: DataSet, areas: ComputedAreas) {
  const expand = expander(data);
  return {
    title: "Ukraine's first-level units: Russia's claims and demands, with areas computed from the map's geometry",
    asOf: isoDay(data.meta.asOf),
    method:
      'Areas are computed on the sphere (equal-area) from the committed geometry; shares divide by the area of ' +
      "Ukraine's outline in the same geometry, not by the official 603,628 km². Figures in km², rounded.",
    credits: DOWNLOAD_CREDITS,
    ukraineAreaKm2: round(areas.ukraineKm2),
    snapshots: areas.snapshots.map((s) => ({
      date: s.date,
      occupiedKm2: round(s.occupiedKm2),
      occupiedPctOfUkraine: pct(s.shareOfUkraine),
    })),
    units: data.territory.map((t) => ({
      iso: t.iso,
      name: t.name,
      nameUk: t.nameUk,
      type: t.type,
      claimedByRussia: t.claimedByRussia ?? null,
      demandedNow: t.demandedNow,
      areaKm2: areas.oblastKm2[t.iso] === undefined ? null : round(areas.oblastKm2[t.iso] ?? 0),
      occupiedKm2: Object.fromEntries(areas.snapshots.map((s) => [s.date, round(s.byOblast[t.iso] ?? 0)])),
      note: t.note ?? null,
      date: isoDay(t.date),
      confidence: t.confidence,
      sources: expand(t.sources),
    })),
  };
}
