import { describe, expect, it } from 'vitest';
import {
  ALPHA2,
  categoryLabel,
  categoryLong,
  chartStrings,
  confidenceLabel,
  confidenceShort,
  countryInfo,
  countryName,
  dateLabel,
  kindLabel,
  quote,
  snapshotLabel,
  spanLabel,
  tickLabel,
  troopRange,
  troopWords,
} from '../../src/lib/charts/i18n.ts';
import { CATEGORY_ORDER, CATEGORY_STYLE } from '../../src/lib/charts/categories.ts';
import { CONFIDENCE_LABEL, CONFIDENCE_SHORT, TIMELINE_KIND_LABEL } from '../../src/lib/charts/labels.ts';
import { formatDate, formatSnapshot, formatSpan } from '../../src/lib/charts/format.ts';
import { shortName } from '../../src/lib/charts/pledges-model.ts';
import { actors } from '../../src/data/index.ts';

const NB = '\u00a0';
const NNB = '\u202f';
const d = (s: string) => new Date(`${s}T00:00:00Z`);

describe('chart chrome: English is unchanged', () => {
  it.each(CATEGORY_ORDER)('category %s', (c) => {
    expect(categoryLabel(c, 'en')).toBe(CATEGORY_STYLE[c].label);
    expect(categoryLong(c, 'en')).toBe(CATEGORY_STYLE[c].long);
  });
  it.each(['confirmed', 'single-source', 'conflicting', 'low-reliability'] as const)('confidence %s', (c) => {
    expect(confidenceLabel(c, 'en')).toBe(CONFIDENCE_LABEL[c]);
    expect(confidenceShort(c, 'en')).toBe(CONFIDENCE_SHORT[c]);
  });
  it.each(Object.keys(TIMELINE_KIND_LABEL))('kind %s', (k) => expect(kindLabel(k, 'en')).toBe(TIMELINE_KIND_LABEL[k]));
  it('dates, spans and snapshots', () => {
    expect(dateLabel(d('2026-01-06'), 'en')).toBe(formatDate(d('2026-01-06')));
    expect(dateLabel(d('2026-01-01'), 'en', 'month')).toBe('Jan 2026');
    expect(spanLabel(d('2025-11-30'), d('2025-12-02'), 'en')).toBe(formatSpan(d('2025-11-30'), d('2025-12-02')));
    expect(snapshotLabel('2025-09', 'en')).toBe(formatSnapshot('2025-09'));
    expect(snapshotLabel('2025-09', 'en', 'short')).toBe('Sep 2025');
    expect(tickLabel(d('2025-03-01'), 'month-year', 'en')).toBe('Mar 2025');
    expect(tickLabel(d('2025-09-01'), 'month', 'en')).toBe('Sep');
    expect(tickLabel(d('2026-01-03'), 'day', 'en')).toBe('3 Jan');
  });
  it('country names come from the data', () => {
    expect(countryName('DEU', 'Germany', 'en')).toBe('Germany');
    expect(shortName(countryInfo({ iso3: 'GBR', name: 'United Kingdom', role: 'member' }, 'en'))).toBe('UK');
  });
  it('unknown editions fall back to English', () => {
    expect(chartStrings('de').quoteAndSources).toBe('Quote and sources');
  });
});

describe.each<[string, Record<string, string | null>]>([
  [
    'fr',
    {
      category: 'Troupes en Ukraine',
      undecided: 'Indécis',
      confidence: 'Source unique',
      confShort: 'contradictoire',
      kind: 'Plan de paix',
      range: `6${NNB}000–8${NNB}000`,
      upTo: `jusqu’à${NB}7${NNB}500`,
      atLeast: `au moins${NB}5${NNB}000`,
      notStated: 'non précisé',
      quoteAndSources: 'Citation et sources',
      snapLong: 'septembre 2025',
      snapShort: 'sept. 2025',
      day: '6 janv. 2026',
      span: '14–15 déc. 2025',
      tickMonth: 'sept.',
      country: 'Allemagne',
      short: 'Royaume-Uni',
      quote: `«${NB}plusieurs milliers${NB}»`,
    },
  ],
  [
    'uk',
    {
      category: 'Війська в Україні',
      undecided: 'Не визначилася',
      confidence: 'Одне джерело',
      confShort: 'суперечливо',
      kind: 'Мирний план',
      range: `6${NB}000–8${NB}000`,
      upTo: `до${NB}7${NB}500`,
      atLeast: `щонайменше${NB}5${NB}000`,
      notStated: 'не заявлено',
      quoteAndSources: 'Цитата і джерела',
      snapLong: 'вересень 2025 р.',
      snapShort: 'вер. 2025 р.',
      day: '6 січ. 2026 р.',
      span: `14–15 груд. 2025${NNB}р.`,
      tickMonth: 'вер.',
      country: 'Німеччина',
      short: 'Британія',
      quote: '«plusieurs milliers»',
    },
  ],
])('chart chrome in %s', (lang, x) => {
  it('category labels', () => {
    expect(categoryLabel('troops-in-ukraine', lang)).toBe(x.category);
    expect(categoryLabel('undecided', lang)).toBe(x.undecided);
    for (const c of CATEGORY_ORDER) expect(categoryLong(c, lang)).not.toBe(CATEGORY_STYLE[c].long);
  });
  it('confidence and kinds', () => {
    expect(confidenceLabel('single-source', lang)).toBe(x.confidence);
    expect(confidenceShort('conflicting', lang)).toBe(x.confShort);
    expect(kindLabel('peace-plan', lang)).toBe(x.kind);
  });
  it('troop ranges', () => {
    expect(troopRange({ low: 6000, high: 8000 }, lang)).toBe(x.range);
    expect(troopRange({ high: 7500 }, lang)).toBe(x.upTo);
    expect(troopRange({ low: 5000 }, lang)).toBe(x.atLeast);
    expect(troopWords(undefined, lang)).toBe(x.notStated);
    expect(troopWords({ text: 'a division', low: 6000, high: 8000 }, lang)).toBe(`a division (${x.range})`);
  });
  it('fixed strings', () => {
    expect(chartStrings(lang).quoteAndSources).toBe(x.quoteAndSources);
    expect(chartStrings(lang).plCols).toHaveLength(chartStrings('en').plCols.length);
    expect(chartStrings(lang).tlCols).toHaveLength(chartStrings('en').tlCols.length);
    expect(quote('plusieurs milliers', lang)).toBe(x.quote);
  });
  it('dates', () => {
    expect(snapshotLabel('2025-09', lang)).toBe(x.snapLong);
    expect(snapshotLabel('2025-09', lang, 'short')).toBe(x.snapShort);
    expect(dateLabel(d('2026-01-06'), lang)).toBe(x.day);
    expect(spanLabel(d('2025-12-14'), d('2025-12-15'), lang)).toBe(x.span);
    expect(tickLabel(d('2025-09-01'), 'month', lang)).toBe(x.tickMonth);
  });
  it('country names', () => {
    expect(countryName('DEU', 'Germany', lang)).toBe(x.country);
    expect(shortName(countryInfo({ iso3: 'GBR', name: 'United Kingdom', role: 'member' }, lang))).toBe(x.short);
  });
  it('names every actor in the data', () => {
    for (const a of actors()) {
      expect(ALPHA2[a.iso3], a.iso3).toBeDefined();
      expect(countryName(a.iso3, a.name, lang), a.iso3).not.toBe(a.iso3);
    }
  });
  it('English strings have a translation', () => {
    const en = chartStrings('en');
    const tr = chartStrings(lang);
    expect(Object.keys(tr).sort()).toEqual(Object.keys(en).sort());
  });
});
