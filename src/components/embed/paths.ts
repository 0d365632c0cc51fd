// Where each embed lives. English at /embed/ and /embed/<figure-id>/; another edition under /embed/<lang>/…
// (figure ids are several words, language codes two letters, so the two never collide). Pure (build time).

/** Path of an embed relative to the site base: 'embed/', 'embed/pledges/', 'embed/fr/pledges/'. */
export function embedPath(lang: string, defaultLang: string, figureId?: string | null): string {
  const langPart = lang === defaultLang ? '' : `${lang}/`;
  return `embed/${langPart}${figureId ? `${figureId}/` : ''}`;
}

/** Route parameter for embedPath (the part after embed/, without the trailing slash), undefined for the root. */
export function embedSlug(lang: string, defaultLang: string, figureId?: string | null): string | undefined {
  const slug = embedPath(lang, defaultLang, figureId).slice('embed/'.length).replace(/\/$/, '');
  return slug === '' ? undefined : slug;
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
