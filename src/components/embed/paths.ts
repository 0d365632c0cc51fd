// Where each embed lives: under its story's language prefix, so /embed/… is the English story's, /fr/embed/… the
// French one's and /uk/embed/… the Ukrainian one's, each with /<prefix>embed/<figure-id>/ per figure. Pure (build time).
import { langPrefix } from '../../i18n/langs.ts';

/** Path of an embed relative to the site base: 'embed/', 'embed/pledges/', 'fr/embed/pledges/'. */
export function embedPath(lang: string, figureId?: string | null): string {
  return `${langPrefix(lang)}embed/${figureId ? `${figureId}/` : ''}`;
}

/**
 * Route parameters of src/pages/[...lang]/embed/[...figure]/: undefined for an empty part, so the English story
 * embed is /embed/ (Astro's rest parameters take undefined for "no segment").
 */
export function embedParams(lang: string, figureId?: string | null): { lang: string | undefined; figure: string | undefined } {
  const prefix = langPrefix(lang).replace(/\/$/, '');
  return { lang: prefix === '' ? undefined : prefix, figure: figureId ?? undefined };
}

/** Absolute URL of a path relative to the site base (the site and base come from the build's config). */
export function absoluteUrl(site: URL | string | undefined, base: string, path: string): string {
  const joined = `${base.endsWith('/') ? base : `${base}/`}${path.replace(/^\//, '')}`;
  return new URL(joined, site ?? 'http://localhost/').href;
}

/** The element id a host page gives the embed's container (and pym passes back as childId). */
export function hostElementId(figureId?: string | null): string {
  return figureId ? `ukraine-ceasefire-${figureId}` : 'ukraine-ceasefire-story';
}
