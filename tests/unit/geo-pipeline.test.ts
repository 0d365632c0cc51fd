// The committed map data is exactly what `npm run geo` produces from the shared inputs, and fits the budget.
// Needs the shared geo folder (GEO_SRC, default ../shared/data/geo next to the repository), as CI has it.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../..');
const committed = path.join(root, 'src/geo');
const geoSrc = process.env.GEO_SRC || path.resolve(root, '../shared/data/geo');
const FILES = ['control-meta.json', 'control.topo.json', 'europe.topo.json', 'ukraine.topo.json'];
/** All map data the story ships, gzip bytes (ISSUE 3: ≤ 150 kB). */
const BUDGET = 150_000;

describe('src/geo is reproducible', () => {
  const out = fs.mkdtempSync(path.join(os.tmpdir(), 'geo-build-'));
  afterAll(() => fs.rmSync(out, { recursive: true, force: true }));

  it('the shared inputs are there', () => {
    expect(fs.existsSync(path.join(geoSrc, 'control/index.json')), `no geo inputs in ${geoSrc}; set GEO_SRC`).toBe(true);
  });

  it('building into a temp dir gives byte-identical files', { timeout: 120_000 }, () => {
    // process.execPath: the Node running Vitest (the project's Node 24), not whatever `node` is on PATH.
    const run = spawnSync(process.execPath, ['scripts/geo/build.mjs', '--out', out], {
      cwd: root,
      env: { ...process.env, GEO_SRC: geoSrc },
      encoding: 'utf8',
    });
    expect(run.status, run.stderr).toBe(0);
    expect(fs.readdirSync(out).sort()).toEqual(FILES);
    for (const name of FILES) {
      const fresh = fs.readFileSync(path.join(out, name));
      const kept = fs.readFileSync(path.join(committed, name));
      expect(fresh.equals(kept), `${name} differs from a fresh build: run \`npm run geo\` and commit src/geo`).toBe(true);
    }
  });
});

describe('src/geo size', () => {
  it(`all files together are at most ${BUDGET.toLocaleString('en-GB')} bytes gzipped`, () => {
    const names = fs.readdirSync(committed).sort();
    expect(names).toEqual(FILES); // nothing stray ships with the map data
    const sizes = names.map((n) => zlib.gzipSync(fs.readFileSync(path.join(committed, n))).length);
    const total = sizes.reduce((a, b) => a + b, 0);
    expect(total).toBeLessThanOrEqual(BUDGET);
  });
});
