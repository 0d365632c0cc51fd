import { test } from 'vitest';
import fs from 'node:fs';
import { snapshotAreas, heldDonetskKm2, ukraineAreaKm2, oblastAreas, km2 } from '../../src/lib/geo/areas.ts';
import { controlDisplay, controlNote } from '../../src/lib/geo/topology.ts';
test('table', { timeout: 600000 }, () => {
  const idx = JSON.parse(fs.readFileSync('../shared/data/geo/control/index.json', 'utf8'));
  const f = (n: number) => Math.round(n).toLocaleString('en-GB');
  const lines = [`Ukraine outline ${f(ukraineAreaKm2())} (source ${f(idx.ukraine_km2_this_outline)}); Donetsk oblast ${f(oblastAreas()['UA-14']!)}`,
    '| date | occupied km² (computed) | source index.json | diff | share (this outline) | share of official 603,628 | display km² (source) | held Donetsk km² | occupied Donetsk km² | held+occ vs oblast |', '|---|---|---|---|---|---|---|---|---|---|'];
  for (const s of snapshotAreas()) {
    const src = idx.dates.find((d: any) => d.date === s.date);
    const occD = s.byOblast['UA-14']!; const held = heldDonetskKm2(s.date);
    lines.push(`| ${s.date}${controlNote(s.date).lowQuality ? ' (low quality)' : ''} | ${f(s.occupiedKm2)} | ${f(src.occupied_km2)} | ${((s.occupiedKm2 / src.occupied_km2 - 1) * 100).toFixed(2)} % | ${(s.shareOfUkraine * 100).toFixed(2)} % | ${(s.occupiedKm2 / 603628 * 100).toFixed(2)} % | ${f(km2(controlDisplay(s.date)))} (${f(src.occupied_filled_km2)}) | ${f(held)} | ${f(occD)} | ${((held + occD) / oblastAreas()['UA-14']! * 100 - 100).toFixed(2)} % |`);
  }
  console.log(lines.join('\n'));
});
