// Loads one language edition of the story from the content collections and lays it out in sections.
// Used by the page and the embed routes, so both shells tell the same story.
import { getCollection, getEntry, render } from 'astro:content';
import { buildSections, type Section, type StepInput } from './sections.ts';
import { SCENE_KIND, sceneState } from '../scenes/registry.ts';
import { editionProblems, sourcesPageKeys, type Edition } from './edition-check.ts';
import { dataMeta, sources } from '../data/index.ts';
import { builtLangs, DEFAULT_LANG } from '../i18n/langs.ts';
import { missingTexts } from '../i18n/data-text.ts';
import { UI } from '../i18n/ui.ts';

let editionsChecked: Promise<void> | undefined;

/** The sources page's strings of one language, as the edition check compares them (English adds the data's notes). */
async function sourcesPageStrings(lang: string): Promise<Record<string, string> | undefined> {
  const entry = await getEntry('sourcesPage', lang);
  if (!entry) return undefined;
  return sourcesPageKeys(entry.data, lang === DEFAULT_LANG ? { sources: sources(), corrections: dataMeta().corrections } : undefined);
}

/**
 * Fails the build when one language edition lacks a step, a figure, an interface string or a sources-page string
 * another has. Run once per build, by the story and by the sources page.
 */
export function checkEditions(): Promise<void> {
  editionsChecked ??= (async () => {
    const editions: Edition[] = [];
    for (const lang of builtLangs()) {
      const steps = (await getCollection('steps', (e) => e.id.startsWith(`${lang}/`))).sort((a, b) =>
        a.id.localeCompare(b.id)
      );
      const figures = (await getEntry('figures', lang))?.data.figures ?? [];
      editions.push({
        lang,
        steps: steps.map((e) => ({ id: e.data.id, figure: e.data.figure, scene: e.data.scene, params: e.data.params })),
        figures,
        ui: (UI as Record<string, Record<string, string>>)[lang],
        sourcesPage: await sourcesPageStrings(lang),
        dataTextMissing: missingTexts(lang),
      });
    }
    const problems = editionProblems(editions);
    if (problems.length) throw new Error(`language editions differ:\n  ${problems.join('\n  ')}`);
  })();
  return editionsChecked;
}

export async function loadStory(lang: string) {
  await checkEditions();
  const entries = (await getCollection('steps', (e) => e.id.startsWith(`${lang}/`))).sort((a, b) =>
    a.id.localeCompare(b.id)
  );
  const figuresEntry = await getEntry('figures', lang);
  const meta = await getEntry('meta', lang);
  if (!figuresEntry) throw new Error(`content/figures/${lang}.yaml is missing`);
  if (!meta) throw new Error(`content/meta/${lang}.yaml is missing`);

  const inputs: StepInput[] = entries.map((e) => ({
    file: e.filePath ?? e.id,
    id: e.data.id,
    figure: e.data.figure,
    scene: e.data.scene,
    params: e.data.params,
    alt: e.data.alt,
    heading: e.data.heading,
  }));
  const sections: Section[] = buildSections(inputs, figuresEntry.data.figures, { sceneKind: SCENE_KIND, sceneState });
  const bodies = new Map(await Promise.all(entries.map(async (e) => [e.data.id, (await render(e)).Content] as const)));
  return { sections, bodies, meta: meta.data, figures: figuresEntry.data.figures };
}
