// The W3C Nu HTML Checker (vnu-jar) on every built page, in one Java run: starting the JVM costs more than
// checking the pages, so the files are listed together. No error is allowed; warnings are not failures.
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const DIST = resolve(process.env.OUT_DIR || 'dist');
const VNU_JAR = join(dirname(createRequire(import.meta.url).resolve('vnu-jar/package.json')), 'build/dist/vnu.jar');

/** Every reader-facing HTML file in the build: the dev/ previews are left out. */
function htmlFiles(dir: string): string[] {
  const files: string[] = [];
  const walk = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      if (e.isDirectory()) {
        if (e.name !== 'dev' && e.name !== '_astro') walk(join(d, e.name));
      } else if (e.name.endsWith('.html')) files.push(join(d, e.name));
    }
  };
  walk(dir);
  return files.sort();
}

/**
 * The checker validates inline <style> with the W3C CSS validator's grammar, which predates CSS features every
 * browser the story supports has shipped. Only these messages are set aside, each for a stated reason; any other
 * CSS message, and every HTML message, fails the test.
 */
const CSS_FALSE_POSITIVES: { why: string; test: (m: VnuMessage, declaration: string) => boolean }[] = [
  {
    why: 'container queries (CSS Containment 3): container, container-type, container-name, @container',
    test: (m) => /^CSS: (“container(-type|-name)?”: Property “container(-type|-name)?” doesn't exist|Unrecognized at-rule “@container”)/.test(m.message),
  },
  {
    why: 'SVG properties set from CSS (SVG 2): vector-effect, transform-box, paint-order, and geometry properties r, cx, cy, rx, ry, x, y, d',
    test: (m) => /^CSS: “(vector-effect|transform-box|paint-order|r|cx|cy|rx|ry|x|y|d)”: Property “\1” doesn't exist/.test(m.message),
  },
  {
    why: 'container query units (cqw, cqh, cqi, cqb, cqmin, cqmax) inside min()/max()/clamp()/calc()',
    test: (m, declaration) => /^CSS: “[a-z-]+”: Parse Error\.?$/.test(m.message) && /\d(cqw|cqh|cqi|cqb|cqmin|cqmax)\b/.test(declaration),
  },
];

/** The CSS declaration a message points into: from the last `;` or `{` before its column to the next `;` or `}`. */
function declarationAt(m: VnuMessage, lines: (file: string) => string[]): string {
  if (!m.url?.startsWith('file:') || !m.lastLine) return '';
  const line = lines(fileURLToPath(m.url))[m.lastLine - 1] ?? '';
  const col = (m.lastColumn ?? m.firstColumn ?? 1) - 1;
  const start = Math.max(line.lastIndexOf(';', col - 1), line.lastIndexOf('{', col - 1)) + 1;
  const rest = line.slice(col).search(/[;}]/);
  return line.slice(start, rest < 0 ? undefined : col + rest);
}

interface VnuMessage {
  type: 'error' | 'info' | 'non-document-error';
  subType?: string;
  url?: string;
  lastLine?: number;
  firstColumn?: number;
  lastColumn?: number;
  message: string;
  extract?: string;
}

describe('HTML validity (W3C Nu HTML Checker)', () => {
  const files = htmlFiles(DIST);

  // Generous: the JVM and the checker share two cores with whatever else runs; a quiet run takes a few seconds.
  it('every built page is valid HTML', { timeout: 180_000 }, () => {
    expect(files.length, `no HTML files in ${DIST}`).toBeGreaterThan(0);
    // A short run: the client compiler alone (TieredStopAtLevel=1) halves the CPU time on two cores; it needs a
    // deeper stack than the default for the checker's schema recursion.
    const jvm = ['-Xss16m', '-XX:TieredStopAtLevel=1', '-XX:+UseSerialGC'];
    const run = spawnSync('java', [...jvm, '-jar', VNU_JAR, '--format', 'json', '--stdout', ...files], {
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
    });
    expect(run.error, 'java could not be started (Java 17 is required for vnu-jar)').toBeUndefined();
    let messages: VnuMessage[];
    try {
      messages = (JSON.parse(run.stdout) as { messages: VnuMessage[] }).messages;
    } catch {
      throw new Error(`vnu gave no JSON (exit ${run.status}):\n${run.stdout}\n${run.stderr}`);
    }
    const cache = new Map<string, string[]>();
    const lines = (file: string) => {
      if (!cache.has(file)) cache.set(file, readFileSync(file, 'utf8').split('\n'));
      return cache.get(file)!;
    };
    const errors = messages.filter(
      (m) =>
        (m.type === 'error' || m.type === 'non-document-error') &&
        !CSS_FALSE_POSITIVES.some((f) => f.test(m, m.message.startsWith('CSS: ') ? declarationAt(m, lines) : ''))
    );
    const where = (m: VnuMessage) => {
      const file = m.url?.startsWith('file:') ? relative(process.cwd(), fileURLToPath(m.url)) : (m.url ?? '?');
      return `${file.split(sep).join('/')}:${m.lastLine ?? '?'}:${m.firstColumn ?? m.lastColumn ?? '?'}`;
    };
    const report = errors
      .map((m) => `\n${where(m)}: ${m.message}${m.extract ? `\n    ${m.extract.replace(/\s+/g, ' ').trim().slice(0, 160)}` : ''}`)
      .join('');
    expect(errors.length, `${errors.length} HTML error(s) in ${files.length} file(s):${report}`).toBe(0);
  });
});
