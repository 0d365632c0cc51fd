// Chrome words of the pledges and timeline figures in each edition's language (en, fr, uk). Only the words the
// charts print around the data: the data's own summaries, titles and quotes stay as written. English strings are
// the ones in categories.ts / labels.ts / format.ts, so the English edition is unchanged.
// French follows newsroom typography: « » with no-break spaces, narrow no-break space before ; : ! ?.
import { utcFormat } from 'd3-time-format';
import type { Confidence } from '../../data/schemas/records.ts';
import { CATEGORY_STYLE, type Category } from './categories.ts';
import { CONFIDENCE_LABEL, CONFIDENCE_SHORT, TIMELINE_KIND_LABEL } from './labels.ts';
import { formatCount, formatDate, formatSnapshot, formatSpan } from './format.ts';
import { labelDate } from './timeline-layout.ts';

export type ChartLang = 'en' | 'fr' | 'uk';
const NB = '\u00a0';
const NNB = '\u202f';

/** Any edition code → a chart language; unknown codes fall back to English. */
export const chartLang = (lang: string): ChartLang => (lang === 'fr' || lang === 'uk' ? lang : 'en');

/** Opening and closing quotation marks. */
export const QUOTES: Record<ChartLang, [string, string]> = {
  en: ['“', '”'],
  fr: [`«${NB}`, `${NB}»`],
  uk: ['«', '»'],
};
export const quote = (text: string, lang: string): string => {
  const [a, b] = QUOTES[chartLang(lang)];
  return `${a}${text}${b}`;
};

interface CategoryWords {
  label: string;
  long: string;
}

const CATEGORY_WORDS: Record<Exclude<ChartLang, 'en'>, Record<Category, CategoryWords>> = {
  fr: {
    'troops-in-ukraine': { label: 'Troupes en Ukraine', long: 'prêt à envoyer des troupes en Ukraine après un cessez-le-feu' },
    'neighbouring-nato': { label: 'Forces à côté', long: 'des forces dans un pays voisin de l’Otan, pas en Ukraine' },
    'support-only': { label: 'Air, mer, formation', long: 'soutien aérien, naval, formation ou logistique seulement, sans troupes au sol' },
    undecided: { label: 'Indécis', long: 'indécis, ou conditions pas encore réunies' },
    'no-troops': { label: 'Pas de troupes', long: 'exclut d’envoyer des troupes' },
    'not-stated': { label: 'Non précisé', long: 'aucune position publique trouvée dans nos sources' },
  },
  uk: {
    'troops-in-ukraine': { label: 'Війська в Україні', long: 'готова надіслати війська в Україну після припинення вогню' },
    'neighbouring-nato': { label: 'Сили поруч', long: 'сили в сусідній країні НАТО, не в Україні' },
    'support-only': { label: 'Лише повітря, море, навчання', long: 'лише повітряна, морська, навчальна чи логістична підтримка, без наземних військ' },
    undecided: { label: 'Не визначилася', long: 'не визначилася або умови ще не виконано' },
    'no-troops': { label: 'Без військ', long: 'виключає надсилання військ' },
    'not-stated': { label: 'Не заявлено', long: 'публічної позиції в наших джерелах не знайдено' },
  },
};

export function categoryLabel(c: Category, lang: string): string {
  const l = chartLang(lang);
  return l === 'en' ? CATEGORY_STYLE[c].label : CATEGORY_WORDS[l][c].label;
}
export function categoryLong(c: Category, lang: string): string {
  const l = chartLang(lang);
  return l === 'en' ? CATEGORY_STYLE[c].long : CATEGORY_WORDS[l][c].long;
}

