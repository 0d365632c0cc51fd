// Build output of the translated editions: the timeline's event titles and summaries, the pledges popovers'
// summaries and the season labels are in the page's language, and no English summary of the data is left in
// /fr/ or /uk/ (content/data/translations/<lang>.yaml, read through src/i18n/data-text.ts).
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dataMeta, positions, timeline } from '../../src/data/index.ts';
import { localText } from '../../src/i18n/data-text.ts';

const DIST = resolve(process.env.OUT_DIR || 'dist');
const LANGS = ['fr', 'uk'].filter((lang) => existsSync(join(DIST, lang, 'index.html')));

/** Text as the reader sees it: tags dropped, the entities Astro writes decoded, spaces collapsed. */
function visible(html: string): string {
  return html
    .replace(/<[^>]+>/g, ' ')
    .replace(/&#39;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&')
    .replace(/[ \t\r\n]+/g, ' '); // ASCII only: the no-break spaces of 6 000 / 19,2 % are part of the text
}

/** The items of `want` that `has` rejects, named: a short failure message instead of the whole page. */
const failing = (want: [string, string][], has: (text: string) => boolean) => want.filter(([, t]) => !has(t)).map(([k]) => k);

/** Inner text of every element whose class list starts with `cls`. */
function texts(html: string, tag: string, cls: string): string[] {
  const re = new RegExp(`<${tag}[^>]*class="${cls}(?:\\s[^"]*)?"[^>]*>([\\s\\S]*?)</${tag}>`, 'g');
  return [...html.matchAll(re)].map((m) => visible(m[1]!).trim());
}

describe.skipIf(LANGS.length === 0)('data text in the translated story pages', () => {
  const page = (lang: string) => readFileSync(join(DIST, lang, 'index.html'), 'utf8');

  it.each(LANGS)('%s: timeline labels are translated event titles', (lang) => {
    const labels = texts(page(lang), 'span', 'tl-t');
    expect(labels.length).toBeGreaterThan(5);
    const titles = new Map(timeline().map((e) => [localText(lang, 'timeline', e.id, 'title', e.title), e.title]));
    for (const label of labels) expect(titles.has(label), `label "${label}"`).toBe(true);
    const english = new Set(timeline().map((e) => e.title));
    expect(labels.filter((l) => english.has(l) && !titles.has(l))).toEqual([]);
  });

  it.each(LANGS)('%s: every event title and summary is shown translated, none in English', (lang) => {
    const text = visible(page(lang));
    const events = timeline();
    expect(failing(events.map((e) => [`title ${e.id}`, localText(lang, 'timeline', e.id, 'title', e.title)]), (t) => text.includes(t))).toEqual([]);
    expect(failing(events.map((e) => [`summary ${e.id}`, localText(lang, 'timeline', e.id, 'summary', e.summary)]), (t) => text.includes(t))).toEqual([]);
    expect(failing(events.map((e) => [`English summary ${e.id}`, e.summary]), (t) => !text.includes(t))).toEqual([]);
  });

  it.each(LANGS)('%s: popovers show translated position summaries and notes, no English summary anywhere', (lang) => {
    const html = page(lang);
    const text = visible(html);
    const notes = texts(html, 'p', 'pl-pop__note').join(' ');
    expect(texts(html, 'p', 'pl-pop__sum').length).toBeGreaterThan(0);
    const all = positions();
    expect(failing(all.map((p) => [`summary ${p.id}`, localText(lang, 'positions', p.id, 'summary', p.summary)]), (t) => text.includes(t))).toEqual([]);
    expect(failing(all.map((p) => [`English summary ${p.id}`, p.summary]), (t) => !text.includes(t))).toEqual([]);
    const noted = all.filter((p) => p.conflictNote !== undefined);
    expect(failing(noted.map((p) => [`conflict note ${p.id} in a popover`, localText(lang, 'positions', p.id, 'conflictNote', p.conflictNote!)]), (t) => notes.includes(t))).toEqual([]);
  });

  it.each(LANGS)("%s: troop figures in the edition's words; quotes verbatim with our translation beside them", (lang) => {
    const html = page(lang);
    const text = visible(html);
    const all = positions();
    const figures = all.flatMap((p) => [
      ...(p.troops ? [[p.id, 'troops', p.troops.text] as const] : []),
      ...(p.reportedTroops ?? []).map((r, i) => [p.id, `reported${i + 1}`, r.text] as const),
    ]);
    expect(figures.length).toBeGreaterThan(3);
    // The chips' figure words: translated, and the English words nowhere as a figure.
    expect(failing(figures.map(([id, f, en]) => [`${f} ${id}`, localText(lang, 'positions', id, f, en)]), (t) => text.includes(t))).toEqual([]);
    expect(failing(figures.map(([id, f, en]) => [`English ${f} ${id}`, en]), (t) => !texts(html, 'span', 'pl-fig__words').join(' ').includes(t))).toEqual([]);
    const quoted = all.filter((p) => p.quote !== undefined);
    expect(quoted.length).toBeGreaterThan(10);
    const translations = texts(html, 'p', 'pl-pop__tr').join(' ');
    expect(failing(quoted.map((p) => [`quote ${p.id} verbatim`, p.quote!.text]), (t) => text.includes(t))).toEqual([]);
    expect(failing(quoted.map((p) => [`translation ${p.id}`, localText(lang, 'positions', p.id, 'quote', p.quote!.text)]), (t) => translations.includes(t))).toEqual([]);
  });

  it.each(LANGS)('%s: the pledges tabs carry the translated season labels', (lang) => {
    const tabs = texts(page(lang), 'span', 'pl-tab__l');
    const meta = dataMeta();
    const want = (['2025-03', '2025-09', '2026-01'] as const).map((s) => localText(lang, 'meta', s, 'label', meta.snapshots[s].label));
    expect(tabs).toEqual(want);
    expect(tabs).not.toContain(meta.snapshots['2025-03'].label);
  });
});
