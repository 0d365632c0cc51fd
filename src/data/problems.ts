// Every data error names the file, the record and the field, so an editor can fix the YAML without reading code:
//   content/data/positions.yaml: record "fra-2026-01" (#3): troops.low: must not be above troops.high (9000 > 6000)

/** Where a record sits in its file: its id when it has a readable one, and its position (0-based here, 1-based shown). */
export interface RecordRef {
  id?: string;
  index: number;
}

export interface Problem {
  /** File as the editor sees it, e.g. `content/data/positions.yaml`. */
  file: string;
  /** Absent for problems with the file as a whole (syntax, wrong top-level shape) or with meta.yaml fields. */
  record?: RecordRef;
  /** Dotted path of the field (`troops.low`, `sources[1]`); absent when the whole record is at fault. */
  field?: string;
  message: string;
}

/** `troops.low`, `sources[1]`, `quote.translation`: the path an editor finds in the YAML. */
export function fieldPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out ? `.${String(key)}` : String(key);
  }
  return out;
}

export function formatProblem(p: Problem): string {
  const parts = [p.file];
  if (p.record) {
    // Numbered from 1, as an editor counts records in the file.
    parts.push(p.record.id ? `record "${p.record.id}" (#${p.record.index + 1})` : `record #${p.record.index + 1}`);
  }
  if (p.field) parts.push(p.field);
  return `${parts.join(': ')}: ${p.message}`;
}

/** Thrown by the loader; `problems` keeps the structured list, the message lists them all, one per line. */
export class DataError extends Error {
  readonly problems: readonly Problem[];

  constructor(problems: readonly Problem[]) {
    const lines = problems.map(formatProblem);
    const head = problems.length === 1 ? '' : `${problems.length} problems in the data files:\n`;
    super(head + lines.join('\n'));
    this.name = 'DataError';
    this.problems = problems;
  }
}
