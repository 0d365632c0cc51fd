// Finds the built pages in dist/ (pages appear as other modules land, so nothing is hard-coded), picks the pages
// the benchmark measures, and audits what each page references straight from the files.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { gzipSync } from 'node:zlib';

export const gz = (buf) => gzipSync(buf, { level: 9 }).length;

/** Every index.html under `distDir` except the dev/ preview pages, as site paths relative to the base ('' = home). */
export function discoverPages(distDir) {
  const root = resolve(distDir);
  const pages = [];
  const walk = (dir) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = join(dir, entry.name);
      if (entry.isDirectory()) {
        // dev/ holds component previews for the team, not reader-facing pages; _astro/ holds only assets.
        if (entry.name === 'dev' || entry.name === '_astro') continue;
        walk(full);
      } else if (entry.name === 'index.html') {
        const rel = relative(root, dirname(full)).split(sep).join('/');
        pages.push({ path: rel === '' ? '' : `${rel}/`, file: full });
      }
    }
  };
  if (existsSync(root)) walk(root);
  return pages.sort((a, b) => a.path.localeCompare(b.path));
}

const attr = (tag, name) => {
  const m = tag.match(new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i'));
  return m ? (m[1] ?? m[2] ?? m[3]) : undefined;
};

/** Language and role of a page, read from its HTML. */
export function describePage(page) {
  const html = readFileSync(page.file, 'utf8');
  const htmlTag = html.match(/<html\b[^>]*>/i)?.[0] ?? '';
  const lang = (attr(htmlTag, 'lang') || 'und').toLowerCase().split('-')[0];
  const segments = page.path.split('/').filter(Boolean);
  const isEmbed = segments.includes('embed');
  const steps = (html.match(/\sdata-step="/g) || []).length;
  const figures = (html.match(/\sdata-figure="/g) || []).length;
  return { ...page, lang, isEmbed, steps, figures, isStory: !isEmbed && steps > 0 };
}

/**
 * Per language: the story page (the shortest path carrying steps, outside embed/) and one embed page: the first
 * single-figure embed (/embed/<figure-id>/, /fr/embed/<figure-id>/, …: embeds live under the story's language
 * prefix, and the language is read from <html lang>), the kind a host page carries, or the embed index when there is no
 * single-figure embed. The whole-story embed renders the same Story as the story page, so scrolling it again
 * would double the bench's longest phase to learn little.
 */
export function pickBenchPages(pages) {
  const byLang = new Map();
  for (const p of pages) {
    if (!byLang.has(p.lang)) byLang.set(p.lang, []);
    byLang.get(p.lang).push(p);
  }
  const picked = [];
  const langs = [...byLang.keys()].sort((a, b) => (a === 'en' ? -1 : b === 'en' ? 1 : a.localeCompare(b)));
  for (const lang of langs) {
    const list = byLang.get(lang);
    const story = list.filter((p) => p.isStory).sort((a, b) => a.path.length - b.path.length)[0];
    if (story) picked.push({ ...story, role: 'story' });
    const embeds = list.filter((p) => p.isEmbed);
    // A single-figure embed shows one figure and no scrolly steps; the whole-story embed carries the steps.
    const single = embeds.filter((p) => p.steps === 0 && p.figures > 0);
    const embed = single[0] ?? embeds.find((p) => p.figures > 0) ?? embeds[0];
    if (embed) picked.push({ ...embed, role: 'embed' });
  }
  return picked;
}

/** Maps a same-site URL path (with the base) to the file in dist/ that the server answers with. */
export function fileForUrlPath(distDir, base, urlPath) {
  const root = resolve(distDir);
  if (!urlPath.startsWith(base)) return undefined;
  let rel = decodeURIComponent(urlPath.slice(base.length));
  if (rel === '' || rel.endsWith('/')) rel += 'index.html';
  const file = join(root, rel);
  return existsSync(file) && statSync(file).isFile() ? file : undefined;
}

const JS_IMPORT = /(?:\bimport|\bexport)\s*(?:[\w$*{}\s,]*?\bfrom\s*)?["'](\.{1,2}\/[^"']+\.m?js)["']/g;
const JS_DYNAMIC = /\bimport\(\s*["'](\.{1,2}\/[^"']+\.m?js)["']\s*\)/g;

/** A module and everything it imports statically, transitively (Vite emits relative chunk imports). */
function moduleGraph(entryFile, distRoot) {
  const seen = new Set();
  const lazy = new Set();
  const visit = (file) => {
    if (seen.has(file) || !existsSync(file)) return;
    seen.add(file);
    const src = readFileSync(file, 'utf8');
    for (const m of src.matchAll(JS_IMPORT)) visit(resolve(dirname(file), m[1]));
    for (const m of src.matchAll(JS_DYNAMIC)) lazy.add(resolve(dirname(file), m[1]));
  };
  visit(entryFile);
  for (const f of seen) lazy.delete(f);
  return { eager: [...seen], lazy: [...lazy].filter((f) => existsSync(f) && f.startsWith(distRoot)) };
}

/**
 * What a page references, from the built files alone: its HTML, inline and external CSS and JS (JS followed
 * through its static imports; dynamic imports listed apart), fonts named by its CSS. Sizes raw and gzip -9.
 */
export function staticAudit(distDir, base, page) {
  const root = resolve(distDir);
  const html = readFileSync(page.file);
  const text = html.toString('utf8');
  const pageUrl = new URL(`${base}${page.path}`, 'http://site.invalid');
  const toFile = (ref) => {
    const u = new URL(ref.replace(/&amp;/g, '&'), pageUrl);
    return u.host === 'site.invalid' ? fileForUrlPath(root, base, u.pathname) : undefined;
  };

  const inlineJs = [];
  const jsEntries = new Set();
  for (const m of text.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
    const tagAttrs = `<x${m[1]}>`;
    const type = (attr(tagAttrs, 'type') || '').toLowerCase();
    if (type && !['module', 'text/javascript', 'application/javascript'].includes(type)) continue;
    const src = attr(tagAttrs, 'src');
    if (src) {
      const f = toFile(src);
      if (f) jsEntries.add(f);
    } else if (m[2].trim()) inlineJs.push(m[2]);
  }
  for (const m of text.matchAll(/<link\b[^>]*>/gi)) {
    const rel = (attr(m[0], 'rel') || '').toLowerCase();
    const href = attr(m[0], 'href');
    if (href && rel === 'modulepreload') {
      const f = toFile(href);
      if (f) jsEntries.add(f);
    }
  }
  // Inline modules import chunks too (Astro hoists small scripts inline).
  const inlineImports = [];
  for (const code of inlineJs) {
    for (const m of code.matchAll(/(?:\bimport|\bfrom)\s*["']([^"']+\.m?js)["']/g)) {
      const f = toFile(m[1]);
      if (f) inlineImports.push(f);
    }
  }
  for (const f of inlineImports) jsEntries.add(f);

  const eager = new Set();
  const lazy = new Set();
  for (const entry of jsEntries) {
    const g = moduleGraph(entry, root);
    g.eager.forEach((f) => eager.add(f));
    g.lazy.forEach((f) => lazy.add(f));
  }
  for (const f of eager) lazy.delete(f);

  const inlineCss = [...text.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/gi)].map((m) => m[1]);
  const cssFiles = new Set();
  for (const m of text.matchAll(/<link\b[^>]*>/gi)) {
    if ((attr(m[0], 'rel') || '').toLowerCase().split(/\s+/).includes('stylesheet')) {
      const f = toFile(attr(m[0], 'href') || '');
      if (f) cssFiles.add(f);
    }
  }
  const fonts = new Set();
  const cssTexts = [...inlineCss.map((c) => ({ css: c, from: pageUrl })), ...[...cssFiles].map((f) => ({ css: readFileSync(f, 'utf8'), from: new URL(`${base}${relative(root, f).split(sep).join('/')}`, 'http://site.invalid') }))];
  for (const { css, from } of cssTexts) {
    for (const m of css.matchAll(/url\(\s*["']?([^"')]+\.(?:woff2?|ttf|otf))["']?\s*\)/gi)) {
      const u = new URL(m[1], from);
      const f = fileForUrlPath(root, base, u.pathname);
      if (f) fonts.add(f);
    }
  }

  const sizes = (files) => {
    let raw = 0;
    let gzip = 0;
    for (const f of files) {
      const b = readFileSync(f);
      raw += b.length;
      gzip += gz(b);
    }
    return { raw, gzip, files: [...files].map((f) => relative(root, f).split(sep).join('/')) };
  };
  const inlineSize = (chunks) => ({
    raw: chunks.reduce((n, c) => n + Buffer.byteLength(c), 0),
    gzip: chunks.length ? gz(Buffer.from(chunks.join('\n'))) : 0,
  });

  const jsExternal = sizes(eager);
  const jsInline = inlineSize(inlineJs);
  return {
    html: { raw: html.length, gzip: gz(html) },
    js: {
      raw: jsExternal.raw + jsInline.raw,
      gzip: jsExternal.gzip + jsInline.gzip,
      external: jsExternal,
      inline: jsInline,
      lazy: sizes(lazy),
    },
    css: { inline: inlineSize(inlineCss), external: sizes(cssFiles) },
    fonts: sizes(fonts),
  };
}

/** Map-data files in dist/ (TopoJSON/GeoJSON and JSON next to them): what a client could fetch for maps. */
export function mapDataFiles(distDir) {
  const root = resolve(distDir);
  const out = [];
  const walk = (dir) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (/\.(topo\.json|topojson|geojson)$/i.test(entry.name)) {
        const b = readFileSync(full);
        out.push({ file: relative(root, full).split(sep).join('/'), raw: b.length, gzip: gz(b) });
      }
    }
  };
  if (existsSync(root)) walk(root);
  return out;
}
