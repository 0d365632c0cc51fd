// The story's language editions. English lives at the root; the others under /<lang>/. An edition is built
// only when its content exists, so adding a language is adding its content files and UI strings.
import { existsSync, readFileSync } from 'node:fs';

export const LANGS = ['en', 'fr', 'uk'] as const;
export type StoryLang = (typeof LANGS)[number];
export const DEFAULT_LANG: StoryLang = 'en';

/** Path prefix of a language edition, relative to the base: '' for English, 'fr/' for French. */
export function langPrefix(lang: string): string {
  return lang === DEFAULT_LANG ? '' : `${lang}/`;
}

/**
 * Languages whose story content exists (content/meta/<lang>.yaml) and is not marked `draft: true` there: a
 * translation in progress is validated by the content schemas but not published, nor held to the edition check.
 */
export function builtLangs(): StoryLang[] {
  return LANGS.filter((lang) => {
    const file = `content/meta/${lang}.yaml`;
    return existsSync(file) && !/^draft:\s*true\s*$/m.test(readFileSync(file, 'utf8'));
  });
}

/** getStaticPaths entries for a route that exists in every built language ([...lang] rest parameter). */
export function langPaths(): { params: { lang: string | undefined }; props: { lang: StoryLang } }[] {
  return builtLangs().map((lang) => ({ params: { lang: lang === DEFAULT_LANG ? undefined : lang }, props: { lang } }));
}

/** hreflang alternates of one page across the built editions; `pathOf` gives the page's path in an edition. */
export function langAlternates(pathOf: (lang: StoryLang) => string): { lang: StoryLang; path: string }[] {
  return builtLangs().map((lang) => ({ lang, path: pathOf(lang) }));
}
