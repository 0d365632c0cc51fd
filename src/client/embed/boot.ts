// What every embed page does first: read and validate its URL parameters, mark how it is framed, apply the
// theme, and move to another language edition when one is asked for. The inline script in EmbedHead.astro has
// already set the classes before first paint; this repeats them from the validated values (idempotent).
import { readEmbedQuery, type EmbedQuery } from './query.ts';

export interface EmbedPage {
  query: EmbedQuery;
  framed: boolean;
  /** Framed by a pym parent, which sizes the frame to its content: the host's viewport drives the story. */
  autoHeight: boolean;
}

/** Reads the page's data-embed-* attributes written at build time. */
export function bootEmbed(root: HTMLElement): EmbedPage | null {
  const html = document.documentElement;
  const editions = JSON.parse(root.dataset.embedEditions ?? '{}') as Record<string, string>;
  const steps = JSON.parse(root.dataset.embedSteps ?? '[]') as string[];
  const pageLang = html.lang || 'en';
  const query = readEmbedQuery(location.search, { langs: Object.keys(editions), defaultLang: pageLang, steps });

  if (query.lang !== pageLang && editions[query.lang]) {
    location.replace(`${editions[query.lang]}${location.search}${location.hash}`);
    return null;
  }

  let framed: boolean;
  try {
    framed = window.self !== window.top;
  } catch {
    framed = true; // a cross-origin top that even refuses the comparison is a frame
  }
  const autoHeight = framed && query.childId !== null;
  html.classList.toggle('embedded', framed);
  html.classList.toggle('not-embedded', !framed);
  html.classList.toggle('embed-auto', autoHeight);
  html.dataset.theme = query.theme;
  return { query, framed, autoHeight };
}
