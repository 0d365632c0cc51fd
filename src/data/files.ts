// Which YAML file holds which records, and which field is each record's id. The one place that maps files to
// schemas: the parser, the cross-checks and the error messages all read it.
import type { z } from 'zod';
import { Actor, Position, Source, Statement, TerritoryUnit, TimelineEvent } from './schemas/records.ts';
import { PublishedFigure } from './schemas/published-figures.ts';
import { DataMeta } from './schemas/meta.ts';

/** Directory of the data files, relative to the project root. */
export const DATA_DIR = 'content/data';

interface ListSpec<S extends z.ZodType> {
  file: string;
  schema: S;
  /** The field that identifies a record (unique within the file). */
  idField: string;
}

export const LIST_FILES = {
  sources: { file: 'sources.yaml', schema: Source, idField: 'id' },
  actors: { file: 'actors.yaml', schema: Actor, idField: 'iso3' },
  positions: { file: 'positions.yaml', schema: Position, idField: 'id' },
  territory: { file: 'territory.yaml', schema: TerritoryUnit, idField: 'iso' },
  timeline: { file: 'timeline.yaml', schema: TimelineEvent, idField: 'id' },
  statements: { file: 'statements.yaml', schema: Statement, idField: 'id' },
  publishedFigures: { file: 'published-figures.yaml', schema: PublishedFigure, idField: 'id' },
} as const satisfies Record<string, ListSpec<z.ZodType>>;

export type ListKey = keyof typeof LIST_FILES;
export const LIST_KEYS = Object.keys(LIST_FILES) as ListKey[];

export const META_FILE = { file: 'meta.yaml', schema: DataMeta } as const;

/** Every file the loader reads, keyed like the data set. */
export type FileKey = ListKey | 'meta';
export const FILE_KEYS: FileKey[] = [...LIST_KEYS, 'meta'];

export function fileName(key: FileKey): string {
  return key === 'meta' ? META_FILE.file : LIST_FILES[key].file;
}

/** Path shown in error messages. */
export function displayPath(key: FileKey, dir: string = DATA_DIR): string {
  return `${dir.replace(/\/+$/, '')}/${fileName(key)}`;
}

/** The validated records of every file. */
export interface DataSet {
  sources: z.infer<typeof Source>[];
  actors: z.infer<typeof Actor>[];
  positions: z.infer<typeof Position>[];
  territory: z.infer<typeof TerritoryUnit>[];
  timeline: z.infer<typeof TimelineEvent>[];
  statements: z.infer<typeof Statement>[];
  publishedFigures: z.infer<typeof PublishedFigure>[];
  meta: z.infer<typeof DataMeta>;
}

/** The id of a record, read the same way for parsed records and raw YAML objects. */
export function recordId(key: ListKey, record: unknown): string | undefined {
  if (record === null || typeof record !== 'object') return undefined;
  const value = (record as Record<string, unknown>)[LIST_FILES[key].idField];
  return typeof value === 'string' && value.length > 0 ? value : undefined;
}
