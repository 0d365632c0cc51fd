// One place for how every browser test launches Debian's Chromium: never a downloaded browser.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type BrowserContextOptions } from 'playwright-core';

import { CHROME_ARGS, CHROME_PATH } from '../../scripts/chromium-flags.mjs';

export { CHROME_ARGS, CHROME_PATH };

/** A browser context on a fresh, throw-away user-data dir; close() also removes the dir. */
export async function freshContext(options: BrowserContextOptions = {}): Promise<BrowserContext> {
  const dir = mkdtempSync(join(tmpdir(), 'story-chromium-'));
  const context = await chromium.launchPersistentContext(dir, {
    executablePath: CHROME_PATH,
    args: CHROME_ARGS,
    headless: true,
    ...options,
  });
  // embed: retries, because Chromium may still be writing to the profile as the context closes (ENOTEMPTY seen
  // after the embed tests' clipboard and CDP use), and the throw would fail the whole run.
  context.on('close', () => rmSync(dir, { recursive: true, force: true, maxRetries: 5, retryDelay: 100 }));
  return context;
}
