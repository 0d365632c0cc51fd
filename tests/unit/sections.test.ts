import { describe, expect, it } from 'vitest';
import { buildSections, type FigureMeta, type StepInput } from '../../src/lib/sections.ts';
import type { FigureKind, SceneId, SceneParams } from '../../src/scenes/types.ts';

const figures: FigureMeta[] = [
  { id: 'map-a', kind: 'map', title: 'Map A', source: 'Source', credits: [] },
  { id: 'pledges', kind: 'pledges', title: 'Pledges', source: 'Source', credits: [] },
  { id: 'map-b', kind: 'map', title: 'Map B', source: 'Source', credits: [] },
];
const sceneKind = {
  coalition: 'map',
  forces: 'map',
  territory: 'map',
  claims: 'map',
  greenland: 'map',
  pledges: 'pledges',
  timeline: 'timeline',
} as Record<SceneId, FigureKind>;
const deps = {
  sceneKind,
  sceneState: (scene: SceneId, params: SceneParams) => {
    if (params.bad) throw new Error('show: must be one of members, paris');
    return { scene, layers: [String(params.show ?? '')], highlight: [] };
  },
};
const step = (id: string, figure: string, scene: SceneId, params: SceneParams = {}): StepInput => ({
  file: `content/story/en/${id}.md`,
  id,
  figure,
  scene,
  params,
  alt: 'A description long enough.',
});

describe('buildSections', () => {
  it('groups consecutive steps by figure and keeps reading order', () => {
    const sections = buildSections(
      [
        step('a', 'map-a', 'coalition', { show: 'members' }),
        step('b', 'map-a', 'forces'),
        step('c', 'pledges', 'pledges'),
        step('d', 'map-b', 'territory'),
      ],
      figures,
      deps
    );
    expect(sections.map((s) => [s.figure.id, s.first, s.last, s.steps.map((x) => x.id)])).toEqual([
      ['map-a', 0, 1, ['a', 'b']],
      ['pledges', 2, 2, ['c']],
      ['map-b', 3, 3, ['d']],
    ]);
    expect(sections[0]!.initial.layers).toEqual(['members']);
  });

  it.each([
    {
      why: 'duplicate id',
      steps: [step('a', 'map-a', 'coalition'), step('a', 'map-a', 'forces')],
      message: /content\/story\/en\/a\.md: step "a": id: duplicate step id/,
    },
    {
      why: 'unknown figure',
      steps: [step('a', 'nope', 'coalition')],
      message: /step "a": figure: unknown figure "nope"; known: map-a, pledges, map-b/,
    },
    {
      why: 'scene drawn by another kind of figure',
      steps: [step('a', 'pledges', 'coalition')],
      message: /step "a": scene: scene "coalition" is drawn by a map figure, but figure "pledges" is a pledges/,
    },
    {
      why: 'bad scene parameter',
      steps: [step('a', 'map-a', 'coalition', { bad: true })],
      message: /step "a": params: show: must be one of members, paris/,
    },
    {
      why: 'figure split into two runs',
      steps: [step('a', 'map-a', 'coalition'), step('b', 'pledges', 'pledges'), step('c', 'map-a', 'forces')],
      message: /step "c": figure: "map-a" already had its own run of steps earlier/,
    },
  ])('fails with file, step and field named: $why', ({ steps, message }) => {
    expect(() => buildSections(steps, figures, deps)).toThrow(message);
  });

  it('rejects an empty story', () => {
    expect(() => buildSections([], figures, deps)).toThrow(/no steps/);
  });
});
