// `npm run bench`: builds the site (timed), serves dist/ on loopback, and measures the story page and one embed
// page per language found in dist/: Lighthouse (mobile), bytes shipped (network and a static audit), and a
// scroll-through at 4x CPU throttling. Writes bench-results/latest.json and latest.md and prints the table.
// It is a report: missed targets are printed, not fatal. It fails only when it cannot measure (build error,
// no pages).
//
// Options (after `npm run bench --`): --no-build (measure the existing dist/), --no-lighthouse, --no-scroll,
// --lighthouse-runs=N (Lighthouse runs per page, the median run is reported; default 3), --scroll-runs=N
// (scroll-throughs per page, the run with the median long-task count is reported; default 1).
// Environment: BASE_PATH (serve under a sub-path, as the build does), OUT_DIR (build into / measure that directory).
import { spawn, execFileSync } from 'node:child_process';
import { cpus, loadavg } from 'node:os';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { createStaticServer } from './server.mjs';
import { describePage, discoverPages, mapDataFiles, pickBenchPages, staticAudit } from './pages.mjs';
import { browsePage, CONTROL_HTML } from './browse.mjs';
import { CHROME_PATH } from '../chromium-flags.mjs';
import { runLighthouse } from './lighthouse.mjs';
import { evaluateTargets, toMarkdown } from './report.mjs';

const benchStart = performance.now();
// Other work on a 2-core machine stretches long tasks and frames; the load average says whether it was quiet.
const loadAtStart = loadavg()[0];
const args = new Set(process.argv.slice(2));
const LH_RUNS = Number(process.argv.find((a) => a.startsWith('--lighthouse-runs='))?.split('=')[1] ?? 3);
if (!Number.isInteger(LH_RUNS) || LH_RUNS < 1) throw new Error('--lighthouse-runs=N needs a whole number of runs, 1 or more');
const SCROLL_RUNS = Number(process.argv.find((a) => a.startsWith('--scroll-runs='))?.split('=')[1] ?? 1);
if (!Number.isInteger(SCROLL_RUNS) || SCROLL_RUNS < 1) throw new Error('--scroll-runs=N needs a whole number of runs, 1 or more');
const ROOT = resolve(import.meta.dirname, '../..');
// The bench builds into its own directory (git-ignored by dist-*/): a test run or a build started by someone else
// mid-bench rewrites dist/ and would change the pages under measurement. --no-build measures dist/ (or OUT_DIR).
const OWN_BUILD = !process.argv.includes('--no-build');
const DIST = resolve(ROOT, process.env.OUT_DIR || (OWN_BUILD ? 'dist-bench' : 'dist'));
const BASE = (() => {
  const b = process.env.BASE_PATH || '/';
  return b.endsWith('/') ? b : `${b}/`;
})();
const OUT = join(ROOT, 'bench-results');
const log = (...a) => console.log('[bench]', ...a);

