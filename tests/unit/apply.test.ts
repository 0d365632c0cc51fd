import { describe, expect, it } from 'vitest';
import { activeLayers, mark, progressKey } from '../../src/scenes/apply.ts';
import type { FigureState } from '../../src/scenes/types.ts';

const state: FigureState = {
  scene: 'territory',
  layers: ['base'],
  highlight: ['UKR'],
  progress: { keys: ['control:a', 'control:b', 'control:c', 'control:d'] },
};

describe('progressKey: progress chooses the i-th of n keys', () => {
  it.each([
    { p: 0, key: 'control:a' },
    { p: 0.24, key: 'control:a' },
    { p: 0.25, key: 'control:b' },
    { p: 0.74, key: 'control:c' },
    { p: 0.99, key: 'control:d' },
    { p: 1, key: 'control:d' },
    { p: -3, key: 'control:a' },
    { p: 7, key: 'control:d' },
    { p: Number.NaN, key: 'control:a' },
  ])('progress $p → $key', ({ p, key }) => expect(progressKey(state, p)).toBe(key));

  it('is undefined for a state without progress layers', () => {
    expect(progressKey({ scene: 'coalition', layers: [], highlight: [] }, 0.5)).toBeUndefined();
  });
});

describe('mark: build-time attributes match what the client toggles', () => {
  it('switches on listed layers and the progress-chosen one only', () => {
    expect(activeLayers(state, 0.5)).toEqual(new Set(['base', 'control:c']));
    expect(mark(state, { layer: 'control:c' }, 0.5)).toEqual({ 'data-layer': 'control:c', class: 'is-on' });
    expect(mark(state, { layer: 'control:a' }, 0.5)).toEqual({ 'data-layer': 'control:a' });
  });
  it('highlights listed keys and keeps the mark’s own class', () => {
    expect(mark(state, { key: 'UKR', className: 'country' })).toEqual({ 'data-key': 'UKR', class: 'country is-hl' });
    expect(mark(state, { key: 'FRA', className: 'country' })).toEqual({ 'data-key': 'FRA', class: 'country' });
  });
});
