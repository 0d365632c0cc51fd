// The list of embeds, for the embed pages and their oEmbed files: the story and each figure, per built edition.
import { loadStory } from '../../lib/story-data.ts';
import { builtLangs } from '../../i18n/langs.ts';
import { embedParams } from './paths.ts';

export interface EmbedRouteProps {
  lang: string;
  figureId: string | null;
}

export interface EmbedRoute {
  params: { lang: string | undefined; figure: string | undefined };
  props: EmbedRouteProps;
}

export async function embedRoutes(): Promise<EmbedRoute[]> {
  const routes: EmbedRoute[] = [];
  for (const lang of builtLangs()) {
    routes.push({ params: embedParams(lang), props: { lang, figureId: null } });
    const { sections } = await loadStory(lang);
    for (const { figure } of sections) {
      routes.push({ params: embedParams(lang, figure.id), props: { lang, figureId: figure.id } });
    }
  }
  return routes;
}