const CONFIDENCE_WORDS: Record<Exclude<ChartLang, 'en'>, { long: Record<Confidence, string>; short: Record<Confidence, string> }> = {
  fr: {
    long: {
      confirmed: 'Confirmé par 2 sources ou plus',
      'single-source': 'Source unique',
      conflicting: 'Sources contradictoires',
      'low-reliability': 'Source peu fiable',
    },
    short: { confirmed: 'confirmé', 'single-source': 'source unique', conflicting: 'contradictoire', 'low-reliability': 'peu fiable' },
  },
  uk: {
    long: {
      confirmed: 'Підтверджено 2+ джерелами',
      'single-source': 'Одне джерело',
      conflicting: 'Джерела суперечать одне одному',
      'low-reliability': 'Джерело низької надійності',
    },
    short: { confirmed: 'підтверджено', 'single-source': 'одне джерело', conflicting: 'суперечливо', 'low-reliability': 'низька надійність' },
  },
};

export function confidenceLabel(c: Confidence, lang: string): string {
  const l = chartLang(lang);
  return l === 'en' ? CONFIDENCE_LABEL[c] : CONFIDENCE_WORDS[l].long[c];
}
export function confidenceShort(c: Confidence, lang: string): string {
  const l = chartLang(lang);
  return l === 'en' ? CONFIDENCE_SHORT[c] : CONFIDENCE_WORDS[l].short[c];
}

const KIND_WORDS: Record<Exclude<ChartLang, 'en'>, Record<string, string>> = {
  fr: {
    coalition: 'Réunion ou décision de la coalition',
    'us-russia': 'Pourparlers États-Unis–Russie–Ukraine',
    'peace-plan': 'Plan de paix',
    russia: 'Déclaration ou action russe',
    other: 'Autre',
  },
  uk: {
    coalition: 'Засідання чи рішення коаліції',
    'us-russia': 'Переговори США–Росія–Україна',
    'peace-plan': 'Мирний план',
    russia: 'Заява чи дія Росії',
    other: 'Інше',
  },
};
export function kindLabel(kind: string, lang: string): string {
  const l = chartLang(lang);
  return (l === 'en' ? TIMELINE_KIND_LABEL[kind] : KIND_WORDS[l][kind]) ?? kind;
}

