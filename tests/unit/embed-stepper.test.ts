import { describe, expect, it } from 'vitest';
import { commandForKey, stateLabel, stepTo } from '../../src/client/embed/stepper-model.ts';

describe('stepping through a figure’s states', () => {
  it.each([
    [0, 'previous', 0],
    [0, 'next', 1],
    [3, 'next', 3],
    [2, 'first', 0],
    [1, 'last', 3],
  ] as const)('from %i, %s → %i (of 4)', (from, command, to) => {
    expect(stepTo(from, 4, command)).toBe(to);
  });

  it('has nowhere to go without states', () => {
    expect(stepTo(0, 0, 'next')).toBe(-1);
  });

  it('maps Left/Right/Home/End and leaves Up/Down to scrolling', () => {
    expect(['ArrowLeft', 'ArrowRight', 'Home', 'End'].map(commandForKey)).toEqual(['previous', 'next', 'first', 'last']);
    expect(['ArrowUp', 'ArrowDown', 'PageDown', 'Enter', ' '].map(commandForKey)).toEqual([null, null, null, null, null]);
  });
});

describe('state labels', () => {
  it('prefers a heading', () => {
    expect(stateLabel('Map of Europe. More.', 'Who is in the coalition')).toBe('Who is in the coalition');
  });

  it('takes the first sentence of the description', () => {
    expect(stateLabel('Map of Europe.  18 of the 35 countries are marked.')).toBe('Map of Europe.');
  });

  it('cuts a long sentence at a word boundary', () => {
    const label = stateLabel(
      'Map of Europe with the thirty-five members of the coalition marked, and those present in Paris on 6 January 2026 highlighted in a darker colour'
    );
    expect(label.length).toBeLessThanOrEqual(80);
    expect(label.endsWith('…')).toBe(true);
    expect(label).not.toMatch(/\s…$/);
  });
});
