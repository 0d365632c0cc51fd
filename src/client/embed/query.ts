// The embed URL's parameters, validated. Pure: the query string is untrusted (any newsroom, or anyone, can
// write it), so every value is checked against an allow-list and falls back to a default.
import { isValidChildId } from './protocol.ts';

export const THEMES = ['light', 'dark'] as const;
export type Theme = (typeof THEMES)[number];

export interface EmbedQuery {
  /** The id a pym parent knows this frame by; null when no pym parent made the URL. */
  childId: string | null;
  /** Width of the parent container when pym created the frame, if given. */
  initialWidth: number | null;
  theme: Theme;
  /** A language whose edition exists; the default when the parameter is missing or unknown. */
  lang: string;
  /** A step id of this embed; null when missing or unknown. */
  step: string | null;
}

export interface EmbedQueryOptions {
  langs: readonly string[];
  defaultLang: string;
  steps: readonly string[];
}

export function readEmbedQuery(search: string, { langs, defaultLang, steps }: EmbedQueryOptions): EmbedQuery {
  const q = new URLSearchParams(search);
  const childId = q.get('childId');
  const width = Number(q.get('initialWidth'));
  const theme = q.get('theme');
  const lang = q.get('lang');
  const step = q.get('step');
  return {
    childId: isValidChildId(childId) ? childId : null,
    initialWidth: /^\d{1,5}$/.test(q.get('initialWidth') ?? '') && width > 0 ? width : null,
    theme: (THEMES as readonly string[]).includes(theme ?? '') ? (theme as Theme) : 'light',
    lang: lang !== null && langs.includes(lang) ? lang : defaultLang,
    step: step !== null && steps.includes(step) ? step : null,
  };
}