/** Fixed chrome strings. English values are the ones the components printed before localisation. */
const STRINGS = {
  en: {
    notStated: 'not stated',
    stated: 'stated',
    press: 'press',
    pressReport: 'Press report:',
    conflictingReports: 'Conflicting reports:',
    quoteAndSources: 'Quote and sources',
    clickForQuote: 'click for the quote and sources',
    selectCountry: 'Select a country for its quote and sources',
    ghostKey: 'where a country was at the previous snapshot',
    ghostName: 'Name',
    nonMember: 'non-member',
    notCoalitionMember: 'not a coalition member',
    notAMember: 'not a member',
    positionsAt: 'Positions on sending troops,',
    troopNumbers: 'Troop numbers',
    troopNumbersSub: 'stated or reported; no official total',
    troopFigure: 'Troop figure:',
    troopFigureInline: 'troop figure:',
    pressOne: 'a troop figure',
    pressMany: 'troop figures',
    pressReportsOf: 'press reports of',
    movedFrom: 'moved from',
    since: 'since',
    close: 'Close',
    ourTranslation: 'Our translation:',
    sourceTranslation: 'Translation published by the source:',
    translation: 'Translation:',
    confidence: 'Confidence:',
    sources: 'Sources:',
    noPositionPeriod: 'No position recorded for this period in our sources. Troop figure: not stated.',
    noPosition: 'no position recorded',
    upTo: 'up to',
    atLeast: 'at least',
    plCaption:
      'Positions on sending troops after a ceasefire, by country and snapshot. “Not stated” means no public position or figure was found in our sources.',
    plCols: ['Country', 'Snapshot', 'Position', 'Troop figure', 'Quote', 'Speaker', 'Date', 'Sources', 'Confidence'],
    tlCaption: 'Diplomacy timeline, March 2025 to January 2026, in date order.',
    tlCols: ['Date', 'Event', 'Kind', 'Sources', 'Confidence'],
    note: 'Note:',
    kindsOfEvent: 'Kinds of event',
    timeline: 'Timeline,',
    rangeAll: 'March 2025 to January 2026',
    range2025: 'March to December 2025',
    range2026: '1 to 9 January 2026',
  },
  fr: {
    notStated: 'non précisé',
    stated: 'déclaré',
    press: 'presse',
    pressReport: `Information de presse${NNB}:`,
    conflictingReports: `Informations contradictoires${NNB}:`,
    quoteAndSources: 'Citation et sources',
    clickForQuote: 'cliquez pour la citation et les sources',
    selectCountry: 'Choisissez un pays pour sa citation et ses sources',
    ghostKey: 'position d’un pays au relevé précédent',
    ghostName: 'Nom',
    nonMember: 'non-membre',
    notCoalitionMember: 'pas membre de la coalition',
    notAMember: 'non membre',
    positionsAt: 'Positions sur l’envoi de troupes,',
    troopNumbers: 'Effectifs',
    troopNumbersSub: 'déclarés ou rapportés par la presse, aucun total officiel',
    troopFigure: `Effectifs${NNB}:`,
    troopFigureInline: `effectifs${NNB}:`,
    pressOne: 'un effectif',
    pressMany: 'des effectifs',
    pressReportsOf: 'la presse rapporte',
    movedFrom: 'passé de',
    since: 'depuis',
    close: 'Fermer',
    ourTranslation: `Notre traduction${NNB}:`,
    sourceTranslation: `Traduction publiée par la source${NNB}:`,
    translation: `Traduction${NNB}:`,
    confidence: `Fiabilité${NNB}:`,
    sources: `Sources${NNB}:`,
    noPositionPeriod: `Aucune position relevée pour cette période dans nos sources. Effectifs${NNB}: non précisé.`,
    noPosition: 'aucune position relevée',
    upTo: 'jusqu’à',
    atLeast: 'au moins',
    plCaption: `Positions sur l’envoi de troupes après un cessez-le-feu, par pays et par relevé. «${NB}Non précisé${NB}» signifie qu’aucune position ni aucun chiffre public n’a été trouvé dans nos sources.`,
    plCols: ['Pays', 'Relevé', 'Position', 'Effectifs', 'Citation', 'Auteur', 'Date', 'Sources', 'Fiabilité'],
    tlCaption: 'Chronologie diplomatique, de mars 2025 à janvier 2026, par ordre de date.',
    tlCols: ['Date', 'Événement', 'Type', 'Sources', 'Fiabilité'],
    note: `Remarque${NNB}:`,
    kindsOfEvent: 'Types d’événement',
    timeline: 'Chronologie,',
    rangeAll: 'de mars 2025 à janvier 2026',
    range2025: 'de mars à décembre 2025',
    range2026: `du 1er au 9${NB}janvier 2026`,
  },
  uk: {
    notStated: 'не заявлено',
    stated: 'заявлено',
    press: 'преса',
    pressReport: 'Повідомлення преси:',
    conflictingReports: 'Суперечливі повідомлення:',
    quoteAndSources: 'Цитата і джерела',
    clickForQuote: 'натисніть, щоб побачити цитату і джерела',
    selectCountry: 'Виберіть країну, щоб побачити її цитату і джерела',
    ghostKey: 'де країна була на попередньому зрізі',
    ghostName: 'Назва',
    nonMember: 'не член',
    notCoalitionMember: 'не член коаліції',
    notAMember: 'не член',
    positionsAt: 'Позиції щодо надсилання військ,',
    troopNumbers: 'Чисельність військ',
    troopNumbersSub: 'заявлена або за даними преси; офіційної загальної цифри немає',
    troopFigure: 'Чисельність військ:',
    troopFigureInline: 'чисельність військ:',
    pressOne: 'чисельність військ',
    pressMany: 'чисельність військ',
    pressReportsOf: 'преса повідомляє про',
    movedFrom: 'перейшла з',
    since: 'від',
    close: 'Закрити',
    ourTranslation: 'Наш переклад:',
    sourceTranslation: 'Переклад, опублікований джерелом:',
    translation: 'Переклад:',
    confidence: 'Надійність:',
    sources: 'Джерела:',
    noPositionPeriod: 'У наших джерелах не зафіксовано позиції за цей період. Чисельність військ: не заявлено.',
    noPosition: 'позицію не зафіксовано',
    upTo: 'до',
    atLeast: 'щонайменше',
    plCaption:
      'Позиції щодо надсилання військ після припинення вогню, за країнами та зрізами. «Не заявлено» означає, що в наших джерелах не знайдено публічної позиції чи цифри.',
    plCols: ['Країна', 'Зріз', 'Позиція', 'Чисельність військ', 'Цитата', 'Хто сказав', 'Дата', 'Джерела', 'Надійність'],
    tlCaption: 'Хронологія дипломатії, березень 2025 — січень 2026, за датами.',
    tlCols: ['Дата', 'Подія', 'Тип', 'Джерела', 'Надійність'],
    note: 'Примітка:',
    kindsOfEvent: 'Типи подій',
    timeline: 'Хронологія,',
    rangeAll: 'березень 2025 — січень 2026',
    range2025: 'березень — грудень 2025',
    range2026: '1–9 січня 2026',
  },
} satisfies Record<ChartLang, Record<string, string | string[]>>;

