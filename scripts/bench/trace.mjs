// What each long task of a scroll-through is made of. `npm run bench` counts long tasks; this script says where
// they are (the active step, the section in view) and what the main thread did in them, from a DevTools trace of
// the same scroll (390 px phone, CPU 4x, 120 px wheel steps every 100 ms):
//
//   style N (k)   style recalculation, k elements restyled
//   layout N (k)  layout, k objects dirty (a figure's first render shows few dirty objects and a long layout:
//                 content-visibility: auto lays out the whole subtree it stops skipping)
//   paint, prepaint, layerize, raf (the page's requestAnimationFrame callbacks), gc (V8 major GC)
//
// With --first-render it measures instead what each figure's first render costs (style and layout of the figure
// when content-visibility: auto stops skipping it, forced one figure at a time at CPU 4x; median of 5 loads):
// the task a reader's scroll pays when that figure comes near.
//
// Usage: npm run bench:trace -- [path] [--dist dir] [--css "rule"] [--invalidations] [--first-render] [--min-ms N]
//   --min-ms lists every task over N ms instead of 50 (e.g. 25: the frames of a step change that stay under the
//   line on a quiet machine but cross it on a busy one);
//   --css adds a stylesheet to the page, to try a change without building (e.g. "--css '.x{transition:none}'");
//   --invalidations also lists, per long task, which elements style invalidation touched and why (slow).
// It measures the built site as it is (dist/ or --dist); build first.
import { openPhone } from './browse.mjs';
import { createStaticServer } from './server.mjs';

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

function parseArgs(argv) {
  const opts = { path: '/', dist: process.env.OUT_DIR || 'dist', css: '', invalidations: false, firstRender: false, minMs: 50 };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--dist') opts.dist = argv[++i];
    else if (a === '--css') opts.css = argv[++i];
    else if (a === '--invalidations') opts.invalidations = true;
    else if (a === '--first-render') opts.firstRender = true;
    else if (a === '--min-ms') opts.minMs = Number(argv[++i]);
    else if (!a.startsWith('--')) opts.path = a;
  }
  return opts;
}

/** Sums a task's child events by name: `[total ms, count field]`. */
function breakdown(children) {
  const by = (name, field) =>
    children
      .filter((e) => e.name === name)
      .reduce(([ms, n], e) => [ms + e.dur / 1000, n + (field ? field(e) ?? 0 : 0)], [0, 0]);
  return {
    style: by('UpdateLayoutTree', (e) => e.args?.elementCount),
    layout: by('Layout', (e) => e.args?.beginData?.dirtyObjects),
    prepaint: by('PrePaint'),
    paint: by('Paint'),
    layerize: by('Layerize'),
    raf: by('FireAnimationFrame'),
    gc: by('MajorGC'),
  };
}

const ms = (x) => `${Math.round(x)}`;

/** The bench's phone (browse.mjs) with a DevTools session on its page. */
async function phone() {
  const { context, close } = await openPhone();
  const page = context.pages()[0] ?? (await context.newPage());
  const cdp = await context.newCDPSession(page);
  return { page, cdp, close };
}

async function addCss(page, css) {
  if (!css) return;
  await page.addInitScript((css) => {
    document.addEventListener('DOMContentLoaded', () => {
      const style = document.createElement('style');
      style.textContent = css;
      document.head.append(style);
    });
  }, css);
}

/** Each figure's first style and layout, forced one figure at a time after load; median over `loads` loads. */
async function firstRender(url, css, loads = 5) {
  const runs = [];
  for (let i = 0; i < loads; i++) {
    const { page, cdp, close } = await phone();
    try {
      await addCss(page, css);
      await page.goto(url, { waitUntil: 'load' });
      await sleep(1500);
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
      runs.push(
        await page.evaluate(async () => {
          const out = [];
          for (const box of document.querySelectorAll('.scrolly__figure')) {
            await new Promise((r) => setTimeout(r, 300));
            const t = performance.now();
            box.style.contentVisibility = 'visible';
            void document.body.offsetHeight;
            out.push([box.closest('[data-section]')?.getAttribute('data-section') ?? '?', performance.now() - t, box.querySelectorAll('*').length]);
          }
          return out;
        })
      );
    } finally {
      await close();
    }
  }
  const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  console.log(`first render of each figure (style + layout, CPU 4x, 390 px, median of ${loads} loads; the first figure is already on screen at load):`);
  runs[0].forEach(([id, , elements], i) => console.log(`- ${id}: ${ms(median(runs.map((r) => r[i][1])))} ms (${elements} elements)`));
}

