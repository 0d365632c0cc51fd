// content/data/translations/<lang>.yaml: the French and Ukrainian versions of the data's free text that readers of
// those editions see (popover summaries, timeline titles, season labels, notes on the sources page). The English in
// content/data/*.yaml stays the data of record; a translation is keyed by collection, record id and field, and may
// only exist for a field that exists in English — a key left behind after a record was renamed or a field removed
// is rejected, so a stale translation cannot silently linger.
import { z } from 'zod';
import type { DataSet } from '../files.ts';
import { LIST_FILES } from '../files.ts';
import { SNAPSHOTS } from './records.ts';

/** The collections whose free text is translated (the first argument of localText after the language). */
export const TEXT_COLLECTIONS = ['positions', 'timeline', 'statements', 'published-figures', 'meta', 'territory'] as const;
export type TextCollection = (typeof TEXT_COLLECTIONS)[number];

/** A control snapshot's description, as written by the geo pipeline (src/geo/control-meta.json). */
export interface ControlSnapshotText {
  date: string;
  note: string | null;
}

/** Record id → field → English text. */
export type FieldTexts = Map<string, Map<string, string>>;

/** Where each collection's English lives, for messages. */
export const ENGLISH_FILES: Record<TextCollection, string> = {
  positions: `content/data/${LIST_FILES.positions.file}`,
  timeline: `content/data/${LIST_FILES.timeline.file}`,
  statements: `content/data/${LIST_FILES.statements.file}`,
  'published-figures': `content/data/${LIST_FILES.publishedFigures.file}`,
  meta: 'content/data/meta.yaml',
  territory: `content/data/${LIST_FILES.territory.file} and src/geo/control-meta.json`,
};

/** Adds the fields that have English text; absent optional fields need no translation. */
function put(out: FieldTexts, id: string, fields: Record<string, string | null | undefined>): void {
  const present = Object.entries(fields).filter((e): e is [string, string] => typeof e[1] === 'string' && e[1].length > 0);
  if (present.length > 0) out.set(id, new Map(present));
}

/**
 * Every English free-text field a reader of a translated edition sees, per collection. This is the one list of what
 * must be translated: the edition check and the tests walk it, and the stale-key check accepts nothing outside it.
 * meta.yaml is one object, so its "records" are: `notes` (asOfNote, officialAreaNote, whatThirtyFiveMeans), each
 * snapshot key (label, description) and each open question id (text). `territory` holds the units' notes (keyed
 * by ISO 3166-2 code) and the control snapshots' notes (keyed by date).
 */
export function englishTexts(data: DataSet, controls: readonly ControlSnapshotText[] = []): Record<TextCollection, FieldTexts> {
  const positions: FieldTexts = new Map();
  for (const p of data.positions) {
    const reported = Object.fromEntries((p.reportedTroops ?? []).map((r, i) => [`reported${i + 1}`, r.text]));
    put(positions, p.id, { summary: p.summary, conflictNote: p.conflictNote, troops: p.troops?.text, ...reported, quote: p.quote?.text });
  }
  const timeline: FieldTexts = new Map();
  for (const e of data.timeline) put(timeline, e.id, { title: e.title, summary: e.summary, note: e.note });
  const statements: FieldTexts = new Map();
  for (const s of data.statements) put(statements, s.id, { title: s.title, note: s.note });
  const figures: FieldTexts = new Map();
  for (const f of data.publishedFigures) put(figures, f.id, { text: f.text, estimateBy: f.estimateBy, note: f.note });
  const meta: FieldTexts = new Map();
  const m = data.meta;
  put(meta, 'notes', { asOfNote: m.asOfNote, officialAreaNote: m.officialAreaNote, whatThirtyFiveMeans: m.whatThirtyFiveMeans.text });
  for (const s of SNAPSHOTS) put(meta, s, { label: m.snapshots[s].label, description: m.snapshots[s].description });
  for (const q of m.openQuestions) put(meta, q.id, { text: q.text });
  const territory: FieldTexts = new Map();
  for (const u of data.territory) put(territory, u.iso, { note: u.note });
  for (const c of controls) put(territory, c.date, { note: c.note });
  return { positions, timeline, statements, 'published-figures': figures, meta, territory };
}

/** One record's translated fields: field name → text in the edition's language. */
const RecordTexts = z.record(z.string(), z.string().trim().min(1, 'must not be empty'));

/** One collection: record id → its translated fields. */
const CollectionTexts = z.record(z.string(), RecordTexts);

/** The shape of a translation file, before checking its keys against the English data. */
export const DataTranslations = z.strictObject({
  /** content/data/positions.yaml, by position id (`fra-2026-01`): summary, conflictNote, troops, reported1…, quote. */
  positions: CollectionTexts.optional(),
  /** content/data/timeline.yaml, by event id: title, summary, note. */
  timeline: CollectionTexts.optional(),
  /** content/data/statements.yaml, by statement id: title, note. */
  statements: CollectionTexts.optional(),
  /** content/data/published-figures.yaml, by figure id: text, estimateBy, note. */
  'published-figures': CollectionTexts.optional(),
  /** content/data/meta.yaml: `notes` (asOfNote, officialAreaNote, whatThirtyFiveMeans), snapshot keys (label,
   * description), open question ids (text). */
  meta: CollectionTexts.optional(),
  /** content/data/territory.yaml units by ISO code (note); control snapshots by date (note). */
  territory: CollectionTexts.optional(),
});
export type DataTranslations = z.infer<typeof DataTranslations>;

/** Parsed translations: collection → record id → field → text. */
export type TranslationTable = Record<TextCollection, FieldTexts>;

/**
 * The file's shape plus its keys checked against the English: a record or field that has no English text is a
 * stale translation, reported with file, collection, record and field.
 */
export function translationsSchema(file: string, english: Record<TextCollection, FieldTexts>) {
  return DataTranslations.superRefine((t, ctx) => {
    for (const collection of TEXT_COLLECTIONS) {
      for (const [id, fields] of Object.entries(t[collection] ?? {})) {
        const known = english[collection].get(id);
        if (!known) {
          ctx.addIssue({
            code: 'custom',
            path: [collection, id],
            message: `${file}: ${collection}: record "${id}" does not exist in ${ENGLISH_FILES[collection]} (stale translation: rename or remove it)`,
          });
          continue;
        }
        for (const field of Object.keys(fields)) {
          if (!known.has(field)) {
            ctx.addIssue({
              code: 'custom',
              path: [collection, id, field],
              message: `${file}: ${collection}: record "${id}": field "${field}" has no English text in ${ENGLISH_FILES[collection]} (stale translation: remove it)`,
            });
          }
        }
      }
    }
  });
}

/** Validated translations as lookup maps. */
export function toTable(t: DataTranslations): TranslationTable {
  const table = {} as TranslationTable;
  for (const collection of TEXT_COLLECTIONS) {
    table[collection] = new Map(Object.entries(t[collection] ?? {}).map(([id, f]) => [id, new Map(Object.entries(f))]));
  }
  return table;
}
