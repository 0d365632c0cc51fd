// Tap-through stepping for a figure embed, pure: which state the controls move to, and how a state is named.

export type StepCommand = 'previous' | 'next' | 'first' | 'last';

/** The index a command leads to, clamped to the states (no wrap-around: the ends are the story's ends). */
export function stepTo(current: number, count: number, command: StepCommand): number {
  if (count <= 0) return -1;
  const target = { previous: current - 1, next: current + 1, first: 0, last: count - 1 }[command];
  return Math.min(count - 1, Math.max(0, target));
}

/**
 * Left/Right, Home and End move through the states, as in a slider. Up and Down are left alone: in a frame they
 * scroll the host page, and taking them would trap a keyboard reader.
 */
export function commandForKey(key: string): StepCommand | null {
  switch (key) {
    case 'ArrowLeft':
      return 'previous';
    case 'ArrowRight':
      return 'next';
    case 'Home':
      return 'first';
    case 'End':
      return 'last';
    default:
      return null;
  }
}

/**
 * A short name for a state in the list of states: the step's chapter heading when it has one, else the first
 * sentence of its description, cut at a word boundary so the list stays scannable.
 */
export function stateLabel(alt: string, heading?: string, max = 80): string {
  if (heading && heading.trim()) return heading.trim();
  const text = alt.replace(/\s+/g, ' ').trim();
  const sentence = /^(.+?[.!?])(?:\s|$)/.exec(text)?.[1] ?? text;
  if (sentence.length <= max) return sentence;
  const cut = sentence.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:–—-]+$/, '')}…`;
}
