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

/** A sentence or label of the sources page: inline **strong**, *cited title*, [text](https://…) and {placeholders}. */
const pageText = z.string().trim().min(1, 'must not be empty');
const labels = <K extends string>(keys: readonly K[]) => z.strictObject(Object.fromEntries(keys.map((k) => [k, pageText])) as Record<K, typeof pageText>);

/**
 * content/sources/<lang>.yaml: every word of the "Sources and method" page in one language (prose, headings and the
 * labels of its tables and lists). Source titles, publishers and addresses stay as cited, in content/data. The
 * edition check (src/lib/edition-check.ts) holds every language to English's keys, placeholders and link addresses.
 */
const sourcesPage = defineCollection({
  loader: glob({ pattern: '*.yaml', base: './content/sources' }),
  schema: z.strictObject({
    /** BCP 47 language tag of this edition. */
    lang: z.string().min(2),
    /** <title> of the page. */
    title: pageText,
    /** Meta description. */
    description: pageText,
    /** The page's h1. */
    heading: pageText,
    /** Paragraph under the h1. */
    lede: pageText,
    /** Link back to the story in the same language. */
    backToStory: pageText,
    /** Accessible name of the in-page table of contents. */
    navLabel: pageText,
    /** Table-of-contents labels, one per section (the section ids are a public contract and never translated). */
    nav: labels(['asOf', 'downloads', 'thirtyFive', 'method', 'areas', 'uncertain', 'corrections', 'sources', 'credits']),
    /** "As of" dates ({asOf}, {diplomacyAsOf}, {controlAsOf}) and the confidence grades. */
    asOf: labels(['heading', 'dates', 'confidence']),
    /** Labels of the four download files and a note on them. */
    downloads: labels(['heading', 'positionsCsv', 'positionsJson', 'territoryCsv', 'territoryJson', 'note']),
    /** What "35" means: {members}, {states}. The explanation itself is data (content/data/meta.yaml). */
    thirtyFive: labels(['heading', 'count']),
    /** How areas are computed: {ukraineArea}; {date}, {area}, {shareOfOutline}, {shareOfOfficial}. */
    method: labels(['heading', 'occupied', 'share', 'latest', 'differences']),
    /** The computed-vs-published tables: captions, column heads, confidence and metric labels. */
    areas: z.strictObject({
      heading: pageText,
      /** Says in whose words the published figures are quoted (a translation, outside English). */
      quotesNote: pageText,
      snapshotCaption: pageText,
      snapshotCols: labels(['snapshot', 'computed', 'shareOfOutline', 'shareOfOfficial', 'published']),
      /** Flag on a snapshot the source marks as unfit for comparisons. */
      lowQuality: pageText,
      partsCaption: pageText,
      partsCols: labels(['what', 'published', 'computed', 'source']),
      /** What a whole-area figure is measured on ("map outline"). */
      mapOutline: pageText,
      /** Printed in an empty cell. */
      none: pageText,
      confidence: labels(['confirmed', 'singleSource', 'conflicting', 'lowReliability']),
      metrics: labels(['areaGained', 'oblastOccupiedShare', 'heldDonetskArea', 'heldDonetskShare', 'heldDonbasShare', 'ukraineArea', 'oblastArea']),
    }),
    uncertain: labels(['heading']),
    corrections: labels(['heading', 'none']),
    /** The source list: {count}, group headings, and the words around each entry ({agency} in `via`). */
    sources: z.strictObject({
      heading: pageText,
      intro: pageText,
      groups: labels(['official', 'news', 'reference', 'lowReliability', 'data']),
      via: pageText,
      dateNotRecorded: pageText,
      partialUrl: pageText,
    }),
    /** Licences and credits; the licence texts themselves are reproduced in English (Bsd3Licence.astro). */
    credits: labels(['heading', 'controlTerm', 'controlCredit', 'controlRights', 'boundariesTerm', 'boundaries', 'outlinesTerm', 'outlines', 'licenceCaption']),
    /** Translations of the sources' caveats (content/data/sources.yaml `note`), by source id; empty in English. */
    sourceNotes: z.record(z.string(), pageText).default({}),
    /** Translations of the corrections (content/data/meta.yaml `corrections`), keyed "<YYYY-MM-DD>/<record>"; empty in English. */
    correctionNotes: z.record(z.string(), pageText).default({}),
  }),
});

export const collections = { steps, meta, figures, sourcesPage };
