// One place for how every browser test launches Debian's Chromium: never a downloaded browser.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type BrowserContextOptions } from 'playwright-core';

export const CHROME_PATH = process.env.CHROME_PATH || '/usr/bin/chromium';
export const CHROME_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

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
