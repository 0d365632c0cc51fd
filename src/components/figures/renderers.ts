// Which components draw a figure kind and its data table. Looked up by file name so each kind stays in its own
// module; the story sections and the single-figure embeds both resolve renderers here.
import type { FigureKind } from '../../scenes/types.ts';
import PlaceholderFigure from './PlaceholderFigure.astro';

const modules = import.meta.glob<{ default: unknown }>('./*.astro', { eager: true });
const byName = (name: string) => modules[`./${name}.astro`]?.default;

const NAMES: Record<FigureKind, [figure: string, table: string]> = {
  map: ['MapFigure', 'MapTables'],
  pledges: ['PledgesFigure', 'PledgesTable'],
  timeline: ['TimelineFigure', 'TimelineTable'],
};

/**
 * Figure renderers take `{ figureId, lang, initial, states }`; table components take `{ figureId, lang, scenes }`.
 * Typed loosely because Astro components are not typed through import.meta.glob.
 */
export function renderersFor(kind: FigureKind): { Renderer: any; Table: any } {
  const [figure, table] = NAMES[kind];
  return { Renderer: byName(figure) ?? PlaceholderFigure, Table: byName(table) };
}