export type ChartStrings = (typeof STRINGS)['en'];
export const chartStrings = (lang: string): ChartStrings => STRINGS[chartLang(lang)];

// ── Numbers and dates ────────────────────────────────────────────────────────────────────────────────────────────

/** Like formatTroopRange, with "up to" / "at least" in the edition's language. English output is unchanged. */
export function troopRange(t: { low?: number | undefined; high?: number | undefined }, lang: string): string | null {
  const { low, high } = t;
  const s = chartStrings(lang);
  if (low !== undefined && high !== undefined) {
    if (high < low) throw new Error(`troopRange: high ${high} is below low ${low}`);
    return low === high ? formatCount(low, lang) : `${formatCount(low, lang)}–${formatCount(high, lang)}`;
  }
  const sp = chartLang(lang) === 'en' ? ' ' : NB;
  if (high !== undefined) return `${s.upTo}${sp}${formatCount(high, lang)}`;
  if (low !== undefined) return `${s.atLeast}${sp}${formatCount(low, lang)}`;
  return null;
}

/** Like describeTroops, localising the range and "not stated" (the data's words stay as written). */
export function troopWords(t: { text: string; low?: number | undefined; high?: number | undefined } | undefined, lang: string): string {
  const ns = chartStrings(lang).notStated;
  if (!t) return ns;
  const range = troopRange(t, lang);
  const words = t.text.trim();
  if (!range) return words || ns;
  if (!words || words === range) return range;
  const digits = (x: string) => x.replace(/\D+/g, ' ').trim();
  if (digits(words) !== '' && digits(words) === digits(range)) return words;
  return `${words} (${range})`;
}

