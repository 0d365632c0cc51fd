// public/_headers (Netlify / Cloudflare Pages format): embeds may be framed by anyone, and say so with
// frame-ancestors; nothing sends X-Frame-Options, which would forbid exactly that.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

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

  it('lets any page frame the embeds, through frame-ancestors', () => {
    const csp = rules.get('/embed/*')?.get('content-security-policy') ?? '';
    expect(csp).toMatch(/(^|;\s*)frame-ancestors \*(;|$)/);
    expect(csp).toContain("connect-src 'self'");
  });

  it('never sends X-Frame-Options', () => {
    for (const [path, headers] of rules) expect(headers.has('x-frame-options'), path).toBe(false);
  });

  it('keeps embeds out of search results and lets oEmbed consumers read the JSON', () => {
    expect(rules.get('/embed/*')?.get('x-robots-tag')).toBe('noindex');
    expect(rules.get('/embed/*/oembed.json')?.get('access-control-allow-origin')).toBe('*');
    expect(rules.get('/embed/oembed.json')?.get('access-control-allow-origin')).toBe('*');
  });
});
