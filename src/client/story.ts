// The thin client: reads the states the build serialised on each step, finds the active step from geometry,
// and applies states to the figures the build already drew. Nothing accumulates along the scroll path: the
// picture is recomputed from (active step, progress) every time.
import { activeStep, nearestOwnStep, type StepBox } from '../lib/active-step.ts';
import { progressKey } from '../scenes/apply.ts';
import type { FigureState } from '../scenes/types.ts';
import { statePhases } from './apply-state.ts';
import { createPhaseRunner } from './phases.ts';
import { watchSteps } from './step-signals.ts';
import { getTriggerY, onViewportChange } from './viewport.ts';
import { warmFigures } from './warm-figures.ts';

interface SectionView {
  root: HTMLElement;
  figure: string;
  first: number;
  last: number;
  /** What was last applied (own step and progress key): a section is touched only when that changes. */
  applied?: string;
}

export interface SceneChangeDetail {
  step: string;
  scene: string;
  figure: string;
}

export function startStory(container: ParentNode = document): void {
  const steps = [...container.querySelectorAll<HTMLElement>('[data-step]')];
  if (steps.length === 0) return;
  const states = steps.map((el) => JSON.parse(el.dataset.state ?? '{}') as FigureState);
  const sections: SectionView[] = [...container.querySelectorAll<HTMLElement>('[data-figure]')].map((root) => {
    const own = [...root.closest('[data-section]')!.querySelectorAll<HTMLElement>('[data-step]')];
    return {
      root,
      figure: root.dataset.figure ?? '',
      first: steps.indexOf(own[0]!),
      last: steps.indexOf(own[own.length - 1]!),
    };
  });

  let active = -1;
  let lastProgress = 0;
  let activeKey: string | undefined;
  let scene = '';
  const reduceMotion = matchMedia('(prefers-reduced-motion: reduce)');
  const phases = createPhaseRunner();

  function render(index: number, progress: number, stepChanged: boolean, inFrame: boolean): void {
    for (const s of sections) {
      const own = nearestOwnStep(s.first, s.last, index);
      const mine = index >= s.first && index <= s.last;
      // Sections away from the reader are only re-applied when the active step changes.
      if (!stepChanged && !mine) continue;
      const p = mine ? progress : index < s.first ? 0 : 1;
      // The figure is a function of (own step, progress key): skip the walk over its marks when neither moved.
      const applied = `${own}|${progressKey(states[own]!, p) ?? ''}`;
      if (applied === s.applied) continue;
      s.applied = applied;
      phases.run(s.root, statePhases(s.root, states[own]!, p), { inFrame });
    }
  }

  /** `inFrame`: called from an animation frame callback (the scroll watcher), not from an event. */
  function update(inFrame = false): void {
    const trigger = getTriggerY();
    const boxes: StepBox[] = steps.map((el) => {
      const r = el.getBoundingClientRect();
      return { top: r.top, height: r.height };
    });
    const next = activeStep(boxes, trigger);
    lastProgress = next.progress;
    const state = states[next.index]!;
    const key = progressKey(state, next.progress);
    const stepChanged = next.index !== active;
    if (!stepChanged && key === activeKey) return;
    if (stepChanged) {
      steps[active]?.removeAttribute('aria-current');
      steps[next.index]!.setAttribute('aria-current', 'step');
    }
    active = next.index;
    activeKey = key;
    render(next.index, next.progress, stepChanged, inFrame);
    if (state.scene !== scene || stepChanged) {
      const section = sections.find((s) => next.index >= s.first && next.index <= s.last);
      const sceneChanged = state.scene !== scene;
      scene = state.scene;
      if (sceneChanged) {
        const detail: SceneChangeDetail = {
          step: steps[next.index]!.dataset.step ?? '',
          scene,
          figure: section?.figure ?? '',
        };
        document.dispatchEvent(new CustomEvent('scenechange', { detail }));
      }
    }
  }

  // Keyboard and screen-reader users move by focus: bring a focused step to the trigger line so geometry,
  // and therefore the figure, follows the focus.
  container.addEventListener('focusin', (event) => {
    const step = (event.target as Element | null)?.closest<HTMLElement>('[data-step]');
    if (!step) return;
    const index = steps.indexOf(step);
    if (index < 0 || index === active) return;
    const delta = step.getBoundingClientRect().top - getTriggerY() + 2;
    window.scrollBy({ top: delta, behavior: reduceMotion.matches ? 'instant' : 'auto' });
    update();
  });

  // A deep link (#step-id) opens its step at the start: top just past the trigger line, progress 0, so the
  // picture is the one a reader scrolling forward would see on arriving there.
  function alignToHash(): void {
    const id = decodeURIComponent(location.hash.slice(1));
    const step = id ? steps.find((el) => el.dataset.step === id) : undefined;
    if (!step) return;
    window.scrollBy({ top: step.getBoundingClientRect().top - getTriggerY() + 1, behavior: 'instant' });
  }

  // After a change of width the text reflows; keep the active step at the same place relative to the trigger
  // line so the reader (and the figure) stay where they were.
  let lastWidth = window.innerWidth;
  function keepAnchorOnResize(): void {
    if (window.innerWidth === lastWidth || active < 0) return;
    lastWidth = window.innerWidth;
    const el = steps[active]!;
    const r = el.getBoundingClientRect();
    const progress = lastProgress;
    window.scrollBy({ top: r.top - (getTriggerY() - progress * r.height) + 1, behavior: 'instant' });
  }

  watchSteps(steps, () => {
    keepAnchorOnResize();
    update(true);
  });
  onViewportChange(() => update());
  window.addEventListener('hashchange', () => {
    alignToHash();
    update();
  });
  document.documentElement.classList.add('story-ready');
  alignToHash();
  update();
  const figures = sections.map((s) => s.root.closest('.scrolly__figure')).filter((el): el is HTMLElement => el !== null);
  if (figures.length === sections.length) {
    warmFigures(figures, () => Math.max(0, sections.findIndex((s) => s.last >= active)));
  }
}
