// Every language edition must tell the same story: the same steps (same ids, figures, scenes, params), the same
// figures, and every interface string. A gap fails the build with the language and the key named, instead of a
// page that silently falls back to English or loses a deep link.

export interface EditionStep {
  id: string;
  figure: string;
  scene: string;
  params: unknown;
}

export interface Edition {
  lang: string;
  steps: EditionStep[];
  figures: { id: string; kind: string }[];
  ui: Record<string, string> | undefined;
  /**
   * The "Sources and method" page's strings (content/sources/<lang>.yaml) flattened to dotted keys (`method.latest`,
   * `sourceNotes.<source id>`), or undefined when the file is missing. For English, the caveats and corrections of
   * the data (content/data) are added under `sourceNotes.*` and `correctionNotes.*`, so every language must
   * translate each of them. Left out (not undefined) by callers that do not check the page.
   */
  sourcesPage?: Record<string, string> | undefined;
  /**
   * The data's free text this edition lacks (content/data/translations/<lang>.yaml), one message per missing
   * collection/record/field (src/i18n/data-text.ts → missingTexts). Left out by callers that do not check it.
   */
  dataTextMissing?: readonly string[] | undefined;
}

/** Nested strings as dotted keys: { a: { b: 'x' } } → { 'a.b': 'x' }. Non-string leaves are ignored. */
export function flattenStrings(value: unknown, prefix = ''): Record<string, string> {
  const out: Record<string, string> = {};
  if (typeof value === 'string') out[prefix] = value;
  else if (value && typeof value === 'object' && !Array.isArray(value)) {
    for (const [k, v] of Object.entries(value)) Object.assign(out, flattenStrings(v, prefix ? `${prefix}.${k}` : k));
  }
  return out;
}

/** The data's English texts that the sources page of every other language translates in its own file. */
export interface SourcesPageData {
  sources: readonly { id: string; note?: string | undefined }[];
  corrections: readonly { date: Date; record: string; change: string }[];
}

/**
 * A sources page file (content/sources/<lang>.yaml, parsed) as the edition check compares it: its strings flattened
 * without `lang`; for the reference language, plus the data's source caveats (`sourceNotes.<id>`) and corrections
 * (`correctionNotes.<YYYY-MM-DD>/<record>`), which the other languages must translate.
 */
export function sourcesPageKeys(page: Record<string, unknown>, data?: SourcesPageData): Record<string, string> {
  const { lang: _lang, ...strings } = page;
  const flat = flattenStrings(strings);
  for (const s of data?.sources ?? []) if (s.note) flat[`sourceNotes.${s.id}`] = s.note;
  for (const c of data?.corrections ?? []) flat[`correctionNotes.${c.date.toISOString().slice(0, 10)}/${c.record}`] = c.change;
  return flat;
}

const PLACEHOLDER = /\{(\w+)(?::[^{}]+)?\}/g;
const LINK = /\]\((https?:\/\/[^)\s]+)\)/g;
const names = (text: string) => [...new Set([...text.matchAll(PLACEHOLDER)].map((m) => m[1]!))].sort().join(', ');
const links = (text: string) => [...text.matchAll(LINK)].map((m) => m[1]!).join(' ');

/** The sources page of one edition against the reference: same keys, same placeholders, same link addresses. */
function sourcesPageProblems(ref: Edition, ed: Edition): string[] {
  if (!ref.sourcesPage || !ed.sourcesPage) return [];
  const problems: string[] = [];
  const where = (key: string) => `${ed.lang}: sources page "${key}"`;
  const refPage = ref.sourcesPage;
  for (const [key, text] of Object.entries(refPage)) {
    const own = ed.sourcesPage[key];
    if (!own?.trim()) {
      problems.push(`${where(key)}: missing (present in ${ref.lang})`);
      continue;
    }
    if (names(own) !== names(text)) problems.push(`${where(key)}: placeholders {${names(own)}} differ from ${ref.lang}'s {${names(text)}}`);
    if (links(own) !== links(text)) problems.push(`${where(key)}: link addresses differ from ${ref.lang}'s (${links(text) || 'none'})`);
  }
  for (const key of Object.keys(ed.sourcesPage)) {
    if (!(key in refPage)) problems.push(`${where(key)}: not in ${ref.lang} (stale: remove it)`);
  }
  return problems;
}

/** Problems found comparing each edition with the reference edition (the first one, English). */
export function editionProblems(editions: readonly Edition[]): string[] {
  const [ref, ...others] = editions;
  if (!ref) return [];
  const problems: string[] = [];
  const refUi = Object.keys(ref.ui ?? {});
  for (const ed of [ref, ...others]) {
    if (!ed.ui) problems.push(`${ed.lang}: ui: no interface strings for this language in src/i18n/ui.ts`);
    if ('sourcesPage' in ed && !ed.sourcesPage) problems.push(`${ed.lang}: sources page: no content/sources/${ed.lang}.yaml`);
  }
  for (const ed of others) {
    const where = (key: string) => `${ed.lang}: ${key}`;
    const steps = new Map(ed.steps.map((s) => [s.id, s]));
    ref.steps.forEach((rs, i) => {
      const s = steps.get(rs.id);
      if (!s) return problems.push(`${where(`step "${rs.id}"`)}: missing (present in ${ref.lang})`);
      if (ed.steps[i]?.id !== rs.id) problems.push(`${where(`step "${rs.id}"`)}: out of order (position ${i + 1} in ${ref.lang})`);
      for (const field of ['figure', 'scene'] as const) {
        if (s[field] !== rs[field]) problems.push(`${where(`step "${rs.id}"`)}: ${field} is "${s[field]}", ${ref.lang} has "${rs[field]}"`);
      }
      if (JSON.stringify(s.params) !== JSON.stringify(rs.params)) {
        problems.push(`${where(`step "${rs.id}"`)}: params differ from ${ref.lang}`);
      }
    });
    const refStepIds = new Set(ref.steps.map((s) => s.id));
    for (const s of ed.steps) if (!refStepIds.has(s.id)) problems.push(`${where(`step "${s.id}"`)}: not in ${ref.lang}`);

    const figs = new Map(ed.figures.map((f) => [f.id, f]));
    for (const rf of ref.figures) {
      const f = figs.get(rf.id);
      if (!f) problems.push(`${where(`figure "${rf.id}"`)}: missing (present in ${ref.lang})`);
      else if (f.kind !== rf.kind) problems.push(`${where(`figure "${rf.id}"`)}: kind is "${f.kind}", ${ref.lang} has "${rf.kind}"`);
    }
    if (ed.ui) {
      for (const key of refUi) {
        if (!ed.ui[key]?.trim()) problems.push(`${where(`ui "${key}"`)}: missing interface string`);
      }
    }
    problems.push(...sourcesPageProblems(ref, ed));
    for (const m of ed.dataTextMissing ?? []) problems.push(`${ed.lang}: data text: ${m}`);
  }
  return problems;
}
