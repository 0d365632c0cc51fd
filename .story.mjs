import { chromium } from 'playwright-core';
const [,, base, width, height, steps, prefix] = process.argv;
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless','--no-sandbox','--disable-gpu','--disable-quic','--no-first-run','--disable-background-networking','--disable-component-update','--disable-sync'] });
const page = await browser.newPage({ viewport: { width: Number(width), height: Number(height) }, deviceScaleFactor: 1 });
page.on('console', (m) => { if (m.type() === 'error' || m.type() === 'warning') console.log('console', m.type(), m.text()); });
page.on('pageerror', (e) => console.log('pageerror', e.message));
await page.goto(base, { waitUntil: 'load' });
for (const step of steps.split(',')) {
  await page.evaluate((id) => document.getElementById(id)?.scrollIntoView({ block: 'center' }), step);
  await page.waitForTimeout(1300);
  const info = await page.evaluate((id) => { const f = document.querySelector(`[data-step="${id}"]`)?.closest('.scrolly')?.querySelector('[data-figure]'); return f ? [f.getAttribute('data-scene'), f.getAttribute('data-camera')] : null; }, step);
  console.log(step, info);
  await page.screenshot({ path: `${prefix}-${step}.png` });
}
await browser.close();
