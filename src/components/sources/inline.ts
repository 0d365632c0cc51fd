// The sources page's prose lives in content/sources/<lang>.yaml as plain sentences with a little inline markup, so
// translators edit words, not HTML. This turns one such sentence into safe HTML: everything is escaped first, then
// **strong**, *cited title*, [text](https://…) and {placeholders} are expanded. Placeholder values are HTML the page
// built itself (a <time>, a formatted number), never text from the content file.

/** A placeholder's value: HTML built by the page, or a number for plural forms ({n:one|few|many}). */
export type InlineVars = Record<string, { html: string; count?: number }>;

const escape = (s: string): string =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** Escaped text as a placeholder value. */
export const textVar = (text: string): { html: string } => ({ html: escape(text) });

const PLACEHOLDER = /\{(\w+)(?::([^{}]+))?\}/g;
const LINK = /\[([^\]]+)\]\((https?:\/\/[^)\s]+)\)/g;

/** Names of the {placeholders} a sentence uses (plural forms count as their number's name). */
export function placeholders(text: string): string[] {
  return [...new Set([...text.matchAll(PLACEHOLDER)].map((m) => m[1]!))].sort();
}

/** Link addresses a sentence contains, in order. */
export function linkTargets(text: string): string[] {
  return [...text.matchAll(LINK)].map((m) => m[2]!);
}

/** CLDR plural categories in the order forms are written: {n:one|few|many|other}. */
const CATEGORIES = ['one', 'few', 'many', 'other'] as const;

/**
 * One sentence as HTML. Throws naming `where` (file and key) when the sentence uses a placeholder the page does not
 * provide, so a typo in a translation fails the build instead of printing "{cuont}".
 */
export function inline(text: string, lang: string, vars: InlineVars = {}, where = 'sources page'): string {
  const rules = new Intl.PluralRules(lang);
  return escape(text)
    .replace(LINK, (_, label: string, href: string) => `<a href="${href}">${label}</a>`)
    .replace(/\*\*(.+?)\*\*/g, '<strong>$1</strong>')
    .replace(/\*(.+?)\*/g, '<cite>$1</cite>')
    .replace(PLACEHOLDER, (_, name: string, forms: string | undefined) => {
      const value = vars[name];
      if (!value) throw new Error(`${where}: unknown placeholder {${name}} (the page provides: ${Object.keys(vars).join(', ') || 'none'})`);
      if (forms === undefined) return value.html;
      if (value.count === undefined) throw new Error(`${where}: {${name}:…} needs a number, but {${name}} is not one`);
      const list = forms.split('|');
      const index = CATEGORIES.indexOf(rules.select(value.count) as (typeof CATEGORIES)[number]);
      return list[Math.min(index, list.length - 1)] ?? list[list.length - 1]!;
    });
}
