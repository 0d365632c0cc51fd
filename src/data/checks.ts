// Rules that span files: every cited source exists (and every registered source is cited), countries are actors,
// ISO codes are real, ids are unique, no record is dated after the "as of" date. Pure: the atlas lookup is passed in.
import { DATA_DIR, LIST_FILES, LIST_KEYS, displayPath, recordId, type DataSet, type ListKey } from './files.ts';
import type { Problem } from './problems.ts';
import { isoDay } from './schemas/common.ts';
import { UKRAINE_UNIT_CODES } from './ukraine-units.ts';

export interface CheckOptions {
  /** Directory shown in messages. */
  dir?: string;
  /** ISO alpha-3 → ISO numeric (3 digits) of every country in the world atlas the maps draw. */
  atlas: ReadonlyMap<string, string>;
}

/** Files whose records are diplomacy facts: complete only up to meta.diplomacyAsOf. */
const DIPLOMACY_FILES: readonly ListKey[] = ['actors', 'positions', 'timeline', 'statements'];

type Report = (key: ListKey, index: number, field: string, message: string) => void;

/** Every place a record cites sources, as [field path, ids]. */
function citations(key: ListKey, record: DataSet[ListKey][number]): [string, string[]][] {
  if (key === 'sources') return [];
  const out: [string, string[]][] = [['sources', (record as { sources: string[] }).sources]];
  if (key === 'positions') {
    const p = record as DataSet['positions'][number];
    if (p.troops?.sources) out.push(['troops.sources', p.troops.sources]);
    p.reportedTroops?.forEach((t, i) => out.push([`reportedTroops[${i}].sources`, t.sources]));
  }
  return out;
}

/** Every date field of a record that must not be later than the "as of" date. */
function datesOf(key: ListKey, record: DataSet[ListKey][number]): [string, Date][] {
  if (key === 'sources') {
    const published = (record as DataSet['sources'][number]).published;
    return published ? [['published', published]] : [];
  }
  const out: [string, Date][] = [['date', (record as { date: Date }).date]];
  const end = (record as { endDate?: Date }).endDate;
  if (end) out.push(['endDate', end]);
  return out;
}

