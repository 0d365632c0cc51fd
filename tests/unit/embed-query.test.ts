import { describe, expect, it } from 'vitest';
import { readEmbedQuery } from '../../src/client/embed/query.ts';
import { isFromParent, parentOrigin } from '../../src/client/embed/origin.ts';

const opts = { langs: ['en'], defaultLang: 'en', steps: ['talks-in-paris', 'the-thirty-five'] };

describe('embed URL parameters', () => {
  it('has safe defaults', () => {
    expect(readEmbedQuery('', opts)).toEqual({ childId: null, initialWidth: null, theme: 'light', lang: 'en', step: null });
  });

  it('reads what pym adds and what a newsroom sets', () => {
    expect(
      readEmbedQuery('?theme=dark&lang=en&step=the-thirty-five&initialWidth=768&childId=ukraine-ceasefire-story', opts)
    ).toEqual({ childId: 'ukraine-ceasefire-story', initialWidth: 768, theme: 'dark', lang: 'en', step: 'the-thirty-five' });
  });

  it.each([
    ['theme=DARK', { theme: 'light' }],
    ['theme=dark;', { theme: 'light' }],
    ['lang=fr', { lang: 'en' }],
    ['lang=en-GB', { lang: 'en' }],
    ['step=unknown-step', { step: null }],
    ['step=talks-in-paris%3Cscript%3E', { step: null }],
    ['initialWidth=12px', { initialWidth: null }],
    ['initialWidth=0', { initialWidth: null }],
    ['childId=a%20b', { childId: null }],
    ['childId=axPYMxb', { childId: null }],
  ])('falls back on %s', (search, expected) => {
    expect(readEmbedQuery(`?${search}`, opts)).toMatchObject(expected);
  });

  it('accepts another edition once it exists', () => {
    expect(readEmbedQuery('?lang=fr', { ...opts, langs: ['en', 'fr'] }).lang).toBe('fr');
  });
});

describe('who the parent is', () => {
  it('prefers ancestorOrigins, then the referrer; only http(s)', () => {
    expect(parentOrigin('https://news.example', 'https://other.example/a')).toBe('https://news.example');
    expect(parentOrigin(undefined, 'https://news.example/2026/01/story.html?x=1')).toBe('https://news.example');
    expect(parentOrigin('null', '')).toBeNull();
    expect(parentOrigin(undefined, '')).toBeNull();
    expect(parentOrigin('file://', 'about:blank')).toBeNull();
  });

  const parent = { name: 'parent' };
  const self = { name: 'self' };
  const sibling = { name: 'sibling' };
  it('accepts only window.parent, from the expected origin when known', () => {
    expect(isFromParent({ source: parent, origin: 'https://news.example' }, parent, self, 'https://news.example')).toBe(true);
    expect(isFromParent({ source: parent, origin: 'https://x.example' }, parent, self, null)).toBe(true);
    expect(isFromParent({ source: sibling, origin: 'https://news.example' }, parent, self, 'https://news.example')).toBe(false);
    expect(isFromParent({ source: parent, origin: 'https://evilnews.example' }, parent, self, 'https://news.example')).toBe(false);
    expect(isFromParent({ source: null, origin: 'https://news.example' }, parent, self, null)).toBe(false);
  });

  it('has no parent when not framed (window.parent is the window itself)', () => {
    expect(isFromParent({ source: self, origin: 'https://news.example' }, self, self, null)).toBe(false);
  });
});
