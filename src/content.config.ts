// Content collections: the narrative steps, the story's front matter and the figure captions, per language.
// A bad file fails the build with Astro's message, which names the file and the field.
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';
import { SCENE_IDS, FIGURE_KINDS } from './scenes/types.ts';

const stepId = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'step ids are lower-case words joined by hyphens (they become URL hashes)');

const steps = defineCollection({
  loader: glob({ pattern: '*/[0-9]*.md', base: './content/story' }),
  schema: z.object({
    /** Unique, stable id of the step: the URL hash that deep-links to it and the value of its data-step. */
    id: stepId,
    /** Figure (sticky graphic) this step drives; consecutive steps with the same figure share one section. */
    figure: z.string().min(1),
    /** Scene the figure shows while this step is active. */
    scene: z.enum(SCENE_IDS),
    /** Scene parameters; each scene documents and validates the ones it reads. */
    params: z.record(z.string(), z.union([z.string(), z.number(), z.boolean(), z.array(z.string())])).default({}),
    /** What the figure shows at this step, in words: read by screen readers instead of the graphic. */
    alt: z.string().min(20, 'alt must describe what the figure shows (20 characters or more)'),
    /** Optional chapter heading (h2) shown before this step. */
    heading: z.string().optional(),
  }),
});

const meta = defineCollection({
  loader: glob({ pattern: '*.yaml', base: './content/meta' }),
  schema: z.object({
    /** BCP 47 language tag of this edition. */
    lang: z.string().min(2),
    /** Headline (h1) and <title>. */
    headline: z.string().min(10),
    /** Standfirst under the headline; also the meta description (150–160 characters is ideal). */
    standfirst: z.string().min(40),
    /** Short title for social cards and the embed chrome. */
    shortTitle: z.string().min(5),
    /** Byline as printed. */
    byline: z.string().min(3),
    /** Place of the dateline. */
    dateline: z.string().min(2),
    /** Date of publication (ISO). */
    published: z.coerce.date(),
    /** Date of the last update (ISO). */
    updated: z.coerce.date(),
    /** A translation in progress: validated, but not built or linked until this is removed. */
    draft: z.boolean().default(false),
  }),
});

const figures = defineCollection({
  loader: glob({ pattern: '*.yaml', base: './content/figures' }),
  schema: z.object({
    lang: z.string().min(2),
    figures: z.array(
      z.object({
        /** Figure id: referenced by steps (`figure:`) and used in /embed/<id>/ URLs. */
        id: stepId,
        /** Which renderer draws it. */
        kind: z.enum(FIGURE_KINDS),
        /** Title printed above the figure and in its embed. */
        title: z.string().min(5),
        /** One-line explanation under the title. */
        dek: z.string().optional(),
        /** Source line printed under the figure: who the data comes from. */
        source: z.string().min(5),
        /** Credit lines required by data licences (DeepStateMap, OpenStreetMap/ODbL, Natural Earth …). */
        credits: z.array(z.string()).default([]),
        /** Notes (caveats) printed with the figure. */
        note: z.string().optional(),
      })
    ),
  }),
});

export const collections = { steps, meta, figures };
