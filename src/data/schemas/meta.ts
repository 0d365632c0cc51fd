// content/data/meta.yaml: facts about the data as a whole — how current it is, what was corrected, what the
// headline count means and what remains uncertain. The sources page prints all of it.
import { z } from 'zod';
import { isoDate, kebabId, sourceIds } from './common.ts';
import { SNAPSHOTS } from './records.ts';

/** Data files a correction can point at (file name without directory). */
export const DATA_FILE_NAMES = [
  'sources.yaml',
  'actors.yaml',
  'positions.yaml',
  'territory.yaml',
  'timeline.yaml',
  'statements.yaml',
  'published-figures.yaml',
] as const;

export const Correction = z.strictObject({
  /** Day the correction was made. */
  date: isoDate,
  /** File that was corrected. */
  file: z.enum(DATA_FILE_NAMES, { error: `must be one of: ${DATA_FILE_NAMES.join(', ')}` }),
  /** Id of the corrected record (iso3 for actors, ISO 3166-2 code for territory); must exist. */
  record: z.string().min(2),
  /** What was wrong and what it says now, in one or two sentences readers can follow. */
  change: z.string().min(10),
  /** Sources for the corrected fact, when it changed. */
  sources: sourceIds.optional(),
});
export type Correction = z.infer<typeof Correction>;

export const SnapshotInfo = z.strictObject({
  /** Short label for the chart ("Spring 2025"). */
  label: z.string().min(3),
  /** Which statements the snapshot holds, in one sentence. */
  description: z.string().min(10),
});

export const DataMeta = z
  .strictObject({
    /** The data's "as of" date: the latest date any record refers to (no record may be later). */
    asOf: isoDate,
    /** Diplomacy (actors, positions, timeline, statements) is complete up to this day; no diplomacy record may be later. */
    diplomacyAsOf: isoDate,
    /** Date of the latest territorial-control snapshot the areas are computed from. */
    controlAsOf: isoDate,
    /** Why these dates, in words for the sources page. */
    asOfNote: z.string().min(10),
    /** Ukraine's official area including Crimea, km² (the base of published shares, e.g. AFP/ISW's 19.2%). */
    officialAreaKm2: z.number().int().positive(),
    /** Where the official area comes from and how it differs from the area of the map's outline. */
    officialAreaNote: z.string().min(10),
    /** What "35 countries" means: reconstructed list, no official one, other counts in circulation. */
    whatThirtyFiveMeans: z.strictObject({
      /** The explanation, in the story's words. */
      text: z.string().min(40),
      /** Sources for the counts it mentions. */
      sources: sourceIds,
    }),
    /** What each pledges snapshot covers. */
    snapshots: z.strictObject(
      Object.fromEntries(SNAPSHOTS.map((s) => [s, SnapshotInfo])) as Record<(typeof SNAPSHOTS)[number], typeof SnapshotInfo>
    ),
    /** What remains uncertain (the fact sheet's "Open questions"), one item each. */
    openQuestions: z
      .array(
        z.strictObject({
          /** Stable id, for linking. */
          id: kebabId,
          /** The open question, in the story's words. */
          text: z.string().min(10),
        })
      )
      .min(1),
    /** Corrections made after publication, newest first. Empty until the first correction. */
    corrections: z.array(Correction),
  })
  .superRefine((m, ctx) => {
    for (const key of ['diplomacyAsOf', 'controlAsOf'] as const) {
      if (m[key].getTime() > m.asOf.getTime()) {
        ctx.addIssue({ code: 'custom', path: [key], message: 'must not be after asOf' });
      }
    }
  });
export type DataMeta = z.infer<typeof DataMeta>;
