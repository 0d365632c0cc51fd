// Where the trigger line is, in this document's viewport coordinates. On a normal page it is a fraction of the
// window's height. Inside an auto-height iframe the window is as tall as the story, so the embed module swaps in
// a source computed from the host page's viewport (pym's viewport-iframe-position messages).
import { triggerLine } from '../lib/active-step.ts';

export type TriggerSource = () => number;

let source: TriggerSource = () => triggerLine(0, window.innerHeight, 0.5);
const listeners = new Set<() => void>();

export function getTriggerY(): number {
  return source();
}

/** Replace the trigger source (the embed does this) and ask the story to re-evaluate. */
export function setTriggerSource(next: TriggerSource): void {
  source = next;
  notifyViewportChange();
}

export function notifyViewportChange(): void {
  for (const fn of listeners) fn();
}

export function onViewportChange(fn: () => void): () => void {
  listeners.add(fn);
  return () => listeners.delete(fn);
}
