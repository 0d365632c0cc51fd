// Labels must be legible on a 320 px phone: ≥ 11 px, not overlapping each other, not cut off by the stage.
import { describe, expect, it, vi } from 'vitest';
import { buildMapModel } from '../../src/components/figures/map/model.ts';
import { MAP_SCENES } from '../../src/scenes/map-scenes.ts';
import { activeLayers } from '../../src/scenes/apply.ts';
import { collisions, outOfFrame, FONT_PX, labelBox, labelPosition, type LabelSpec } from '../../src/lib/geo/labels.ts';
import type { FigureState } from '../../src/scenes/types.ts';

vi.setConfig({ testTimeout: 60_000 });

const sections: Record<string, FigureState[]> = {
  coalition: [
    ...['members', 'paris', 'endorsement', 'outside'].map((show) => MAP_SCENES.coalition({ show })),
    ...['overview', 'contact-line', 'hubs', 'neighbours', 'sea-air', 'monitoring'].map((focus) => MAP_SCENES.forces({ focus })),
  ],
  territory: [MAP_SCENES.territory({}), ...['annexed', 'donbas', 'held-donetsk', 'dmz'].map((show) => MAP_SCENES.claims({ show }))],
  greenland: ['signatories', 'nordic'].map((show) => MAP_SCENES.greenland({ show })),
};

describe('label geometry', () => {
  const spec: LabelSpec = { id: 'a', text: 'Abc\nDefgh', at: [30, 50], cams: ['ukraine'], align: 'start', valign: 'top', dx: 10, dy: 5 };
  it('places the box from the anchor, offset and alignment', () => {
    const [px, py] = labelPosition(spec, 'ukraine');
    const b = labelBox(spec, 'ukraine', 400);
    expect(b.x0).toBeCloseTo((px / 100) * 400 + 10, 6);
    expect(b.y0).toBeCloseTo((py / 100) * 400 + 5, 6);
    expect(b.x1 - b.x0).toBeCloseTo(5 * 12 * 0.56, 6);
    expect(b.y1 - b.y0).toBeCloseTo(2 * 12 * 1.2, 6);
  });
  it('finds overlapping pairs', () => {
    const other = { ...spec, id: 'b', dx: 12 };
    expect(collisions([spec, other], 'ukraine', new Set())).toEqual([['a', 'b']]);
    expect(collisions([spec, { ...other, cams: ['donbas'] }], 'ukraine', new Set())).toEqual([]);
    expect(collisions([spec, { ...other, layer: 'off' }], 'ukraine', new Set())).toEqual([]);
  });
  it('never goes below 11 px', () => {
    for (const px of Object.values(FONT_PX)) expect(px).toBeGreaterThanOrEqual(11);
  });
});

const editions = ['en', 'fr', 'uk'].flatMap((lang) => Object.entries(sections).map(([name, states]) => [lang, name, states] as const));

describe.each(editions)('%s: %s section labels', (lang, name, states) => {
  const model = buildMapModel({ figureId: name, lang, initial: states[0]!, states });
  const cases = states.flatMap((s, i) =>
    (s.progress?.keys.length ? s.progress.keys.map((_, k, all) => (k + 0.5) / all.length) : [1]).map((p) => ({
      i,
      state: s,
      progress: p,
    }))
  );
  it.each(cases)('step $i (progress $progress) is legible at 320 and 390 px', ({ state, progress }) => {
    const layers = activeLayers(state, progress);
    for (const size of [320, 390]) {
      expect(collisions(model.specs, state.camera!, layers, size), `${state.scene} ${[...layers]} @${size}`).toEqual([]);
      expect(outOfFrame(model.specs, state.camera!, layers, size), `${state.scene} ${[...layers]} @${size}`).toEqual([]);
    }
  });
});
