// public/_headers (Netlify / Cloudflare Pages format): embeds may be framed by anyone, and say so with
// frame-ancestors; nothing sends X-Frame-Options, which would forbid exactly that.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { LANGS, langPrefix } from '../../src/i18n/langs.ts';

function parseHeaders(text: string): Map<string, Map<string, string>> {
  const rules = new Map<string, Map<string, string>>();
  let current: Map<string, string> | undefined;
  for (const line of text.split('\n')) {
    if (!line.trim() || line.trimStart().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      current = new Map();
      rules.set(line.trim(), current);
    } else {
      const cut = line.indexOf(':');
      expect(cut, `header line without a colon: ${line}`).toBeGreaterThan(0);
      current!.set(line.slice(0, cut).trim().toLowerCase(), line.slice(cut + 1).trim());
    }
  }
  return rules;
}

describe('public/_headers', () => {
  const rules = parseHeaders(readFileSync('public/_headers', 'utf8'));

  // Embeds live under each edition's prefix (/embed/, /fr/embed/, /uk/embed/): every edition needs the rules.
  const embedRoots = LANGS.map((lang) => `/${langPrefix(lang)}embed/`);

  it('has rules for the embeds of every language edition, and none for the old /embed/<lang>/ paths', () => {
    expect(embedRoots).toEqual(['/embed/', '/fr/embed/', '/uk/embed/']);
    for (const root of embedRoots) expect(rules.has(`${root}*`), `${root}*`).toBe(true);
    for (const path of rules.keys()) expect(path).not.toMatch(/^\/embed\/(fr|uk)\//);
  });

  it.each(embedRoots)('lets any page frame the embeds under %s, through frame-ancestors', (root) => {
    const csp = rules.get(`${root}*`)?.get('content-security-policy') ?? '';
    expect(csp).toMatch(/(^|;\s*)frame-ancestors \*(;|$)/);
    expect(csp).toContain("connect-src 'self'");
  });

  it('never sends X-Frame-Options', () => {
    for (const [path, headers] of rules) expect(headers.has('x-frame-options'), path).toBe(false);
  });

  it.each(embedRoots)('keeps the embeds under %s out of search results and lets oEmbed consumers read the JSON', (root) => {
    expect(rules.get(`${root}*`)?.get('x-robots-tag')).toBe('noindex');
    expect(rules.get(`${root}*/oembed.json`)?.get('access-control-allow-origin')).toBe('*');
    expect(rules.get(`${root}oembed.json`)?.get('access-control-allow-origin')).toBe('*');
  });
});
