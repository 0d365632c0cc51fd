import { describe, expect, it } from 'vitest';
import { state } from '../../src/scenes/timeline.ts';
import { chartScenes } from '../../src/scenes/chart-scenes.ts';
import type { SceneParams } from '../../src/scenes/types.ts';

describe('timeline scene', () => {
  it.each<[string, SceneParams, string[], string[]]>([
    ['whole timeline by default', {}, ['range:all'], []],
    ['2025 only', { range: '2025' }, ['range:2025'], []],
    ['YAML number 2026 read as the range "2026"', { range: 2026 }, ['range:2026'], []],
    ['an event in the whole range', { event: 'paris-summit-2026-01-06' }, ['range:all'], ['event:paris-summit-2026-01-06']],
    ['an event in a zoomed range', { event: 'oreshnik', range: '2026' }, ['range:2026'], ['event:oreshnik']],
  ])('%s', (_, params, layers, highlight) => {
    expect(state(params)).toEqual({ scene: 'timeline', layers, highlight });
  });

  it.each<[string, SceneParams, RegExp]>([
    ['unknown range', { range: '2024' }, /"range".*allowed values: 2025, 2026, all/],
    ['range as a boolean', { range: true }, /"range"/],
    ['event with spaces', { event: 'Paris summit' }, /"event"/],
    ['several events', { event: ['a', 'b'] }, /"event" is a list/],
    ['unknown param', { events: 'a' }, /unknown param "events".*event, range/],
  ])('throws on %s', (_, params, message) => {
    expect(() => state(params)).toThrow(message);
  });

  it('is registered for the scene registry', () => {
    expect(chartScenes.timeline({ range: 'all' }).layers).toEqual(['range:all']);
  });
});
