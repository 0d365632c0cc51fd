// Step controls of a figure embed: the same states the story's steps drive, moved through with buttons instead
// of scroll. The figure is changed exactly as the story changes it (statePhases, one phase per frame; progress at
// the step's end: the picture a reader has when they leave the step), and the description of the new state is
// announced.
import type { FigureState } from '../../scenes/types.ts';
import type { SceneChangeDetail } from '../story.ts';
import { statePhases } from '../apply-state.ts';
import { createPhaseRunner } from '../phases.ts';
import { commandForKey, stepTo, type StepCommand } from './stepper-model.ts';

interface StateButton {
  button: HTMLButtonElement;
  id: string;
  state: FigureState;
}

export function startStepper(stepper: HTMLElement, figure: HTMLElement, startId: string | null): void {
  const items: StateButton[] = [...stepper.querySelectorAll<HTMLButtonElement>('[data-stepper-go]')].map((button) => ({
    button,
    id: button.dataset.stepId ?? '',
    state: JSON.parse(button.dataset.state ?? '{}') as FigureState,
  }));
  if (items.length === 0) return;
  const prev = stepper.querySelector<HTMLButtonElement>('[data-stepper-prev]');
  const next = stepper.querySelector<HTMLButtonElement>('[data-stepper-next]');
  const count = stepper.querySelector<HTMLElement>('[data-stepper-count]');
  const alt = stepper.querySelector<HTMLElement>('[data-stepper-alt]');
  const controls = stepper.querySelector<HTMLElement>('[data-stepper-controls]');
  const template = count?.dataset.template ?? '{n} / {total}';

  let current = -1;
  const phases = createPhaseRunner();
  function show(index: number): void {
    if (index === current || index < 0) return;
    const previous = items[current];
    const item = items[index]!;
    current = index;
    phases.run(figure, statePhases(figure, item.state, 1), { inFrame: false });
    for (const { button } of items) button.removeAttribute('aria-current');
    item.button.setAttribute('aria-current', 'step');
    if (prev) prev.disabled = index === 0;
    if (next) next.disabled = index === items.length - 1;
    // The status is a live region from the start (one created or switched on at the moment its text changes is
    // often not read); text is only written when it differs, so the first state is not announced on load.
    const countText = template.replace('{n}', String(index + 1)).replace('{total}', String(items.length));
    if (count && count.textContent !== countText) count.textContent = countText;
    const altText = item.button.dataset.alt ?? '';
    if (alt && alt.textContent !== altText) alt.textContent = altText;
    if (previous?.state.scene !== item.state.scene) {
      const detail: SceneChangeDetail = { step: item.id, scene: item.state.scene, figure: figure.dataset.figure ?? '' };
      document.dispatchEvent(new CustomEvent('scenechange', { detail }));
    }
  }
  const go = (command: StepCommand) => show(stepTo(current, items.length, command));

  prev?.addEventListener('click', () => go('previous'));
  next?.addEventListener('click', () => go('next'));
  items.forEach(({ button }, i) => button.addEventListener('click', () => show(i)));
  stepper.addEventListener('keydown', (event) => {
    const command = commandForKey(event.key);
    if (!command || event.altKey || event.ctrlKey || event.metaKey) return;
    event.preventDefault();
    go(command);
    // Focus follows within the list of states, so arrow keys there act like a slider.
    if ((event.target as Element | null)?.closest('[data-stepper-go]')) items[current]?.button.focus();
  });

  const start = startId ? items.findIndex((item) => item.id === startId) : -1;
  show(Math.max(0, start));
  if (controls) controls.hidden = false;
}
