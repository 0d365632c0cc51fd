// The language editions every story and embed browser test runs in, and how much of each test runs per edition.
// Each edition is held to the same assertions; only the sample shrinks outside English (one width, fewer seeded
// jumps and deep links), so every kind of test runs in every language and `npm test` stays within its budget
// on two cores.
import { builtLangs, DEFAULT_LANG, langPrefix } from '../../src/i18n/langs.ts';

export interface Viewport {
  name: string;
  width: number;
  height: number;
}

export const PHONE: Viewport = { name: 'phone', width: 390, height: 844 };
export const DESKTOP: Viewport = { name: 'desktop', width: 1280, height: 800 };

export interface Edition {
  lang: string;
  /** Path of the edition's story relative to the site base: '' (English), 'fr/', 'uk/'. */
  prefix: string;
  /** The full sample (English) or the reduced one. */
  full: boolean;
  /** Story widths to test. */
  viewports: Viewport[];
  /** Seeded random jumps per width. */
  jumps: number;
  /** Deep links opened per width. */
  deepLinks: number;
}

/** Every edition the build publishes (content/meta/<lang>.yaml without draft: true), English first. */
export const EDITIONS: Edition[] = builtLangs().map((lang) => {
  const full = lang === DEFAULT_LANG;
  return {
    lang,
    prefix: langPrefix(lang),
    full,
    viewports: full ? [PHONE, DESKTOP] : [PHONE],
    jumps: full ? 12 : 6,
    deepLinks: full ? 3 : 1,
  };
});

/** The editions crossed with their story widths, for describe.each. */
export const EDITION_VIEWPORTS = EDITIONS.flatMap((edition) =>
  edition.viewports.map((viewport) => ({ ...edition, ...viewport, viewport }))
);