const dtf = new Map<string, Intl.DateTimeFormat>();
function fmt(lang: string, o: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${lang}|${JSON.stringify(o)}`;
  let f = dtf.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(lang, { ...o, timeZone: 'UTC' });
    dtf.set(key, f);
  }
  return f;
}

/** "2025-09" → "September 2025" / "septembre 2025" / "вересень 2025 р." (long) or "Sep 2025" / "sept. 2025" (short). */
export function snapshotLabel(snapshot: string, lang: string, style: 'long' | 'short' = 'long'): string {
  if (chartLang(lang) === 'en') return formatSnapshot(snapshot, style);
  const m = /^(\d{4})-(\d{2})$/.exec(snapshot);
  if (!m) throw new Error(`snapshotLabel: not a YYYY-MM snapshot: ${snapshot}`);
  return fmt(lang, { month: style, year: 'numeric' }).format(new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, 1)));
}

/** A date as precise as its source, in the edition's language. */
export function dateLabel(d: Date, lang: string, precision: 'day' | 'month' | 'year' = 'day'): string {
  if (chartLang(lang) === 'en') return formatDate(d, precision);
  if (precision === 'year') return fmt(lang, { year: 'numeric' }).format(d);
  if (precision === 'month') return fmt(lang, { month: 'short', year: 'numeric' }).format(d);
  return fmt(lang, { day: 'numeric', month: 'short', year: 'numeric' }).format(d);
}

/** A date span in the edition's language ("14–15 déc. 2025"). */
export function spanLabel(start: Date, end: Date | undefined, lang: string): string {
  if (chartLang(lang) === 'en') return formatSpan(start, end);
  if (!end || end.getTime() === start.getTime()) return dateLabel(start, lang);
  return fmt(lang, { day: 'numeric', month: 'short', year: 'numeric' }).formatRange(start, end);
}

/** Day and month for a timeline label ("6 Jan", "6 janv.", "6 січ."). */
export function dayMonthLabel(d: Date, lang: string): string {
  if (chartLang(lang) === 'en') return labelDate(d);
  return fmt(lang, { day: 'numeric', month: 'short' }).format(d);
}

/** A timeline tick: day + month, month alone, or month + year. */
export function tickLabel(d: Date, style: 'day' | 'month' | 'month-year', lang: string): string {
  if (style === 'day') return dayMonthLabel(d, lang);
  if (chartLang(lang) === 'en') return fmtEn(d, style);
  return fmt(lang, style === 'month' ? { month: 'short' } : { month: 'short', year: 'numeric' }).format(d);
}
const enMonth = utcFormat('%b');
const enMonthYear = utcFormat('%b %Y');
const fmtEn = (d: Date, style: 'month' | 'month-year') => (style === 'month' ? enMonth(d) : enMonthYear(d));

// ── Country names ────────────────────────────────────────────────────────────────────────────────────────────────

/** ISO 3166-1 alpha-3 → alpha-2 for the actors in content/data/actors.yaml. */
export const ALPHA2: Record<string, string> = {
  AUT: 'AT', BEL: 'BE', BGR: 'BG', HRV: 'HR', CYP: 'CY', CZE: 'CZ', DNK: 'DK', EST: 'EE', FIN: 'FI', FRA: 'FR',
  DEU: 'DE', GRC: 'GR', IRL: 'IE', ITA: 'IT', LVA: 'LV', LTU: 'LT', LUX: 'LU', NLD: 'NL', POL: 'PL', PRT: 'PT',
  ROU: 'RO', SVN: 'SI', ESP: 'ES', SWE: 'SE', GBR: 'GB', NOR: 'NO', ISL: 'IS', TUR: 'TR', ALB: 'AL', MNE: 'ME',
  CAN: 'CA', AUS: 'AU', NZL: 'NZ', JPN: 'JP', UKR: 'UA', USA: 'US', RUS: 'RU', SVK: 'SK', HUN: 'HU', MLT: 'MT',
  CHE: 'CH',
};

/** Chip names where the full translated name is too wide for a 320 px phone. */
const SHORT: Record<Exclude<ChartLang, 'en'>, Record<string, string>> = {
  fr: { USA: 'États-Unis', GBR: 'Royaume-Uni', TUR: 'Turquie' },
  uk: { USA: 'США', GBR: 'Британія', TUR: 'Туреччина' },
};

/** A CountryInfo for the pledges model in the edition's language (English: the data's name, unchanged). */
export function countryInfo(a: { iso3: string; name: string; role: string }, lang: string): { iso3: string; name: string; outside: boolean; short?: string } {
  const l = chartLang(lang);
  const base = { iso3: a.iso3, name: countryName(a.iso3, a.name, lang), outside: a.role === 'outside' };
  return l === 'en' ? base : { ...base, short: SHORT[l][a.iso3] ?? base.name };
}

const displayNames = new Map<string, Intl.DisplayNames>();
/** The country's name in the edition's language; English keeps the data's name. */
export function countryName(iso3: string, englishName: string, lang: string): string {
  const l = chartLang(lang);
  const a2 = ALPHA2[iso3];
  if (l === 'en' || !a2) return englishName;
  let dn = displayNames.get(l);
  if (!dn) {
    dn = new Intl.DisplayNames([l], { type: 'region' });
    displayNames.set(l, dn);
  }
  return dn.of(a2) ?? englishName;
}
