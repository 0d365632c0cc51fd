// Reads content/data/*.yaml, validates every record and the links between files, and returns the typed data set,
// or throws a DataError listing every problem (file, record, field). `buildDataSet` is the pure core (YAML texts in),
// used by the tests; `loadDataSet` adds the file system, relative to the project root (process.cwd()) so it behaves
// the same in the Astro build and in Vitest.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ATLAS_PATH, atlasCodes } from './atlas.ts';
import { crossCheck } from './checks.ts';
import { DATA_DIR, FILE_KEYS, LIST_KEYS, displayPath, fileName, type DataSet, type FileKey } from './files.ts';
import { parseList, parseMeta } from './parse.ts';
import { DataError, type Problem } from './problems.ts';

export type DataTexts = Record<FileKey, string>;

export interface BuildOptions {
  /** Directory named in messages (default content/data). */
  dir?: string;
  /** ISO alpha-3 → ISO numeric of the world atlas countries. */
  atlas: ReadonlyMap<string, string>;
}

/** Validates the YAML texts of every data file; throws a DataError naming file, record and field. */
export function buildDataSet(texts: DataTexts, options: BuildOptions): DataSet {
  const problems: Problem[] = [];
  const partial: Partial<Record<FileKey, unknown>> = {};
  for (const key of LIST_KEYS) {
    const parsed = parseList(key, texts[key], options.dir);
    problems.push(...parsed.problems);
    partial[key] = parsed.value;
  }
  const meta = parseMeta(texts.meta, options.dir);
  problems.push(...meta.problems);
  partial.meta = meta.value;
  // Cross-file checks on half-parsed files would report phantom problems (e.g. "unknown source" because sources.yaml
  // failed); report the per-file problems first.
  if (problems.length > 0) throw new DataError(problems);

  const data = partial as DataSet;
  const crossProblems = crossCheck(data, { dir: options.dir, atlas: options.atlas });
  if (crossProblems.length > 0) throw new DataError(crossProblems);
  return data;
}

/** Reads one file; a missing file is a problem naming it, not a bare ENOENT. */
function readText(path: string, shown: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch (error) {
    throw new DataError([{ file: shown, message: `cannot be read (${(error as NodeJS.ErrnoException).code ?? String(error)})` }]);
  }
}

export function readAtlas(root: string = process.cwd()): Map<string, string> {
  return atlasCodes(JSON.parse(readText(join(root, ATLAS_PATH), ATLAS_PATH)));
}

/** Reads and validates content/data/*.yaml under `root`. */
export function loadDataSet(root: string = process.cwd(), dir: string = DATA_DIR): DataSet {
  const texts = Object.fromEntries(
    FILE_KEYS.map((key) => [key, readText(join(root, dir, fileName(key)), displayPath(key, dir))])
  ) as DataTexts;
  return buildDataSet(texts, { dir, atlas: readAtlas(root) });
}

/** Files the loader reads (for cache invalidation and watch lists). */
export function dataFilePaths(root: string = process.cwd(), dir: string = DATA_DIR): string[] {
  return [...FILE_KEYS.map((key) => join(root, dir, fileName(key))), join(root, ATLAS_PATH)];
}
