// Dates and numbers of the sources page in the page's language. English keeps the output the page printed before
// it was translated ("6 January 2026", "115,225 km²", "19.3%"); French and Ukrainian follow their own conventions
// through Intl ("6 janvier 2026", "115 225 km²", "19,3 %"; "6 січня 2026 року", "115 225 км²", "19,3%").
import type { PublishedFigure } from '../../data/schemas/published-figures.ts';
import type { Source } from '../../data/schemas/records.ts';

const LOCALES: Record<string, string> = { en: 'en-GB', fr: 'fr-FR', uk: 'uk-UA' };
/** Square kilometres after a number: a no-break space outside English, as the story's French and Ukrainian texts do. */
const KM2: Record<string, string> = { en: ' km²', fr: '\u00a0km²', uk: '\u00a0км²' };

export interface PageFormat {
  locale: string;
  /** "6 January 2026". */
  day: (d: Date) => string;
  /** A date as precise as it is known: "6 January 2026", "January 2026", "2026". */
  date: (d: Date, precision?: 'day' | 'month' | 'year') => string;
  /** An ISO day ("2025-12-31") as a day. */
  isoDay: (iso: string) => string;
  /** An area or a share, rounded at display time only; "—" when not a number. */
  amount: (value: number, unit: 'percent' | 'km2') => string;
  /** A plain count. */
  count: (n: number) => string;
  /** Punctuation between a label and what follows, and between list parts (French spaces them). */
  colon: string;
  semicolon: string;
  /** Words quoted from a publication, in the language's quotation marks. */
  quote: (text: string) => string;
}

const PUNCTUATION: Record<string, { colon: string; semicolon: string; open: string; close: string }> = {
  en: { colon: ': ', semicolon: '; ', open: '“', close: '”' },
  fr: { colon: '\u00a0: ', semicolon: '\u202f; ', open: '«\u00a0', close: '\u00a0»' },
  uk: { colon: ': ', semicolon: '; ', open: '«', close: '»' },
};

export function pageFormat(lang: string): PageFormat {
  const locale = LOCALES[lang] ?? lang;
  const opts = { timeZone: 'UTC' } as const;
  const dayF = new Intl.DateTimeFormat(locale, { ...opts, day: 'numeric', month: 'long', year: 'numeric' });
  const monthF = new Intl.DateTimeFormat(locale, { ...opts, month: 'long', year: 'numeric' });
  const yearF = new Intl.DateTimeFormat(locale, { ...opts, year: 'numeric' });
  const km2F = new Intl.NumberFormat(locale, { maximumFractionDigits: 0 });
  const pctF = new Intl.NumberFormat(locale, { style: 'percent', minimumFractionDigits: 1, maximumFractionDigits: 1 });
  const countF = new Intl.NumberFormat(locale);
  const punct = PUNCTUATION[lang] ?? PUNCTUATION.en!;
  /**
   * French writes the first of the month as an ordinal ("1er septembre 2022"), which Intl does not. Ukrainian prose
   * writes "року" in full, as the story does ("31 січня 2026 року"); Intl's "р." would end a sentence in "р..".
   */
  const formatDay = (d: Date) => {
    if (lang === 'fr' && d.getUTCDate() === 1) return dayF.formatToParts(d).map((p) => (p.type === 'day' ? '1er' : p.value)).join('');
    return lang === 'uk' ? dayF.format(d).replace(/ р\.$/, ' року') : dayF.format(d);
  };
  const date = (d: Date, precision: 'day' | 'month' | 'year' = 'day') =>
    precision === 'year' ? yearF.format(d) : precision === 'month' ? monthF.format(d) : formatDay(d);
  return {
    locale,
    day: formatDay,
    date,
    isoDay: (iso) => formatDay(new Date(`${iso}T00:00:00Z`)),
    amount: (value, unit) => {
      if (!Number.isFinite(value)) return '—';
      return unit === 'km2' ? `${km2F.format(value)}${KM2[lang] ?? KM2.en}` : pctF.format(value / 100);
    },
    count: (n) => countF.format(n),
    colon: punct.colon,
    semicolon: punct.semicolon,
    quote: (text) => `${punct.open}${text}${punct.close}`,
  };
}

/** A published figure's date as precisely as known, in the page's language. */
export function figureDateLabel(f: PublishedFigure, fmt: PageFormat): string {
  return fmt.date(f.date, f.datePrecision);
}

/** A source's publication date as precisely as the research recorded it, or `notRecorded`. */
export function publishedLabel(s: Source, fmt: PageFormat, notRecorded: string): string {
  if (!s.published) return notRecorded;
  return fmt.date(s.published, s.publishedPrecision);
}
