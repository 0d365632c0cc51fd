// The English story must carry every quoted fragment of the founding news report (AFP-based wire report, Paris,
// 7 January 2026), verbatim and inside quotation marks, in a step that names who said it. Where the report's
// wording is a paraphrase of a sourced statement, the sourced wording must be there too (facts.md, open
// question 10). The test also checks the step files' structure: ids, figures, alt texts, runs, length.
// Table-driven: a missing quote fails a test that names it.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { SCENE_IDS, type SceneId } from '../../src/scenes/types.ts';

const ROOT = join(import.meta.dirname, '..', '..');
const STORY_DIR = join(ROOT, 'content', 'story', 'en');
const FIGURES_FILE = join(ROOT, 'content', 'figures', 'en.yaml');

interface Step {
  file: string;
  id: string;
  figure: string;
  scene: string;
  params: Record<string, unknown>;
  alt: string;
  heading?: string;
  body: string;
}

/** Curly apostrophes and runs of white space are normalised; Markdown links keep only their text. */
const normalise = (text: string): string =>
  text
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\s+/g, ' ')
    .trim();

function readSteps(): Step[] {
  const files = readdirSync(STORY_DIR)
    .filter((f) => /^\d+-.+\.md$/.test(f))
    .sort();
  return files.map((file) => {
    const raw = readFileSync(join(STORY_DIR, file), 'utf8');
    const m = /^---\r?\n([\s\S]*?)\r?\n---\r?\n([\s\S]*)$/.exec(raw);
    if (!m) throw new Error(`${file}: no frontmatter block`);
    const front = parse(m[1] ?? '') as Record<string, unknown>;
    return {
      file,
      id: String(front.id ?? ''),
      figure: String(front.figure ?? ''),
      scene: String(front.scene ?? ''),
      params: (front.params ?? {}) as Record<string, unknown>,
      alt: typeof front.alt === 'string' ? front.alt : '',
      heading: typeof front.heading === 'string' ? front.heading : undefined,
      body: normalise(m[2] ?? ''),
    };
  });
}

/** Every span between “ and ” in a text (the story uses typographic double quotes for quotations). */
const quotedSpans = (text: string): string[] => [...text.matchAll(/“([^”]*)”/g)].map((q) => q[1] ?? '');

interface Fragment {
  /** Quoted words of the founding report. */
  fragment: string;
  /** Who said or wrote it (or whose text it is), as the report attributes it. */
  who: string;
  /** The step that quotes it must also name one of these (speaker, or AFP for the report's own wording). */
  attribution: RegExp;
  /** Sourced wording that must appear too, because the report's words paraphrase it. */
  sourced?: string[];
  /** Titles and names are quoted in the report but need no quotation marks in the story. */
  title?: boolean;
}

const FOUNDING_QUOTES: Fragment[] = [
  { fragment: 'Coalition of Volunteers', who: 'name of the coalition', attribution: /translation|French/, },
  { fragment: 'Declaration of Paris', who: 'title of the declaration', attribution: /adopted|Declaration/, title: true },
  { fragment: 'recognizes for the first time', who: 'Macron', attribution: /Macron/ },
  { fragment: 'operational convergence', who: 'Macron', attribution: /Macron/ },
  { fragment: 'robust', who: 'Macron', attribution: /Macron/ },
  { fragment: 'Ukrainian surrender', who: 'Macron', attribution: /Macron/ },
  { fragment: 'new threat', who: 'Macron', attribution: /Macron/ },
  { fragment: 'several thousand', who: 'Macron on France 2', attribution: /Macron/ },
  { fragment: 'support', who: 'United States', attribution: /United States|Washington/ },
  {
    fragment: 'strongly supports these security protocols',
    who: 'Witkoff (AFP wording)',
    attribution: /AFP/,
    sourced: ['The president strongly stands behind security protocols'],
  },
  {
    fragment: 'deter any future attack',
    who: 'Witkoff (AFP wording)',
    attribution: /AFP/,
    sourced: ['deter any attacks'],
  },
  { fragment: 'supported', who: 'final declaration, as summed up by AFP', attribution: /AFP/, sourced: ['with proposed US support'] },
  { fragment: 'intelligence and logistics', who: 'draft declaration seen by AFP', attribution: /AFP/ },
  { fragment: 'in case of attack', who: 'draft declaration seen by AFP', attribution: /AFP/ },
  {
    fragment: 'it is important that the coalition now has substantial documents, and not just words',
    who: 'Zelensky',
    attribution: /Zelensky/,
  },
  { fragment: 'remain open', who: 'Zelensky', attribution: /Zelensky|he added/ },
  {
    fragment: 'obviously requires goodwill on the part of the Russian aggressor as well',
    who: 'Tusk',
    attribution: /Tusk/,
  },
  { fragment: 'ideas', who: 'Zelensky', attribution: /Zelensky/ },
  { fragment: 'at the leadership level', who: 'Zelensky', attribution: /Zelensky/ },
  { fragment: 'compromises', who: 'Witkoff', attribution: /Witkoff/ },
  { fragment: 'significant progress', who: 'Witkoff', attribution: /Witkoff/ },
  {
    fragment:
      'There is no scenario for me where the United States of America would be in a situation of violating Danish sovereignty',
    who: 'Macron on France 2',
    attribution: /Macron/,
  },
  {
    fragment: 'several options',
    who: 'White House to AFP',
    attribution: /White House/,
    sourced: ['a range of options'],
  },
  {
    fragment: 'using the military',
    who: 'White House to AFP',
    attribution: /White House/,
    sourced: ['utilizing the U.S. Military is always an option'],
  },
];

