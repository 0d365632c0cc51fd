// A reader on a slow phone: loads a page in Debian's Chromium at 390 px with the CPU slowed 4x, records what it
// downloads on load and while scrolling, then scrolls through every step in small wheel increments and records
// long tasks and the frame times around scene transitions.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { fileForUrlPath, gz } from './pages.mjs';
import { FRAME_CLOCK_TOLERANCE_MS, TARGETS } from './report.mjs';

import { CHROME_PATH, CHROME_ARGS } from '../chromium-flags.mjs';

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

// Runs in the page before any of its scripts, so nothing the page does on load escapes the record.
function instrument() {
  const bench = { longTasks: [], changes: [], frames: [], recording: false };
  window.__bench = bench;
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) bench.longTasks.push({ start: e.startTime, duration: e.duration });
    }).observe({ type: 'longtask', buffered: true });
  } catch {
    bench.longTasks = null;
  }
  // Long animation frames say what a slow frame was made of (the page's scripts, style and layout, or
  // rendering), which a bare long task does not.
  bench.loafs = [];
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) {
        if (e.duration <= 50) continue;
        const end = e.startTime + e.duration;
        const scripts = (e.scripts ?? []).map((sc) => ({
          ms: sc.duration,
          forcedMs: sc.forcedStyleAndLayoutDuration ?? 0,
          what: `${sc.invokerType ?? ''} ${sc.invoker ?? ''} ${(sc.sourceURL ?? '').split('/').pop()}${sc.sourceFunctionName ? `:${sc.sourceFunctionName}` : ''}`.trim(),
        }));
        bench.loafs.push({
          start: e.startTime,
          duration: e.duration,
          blocking: e.blockingDuration,
          scriptMs: scripts.reduce((n, sc) => n + sc.ms, 0),
          styleLayoutMs: e.styleAndLayoutStart ? end - e.styleAndLayoutStart : 0,
          renderMs: e.renderStart ? end - e.renderStart : 0,
          scripts: scripts.sort((a, b) => b.ms - a.ms).slice(0, 3),
        });
      }
    }).observe({ type: 'long-animation-frame', buffered: true });
  } catch {
    bench.loafs = null;
  }
  // A transition starts whenever the active step or a figure's scene or camera changes.
  new MutationObserver((records) => {
    const t = performance.now();
    for (const r of records) {
      const now = r.target.getAttribute(r.attributeName);
      // The client re-sets attributes to equal values; only real changes start a transition.
      if (now === r.oldValue) continue;
      if (r.attributeName === 'aria-current' && now !== 'step') continue;
      bench.changes.push({ t, attr: r.attributeName });
    }
  }).observe(document, {
    subtree: true,
    attributes: true,
    attributeOldValue: true,
    attributeFilter: ['aria-current', 'data-scene', 'data-camera'],
  });
  bench.startFrames = () => {
    bench.frames = [];
    bench.recording = true;
    const tick = (t) => {
      if (!bench.recording) return;
      bench.frames.push(t);
      requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  };
}

function classify(url, resourceType, contentType) {
  const path = new URL(url).pathname.toLowerCase();
  if (resourceType === 'document') return 'html';
  if (resourceType === 'script' || /\.m?js$/.test(path)) return 'js';
  if (resourceType === 'stylesheet' || path.endsWith('.css')) return 'css';
  if (resourceType === 'font' || /\.(woff2?|ttf|otf)$/.test(path)) return 'fonts';
  if (/\.(topo\.json|topojson|geojson|json)$/.test(path) || /json/.test(contentType)) return 'mapData';
  return 'other';
}

const percentile = (values, p) => {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
};

/**
 * The reader's phone, on a fresh throw-away profile: 390 × 844, as Lighthouse's mobile profile (moto g power)
 * describes it, so both tools measure the same device; mobile emulation also changes layout (viewport units, the
 * meta viewport). `close()` closes the browser and removes the profile.
 */
