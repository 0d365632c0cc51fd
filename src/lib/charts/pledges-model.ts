// Turns position records into what the pledges figure draws: for each snapshot, the countries grouped into
// category bands (reading order = CATEGORY_ORDER, then country name), which countries moved since the previous
// snapshot, and which stated a troop figure. Pure and deterministic: same records in any order → same model.
import { CATEGORY_ORDER, categoryRank, type Category } from './categories.ts';
import type { Position } from '../../data/schemas/records.ts';

export const SNAPSHOT_ORDER = ['2025-03', '2025-09', '2026-01'] as const;
export type Snapshot = (typeof SNAPSHOT_ORDER)[number];

/**
 * The fields of a Position record (src/data/schemas/records.ts) the figure reads. `datePrecision` is optional
 * here so test fixtures stay short; the loader always fills it.
 */
export type PledgeRecord = Pick<
  Position,
  'id' | 'country' | 'snapshot' | 'date' | 'category' | 'troops' | 'reportedTroops' | 'summary' | 'quote' | 'confidence' | 'conflictNote' | 'sources'
> & { datePrecision?: Position['datePrecision'] | undefined };

export interface CountryInfo {
  iso3: string;
  name: string;
  /** Outside the coalition (e.g. Slovakia): still charted when a position is recorded, and labelled as such. */
  outside?: boolean;
  /** Chip name in a translated edition (src/lib/charts/i18n.ts → countryInfo); English uses SHORT_NAMES. */
  short?: string | undefined;
}

export interface Cell {
  country: CountryInfo;
  snapshot: Snapshot;
  category: Category;
  /** Undefined when no position is recorded for this snapshot: the country is then shown as "not stated". */
  record: PledgeRecord | undefined;
  /** Set when this and the previous snapshot both record a stated position (not "not stated") and it changed. */
  movedFrom: Category | undefined;
}

export interface Band {
  category: Category;
  cells: Cell[];
  /** Countries that were in this band at the previous snapshot and have left it (drawn as faint ghosts). */
  ghosts: Cell[];
}

export interface SnapshotView {
  snapshot: Snapshot;
  bands: Band[];
  /** Cells whose record has a troop figure (stated by the government and/or reported by the press), in band order. */
  stated: Cell[];
}

export interface PledgesModel {
  countries: CountryInfo[];
  views: SnapshotView[];
  /** country → snapshot → cell, for the per-country disclosures and the table. */
  byCountry: Map<string, Map<Snapshot, Cell>>;
}

/** Short names where the official one would make the chips too wide on a 320 px phone. */
const SHORT_NAMES: Record<string, string> = { GBR: 'UK', USA: 'US', CZE: 'Czechia', TUR: 'Türkiye' };

export const shortName = (c: CountryInfo): string => c.short ?? SHORT_NAMES[c.iso3] ?? c.name;

const byName = (a: CountryInfo, b: CountryInfo) =>
  shortName(a).localeCompare(shortName(b), 'en') || a.iso3.localeCompare(b.iso3);

/**
 * @param records every Position record
 * @param names ISO3 → country (every country with a record must be named)
 * @param alsoShow countries charted even without any record (coalition members), shown as "not stated"
 */
export function buildPledges(
  records: readonly PledgeRecord[],
  names: ReadonlyMap<string, CountryInfo>,
  alsoShow: readonly string[] = []
): PledgesModel {
  const index = new Map<string, PledgeRecord>();
  for (const r of records) {
    const k = `${r.country}|${r.snapshot}`;
    const prev = index.get(k);
    if (prev) throw new Error(`pledges: two positions for ${r.country} at ${r.snapshot}: ${prev.id} and ${r.id}`);
    if (!(SNAPSHOT_ORDER as readonly string[]).includes(r.snapshot)) {
      throw new Error(`pledges: position ${r.id} has unknown snapshot ${r.snapshot}`);
    }
    index.set(k, r);
  }

  const isos = new Set([...records.map((r) => r.country), ...alsoShow]);
  const countries = [...isos].map((iso) => {
    const c = names.get(iso);
    if (!c) throw new Error(`pledges: no country name for ${iso}`);
    return c;
  });
  countries.sort(byName);

  const byCountry = new Map<string, Map<Snapshot, Cell>>();
  for (const country of countries) {
    const cells = new Map<Snapshot, Cell>();
    let previous: PledgeRecord | undefined;
    for (const snapshot of SNAPSHOT_ORDER) {
      const record = index.get(`${country.iso3}|${snapshot}`);
      const category: Category = record?.category ?? 'not-stated';
      // "Not stated" is an absence of information, not a position: going quiet is not drawn as a change of mind.
      const known = (c: Category | undefined) => c !== undefined && c !== 'not-stated';
      const movedFrom =
        known(record?.category) && known(previous?.category) && previous!.category !== category ? previous!.category : undefined;
      cells.set(snapshot, { country, snapshot, category, record, movedFrom });
      previous = record;
    }
    byCountry.set(country.iso3, cells);
  }

  const views = SNAPSHOT_ORDER.map((snapshot): SnapshotView => {
    const cells = countries.map((c) => byCountry.get(c.iso3)!.get(snapshot)!);
    const bands = CATEGORY_ORDER.map((category) => ({
      category,
      cells: cells.filter((c) => c.category === category),
      ghosts: cells.filter((c) => c.movedFrom === category),
    }));
    const stated = bands.flatMap((b) => b.cells.filter((c) => c.record?.troops || c.record?.reportedTroops));
    return { snapshot, bands, stated };
  });

  return { countries, views, byCountry };
}

/** Direction of a move in reading order: towards sending troops ("up"), away from it ("down"). */
export function moveDirection(from: Category, to: Category): 'up' | 'down' | 'none' {
  const d = categoryRank(to) - categoryRank(from);
  return d < 0 ? 'up' : d > 0 ? 'down' : 'none';
}
