// Computed vs published: for each figure another outlet published, the same quantity measured on this story's
// geometry at the nearest control snapshot. Pure: areas come in as an argument (src/data/areas.ts in the build).
import type { PublishedFigure } from './schemas/published-figures.ts';
import type { ComputedAreas } from './tables.ts';

const DONETSK = 'UA-14';
const LUHANSK = 'UA-09';

export interface AreasWithHeld extends ComputedAreas {
  /** Area of Donetsk oblast Ukraine holds at a snapshot, km² (src/lib/geo/areas.ts heldDonetskKm2). */
  heldDonetskKm2: (date: string) => number;
}

export interface Computed {
  value: number;
  unit: 'percent' | 'km2';
  /** Snapshot(s) measured, e.g. "2025-12-31" or "2024-12-31 → 2025-12-31". */
  at: string;
}

const share = (part: number, whole: number): number => (whole > 0 ? (part / whole) * 100 : Number.NaN);

/** The computed counterpart of a published figure, or undefined when no snapshot matches or none applies. */
export function computedFor(figure: PublishedFigure, areas: AreasWithHeld): Computed | undefined {
  const date = figure.compareSnapshot;
  if (figure.metric === 'ukraine-area') return { value: areas.ukraineKm2, unit: 'km2', at: 'map outline' };
  if (figure.metric === 'oblast-area') {
    const km2 = figure.oblast ? areas.oblastKm2[figure.oblast] : undefined;
    return km2 === undefined ? undefined : { value: km2, unit: 'km2', at: 'map outline' };
  }
  const snap = areas.snapshots.find((s) => s.date === date);
  if (!snap || date === undefined) return undefined;
  const oblastKm2 = (iso: string) => areas.oblastKm2[iso] ?? Number.NaN;
  switch (figure.metric) {
    case 'occupied-share':
      return { value: snap.shareOfUkraine * 100, unit: 'percent', at: date };
    case 'occupied-area':
      return { value: snap.occupiedKm2, unit: 'km2', at: date };
    case 'oblast-occupied-share':
      return figure.oblast
        ? { value: share(snap.byOblast[figure.oblast] ?? 0, oblastKm2(figure.oblast)), unit: 'percent', at: date }
        : undefined;
    case 'held-donetsk-area':
      return { value: areas.heldDonetskKm2(date), unit: 'km2', at: date };
    case 'held-donetsk-share':
      return { value: share(areas.heldDonetskKm2(date), oblastKm2(DONETSK)), unit: 'percent', at: date };
    case 'held-donbas-share': {
      const heldLuhansk = oblastKm2(LUHANSK) - (snap.byOblast[LUHANSK] ?? 0);
      const held = areas.heldDonetskKm2(date) + heldLuhansk;
      return { value: share(held, oblastKm2(DONETSK) + oblastKm2(LUHANSK)), unit: 'percent', at: date };
    }
    case 'area-gained': {
      const from = areas.snapshots.find((s) => s.date === figure.compareFrom);
      return from ? { value: snap.occupiedKm2 - from.occupiedKm2, unit: 'km2', at: `${from.date} → ${date}` } : undefined;
    }
    default:
      return undefined;
  }
}

const km2Format = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 0 });
const pctFormat = new Intl.NumberFormat('en-GB', { minimumFractionDigits: 1, maximumFractionDigits: 1 });

/** "115,225 km²", "19.3%": rounded at display time only. */
export function formatAmount(value: number, unit: 'percent' | 'km2'): string {
  if (!Number.isFinite(value)) return '—';
  return unit === 'km2' ? `${km2Format.format(value)} km²` : `${pctFormat.format(value)}%`;
}

/** Metrics that describe the occupied area as a whole: they go in the per-snapshot table. */
const WHOLE_METRICS: readonly PublishedFigure['metric'][] = ['occupied-share', 'occupied-area'];

export interface SnapshotRow {
  date: string;
  occupiedKm2: number;
  /** Percent of the map's outline of Ukraine. */
  pctOfOutline: number;
  /** Percent of the official area. */
  pctOfOfficial: number;
  /** The source flags the snapshot as unfit for area comparisons. */
  lowQuality: boolean;
  /** Published figures about the whole occupied area, compared at this snapshot. */
  published: PublishedFigure[];
}

/** One row per control snapshot: the computed occupied area beside the published figures nearest to it. */
export function snapshotRows(
  areas: ComputedAreas,
  figures: readonly PublishedFigure[],
  officialKm2: number,
  isLowQuality: (date: string) => boolean
): SnapshotRow[] {
  return areas.snapshots.map((s) => ({
    date: s.date,
    occupiedKm2: s.occupiedKm2,
    pctOfOutline: s.shareOfUkraine * 100,
    pctOfOfficial: share(s.occupiedKm2, officialKm2),
    lowQuality: isLowQuality(s.date),
    published: figures.filter((f) => f.compareSnapshot === s.date && WHOLE_METRICS.includes(f.metric)),
  }));
}

/** Published figures about parts of Ukraine (oblasts, Donetsk, the Donbas) or changes, with computed counterparts. */
export function partComparisons(
  figures: readonly PublishedFigure[],
  areas: AreasWithHeld
): { figure: PublishedFigure; computed: Computed | undefined }[] {
  return figures.filter((f) => !WHOLE_METRICS.includes(f.metric)).map((figure) => ({ figure, computed: computedFor(figure, areas) }));
}

/** The date a published figure refers to, as precisely as known: YYYY-MM-DD, YYYY-MM or YYYY. */
export function figureDate(f: PublishedFigure): string {
  const day = f.date.toISOString().slice(0, 10);
  return f.datePrecision === 'year' ? day.slice(0, 4) : f.datePrecision === 'month' ? day.slice(0, 7) : day;
}
