// Rendering figures ahead in idle time: the order (from the reader outward, down first), one element per idle
// period, each figure followed by its deferred layers, a deferred layer released once rendered.
import { describe, expect, it } from 'vitest';
import { WARM_CLASS, warmFigures, warmOrder } from '../../src/client/warm-figures.ts';

describe('warmOrder', () => {
  it.each([
    [5, 0, [0, 1, 2, 3, 4]],
    [5, 2, [2, 3, 4, 1, 0]],
    [5, 4, [4, 3, 2, 1, 0]],
    [5, 9, [4, 3, 2, 1, 0]],
    [3, -1, [0, 1, 2]],
    [0, 0, []],
  ])('%i figures, reader at %i → %j', (count, current, order) => {
    expect(warmOrder(count, current)).toEqual(order);
  });
});

interface FakeEl {
  name: string;
  classes: Set<string>;
  classList: { add(c: string): void; remove(c: string): void };
  hasAttribute(a: string): boolean;
  querySelectorAll(): FakeEl[];
}

/** An element with a class list, an optional data-warm attribute and deferred children. */
function fakeEl(name: string, warmChildren: FakeEl[] = [], deferred = false): FakeEl {
  const classes = new Set<string>();
  return {
    name,
    classes,
    classList: { add: (c: string) => void classes.add(c), remove: (c: string) => void classes.delete(c) },
    hasAttribute: (a: string) => a === 'data-warm' && deferred,
    querySelectorAll: () => warmChildren,
  };
}

describe('warmFigures', () => {
  it('warms one element per idle period, each figure then its deferred layers, releasing each layer after it rendered', () => {
    const layer1 = fakeEl('layer1', [], true);
    const layer2 = fakeEl('layer2', [], true);
    const figures = [fakeEl('fig0'), fakeEl('fig1', [layer1, layer2]), fakeEl('fig2')];
    const idle: Array<() => void> = [];
    warmFigures(figures as unknown as HTMLElement[], () => 1, (task) => idle.push(task));
    const warm = () => [...figures, layer1, layer2].filter((f) => f.classes.has(WARM_CLASS)).map((f) => f.name);
    const step = () => idle.shift()!();
    expect(warm()).toEqual([]);
    step();
    expect(warm()).toEqual(['fig1']);
    step();
    expect(warm()).toEqual(['fig1', 'layer1']);
    step();
    expect(warm()).toEqual(['fig1', 'layer2']);
    step();
    expect(warm()).toEqual(['fig1', 'fig2']);
    step();
    expect(warm()).toEqual(['fig0', 'fig1', 'fig2']);
    step();
    expect(idle).toHaveLength(0);
  });

  it('stops when told to', () => {
    const figures = [fakeEl('a'), fakeEl('b')];
    const idle: Array<() => void> = [];
    const stop = warmFigures(figures as unknown as HTMLElement[], () => 0, (task) => idle.push(task));
    idle.shift()!();
    stop();
    idle.shift()?.();
    expect(figures.map((f) => f.classes.has(WARM_CLASS))).toEqual([true, false]);
  });
});
