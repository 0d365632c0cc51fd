import { chromium } from 'playwright-core';
import { CHROME_PATH, CHROME_ARGS } from './chromium-flags.mjs';
import { createStaticServer } from './bench/server.mjs';
const server = await createStaticServer('dist', '/');
const b = await chromium.launch({ executablePath: CHROME_PATH, args: CHROME_ARGS, headless: true });
const p = await b.newPage({ viewport: { width: 390, height: 844 } });
for (const [path, step] of [['fr/', 'outside-ukraine'], ['fr/', 'the-whole-donbas'], ['uk/', 'pledges-with-conditions'], ['/', 'us-outside-the-coalition']]) {
  await p.goto(server.url + path.replace(/^\//, '') + '#' + step);
  await p.waitForTimeout(1500);
  await p.screenshot({ path: `/tmp/shot-${path.replace(/\W/g, '') || 'en'}-${step}.png` });
}
await b.close(); process.exit(0);