const FIGURE_IDS = ['coalition-map', 'pledges', 'territory-map', 'timeline', 'greenland-map'];
const KIND_OF_SCENE: Record<SceneId, string> = {
  coalition: 'map',
  forces: 'map',
  territory: 'map',
  claims: 'map',
  greenland: 'map',
  pledges: 'pledges',
  timeline: 'timeline',
};

const steps = readSteps();
const figures = (parse(readFileSync(FIGURES_FILE, 'utf8')) as { figures: { id: string; kind: string }[] }).figures;

/** Steps that quote `text` (inside “…”), for fragments; steps that contain it anywhere, for titles. */
function stepsWith(text: string, quoted: boolean): Step[] {
  return steps.filter((s) =>
    quoted ? quotedSpans(s.body).some((span) => span.includes(text)) : s.body.includes(text)
  );
}

describe('founding report: every quoted fragment is in the story, verbatim and attributed', () => {
  it.each(FOUNDING_QUOTES.map((q) => [q.fragment, q] as const))('“%s”', (_label, q) => {
    const carriers = stepsWith(q.fragment, !q.title);
    expect(carriers.map((s) => s.id), `no step quotes “${q.fragment}” (${q.who})`).not.toEqual([]);
    const attributed = carriers.filter((s) => q.attribution.test(s.body));
    expect(attributed.map((s) => s.id), `“${q.fragment}” is quoted but not attributed to ${q.who}`).not.toEqual([]);
    for (const wording of q.sourced ?? []) {
      expect(stepsWith(wording, true).map((s) => s.id), `sourced wording “${wording}” (${q.who}) is missing`).not.toEqual([]);
    }
  });
});

describe('story steps (content/story/en)', () => {
  it('has 18–24 steps', () => {
    expect(steps.length).toBeGreaterThanOrEqual(18);
    expect(steps.length).toBeLessThanOrEqual(24);
  });

  it('has unique ids', () => {
    const ids = steps.map((s) => s.id);
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
  });

  it.each(steps.map((s) => [s.file, s] as const))('%s: id, figure, scene and alt are valid', (file, s) => {
    expect(s.id, 'id').toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
    expect(file, 'file name is NN-<id>.md').toBe(`${file.split('-')[0]}-${s.id}.md`);
    expect(FIGURE_IDS, `unknown figure "${s.figure}"`).toContain(s.figure);
    expect(figures.map((f) => f.id), `figure "${s.figure}" missing from content/figures/en.yaml`).toContain(s.figure);
    expect(SCENE_IDS as readonly string[], `unknown scene "${s.scene}"`).toContain(s.scene);
    const kind = figures.find((f) => f.id === s.figure)?.kind;
    expect(kind, `scene "${s.scene}" cannot drive a ${kind} figure`).toBe(KIND_OF_SCENE[s.scene as SceneId]);
    expect(s.alt.trim().length, 'alt text').toBeGreaterThanOrEqual(20);
  });

  it.each(steps.map((s) => [s.file, s] as const))('%s: body is 40–110 words', (_file, s) => {
    const words = s.body.split(' ').filter(Boolean).length;
    expect(words).toBeGreaterThanOrEqual(40);
    expect(words).toBeLessThanOrEqual(110);
  });

  it('uses each figure in one run of consecutive steps only', () => {
    const runs = steps.map((s) => s.figure).filter((f, i, all) => i === 0 || all[i - 1] !== f);
    expect(runs.filter((f, i) => runs.indexOf(f) !== i)).toEqual([]);
  });

  it('uses every figure of the story', () => {
    expect([...new Set(steps.map((s) => s.figure))].sort()).toEqual([...FIGURE_IDS].sort());
  });

  it('opens with a heading and has 5–7 chapters', () => {
    expect(steps[0]?.heading).toBeTruthy();
    const chapters = steps.filter((s) => s.heading).length;
    expect(chapters).toBeGreaterThanOrEqual(5);
    expect(chapters).toBeLessThanOrEqual(7);
  });

  it('links only over https', () => {
    const links = steps.flatMap((s) =>
      [...readFileSync(join(STORY_DIR, s.file), 'utf8').matchAll(/\]\(([^)]+)\)/g)].map((m) => m[1] ?? '')
    );
    expect(links.length).toBeGreaterThan(0);
    expect(links.filter((url) => !url.startsWith('https://'))).toEqual([]);
  });
});
