// The data's free text in the reader's language. English is the data of record (content/data/*.yaml, and the
// downloads stay English); the fr and uk editions read their versions from content/data/translations/<lang>.yaml.
// A missing translation throws at build time, naming file, language, collection, record and field, so an edition
// never ships English sentences in the middle of French or Ukrainian; missingTexts lists them all at once for the
// edition check.
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parseDocument } from 'yaml';
import controlMetaJson from '../geo/control-meta.json';
import { dataSet } from '../data/index.ts';
import type { DataSet } from '../data/files.ts';
import {
  ENGLISH_FILES,
  TEXT_COLLECTIONS,
  englishTexts,
  toTable,
  translationsSchema,
  type ControlSnapshotText,
  type FieldTexts,
  type TextCollection,
  type TranslationTable,
} from '../data/schemas/translations.ts';

export { TEXT_COLLECTIONS, type TextCollection } from '../data/schemas/translations.ts';

/** Directory of the translation files, relative to the project root. */
export const TRANSLATIONS_DIR = 'content/data/translations';

const LANGUAGE_NAMES: Record<string, string> = { fr: 'French', uk: 'Ukrainian' };

export function translationFile(lang: string): string {
  return `${TRANSLATIONS_DIR}/${lang}.yaml`;
}

const controls = controlMetaJson as ControlSnapshotText[];

/** The English free text readers see, from the loaded data set and the control snapshots' notes. */
export function englishDataTexts(data: DataSet = dataSet()): Record<TextCollection, FieldTexts> {
  return englishTexts(data, controls);
}

/**
 * Pure core: YAML text → validated lookup table. Throws an Error listing every problem (syntax, shape, stale keys),
 * each naming the file, collection, record and field.
 */
export function buildTranslations(text: string, file: string, english: Record<TextCollection, FieldTexts>): TranslationTable {
  const doc = parseDocument(text, { uniqueKeys: true, prettyErrors: true });
  const first = doc.errors[0];
  if (first) throw new Error(`${file}: YAML syntax error: ${first.message.split('\n')[0]}`);
  const raw: unknown = doc.toJS() ?? {};
  const result = translationsSchema(file, english).safeParse(raw);
  if (!result.success) {
    const lines = result.error.issues.map((i) =>
      i.code === 'custom' ? i.message : `${file}: ${i.path.map(String).join('.') || '(top level)'}: ${i.message}`
    );
    throw new Error(`Invalid data translations:\n${lines.join('\n')}`);
  }
  return toTable(result.data);
}

function missingMessage(lang: string, file: string, collection: string, id: string, field: string): string {
  const name = LANGUAGE_NAMES[lang] ?? lang;
  return `${file}: no ${name} (${lang}) translation for ${collection} record "${id}" field "${field}"`;
}

/** Looks one text up in a table; throws naming file, language, collection, record and field when it is missing. */
export function lookupText(
  table: TranslationTable,
  lang: string,
  file: string,
  collection: TextCollection,
  id: string,
  field: string
): string {
  const found = table[collection]?.get(id)?.get(field);
  if (found === undefined) throw new Error(missingMessage(lang, file, collection, id, field));
  return found;
}

let cache = new Map<string, { data: DataSet; mtime: number; table: TranslationTable }>();

/** The validated table of one language, re-read when the data set or the file changes (astro dev). */
function tableFor(lang: string): TranslationTable {
  const file = translationFile(lang);
  const path = join(process.cwd(), file);
  let mtime: number;
  try {
    mtime = statSync(path).mtimeMs;
  } catch {
    throw new Error(`${file}: missing — the ${LANGUAGE_NAMES[lang] ?? lang} (${lang}) edition needs translations of the data's free text`);
  }
  const data = dataSet();
  const hit = cache.get(lang);
  if (hit && hit.data === data && hit.mtime === mtime) return hit.table;
  const table = buildTranslations(readFileSync(path, 'utf8'), file, englishDataTexts(data));
  cache.set(lang, { data, mtime, table });
  return table;
}

