// The map's render model, built from the real geo modules and the real data (src/data): what MapFigure prints.
import { describe, expect, it, vi } from 'vitest';

vi.setConfig({ testTimeout: 60_000 });
import { buildMapModel, usedLayers, usedCameras, wrap } from '../../src/components/figures/map/model.ts';
import { MAP_SCENES } from '../../src/scenes/map-scenes.ts';
import { members } from '../../src/data/index.ts';
import { CONTROL_DATES } from '../../src/lib/geo/topology.ts';
import type { FigureState } from '../../src/scenes/types.ts';

const coalitionSection: FigureState[] = [
  ...['members', 'paris', 'endorsement', 'outside'].map((show) => MAP_SCENES.coalition({ show })),
  ...['overview', 'contact-line', 'hubs', 'neighbours', 'sea-air', 'monitoring'].map((focus) => MAP_SCENES.forces({ focus })),
];
const territorySection: FigureState[] = [
  MAP_SCENES.territory({}),
  ...['annexed', 'donbas', 'held-donetsk', 'dmz'].map((show) => MAP_SCENES.claims({ show })),
];
const greenlandSection: FigureState[] = ['signatories', 'nordic'].map((show) => MAP_SCENES.greenland({ show }));

const size = (m: ReturnType<typeof buildMapModel>) =>
  m.groups.reduce((n, g) => n + g.paths.reduce((k, p) => k + (p.attrs.d?.length ?? 0), 0), 0) +
  m.defs.reduce((n, x) => n + x.d.length, 0);