async function main() {
  const opts = parseArgs(process.argv.slice(2));
  const server = await createStaticServer(opts.dist, process.env.BASE_PATH || '/');
  const url = new URL(opts.path.replace(/^\//, ''), server.url).href;
  if (opts.firstRender) {
    try {
      await firstRender(url, opts.css);
    } finally {
      await server.close();
    }
    return;
  }
  const { page, cdp, close } = await phone();
  try {
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
    // Where the reader is, every frame: to name the step and section of each long task.
    await page.addInitScript(() => {
      const rec = (window.__trace = { frames: [] });
      const tick = (t) => {
        rec.frames.push([t, scrollY, document.querySelector('[aria-current="step"]')?.getAttribute('data-step') ?? '']);
        requestAnimationFrame(tick);
      };
      requestAnimationFrame(tick);
    });
    await addCss(page, opts.css);
    await page.goto(url, { waitUntil: 'load' });
    await sleep(2500);
    await page.mouse.move(195, 422);

    const events = [];
    cdp.on('Tracing.dataCollected', (e) => events.push(...e.value));
    const done = new Promise((ok) => cdp.once('Tracing.tracingComplete', ok));
    const categories = ['devtools.timeline', 'disabled-by-default-devtools.timeline'];
    if (opts.invalidations) categories.push('disabled-by-default-devtools.timeline.invalidationTracking');
    await cdp.send('Tracing.start', { categories: categories.join(','), transferMode: 'ReportEvents' });
    // A clock mark in both worlds: the trace's timestamp of a known performance.now().
    const t0 = await page.evaluate(() => {
      console.timeStamp('bench-trace-start');
      return performance.now();
    });
    const started = Date.now();
    let wheels = 0;
    for (;;) {
      cdp.send('Input.dispatchMouseEvent', { type: 'mouseWheel', x: 195, y: 422, deltaX: 0, deltaY: 120 }).catch(() => {});
      wheels++;
      await sleep(Math.max(0, started + wheels * 100 - Date.now()));
      if (wheels % 5 === 0) {
        const { y, max } = await page.evaluate(() => ({ y: scrollY, max: document.documentElement.scrollHeight - innerHeight }));
        if (y >= max - 1 || wheels > 600) break;
      }
    }
    await sleep(900);
    const tEnd = await page.evaluate(() => performance.now());
    await cdp.send('Tracing.end');
    await done;
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });

    const { frames, sections } = await page.evaluate(() => ({
      frames: window.__trace.frames,
      sections: [...document.querySelectorAll('[data-section]')].map((s) => {
        const r = s.getBoundingClientRect();
        return { id: s.getAttribute('data-section'), top: r.top + scrollY, bottom: r.bottom + scrollY };
      }),
    }));
    const mark = events.find((e) => e.name === 'TimeStamp' && e.args?.data?.message === 'bench-trace-start');
    if (!mark) throw new Error('the trace has no clock mark: cannot place its tasks on the scroll');
    const toPage = (ts) => t0 + (ts - mark.ts) / 1000;
    const complete = events.filter((e) => e.ph === 'X');
    const tasks = complete.filter((e) => e.name === 'RunTask' && e.dur > opts.minMs * 1000 && toPage(e.ts) >= t0 && toPage(e.ts) <= tEnd);
    const vh = 844;

    console.log(`${opts.path}: ${tasks.length} tasks over ${opts.minMs} ms while scrolling (CPU 4x, 390 px), ${wheels} wheel events`);
    for (const task of tasks) {
      const at = toPage(task.ts);
      const frame = frames.filter((f) => f[0] <= at).at(-1) ?? [0, 0, ''];
      const [, y, step] = frame;
      // The figure being drawn is usually the one whose section reaches into or just below the viewport.
      const near = sections.filter((s) => s.top < y + vh * 1.5 && s.bottom > y).map((s) => s.id);
      const kids = complete.filter((e) => e.tid === task.tid && e.ts >= task.ts && e.ts + e.dur <= task.ts + task.dur && e.name !== 'RunTask');
      const b = breakdown(kids);
      console.log(
        `- ${((at - t0) / 1000).toFixed(1)} s, ${ms(task.dur / 1000)} ms · step ${step || '–'} · sections ${near.join(', ') || '–'} · ` +
          `style ${ms(b.style[0])} (${b.style[1]} el) · layout ${ms(b.layout[0])} (${b.layout[1]} dirty) · prepaint ${ms(b.prepaint[0])} · ` +
          `paint ${ms(b.paint[0])} · layerize ${ms(b.layerize[0])} · raf ${ms(b.raf[0])} · gc ${ms(b.gc[0])}`
      );
      if (opts.invalidations) {
        const counts = new Map();
        for (const e of events) {
          if (!/InvalidationTracking/.test(e.name) || e.ts < task.ts - 200_000 || e.ts > task.ts + task.dur) continue;
          const d = e.args?.data ?? {};
          const key = `${e.name.replace('InvalidationTracking', '')} · ${d.reason ?? ''} · ${d.nodeName ?? ''}`;
          counts.set(key, (counts.get(key) ?? 0) + 1);
        }
        for (const [key, n] of [...counts].sort((a, b) => b[1] - a[1]).slice(0, +(process.env.TRACE_TOP ?? 8))) console.log(`    ${n} × ${key}`);
      }
    }
  } finally {
    await close();
    await server.close();
  }
}

await main();