/** Forgets the loaded files (tests that write fixtures). */
export function resetDataText(): void {
  cache = new Map();
}

/**
 * `english` for English; otherwise the translation of `collection` record `id`'s `field` from
 * content/data/translations/<lang>.yaml. Throws when it is missing, naming file, language, collection, id and field.
 * Ids and fields (the full list: englishTexts in src/data/schemas/translations.ts):
 *   positions <position id> summary | conflictNote · timeline <event id> title | summary | note ·
 *   statements <statement id> title | note · published-figures <figure id> text | estimateBy | note ·
 *   meta notes asOfNote | officialAreaNote | whatThirtyFiveMeans, meta <snapshot, e.g. 2025-03> label | description,
 *   meta <open question id> text · territory <ISO code, e.g. UA-14> note, territory <control date, e.g. 2022-04-03> note.
 */
export function localText(lang: string, collection: TextCollection, id: string, field: string, english: string): string {
  if (lang === 'en') return english;
  return lookupText(tableFor(lang), lang, translationFile(lang), collection, id, field);
}

/**
 * A timeline event with its reader-facing text (title, summary, note) in `lang`, for renderers that pass whole
 * records on (the timeline layout measures the title it will print).
 */
export function localEvent<E extends { id: string; title: string; summary: string; note?: string | undefined }>(lang: string, e: E): E {
  if (lang === 'en') return e;
  return {
    ...e,
    title: localText(lang, 'timeline', e.id, 'title', e.title),
    summary: localText(lang, 'timeline', e.id, 'summary', e.summary),
    note: e.note === undefined ? undefined : localText(lang, 'timeline', e.id, 'note', e.note),
  };
}

/** A position record with its summary and conflict note in `lang`. */
export function localPosition<
  P extends {
    id: string;
    summary: string;
    conflictNote?: string | undefined;
    troops?: { text: string } | undefined;
    reportedTroops?: { text: string }[] | undefined;
    quote?: { text: string; translation?: string | undefined; translationBy?: 'source' | 'authors' | undefined } | undefined;
  },
>(lang: string, p: P): P {
  if (lang === 'en') return p;
  const t = (field: string, english: string) => localText(lang, 'positions', p.id, field, english);
  return {
    ...p,
    summary: t('summary', p.summary),
    conflictNote: p.conflictNote === undefined ? undefined : t('conflictNote', p.conflictNote),
    // Troop figures are short phrases ("up to one company"): the edition prints them in its own language.
    troops: p.troops && { ...p.troops, text: t('troops', p.troops.text) },
    reportedTroops: p.reportedTroops?.map((r, i) => ({ ...r, text: t(`reported${i + 1}`, r.text) })),
    // The quote itself stays verbatim in its language; the edition adds its own translation, credited to us.
    quote: p.quote && { ...p.quote, translation: t('quote', p.quote.text), translationBy: 'authors' as const },
  };
}

/** Pure core of missingTexts: every English text with no entry in `table`, one message each. */
export function missingIn(table: TranslationTable, lang: string, file: string, english: Record<TextCollection, FieldTexts>): string[] {
  const out: string[] = [];
  for (const collection of TEXT_COLLECTIONS) {
    for (const [id, fields] of english[collection]) {
      for (const field of fields.keys()) {
        if (table[collection].get(id)?.get(field) === undefined) out.push(missingMessage(lang, file, collection, id, field));
      }
    }
  }
  return out;
}

/** Every English text of the data with no translation in `lang`, one message each (empty when complete). */
export function missingTexts(lang: string): string[] {
  if (lang === 'en') return [];
  let table: TranslationTable;
  try {
    table = tableFor(lang);
  } catch (error) {
    return [(error as Error).message];
  }
  return missingIn(table, lang, translationFile(lang), englishDataTexts());
}

export { ENGLISH_FILES };