export function crossCheck(data: DataSet, options: CheckOptions): Problem[] {
  const dir = options.dir ?? DATA_DIR;
  const problems: Problem[] = [];
  const report: Report = (key, index, field, message) =>
    problems.push({ file: displayPath(key, dir), record: { id: recordId(key, data[key][index]), index }, field, message });
  const metaFile = displayPath('meta', dir);

  // Unique ids within each file.
  for (const key of LIST_KEYS) {
    const seen = new Map<string, number>();
    data[key].forEach((record, index) => {
      const id = recordId(key, record);
      if (id === undefined) return;
      const first = seen.get(id);
      if (first !== undefined) report(key, index, LIST_FILES[key].idField, `duplicate id "${id}" (also record #${first + 1})`);
      else seen.set(id, index);
    });
  }

  // Source ids: cited ones exist, registered ones are cited (the sources page lists the registry as "sources cited").
  const sourceIds = new Set(data.sources.map((s) => s.id));
  const cited = new Set<string>();
  const sourcesFile = displayPath('sources', dir);
  const checkIds = (ids: readonly string[], at: (i: number, message: string) => void) =>
    ids.forEach((id, i) => {
      cited.add(id);
      if (!sourceIds.has(id)) at(i, `unknown source id "${id}" (not in ${sourcesFile})`);
    });
  for (const key of LIST_KEYS) {
    data[key].forEach((record, index) => {
      for (const [field, ids] of citations(key, record)) checkIds(ids, (i, m) => report(key, index, `${field}[${i}]`, m));
    });
  }
  checkIds(data.meta.whatThirtyFiveMeans.sources, (i, message) =>
    problems.push({ file: metaFile, field: `whatThirtyFiveMeans.sources[${i}]`, message })
  );
  data.meta.corrections.forEach((c, ci) =>
    checkIds(c.sources ?? [], (i, message) => problems.push({ file: metaFile, field: `corrections[${ci}].sources[${i}]`, message }))
  );
  data.sources.forEach((s, index) => {
    if (!cited.has(s.id)) report('sources', index, 'id', 'is not cited by any record: cite it or remove it');
  });

  // Actors: real ISO codes, numeric id as in the world atlas (the map joins on it).
  data.actors.forEach((a, index) => {
    const numeric = options.atlas.get(a.iso3);
    if (numeric === undefined) report('actors', index, 'iso3', `unknown ISO code "${a.iso3}" (not a country of the world atlas)`);
    else if (numeric !== a.isoNumeric) report('actors', index, 'isoNumeric', `must be "${numeric}" for ${a.iso3} (world atlas id), not "${a.isoNumeric}"`);
  });
  const actors = new Set(data.actors.map((a) => a.iso3));
  const actorsFile = displayPath('actors', dir);
  data.positions.forEach((p, index) => {
    if (!actors.has(p.country)) report('positions', index, 'country', `unknown ISO code "${p.country}" (not an actor in ${actorsFile})`);
  });
  data.statements.forEach((s, index) =>
    s.signatories.forEach((code, i) => {
      if (!actors.has(code)) report('statements', index, `signatories[${i}]`, `unknown ISO code "${code}" (not an actor in ${actorsFile})`);
    })
  );

  // Ukraine's units: exactly the 27 ISO 3166-2 codes; published figures may only name those.
  const known = new Set<string>(UKRAINE_UNIT_CODES);
  data.territory.forEach((t, index) => {
    if (!known.has(t.iso)) report('territory', index, 'iso', `unknown ISO 3166-2 code "${t.iso}" (not one of Ukraine's 27 first-level units)`);
  });
  const listed = new Set(data.territory.map((t) => t.iso));
  const missing = UKRAINE_UNIT_CODES.filter((code) => !listed.has(code));
  if (missing.length > 0) {
    problems.push({ file: displayPath('territory', dir), message: `missing units: ${missing.join(', ')} (all 27 must be listed)` });
  }
  data.publishedFigures.forEach((f, index) => {
    if (f.oblast !== undefined && !known.has(f.oblast)) report('publishedFigures', index, 'oblast', `unknown ISO 3166-2 code "${f.oblast}"`);
  });

  // Nothing later than the "as of" date; diplomacy nothing later than diplomacyAsOf.
  const asOf = data.meta.asOf.getTime();
  const diplomacyAsOf = data.meta.diplomacyAsOf.getTime();
  for (const key of LIST_KEYS) {
    const limit = DIPLOMACY_FILES.includes(key) ? diplomacyAsOf : asOf;
    const limitName = DIPLOMACY_FILES.includes(key) ? 'diplomacyAsOf' : 'asOf';
    const limitDay = isoDay(new Date(limit));
    data[key].forEach((record, index) => {
      for (const [field, date] of datesOf(key, record)) {
        if (date.getTime() > limit) {
          report(key, index, field, `${isoDay(date)} is after the "as of" date (${limitName} ${limitDay} in ${metaFile})`);
        }
      }
    });
  }
  data.publishedFigures.forEach((f, index) => {
    for (const field of ['compareSnapshot', 'compareFrom'] as const) {
      const day = f[field];
      if (day !== undefined && Date.parse(day) > asOf) report('publishedFigures', index, field, `${day} is after the "as of" date (asOf in ${metaFile})`);
    }
  });

  // Corrections point at records that exist.
  data.meta.corrections.forEach((c, ci) => {
    const key = LIST_KEYS.find((k) => LIST_FILES[k].file === c.file);
    if (key && !data[key].some((r) => recordId(key, r) === c.record)) {
      problems.push({ file: metaFile, field: `corrections[${ci}].record`, message: `no record "${c.record}" in ${displayPath(key, dir)}` });
    }
  });

  return problems;
}
