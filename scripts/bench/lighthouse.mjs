// Lighthouse through its Node API with the default config (the mobile preset: moto g power, simulated slow 4G and
// 4x CPU), on Debian's Chromium started fresh for each page so no cache or storage carries over between pages.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { CHROME_ARGS, CHROME_PATH } from '../chromium-flags.mjs';

const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];

/**
 * @param {string} url
 * @param {{ htmlReportPath?: string }} [o] where to write Lighthouse's HTML report (optional)
 */
export async function runLighthouse(url, { htmlReportPath } = {}) {
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
      output: htmlReportPath ? ['json', 'html'] : 'json',
      logLevel: 'error',
      onlyCategories: CATEGORIES,
      // The Node API's equivalent of the CLI's --no-enable-error-reporting: never initialise Sentry.
      enableErrorReporting: false,
    });
    if (!result) throw new Error(`Lighthouse returned no result for ${url}`);
    const { lhr } = result;
    if (htmlReportPath && Array.isArray(result.report)) writeFileSync(htmlReportPath, result.report[1]);
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
    return {
      url,
      scores,
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
  } finally {
    chrome.kill();
    // Chrome may still be writing its profile for a moment after the kill.
    rmSync(userDataDir, { recursive: true, force: true, maxRetries: 5, retryDelay: 200 });
  }
}
