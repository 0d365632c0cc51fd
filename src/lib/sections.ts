// Turns the ordered list of steps into scrolly sections: consecutive steps that drive the same figure share one
// sticky figure. Every rule a step can break is checked here with the file and field named, so a bad step
// fails the build with a message an editor can act on.
import type { FigureKind, FigureState, SceneId, SceneParams } from '../scenes/types.ts';

export interface StepInput {
  /** File the step came from, for error messages. */
  file: string;
  id: string;
  figure: string;
  scene: SceneId;
  params: SceneParams;
  alt: string;
  heading?: string | undefined;
}

export interface FigureMeta {
  id: string;
  kind: FigureKind;
  title: string;
  dek?: string | undefined;
  source: string;
  credits: string[];
  note?: string | undefined;
}

export interface PlacedStep extends StepInput {
  /** Position in the whole story (0-based). */
  index: number;
  state: FigureState;
}

export interface Section {
  figure: FigureMeta;
  steps: PlacedStep[];
  /** Index of the section's first and last steps in the whole story. */
  first: number;
  last: number;
  /** The picture without JavaScript (and in print): the first step's state, with progress at its end. */
  initial: FigureState;
  states: FigureState[];
}

export interface SectionDeps {
  sceneKind: Record<SceneId, FigureKind>;
  sceneState: (scene: SceneId, params: SceneParams) => FigureState;
}

export function buildSections(steps: readonly StepInput[], figures: readonly FigureMeta[], deps: SectionDeps): Section[] {
  if (steps.length === 0) throw new Error('the story has no steps');
  const figureById = new Map(figures.map((f) => [f.id, f]));
  const seenIds = new Map<string, string>();
  const closedFigures = new Set<string>();
  const sections: Section[] = [];

  steps.forEach((step, index) => {
    const where = `${step.file}: step "${step.id}"`;
    const dup = seenIds.get(step.id);
    if (dup) throw new Error(`${where}: id: duplicate step id, also used in ${dup}`);
    seenIds.set(step.id, step.file);

    const figure = figureById.get(step.figure);
    if (!figure) {
      throw new Error(`${where}: figure: unknown figure "${step.figure}"; known: ${[...figureById.keys()].join(', ')}`);
    }
    const kind = deps.sceneKind[step.scene];
    if (kind !== figure.kind) {
      throw new Error(
        `${where}: scene: scene "${step.scene}" is drawn by a ${kind} figure, but figure "${figure.id}" is a ${figure.kind}`
      );
    }
    let state: FigureState;
    try {
      state = deps.sceneState(step.scene, step.params);
    } catch (err) {
      throw new Error(`${where}: params: ${(err as Error).message}`);
    }

    const current = sections.at(-1);
    if (current && current.figure.id === step.figure) {
      current.steps.push({ ...step, index, state });
      current.last = index;
      current.states.push(state);
      return;
    }
    if (current) closedFigures.add(current.figure.id);
    if (closedFigures.has(step.figure)) {
      throw new Error(
        `${where}: figure: "${step.figure}" already had its own run of steps earlier; a figure's steps must be consecutive`
      );
    }
    sections.push({ figure, steps: [{ ...step, index, state }], first: index, last: index, initial: state, states: [state] });
  });
  return sections;
}