export async function openPhone() {
  const dir = mkdtempSync(join(tmpdir(), 'bench-chromium-'));
  const context = await chromium.launchPersistentContext(dir, {
    executablePath: CHROME_PATH,
    args: CHROME_ARGS,
    headless: true,
    viewport: { width: 390, height: 844 },
    deviceScaleFactor: 1.75,
    isMobile: true,
    hasTouch: true,
  });
  const close = async () => {
    await context.close();
    rmSync(dir, { recursive: true, force: true, maxRetries: 5, retryDelay: 200 });
  };
  return { context, close };
}

/**
 * @param {object} o
 * @param {string} o.url page URL
 * @param {string} o.distDir built site, to size every response from the file the server sent
 * @param {string} o.base base path the site is served under
 * @param {number} [o.cpuThrottle] CDP CPU throttling rate
 * @param {number} [o.wheelPx] pixels per wheel event
 * @param {number} [o.wheelEveryMs] interval between wheel events
 * @param {number} [o.stepperEveryMs] interval between clicks on a figure embed's Next button
 * @param {number} [o.maxScrollMs] safety cap on one scroll-through
 * @param {number} [o.maxWheels] stop after this many wheel events
 * @param {string} [o.html] serve this document at `url` instead of the built page (the control page)
 */
export async function browsePage({ url, distDir, base, cpuThrottle = 4, wheelPx = 120, wheelEveryMs = 100, stepperEveryMs = 1000, maxScrollMs = 75_000, maxWheels = Infinity, html }) {
  const { context, close } = await openPhone();
  try {
    const page = context.pages()[0] ?? (await context.newPage());
    const errors = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));

    let phase = 'load';
    const responses = [];
    page.on('response', (r) => {
      responses.push({
        url: r.url(),
        status: r.status(),
        type: r.request().resourceType(),
        contentType: r.headers()['content-type'] || '',
        phase,
      });
    });

    if (html) await page.route(url, (route) => route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html }));
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpuThrottle });
    await page.addInitScript(instrument);
    await page.goto(url, { waitUntil: 'load' });
    // Late requests (idle-time loads) still belong to the first view; a quiet second under throttling catches them.
    await page.waitForLoadState('networkidle', { timeout: 10_000 }).catch(() => {});
    await sleep(1000);

    const info = await page.evaluate(() => ({
      steps: document.querySelectorAll('[data-step]').length,
      height: document.documentElement.scrollHeight,
    }));

    phase = 'scroll';
    await page.mouse.move(195, 422);
    const t0 = await page.evaluate(() => {
      window.__bench.startFrames();
      return performance.now();
    });
    const started = Date.now();
    let wheels = 0;
    let clicks = 0;
    // A figure embed has no scrolly steps: its states change through its Previous/Next controls, so the reader's
    // path through it is a click on Next per state, at the pace of someone reading each description.
    const stepper = info.steps === 0 && (await page.locator('[data-stepper-next]').isVisible().catch(() => false));
    if (stepper) {
      for (;;) {
        const moved = await page.evaluate(() => {
          const next = document.querySelector('[data-stepper-next]');
          if (!next || next.disabled) return false;
          next.click();
          return true;
        });
        if (!moved || Date.now() - started > maxScrollMs) break;
        clicks++;
        await sleep(Math.max(0, started + clicks * stepperEveryMs - Date.now()));
      }
    } else {
      let stalls = 0;
      let lastY = -1;
      // Wheel events go out on the clock, like a hand on a wheel: each is sent without waiting for the renderer
      // to acknowledge the last, so a slow frame makes events queue up as they would for a reader, and the pace
      // (and the bench's run time) does not stretch with the page's own slowness.
      const inFlight = [];
      for (;;) {
        inFlight.push(
          cdp.send('Input.dispatchMouseEvent', { type: 'mouseWheel', x: 195, y: 422, deltaX: 0, deltaY: wheelPx }).catch(() => {})
        );
        wheels++;
        await sleep(Math.max(0, started + wheels * wheelEveryMs - Date.now()));
        if (wheels % 5 === 0) {
          const { y, max } = await page.evaluate(() => ({
            y: window.scrollY,
            max: document.documentElement.scrollHeight - window.innerHeight,
          }));
          if (y >= max - 1) break;
          stalls = y === lastY ? stalls + 1 : 0;
          lastY = y;
          if (stalls > 4 || wheels >= maxWheels || Date.now() - started > maxScrollMs) break;
        }
      }
      await Promise.all(inFlight);
    }
    // Let the last transition finish inside the record.
    await sleep(900);
    // Close the window with a trivial task: the evaluate that ships the record home is itself long at 4x and
    // must not count as a long task of the page.
    const tEnd = await page.evaluate(() => {
      window.__bench.recording = false;
      return performance.now();
    });
    const rec = await page.evaluate(() => {
      const b = window.__bench;
      return {
        frames: b.frames,
        changes: b.changes,
        longTasks: b.longTasks,
        loafs: b.loafs,
        lastActive: (() => {
          const el = document.querySelector('[aria-current="step"]');
          return el?.getAttribute('data-step') ?? el?.getAttribute('data-step-id') ?? null;
        })(),
        stepperDone: document.querySelector('[data-stepper-next]')?.disabled ?? null,
        lastStep: [...document.querySelectorAll('[data-step]')].at(-1)?.getAttribute('data-step') ?? null,
      };
    });
    const scrollMs = Date.now() - started;
    // Measuring is over: what follows is bookkeeping of ours, at full speed.
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });

    // The inline map SVG as the build drew it: the served document parsed without running scripts. Done after the
    // record closes, because parsing a large page is a long task of ours, not the page's.
    const pageFile = html ? undefined : fileForUrlPath(distDir, base, new URL(url).pathname);
    const served = await page.evaluate((source) => {
      const doc = new DOMParser().parseFromString(source, 'text/html');
      return { mapSvg: [...doc.querySelectorAll('[data-kind="map"] svg')].map((s) => s.outerHTML) };
    }, pageFile ? readFileSync(pageFile, 'utf8') : '');


    // How long a change keeps CSS busy: the longest transition (duration + delay) declared on anything inside a
    // figure. Read after the record closes, since computing every element's style is work of ours.
    const longestTransitionMs = await page.evaluate(() => {
      const ms = (list) => list.split(',').map((v) => (v.trim().endsWith('ms') ? parseFloat(v) : parseFloat(v) * 1000) || 0);
      let longest = 0;
      for (const el of document.querySelectorAll('[data-figure], [data-figure] *')) {
        const cs = getComputedStyle(el);
        if (cs.transitionProperty === 'none' && cs.transitionDuration === '0s') continue;
        const durations = ms(cs.transitionDuration);
        const delays = ms(cs.transitionDelay);
        durations.forEach((d, i) => (longest = Math.max(longest, d + (delays[i % delays.length] ?? 0))));
      }
      return longest;
    });

    // Frame deltas; a frame counts as "in a transition" when it ends within the longest transition (plus a frame or
    // so of slack) after the active step, a scene or a camera changed.
    const windowMs = Math.max(longestTransitionMs, 100) + 100;
    const changes = rec.changes.filter((c) => c.t >= t0 && c.t <= tEnd).map((c) => c.t);
    const allDeltas = [];
    const transitionDeltas = [];
    for (let i = 1; i < rec.frames.length; i++) {
      const d = rec.frames[i] - rec.frames[i - 1];
      allDeltas.push(d);
      const t = rec.frames[i];
      if (changes.some((c) => t >= c && t <= c + windowMs)) transitionDeltas.push(d);
    }
    const longTasks = rec.longTasks ?? [];
    const duringScroll = longTasks.filter((lt) => lt.start >= t0 && lt.start <= tEnd);
    const duringLoad = longTasks.filter((lt) => lt.start < t0);

    // Bytes: every response sized from the file the server answered with, raw and gzip -9 (what a host sends).
    const root = distDir;
    const bucketsFor = (which) => {
      const buckets = { html: z(), js: z(), css: z(), fonts: z(), mapData: z(), other: z() };
      for (const r of responses.filter((x) => which.includes(x.phase))) {
        const u = new URL(r.url);
        if (!u.protocol.startsWith('http')) continue;
        const file = fileForUrlPath(root, base, u.pathname) ?? (r.status === 404 ? fileForUrlPath(root, base, `${base}404.html`) : undefined);
        if (!file) continue;
        const buf = readFileSync(file);
        const kind = classify(r.url, r.type, r.contentType);
        const b = buckets[kind];
        b.raw += buf.length;
        b.gzip += gz(buf);
        b.requests++;
        b.files.push(decodeURIComponent(u.pathname.slice(base.length)) || 'index.html');
      }
      return buckets;
    };
    const mapSvgGzip = served.mapSvg.length ? gz(Buffer.from(served.mapSvg.join('\n'))) : 0;
    const mapSvgRaw = served.mapSvg.reduce((n, s) => n + Buffer.byteLength(s), 0);

    return {
      url,
      steps: info.steps,
      pageHeight: info.height,
      errors,
      notFound: responses.filter((r) => r.status >= 400).map((r) => `${r.status} ${r.url}`),
      bytes: {
        firstView: bucketsFor(['load']),
        fullScroll: bucketsFor(['load', 'scroll']),
        inlineMapSvg: { figures: served.mapSvg.length, raw: mapSvgRaw, gzip: mapSvgGzip },
      },
      scroll: {
        cpuThrottle,
        viewport: '390x844 mobile',
        input: stepper ? 'stepper' : 'wheel',
        wheelPx,
        wheelEveryMs,
        wheels,
        stepperEveryMs,
        clicks,
        durationMs: scrollMs,
        reachedEnd: stepper ? rec.stepperDone === true : rec.lastActive === rec.lastStep,
        lastActiveStep: rec.lastActive,
        transitions: new Set(changes).size,
        longestTransitionMs,
        transitionWindowMs: windowMs,
        longTaskObserver: rec.longTasks !== null,
        longTasksWhileScrolling: duringScroll.map((t) => ({ startMs: round(t.start - t0), durationMs: round(t.duration) })),
        longTasksOnLoad: duringLoad.map((t) => ({ startMs: round(t.start), durationMs: round(t.duration) })),
        longAnimationFramesWhileScrolling: (rec.loafs ?? [])
          .filter((f) => f.start >= t0 && f.start <= tEnd)
          .map((f) => ({
            startMs: round(f.start - t0),
            durationMs: round(f.duration),
            blockingMs: round(f.blocking),
            scriptMs: round(f.scriptMs),
            styleLayoutMs: round(f.styleLayoutMs),
            renderMs: round(f.renderMs),
            scripts: f.scripts.map((sc) => `${Math.round(sc.ms)} ms${sc.forcedMs >= 1 ? ` (forced style and layout ${Math.round(sc.forcedMs)} ms)` : ''} ${sc.what}`),
          })),
        frames: allDeltas.length,
        framesInTransitions: transitionDeltas.length,
        // Frames later than the target with its timer-coarsening allowance (the same line the p95 is judged on):
        // p95 holds while fewer than one in twenty is late, so the count says how far a page is from failing.
        lateFramesInTransitions: transitionDeltas.filter((d) => d > TARGETS.p95FrameMs + FRAME_CLOCK_TOLERANCE_MS).length,
        p95FrameMs: round(percentile(transitionDeltas, 95)),
        p95FrameAllMs: round(percentile(allDeltas, 95)),
        maxFrameInTransitionsMs: round(transitionDeltas.length ? Math.max(...transitionDeltas) : null),
        medianFrameMs: round(percentile(allDeltas, 50)),
      },
    };
  } finally {
    await close();
  }
}

function z() {
  return { raw: 0, gzip: 0, requests: 0, files: [] };
}
function round(x) {
  return x == null ? null : Math.round(x * 10) / 10;
}

/**
 * A tall page with no scripts, no figures and no transitions. Scrolled like the story, it shows what the machine
 * alone costs: long tasks and late frames here come from other work on the CPU, not from the site.
 */
export const CONTROL_HTML = `<!doctype html><html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>control</title></head>
<body style="margin:0;font:17px/1.55 Georgia,serif">${Array.from({ length: 60 }, (_, i) => `<p style="margin:0;padding:1rem 1.25rem;min-height:600px">Paragraph ${i + 1}. The same kind of text a step carries, with nothing to animate.</p>`).join('')}</body></html>`;
