import { it, vi } from 'vitest';
import { readFileSync, writeFileSync } from 'node:fs';
import { parse } from 'yaml';
vi.mock('../../src/data/index.ts', () => {
  const acts = (parse(readFileSync('content/data/actors.yaml', 'utf8')) as any);
  const list = (Array.isArray(acts) ? acts : acts.actors ?? Object.values(acts)[0]) as any[];
  return {
    actors: () => list,
    members: () => list.filter((a) => a.role === 'member'),
    statements: () => [
      { id: 'greenland-leaders', title: 'Statement on Greenland', date: new Date('2026-01-06'), signatories: ['FRA', 'DEU', 'ITA', 'POL', 'ESP', 'GBR', 'DNK'] },
      { id: 'greenland-nordic', title: 'Nordic foreign ministers on Greenland', date: new Date('2026-01-06'), signatories: ['DNK', 'FIN', 'ISL', 'NOR', 'SWE'] },
    ],
    territory: () => [
      { iso: 'UA-43', name: 'Autonomous Republic of Crimea', claimedByRussia: 2014, demandedNow: false },
      { iso: 'UA-40', name: 'Sevastopol', claimedByRussia: 2014, demandedNow: false },
      { iso: 'UA-14', name: 'Donetsk Oblast', claimedByRussia: 2022, demandedNow: true },
      { iso: 'UA-09', name: 'Luhansk Oblast', claimedByRussia: 2022, demandedNow: true },
      { iso: 'UA-23', name: 'Zaporizhzhia Oblast', claimedByRussia: 2022, demandedNow: false },
      { iso: 'UA-65', name: 'Kherson Oblast', claimedByRussia: 2022, demandedNow: false },
    ],
  };
}, 120_000);
it('preview', async () => {
  const { experimental_AstroContainer } = await import('astro/container');
  const MapFigure = (await import('../../src/components/figures/MapFigure.astro')).default;
  const { MAP_SCENES } = await import('../../src/scenes/map-scenes.ts');
  const { CONTROL_DATES } = await import('../../src/lib/geo/topology.ts');
  const container = await experimental_AstroContainer.create();
  const sections: [string, [string, any][]][] = [
    ['coalition', [...['members', 'paris', 'endorsement', 'outside'].map((show) => ['coalition', { show }] as [string, any]), ...['overview', 'contact-line', 'hubs', 'neighbours', 'sea-air', 'monitoring'].map((focus) => ['forces', { focus }] as [string, any])]],
    ['territory', [...CONTROL_DATES.map((date) => ['territory', { date }] as [string, any]), ...['annexed', 'donbas', 'held-donetsk', 'dmz'].map((show) => ['claims', { show }] as [string, any])]],
    ['greenland', ['signatories', 'nordic'].map((show) => ['greenland', { show }] as [string, any])],
  ];
  let body = '';
  for (const [id, steps] of sections) {
    const states = steps.map(([scene, params]) => (MAP_SCENES as any)[scene](params));
    for (let i = 0; i < steps.length; i++) {
      const html = await container.renderToString(MapFigure, { props: { figureId: `${id}-${i}`, lang: 'en', initial: states[i], states } });
      if (i === 0) console.log(id, 'figure html bytes', html.length);
      body += `<div class="cell" id="${id}-${i}"><h2>${steps[i]![0]} ${JSON.stringify(steps[i]![1])}</h2><div class="fig" data-figure="${id}-${i}" data-scene="${states[i].scene}" data-camera="${states[i].camera}">${html}</div></div>`;
    }
  }
  const css = readFileSync('src/styles/map.css', 'utf8');
  writeFileSync('/tmp/map-preview/index.html', `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><style>:root{--sans:system-ui,sans-serif}body{margin:0;font-family:system-ui}.grid{display:grid;grid-template-columns:repeat(auto-fill,minmax(min(100%,420px),1fr));gap:1rem;padding:.5rem}.cell h2{font:600 11px system-ui;margin:0 0 2px;color:#555}.fig{position:relative;height:min(calc(100vw - 1rem + 3rem),470px);border:1px solid #ddd}${css}</style></head><body><div class="grid">${body}</div></body></html>`);
}, 120_000);