describe('map model', () => {
  it.each([
    ['coalition', coalitionSection],
    ['territory', territorySection],
    ['greenland', greenlandSection],
  ])('%s section builds with rounded, compact paths', (name, states) => {
    const m = buildMapModel({ figureId: name, lang: 'en', initial: states[0]!, states });
    const bytes = size(m);
    console.log(name, 'path bytes', bytes);
    expect(bytes).toBeLessThan(150_000);
    for (const d of [...m.groups.flatMap((g) => g.paths.map((p) => p.attrs.d ?? '')), ...m.defs.map((x) => x.d)])
      for (const n of d.match(/\d*\.\d+/g) ?? []) expect(n.split('.')[1]!.length).toBe(1);
  });

  it('draws one member mark per member', () => {
    const m = buildMapModel({ figureId: 'c', lang: 'en', initial: coalitionSection[0]!, states: coalitionSection });
    const paths = m.groups.find((g) => g.attrs['data-layer'] === 'members')!.paths.filter((p) => p.attrs.class?.includes('member'));
    const chips = m.panels.flatMap((p) => (p.content.type === 'chips' ? p.content.chips : []));
    expect(paths.length + chips.length).toBe(members().length);
    expect(members().length).toBe(35);
  });

  it('has one control layer per snapshot with an area label', () => {
    const m = buildMapModel({ figureId: 't', lang: 'en', initial: territorySection[0]!, states: territorySection });
    const control = m.groups.filter((g) => g.attrs['data-layer']?.startsWith('control:'));
    expect(control.map((g) => g.attrs['data-date'])).toEqual([...CONTROL_DATES]);
    const labels = m.panels.flatMap((p) => (p.content.type === 'lines' ? p.content.lines : [])).filter((l) => l.attrs.class?.includes('area-label'));
    expect(labels).toHaveLength(CONTROL_DATES.length);
    for (const l of labels) expect(l.text).toMatch(/^\d{1,2} \w{3,4} \d{4}: \d{2,3},\d00\u00a0km² \(\d{1,2}\.\d% of Ukraine\)$/);
  });

  it('lists used layers and cameras', () => {
    expect([...usedLayers(greenlandSection)].sort()).toEqual(['greenland', 'greenland-signatories', 'nordic']);
    expect(usedCameras(territorySection)).toEqual(['ukraine', 'donbas']);
  });

  it('is deterministic', () => {
    const a = buildMapModel({ figureId: 'g', lang: 'en', initial: greenlandSection[0]!, states: greenlandSection });
    const b = buildMapModel({ figureId: 'g', lang: 'en', initial: greenlandSection[0]!, states: greenlandSection });
    expect(JSON.stringify(a)).toBe(JSON.stringify(b));
  });

  it('marks the initial state at build time (is-on, is-hl)', () => {
    const initial = MAP_SCENES.forces({ focus: 'neighbours' });
    const m = buildMapModel({ figureId: 'c', lang: 'en', initial, states: coalitionSection });
    const on = m.groups.filter((g) => g.attrs.class?.split(' ').includes('is-on')).map((g) => g.attrs['data-layer']);
    expect(on.sort()).toEqual(['occupied']);
    // `neighbours` draws no geometry of its own: it tints land paths (class t-neighbour) through the graphic
    // root's on-neighbours class (data-on lists it).
    expect(m.on.split(' ').sort()).toEqual(['neighbours', 'occupied']);
    const tinted = (token: string) =>
      m.groups
        .flatMap((g) => g.paths)
        .filter((p) => p.attrs.class?.split(' ').includes(`t-${token}`))
        .map((p) => p.attrs['data-key'])
        .sort();
    expect(tinted('neighbour')).toEqual(expect.arrayContaining(['POL', 'ROU']));
    expect(m.groups.flatMap((g) => g.paths).some((p) => 'data-tint' in p.attrs)).toBe(false);
    const hlIn = (cls: string) =>
      m.groups
        .filter((g) => g.attrs.class?.split(' ').includes(cls))
        .flatMap((g) => g.paths)
        .filter((p) => p.attrs.class?.split(' ').includes('is-hl'))
        .map((p) => p.attrs['data-key'])
        .sort();
    expect(hlIn('land-layer')).toEqual(['POL', 'ROU']);
    expect(hlIn('member-layer')).toEqual(['POL', 'ROU']);
  });

  it('writes shared geometry once: member marks clone land paths, repeated paths go to defs', () => {
    const m = buildMapModel({ figureId: 'c', lang: 'en', initial: coalitionSection[0]!, states: coalitionSection });
    const land = m.groups.find((g) => g.attrs.class === 'land-layer')!;
    const ids = new Set(land.paths.map((p) => p.attrs.id).filter(Boolean));
    const members = m.groups.find((g) => g.attrs['data-layer'] === 'members')!.paths;
    for (const p of members) {
      expect(p.use).toBe(true);
      expect(ids.has(p.attrs.href!.slice(1)), p.attrs.href).toBe(true);
    }
    // No path string is written twice anywhere in the figure.
    const strings = [...m.groups.flatMap((g) => g.paths.map((p) => p.attrs.d)).filter(Boolean), ...m.defs.map((x) => x.d)];
    expect(new Set(strings).size).toBe(strings.length);
    // Ukraine's outline (land, hubs, border) is one of the shared paths, each use pointing at a def.
    const defIds = new Set(m.defs.map((x) => x.id));
    const uses = m.groups.filter((g) => g.attrs['data-layer'] !== 'members').flatMap((g) => g.paths).filter((p) => p.use);
    expect(uses.length).toBeGreaterThanOrEqual(3);
    for (const u of uses) expect(defIds.has(u.attrs.href!.slice(1)), u.attrs.href).toBe(true);
  });

  it('names the members outside Europe from the data', () => {
    const m = buildMapModel({ figureId: 'c', lang: 'en', initial: coalitionSection[0]!, states: coalitionSection });
    const chips = m.panels.flatMap((p) => (p.content.type === 'chips' ? p.content.chips : []));
    expect(chips.map((c) => c.text)).toEqual(members().filter((a) => a.group === 'beyond-europe').map((a) => a.name));
  });

  it('wraps words', () => {
    expect(wrap('a bb ccc dddd', 6)).toBe('a bb\nccc\ndddd');
  });
});
