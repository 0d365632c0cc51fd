// Typed, memoised accessors for the renderers, pages and download endpoints. The data set is loaded once per build;
// in `astro dev` it reloads when a data file changes (checked by modification time, which is cheap).
import { statSync } from 'node:fs';
import type { DataSet } from './files.ts';
import { dataFilePaths, loadDataSet } from './load.ts';
import type { Actor, Position, Snapshot, Source } from './schemas/records.ts';

export type { DataSet } from './files.ts';
export type {
  Actor,
  Confidence,
  Position,
  PositionCategory,
  Snapshot,
  Source,
  Statement,
  TerritoryUnit,
  TimelineEvent,
} from './schemas/records.ts';
export type { PublishedFigure } from './schemas/published-figures.ts';
export type { DataMeta, Correction } from './schemas/meta.ts';
export { CONFIDENCE, POSITION_CATEGORIES, SNAPSHOTS, isoDay } from './schemas/records.ts';
export { DataError } from './problems.ts';

let cached: { stamp: string; checkedAt: number; data: DataSet; sourceIndex: Map<string, Source> } | undefined;

/** Renderers call the accessors thousands of times per page; the files are re-checked at most this often. */
const RECHECK_MS = 1000;

function stamp(): string {
  return dataFilePaths()
    .map((p) => {
      try {
        return String(statSync(p).mtimeMs);
      } catch {
        return 'missing'; // the loader then reports the missing file by name
      }
    })
    .join('|');
}

function current() {
  const time = Date.now();
  if (cached && time - cached.checkedAt < RECHECK_MS) return cached;
  const now = stamp();
  if (!cached || cached.stamp !== now) {
    const data = loadDataSet();
    cached = { stamp: now, checkedAt: time, data, sourceIndex: new Map(data.sources.map((s) => [s.id, s])) };
  }
  cached.checkedAt = time;
  return cached;
}

/** The whole validated data set. */
export const dataSet = (): DataSet => current().data;
/** The source registry (content/data/sources.yaml). */
export const sources = (): DataSet['sources'] => current().data.sources;
/** Members of the Coalition and the outside actors (content/data/actors.yaml). */
export const actors = (): DataSet['actors'] => current().data.actors;
/** The 35 members of the Coalition (34 states + Ukraine), reconstructed: there is no official list. */
export const members = (): Actor[] => actors().filter((a) => a.role === 'member');
/** Positions on sending troops, one per country and snapshot (content/data/positions.yaml). */
export const positions = (): DataSet['positions'] => current().data.positions;
/** Ukraine's 27 first-level units with Russia's claims and demands (content/data/territory.yaml). */
export const territory = (): DataSet['territory'] => current().data.territory;
/** Dated events, in file order (content/data/timeline.yaml). */
export const timeline = (): DataSet['timeline'] => current().data.timeline;
/** The 6 January 2026 statements on Greenland and the White House reply (content/data/statements.yaml). */
export const statements = (): DataSet['statements'] => current().data.statements;
/** Area figures published by others, to compare with the computed ones (content/data/published-figures.yaml). */
export const publishedFigures = (): DataSet['publishedFigures'] => current().data.publishedFigures;
/** "As of" dates, what 35 means, snapshots, open questions, corrections (content/data/meta.yaml). */
export const dataMeta = (): DataSet['meta'] => current().data.meta;

/** One source by id; throws with the id when it is not registered (the loader already checked citations). */
export function source(id: string): Source {
  const found = current().sourceIndex.get(id);
  if (!found) throw new Error(`unknown source id "${id}" (not in content/data/sources.yaml)`);
  return found;
}

/** The positions of one snapshot, in file order. */
export function positionsAt(snapshot: Snapshot): Position[] {
  return positions().filter((p) => p.snapshot === snapshot);
}

/** The actor with this ISO alpha-3 code; throws naming the code when there is none. */
export function actor(iso3: string): Actor {
  const found = actors().find((a) => a.iso3 === iso3);
  if (!found) throw new Error(`unknown actor "${iso3}" (not in content/data/actors.yaml)`);
  return found;
}
