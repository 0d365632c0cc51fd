// Newsrooms host graphics under deep paths. Build with a non-root base and check that every link, asset and
// data URL on every page resolves (nothing 404s) and no page's request escapes the base path.
import { execFileSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createStaticServer, type StaticServer } from '../support/static-server.ts';
import { freshContext } from '../support/chromium.ts';

const BASE = '/interactives/2026/ukraine-ceasefire/';
const OUT = 'dist-base-test';
let server: StaticServer;

beforeAll(async () => {
  // Vitest puts Vite's own env (BASE_URL='/', MODE, DEV, PROD, SSR) into process.env; a child build that
  // inherited them would ignore the base path, so pass the environment without them.
  const { BASE_URL, MODE, DEV, PROD, SSR, ...env } = process.env;
  execFileSync('npx', ['astro', 'build', '--silent'], {
    env: { ...env, BASE_PATH: BASE, OUT_DIR: OUT, SITE_URL: 'https://graphics.example.org' },
    stdio: 'pipe',
  });
  server = await createStaticServer(OUT, BASE);
}, 180_000);

afterAll(async () => {
  await server?.close();
  rmSync(OUT, { recursive: true, force: true });
});

/** The SITE_URL of the build: absolute links to it (canonical, hreflang, oEmbed, embed codes) are crawled locally. */
const SITE_ORIGIN = 'https://graphics.example.org';

/** Same-origin URLs referenced by a page's HTML: links, scripts, styles, images, and data downloads. */
async function crawl(start: string): Promise<Map<string, number>> {
  const seen = new Map<string, number>();
  const queue = [start];
  const origin = new URL(start).origin;
  while (queue.length) {
    const url = queue.shift()!;
    if (seen.has(url)) continue;
    const res = await fetch(url, { redirect: 'manual' });
    seen.set(url, res.status);
    if (!(res.headers.get('content-type') ?? '').startsWith('text/html')) continue;
    const html = await res.text();
    // Links, and the embed codes the embed box shows (escaped in its <textarea>): both must lead to real pages.
    const refs = [
      ...html.matchAll(/\s(?:href|src)="([^"#]+)(?:#[^"]*)?"/g),
      ...html.matchAll(/(?:data-pym-src|src)=&quot;([^&#]+)[^&]*&quot;/g),
    ];
    for (const m of refs) {
      let ref = new URL(m[1]!.replace(/&amp;/g, '&'), url);
      if (ref.origin === SITE_ORIGIN) ref = new URL(`${ref.pathname}${ref.search}`, origin);
      if (ref.origin !== origin) continue;
      ref.search = '';
      if (!seen.has(ref.href)) queue.push(ref.href);
    }
  }
  return seen;
}

describe(`built with base ${BASE}`, () => {
  it('every page, asset and download linked from the story resolves', async () => {
    const statuses = await crawl(server.url);
    const broken = [...statuses].filter(([, status]) => status >= 400);
    expect(broken).toEqual([]);
    // The crawl really covered the site: the story, the method page and its downloads.
    const paths = [...statuses.keys()].map((u) => new URL(u).pathname);
    expect(paths).toContain(BASE);
    expect(paths.some((p) => p === `${BASE}sources/`)).toBe(true);
    // …and each language edition's method page, reached from its own story.
    for (const lang of ['fr', 'uk']) expect(paths, `${lang} sources page`).toContain(`${BASE}${lang}/sources/`);
    // …and every edition's embeds, under the edition's prefix (/embed/, /fr/embed/, /uk/embed/), found through the
    // oEmbed links, hreflang alternates and embed codes; nothing still points at the old /embed/<lang>/ paths.
    for (const prefix of ['', 'fr/', 'uk/']) {
      expect(paths, `${prefix}embed/`).toContain(`${BASE}${prefix}embed/`);
      expect(paths, `${prefix}embed/oembed.json`).toContain(`${BASE}${prefix}embed/oembed.json`);
      expect(paths, `${prefix}embed/pledges/`).toContain(`${BASE}${prefix}embed/pledges/`);
    }
    expect(paths.filter((p) => /\/embed\/(fr|uk)\//.test(p))).toEqual([]);
    expect(paths.every((p) => p.startsWith(BASE))).toBe(true);
  });

  it('loads in the browser with no request outside the base path and no 404', async () => {
    const context = await freshContext({ viewport: { width: 390, height: 844 } });
    try {
      const page = await context.newPage();
      const failed: string[] = [];
      page.on('response', (r) => r.status() >= 400 && failed.push(`${r.status()} ${r.url()}`));
      await page.goto(server.url, { waitUntil: 'load' });
      await page.waitForSelector('html.story-ready');
      expect(failed).toEqual([]);
      expect(server.log.filter((l) => !l.path.startsWith(BASE))).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
