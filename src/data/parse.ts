// YAML text → validated records, one file at a time. Pure: the caller supplies the text, so tests can feed small
// fixture strings and the build feeds the real files. Every problem names file, record and field.
import { parseDocument } from 'yaml';
import type { z } from 'zod';
import { LIST_FILES, META_FILE, displayPath, recordId, type DataSet, type ListKey } from './files.ts';
import { fieldPath, type Problem, type RecordRef } from './problems.ts';

export interface Parsed<T> {
  value: T | undefined;
  problems: Problem[];
}

/** YAML syntax → plain data; syntax errors become problems with the line number. */
function readYaml(text: string, file: string): Parsed<unknown> {
  // uniqueKeys: a key written twice in one record is almost always a paste error; YAML would keep the last one.
  const doc = parseDocument(text, { uniqueKeys: true, prettyErrors: true });
  const first = doc.errors[0];
  if (first) {
    // Only the first error: the ones after it are usually echoes of the same mistake.
    const line = first.linePos?.[0].line;
    const reason = first.message.split('\n')[0]?.replace(/ at line \d+, column \d+:?$/, '') ?? 'unreadable YAML';
    return { value: undefined, problems: [{ file, message: `YAML syntax error${line ? ` at line ${line}` : ''}: ${reason}` }] };
  }
  return { value: doc.toJS(), problems: [] };
}

/** Zod issues → problems, with wording for the two cases editors meet most: a missing field and a typo'd key. */
function issuesToProblems(issues: readonly z.core.$ZodIssue[], file: string, record?: RecordRef): Problem[] {
  const out: Problem[] = [];
  for (const issue of issues) {
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) {
        out.push({ file, record, field: fieldPath([...issue.path, key]), message: 'is not a known field (check the spelling)' });
      }
      continue;
    }
    const missing = issue.path.length > 0 && 'input' in issue && issue.input === undefined;
    out.push({
      file,
      record,
      field: issue.path.length > 0 ? fieldPath(issue.path) : undefined,
      message: missing ? `is missing (${issue.message})` : issue.message,
    });
  }
  return out;
}

/** A file holding a list of records (everything but meta.yaml). */
export function parseList<K extends ListKey>(key: K, text: string, dir?: string): Parsed<DataSet[K]> {
  const file = displayPath(key, dir);
  const yaml = readYaml(text, file);
  if (yaml.problems.length > 0) return { value: undefined, problems: yaml.problems };
  if (!Array.isArray(yaml.value)) {
    return { value: undefined, problems: [{ file, message: 'must be a list of records (each starting with "- ")' }] };
  }
  const schema = LIST_FILES[key].schema as unknown as z.ZodType<DataSet[K][number]>;
  const records: DataSet[K][number][] = [];
  const problems: Problem[] = [];
  yaml.value.forEach((raw: unknown, index: number) => {
    const record: RecordRef = { id: recordId(key, raw), index };
    const result = schema.safeParse(raw, { reportInput: true });
    if (result.success) records.push(result.data);
    else problems.push(...issuesToProblems(result.error.issues, file, record));
  });
  return { value: problems.length === 0 ? (records as DataSet[K]) : undefined, problems };
}

/** meta.yaml: one object, not a list. */
export function parseMeta(text: string, dir?: string): Parsed<DataSet['meta']> {
  const file = displayPath('meta', dir);
  const yaml = readYaml(text, file);
  if (yaml.problems.length > 0) return { value: undefined, problems: yaml.problems };
  const result = META_FILE.schema.safeParse(yaml.value, { reportInput: true });
  if (result.success) return { value: result.data, problems: [] };
  return { value: undefined, problems: issuesToProblems(result.error.issues, file) };
}
