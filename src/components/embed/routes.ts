// The list of embeds, for the embed pages and their oEmbed files: the story and each figure, per built edition.
import { loadStory } from '../../lib/story-data.ts';
import { builtLangs, DEFAULT_LANG } from '../../i18n/langs.ts';
import { embedSlug } from './paths.ts';

export interface EmbedRouteProps {
  lang: string;
  figureId: string | null;
}

export async function embedRoutes(): Promise<{ params: { slug: string | undefined }; props: EmbedRouteProps }[]> {
  const routes: { params: { slug: string | undefined }; props: EmbedRouteProps }[] = [];
  for (const lang of builtLangs()) {
    routes.push({ params: { slug: embedSlug(lang, DEFAULT_LANG) }, props: { lang, figureId: null } });
    const { sections } = await loadStory(lang);
    for (const { figure } of sections) {
      routes.push({ params: { slug: embedSlug(lang, DEFAULT_LANG, figure.id) }, props: { lang, figureId: figure.id } });
    }
  }
  return routes;
}
