// Lighthouse through its Node API with the default config (the mobile preset: moto g power, simulated slow 4G and
// 4x CPU), on Debian's Chromium started fresh for each page so no cache or storage carries over between pages.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { computeMedianRun } from 'lighthouse/core/lib/median-run.js';
import { CHROME_ARGS, CHROME_PATH } from '../chromium-flags.mjs';

const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];

/**
 * A category's score recomputed without one audit, the way Lighthouse scores a category (core/scoring.js): the
 * weighted mean of the audits that carry weight (Lighthouse has already zeroed the weight of not-applicable,
 * informative and manual ones), rounded to two decimals, null when a weighted audit has no score. Used for embed
 * pages, whose `noindex` fails `is-crawlable` by design (see report.mjs); the raw score is always kept beside it.
 * @param {{auditRefs: {id: string, weight: number}[]}} category  `lhr.categories.<id>`
 * @param {Record<string, {score: number|null}>} audits  `lhr.audits`
 * @param {string} without  the audit id to leave out
 * @returns {number|null} 0–100
 */
export function categoryScoreWithout(category, audits, without) {
  const items = category.auditRefs.filter((r) => r.id !== without && r.weight > 0).map((r) => ({ weight: r.weight, score: audits[r.id]?.score ?? null }));
  if (items.length === 0 || items.some((i) => i.score === null)) return null;
  const weight = items.reduce((n, i) => n + i.weight, 0);
  const sum = items.reduce((n, i) => n + i.weight * /** @type {number} */ (i.score), 0);
  return Math.round((Math.round((sum / weight) * 100) / 100) * 100);
}

/**
 * Lighthouse `runs` times on a fresh browser each, and the median run as Lighthouse picks it
 * (core/lib/median-run.js: the run closest to the median FCP and TTI). One run's performance score moves by 10 or
 * more points on a shared 2-core machine (TBT follows whatever else took the CPU), so every run's score is kept:
 * report.mjs judges the performance target on the median of those scores, the details come from the median run.
 * @param {string} url
 * @param {{ htmlReportPath?: string, runs?: number }} [o] where to write the median run's HTML report (optional)
 */
export async function runLighthouse(url, { htmlReportPath, runs = 3 } = {}) {
  const results = [];
  for (let i = 0; i < Math.max(1, runs); i++) results.push(await lighthouseOnce(url, Boolean(htmlReportPath)));
  const median = results.length > 1 ? computeMedianRun(results.map((r) => r.lhr)) : results[0].lhr;
  const chosen = results.find((r) => r.lhr === median) ?? results[0];
  if (htmlReportPath && chosen.html) writeFileSync(htmlReportPath, chosen.html);
  return {
    ...summarise(chosen.lhr, url),
    runs: results.map((r) => ({
      performance: r.lhr.categories.performance?.score == null ? null : Math.round(r.lhr.categories.performance.score * 100),
      tbtMs: r.lhr.audits['total-blocking-time']?.numericValue ?? null,
      benchmarkIndex: r.lhr.environment?.benchmarkIndex ?? null,
    })),
  };
}

/** One Lighthouse run on a fresh Chromium profile: the result's lhr and, when asked, its HTML report. */
async function lighthouseOnce(url, withHtml) {
  const userDataDir = mkdtempSync(join(tmpdir(), 'bench-lighthouse-'));
  const chrome = await chromeLauncher.launch({
    chromePath: CHROME_PATH,
    chromeFlags: CHROME_ARGS,
    userDataDir,
    logLevel: 'silent',
  });
  try {
    const result = await lighthouse(url, {
      port: chrome.port,
      output: withHtml ? ['json', 'html'] : 'json',
      logLevel: 'error',
      onlyCategories: CATEGORIES,
      // The Node API's equivalent of the CLI's --no-enable-error-reporting: never initialise Sentry.
      enableErrorReporting: false,
    });
    if (!result) throw new Error(`Lighthouse returned no result for ${url}`);
    return { lhr: result.lhr, html: withHtml && Array.isArray(result.report) ? result.report[1] : undefined };
  } finally {
    chrome.kill();
    // Chrome may still be writing its profile for a moment after the kill.
    rmSync(userDataDir, { recursive: true, force: true, maxRetries: 5, retryDelay: 200 });
  }
}

/**
 * What the bench keeps of a Lighthouse result (lhr): scores, timings, the audits that cost points and the SEO
 * score without is-crawlable. Separate from the run so it can be checked against a saved lhr.
 * @param {any} lhr
 * @param {string} url
 */
export function summarise(lhr, url) {
  const audit = (id) => lhr.audits[id]?.numericValue ?? null;
  const scores = Object.fromEntries(
    CATEGORIES.map((c) => [c, lhr.categories[c]?.score == null ? null : Math.round(lhr.categories[c].score * 100)])
  );
  // What cost points: every weighted audit below full marks, so a miss in the table comes with its reason.
  const failing = [];
  for (const c of CATEGORIES) {
    for (const ref of lhr.categories[c]?.auditRefs ?? []) {
      const a = lhr.audits[ref.id];
      if (!a || ref.weight === 0 || a.score === null || a.score >= 1) continue;
      if (a.scoreDisplayMode === 'notApplicable' || a.scoreDisplayMode === 'informative') continue;
      const items = (a.details?.items ?? []).slice(0, 5).map((it) => it.node?.selector ?? it.node?.snippet ?? it.url ?? it.source?.url ?? it.description ?? '').filter(Boolean);
      failing.push({ category: c, id: ref.id, score: a.score, title: a.title, displayValue: a.displayValue, items });
    }
  }
  // is-crawlable: what blocks indexing (the embed's own `<meta name="robots" content="noindex">` is expected),
  // its weight in the SEO category, and the SEO score without it.
  const crawl = lhr.audits['is-crawlable'];
  const seoRef = lhr.categories.seo?.auditRefs.find((r) => r.id === 'is-crawlable');
  const seoWithoutCrawlable = lhr.categories.seo
    ? {
        score: categoryScoreWithout(lhr.categories.seo, lhr.audits, 'is-crawlable'),
        crawlableScore: crawl?.score ?? null,
        crawlableWeight: seoRef?.weight ?? 0,
        totalWeight: lhr.categories.seo.auditRefs.reduce((n, r) => n + r.weight, 0),
        blockedBy: (crawl?.details?.items ?? []).map((it) => it.source?.snippet ?? it.source?.value ?? (typeof it.source === 'string' ? it.source : '')).filter(Boolean),
      }
    : null;
  return {
    url,
    scores,
    seoWithoutCrawlable,
    lcpMs: audit('largest-contentful-paint'),
    fcpMs: audit('first-contentful-paint'),
    cls: audit('cumulative-layout-shift'),
    tbtMs: audit('total-blocking-time'),
    totalBytes: audit('total-byte-weight'),
    failing,
    runWarnings: lhr.runWarnings ?? [],
    runtimeError: lhr.runtimeError?.message,
    lighthouseVersion: lhr.lighthouseVersion,
    benchmarkIndex: lhr.environment?.benchmarkIndex,
  };
}