async function build() {
  // Astro's own entry on the Node that runs this script (npm run puts the pinned Node 24 first on PATH).
  const astro = join(ROOT, 'node_modules/astro/bin/astro.mjs');
  const t0 = performance.now();
  const output = [];
  const code = await new Promise((ok) => {
    const child = spawn(process.execPath, [astro, 'build'], {
      cwd: ROOT,
      env: { ...process.env, OUT_DIR: DIST, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', FORCE_COLOR: '0' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child.stdout.on('data', (d) => output.push(d));
    child.stderr.on('data', (d) => output.push(d));
    child.on('close', ok);
  });
  return { ms: Math.round(performance.now() - t0), ok: code === 0, output: Buffer.concat(output).toString('utf8') };
}

function gitInfo() {
  try {
    const commit = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: ROOT, encoding: 'utf8' }).trim();
    const dirty = execFileSync('git', ['status', '--porcelain'], { cwd: ROOT, encoding: 'utf8' }).trim() !== '';
    return { commit, dirty };
  } catch {
    return { commit: 'unknown', dirty: false };
  }
}

function chromiumVersion() {
  try {
    return execFileSync(CHROME_PATH, ['--version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return `Chromium at ${CHROME_PATH}`;
  }
}

const results = { meta: {}, build: null, pages: [], control: null, mapDataFiles: [], targets: [] };

if (OWN_BUILD) {
  log('building…');
  const b = await build();
  if (!b.ok) {
    console.error(b.output.split('\n').slice(-40).join('\n'));
    rmSync(DIST, { recursive: true, force: true });
    console.error(`\n[bench] The build failed after ${(b.ms / 1000).toFixed(1)} s, so there is nothing to measure. Fix the build and rerun.`);
    process.exit(1);
  }
  results.build = { ms: b.ms, ok: true, pages: Number(b.output.match(/(\d+) page\(s\) built/)?.[1] ?? NaN) };
  log(`built in ${(b.ms / 1000).toFixed(1)} s`);
}

const allPages = discoverPages(DIST).map(describePage);
const benchPages = pickBenchPages(allPages);
if (benchPages.length === 0) {
  console.error(`[bench] No story or embed page found in ${DIST} (pages: ${allPages.map((p) => `/${p.path}`).join(', ') || 'none'}).`);
  process.exit(1);
}
log(`pages in the build: ${allPages.map((p) => `/${p.path}`).join(' ')}`);
log(`measuring: ${benchPages.map((p) => `/${p.path} (${p.lang} ${p.role})`).join(', ')}`);
results.mapDataFiles = mapDataFiles(DIST);

const server = await createStaticServer(DIST, BASE);
mkdirSync(OUT, { recursive: true });
try {
  for (const p of benchPages) {
    const url = new URL(p.path, server.url).href;
    const entry = {
      path: p.path,
      lang: p.lang,
      role: p.role,
      url,
      static: staticAudit(DIST, BASE, p),
      lighthouse: null,
      browse: null,
    };
    if (!args.has('--no-lighthouse')) {
      const t = performance.now();
      try {
        const slug = `${p.lang}-${p.role}`;
        entry.lighthouse = await runLighthouse(url, { htmlReportPath: join(OUT, `lighthouse-${slug}.html`), runs: LH_RUNS });
      } catch (e) {
        entry.lighthouse = { error: String(e?.message ?? e) };
      }
      log(`lighthouse /${p.path}: ${JSON.stringify(entry.lighthouse.scores ?? entry.lighthouse.error)}${entry.lighthouse.runs ? ` (performance per run ${entry.lighthouse.runs.map((r) => r.performance).join('/')})` : ''} in ${((performance.now() - t) / 1000).toFixed(1)} s`);
    }
    if (!args.has('--no-scroll')) {
      const t = performance.now();
      try {
        // One scroll-through's long-task count moves by ±3 on this machine: with several runs, the run with the
        // median count is the one reported, and every run's count and p95 frame are kept beside it.
        const runs = [];
        for (let i = 0; i < SCROLL_RUNS; i++) runs.push(await browsePage({ url, distDir: DIST, base: BASE }));
        const byCount = [...runs].sort((a, b) => a.scroll.longTasksWhileScrolling.length - b.scroll.longTasksWhileScrolling.length);
        entry.browse = byCount[Math.floor((byCount.length - 1) / 2)];
        if (runs.length > 1)
          entry.browse.scroll.runs = runs.map((r) => ({ longTasks: r.scroll.longTasksWhileScrolling.length, p95FrameMs: r.scroll.p95FrameMs }));
        const sc = entry.browse.scroll;
        const input = sc.input === 'stepper' ? `${sc.clicks} clicks on Next` : `${sc.wheels} wheel events`;
        log(`scroll /${p.path}: ${input}, ${sc.longTasksWhileScrolling.length} long tasks${sc.runs ? ` (runs ${sc.runs.map((r) => r.longTasks).join('/')})` : ''}, p95 frame in transitions ${sc.p95FrameMs} ms, in ${((performance.now() - t) / 1000).toFixed(1)} s`);
      } catch (e) {
        log(`scroll /${p.path} failed: ${e?.stack ?? e}`);
      }
    }
    results.pages.push(entry);
  }
  if (!args.has('--no-scroll')) {
    // The same scroll on a page with nothing in it: the machine's own noise, to read the figures above against.
    try {
      const control = await browsePage({ url: new URL('__bench-control/', server.url).href, distDir: DIST, base: BASE, html: CONTROL_HTML, maxWheels: 60 });
      results.control = control.scroll;
      log(`control page: ${control.scroll.longTasksWhileScrolling.length} long tasks, p95 frame ${control.scroll.p95FrameAllMs} ms`);
    } catch (e) {
      log(`control page failed: ${e?.stack ?? e}`);
    }
  }
} finally {
  await server.close();
}

const lhVersion = results.pages.find((p) => p.lighthouse?.lighthouseVersion)?.lighthouse.lighthouseVersion
  ?? JSON.parse(readFileSync(join(ROOT, 'node_modules/lighthouse/package.json'), 'utf8')).version;
results.meta = {
  date: new Date().toISOString(),
  ...gitInfo(),
  node: process.versions.node,
  chromium: chromiumVersion(),
  lighthouse: lhVersion,
  cpus: cpus().length,
  loadAverage1m: { start: Number(loadAtStart.toFixed(2)), end: Number(loadavg()[0].toFixed(2)) },
  measured: OWN_BUILD ? 'a fresh build' : relative(ROOT, DIST) || '.',
  pagesInDist: allPages.map((p) => `/${p.path}`),
  options: [...args],
  benchMs: 0,
};
results.targets = evaluateTargets(results);
results.meta.benchMs = Math.round(performance.now() - benchStart);

if (OWN_BUILD && !process.env.OUT_DIR) rmSync(DIST, { recursive: true, force: true });

const md = toMarkdown(results);
writeFileSync(join(OUT, 'latest.json'), `${JSON.stringify(results, null, 2)}\n`);
writeFileSync(join(OUT, 'latest.md'), md);
console.log(`\n${md}`);
const misses = results.targets.filter((r) => r.pass === false);
if (misses.length) {
  console.log(`[bench] MISSED ${misses.length} target(s):`);
  for (const r of misses) console.log(`  ✗ ${r.check} · ${r.page}: ${r.value} (target ${r.target})${r.note ? ` · ${r.note}` : ''}`);
} else {
  console.log('[bench] every measured target met');
}
log(`results in ${join('bench-results', 'latest.json')} and latest.md (Lighthouse HTML reports beside them); ${(results.meta.benchMs / 1000).toFixed(0)} s`);
