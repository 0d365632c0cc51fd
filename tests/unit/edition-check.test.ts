import { describe, expect, it } from 'vitest';
import { editionProblems, type Edition } from '../../src/lib/edition-check.ts';

const en: Edition = {
  lang: 'en',
  steps: [
    { id: 'a', figure: 'map', scene: 'coalition', params: { show: 'members' } },
    { id: 'b', figure: 'map', scene: 'forces', params: {} },
  ],
  figures: [{ id: 'map', kind: 'map' }],
  ui: { source: 'Source', note: 'Note' },
};
const clone = (lang: string): Edition => ({ ...structuredClone(en), lang });

describe('editionProblems: a missing step, figure or string names the language and the key', () => {
  it('accepts complete editions', () => {
    expect(editionProblems([en, clone('fr'), clone('uk')])).toEqual([]);
  });

  it.each([
    { why: 'missing step', edit: (e: Edition) => e.steps.pop(), problem: 'fr: step "b": missing (present in en)' },
    {
      why: 'changed scene',
      edit: (e: Edition) => (e.steps[1]!.scene = 'claims'),
      problem: 'fr: step "b": scene is "claims", en has "forces"',
    },
    {
      why: 'changed params',
      edit: (e: Edition) => (e.steps[0]!.params = { show: 'paris' }),
      problem: 'fr: step "a": params differ from en',
    },
    { why: 'extra step', edit: (e: Edition) => e.steps.push({ id: 'z', figure: 'map', scene: 'forces', params: {} }), problem: 'fr: step "z": not in en' },
    { why: 'missing figure', edit: (e: Edition) => (e.figures = []), problem: 'fr: figure "map": missing (present in en)' },
    { why: 'missing UI string', edit: (e: Edition) => delete e.ui!.note, problem: 'fr: ui "note": missing interface string' },
    { why: 'empty UI string', edit: (e: Edition) => (e.ui!.source = ' '), problem: 'fr: ui "source": missing interface string' },
    { why: 'no UI table', edit: (e: Edition) => (e.ui = undefined), problem: 'fr: ui: no interface strings for this language in src/i18n/ui.ts' },
  ])('$why', ({ edit, problem }) => {
    const fr = clone('fr');
    edit(fr);
    expect(editionProblems([en, fr])).toContain(problem);
  });
});
