// Everything a snippet, an embed box or an oEmbed file says about one embed, from the story's content.
import { loadStory } from '../../lib/story-data.ts';
import { absoluteUrl, embedPath, hostElementId } from './paths.ts';
import { figureHeight, STORY_HEIGHT, type SuggestedHeight } from './sizing.ts';

export interface EmbedDescription {
  url: string;
  id: string;
  title: string;
  heights: SuggestedHeight;
}

export async function describeEmbed(site: URL | undefined, lang: string, figureId?: string | null): Promise<EmbedDescription> {
  const { sections, meta } = await loadStory(lang);
  const url = absoluteUrl(site, import.meta.env.BASE_URL, embedPath(lang, figureId));
  if (!figureId) return { url, id: hostElementId(), title: meta.headline, heights: STORY_HEIGHT };
  const section = sections.find((s) => s.figure.id === figureId);
  if (!section) throw new Error(`embed: unknown figure "${figureId}" in the ${lang} story`);
  return {
    url,
    id: hostElementId(figureId),
    title: section.figure.title,
    heights: figureHeight(section.figure.kind, section.steps.length),
  };
}
