import { describe, expect, it } from 'vitest';
import { escapeAttr, iframeSnippet, oembed, pymSnippet, PYM_SRC } from '../../src/components/embed/snippets.ts';
import { absoluteUrl, embedParams, embedPath, hostElementId } from '../../src/components/embed/paths.ts';

const target = {
  url: 'https://graphics.example.org/ukraine/embed/pledges/',
  id: hostElementId('pledges'),
  title: 'Who would send "what" & where',
  height: 640.4,
};

describe('snippets', () => {
  it('pym: a container stock pym.js auto-initialises, with scroll tracking and reserved height', () => {
    const code = pymSnippet(target);
    expect(code).toContain('id="ukraine-ceasefire-pledges"');
    expect(code).toContain(`data-pym-src="${target.url}"`);
    expect(code).toContain('data-pym-trackscroll');
    expect(code).toContain('style="min-height:640px"');
    expect(code).toContain(`<script src="${PYM_SRC}"></script>`);
    expect(code).toContain('data-pym-title="Who would send &quot;what&quot; &amp; where"');
  });

  it('plain iframe: fixed height, titled, no script', () => {
    const code = iframeSnippet(target);
    expect(code).toMatch(/^<iframe [^>]*><\/iframe>$/);
    expect(code).toContain('height="640"');
    expect(code).toContain('title="Who would send &quot;what&quot; &amp; where"');
    expect(code).not.toContain('<script');
  });

  it('escapes attribute values', () => {
    expect(escapeAttr(`"><script>&`)).toBe('&quot;&gt;&lt;script&gt;&amp;');
  });

  it('oEmbed: a rich 1.0 response whose html is the iframe', () => {
    const body = oembed(target, { name: 'graphics.example.org', url: 'https://graphics.example.org/ukraine/' });
    expect(body).toMatchObject({ version: '1.0', type: 'rich', width: 640, height: 640, html: iframeSnippet(target) });
    expect(Number.isInteger(body.width) && Number.isInteger(body.height)).toBe(true);
  });
});

describe('embed paths', () => {
  it('under the story’s language prefix: /embed/ for English, /fr/embed/ and /uk/embed/ for the others', () => {
    expect(embedPath('en')).toBe('embed/');
    expect(embedPath('en', 'pledges')).toBe('embed/pledges/');
    expect(embedPath('fr')).toBe('fr/embed/');
    expect(embedPath('fr', 'pledges')).toBe('fr/embed/pledges/');
    expect(embedPath('uk', 'timeline')).toBe('uk/embed/timeline/');
    expect(embedParams('en')).toEqual({ lang: undefined, figure: undefined });
    expect(embedParams('en', 'pledges')).toEqual({ lang: undefined, figure: 'pledges' });
    expect(embedParams('fr')).toEqual({ lang: 'fr', figure: undefined });
    expect(embedParams('uk', 'pledges')).toEqual({ lang: 'uk', figure: 'pledges' });
  });

  it('makes absolute URLs under any base path', () => {
    expect(absoluteUrl('https://example.org', '/', 'embed/')).toBe('https://example.org/embed/');
    expect(absoluteUrl('https://g.example.org', '/interactives/ukraine/', 'embed/pledges/')).toBe(
      'https://g.example.org/interactives/ukraine/embed/pledges/'
    );
    expect(absoluteUrl('https://g.example.org', '/interactives/ukraine', '#talks')).toBe(
      'https://g.example.org/interactives/ukraine/#talks'
    );
  });
});

describe('suggested heights', async () => {
  const { figureHeight, STORY_HEIGHT } = await import('../../src/components/embed/sizing.ts');
  it('reserve less than the fixed frame, and grow with the list of states', () => {
    for (const kind of ['map', 'pledges', 'timeline'] as const) {
      const one = figureHeight(kind, 1);
      const many = figureHeight(kind, 8);
      expect(one.reserve).toBeLessThan(one.iframe);
      expect(many.iframe).toBeGreaterThan(one.iframe);
    }
    expect(STORY_HEIGHT.iframe).toBeGreaterThanOrEqual(600);
  });
});

describe('embed strings', async () => {
  const { embedText } = await import('../../src/components/embed/strings.ts');
  const { LANGS } = await import('../../src/i18n/langs.ts');
  it('exist in every language edition, and fall back to English', () => {
    for (const lang of LANGS) expect(embedText(lang, 'copy'), lang).toMatch(/\S/);
    expect(embedText('xx', 'copy')).toBe('Copy');
  });
});
