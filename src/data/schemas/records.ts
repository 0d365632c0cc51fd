// The records of content/data/*.yaml: the contract between the data files, the loader (src/data/load.ts) and the
// renderers. Field names were fixed by the lead; this module documents them and adds the rules a single record must
// obey. Rules that need other files (source ids exist, countries are actors, dates not after "as of") live in
// src/data/checks.ts.
//
// Objects are strict: an unknown key (a typo such as `troop:`) is an error, not silently ignored.
import { z } from 'zod';
import {
  type Confidence,
  confidence,
  datePrecision,
  iso3,
  isoDate,
  kebabId,
  sourceIds,
  weakest,
} from './common.ts';

export { CONFIDENCE, weakest, isoDay, type Confidence } from './common.ts';

export const POSITION_CATEGORIES = [
  'troops-in-ukraine', // troops in Ukraine after a ceasefire
  'neighbouring-nato', // forces in a neighbouring NATO country
  'support-only', // air, sea, training or logistics only
  'no-troops',
  'undecided',
  'not-stated',
] as const;
export type PositionCategory = (typeof POSITION_CATEGORIES)[number];

/** Snapshots of the pledges chart (see `snapshots` in content/data/meta.yaml for the window each one covers). */
export const SNAPSHOTS = ['2025-03', '2025-09', '2026-01'] as const;
export type Snapshot = (typeof SNAPSHOTS)[number];

export const SOURCE_KINDS = ['official', 'news', 'reference', 'low-reliability', 'data'] as const;

/** An http(s) address with a real host name (z.url alone accepts `javascript:` and `https://x`). */
const webUrl = z.url({
  protocol: /^https?$/,
  hostname: z.regexes.domain,
  error: 'must be a web address starting with https:// and a host name such as example.org',
});

const note = z.string().min(1).optional();

/** A note explaining the disagreement is required wherever the sources disagree. */
function requireNoteWhenConflicting(
  record: { confidence: string },
  noteValue: string | undefined,
  field: string,
  ctx: z.RefinementCtx
): void {
  if (record.confidence === 'conflicting' && !noteValue) {
    ctx.addIssue({ code: 'custom', path: [field], message: 'is required when confidence is "conflicting": say how the sources disagree' });
  }
}

export const Source = z.strictObject({
  /** Stable id that records cite (kebab-case, e.g. `elysee-summit-2026-01-06`). */
  id: kebabId,
  /** Outlet whose page was read: for a syndication copy, the site that carried it (the wire goes in `via`). */
  publisher: z.string().min(2),
  /** The page's headline when known (`titleIsHeadline: true`), else a short description of the page. */
  title: z.string().min(3),
  /** True when `title` is the published headline or document title, false when it describes the page. */
  titleIsHeadline: z.boolean().default(false),
  /** Address as stored in the fact sheet, with https:// added. See `partialUrl`. */
  url: webUrl,
  /**
   * Publication date of the page as the fact sheet gives it (with `publishedPrecision` month or year, the first day).
   * Absent when the fact sheet records no publication date: the sources page then says "date not recorded".
   */
  published: isoDate.optional(),
  /** `month` or `year` when the fact sheet gives only that. */
  publishedPrecision: datePrecision,
  /** Original outlet when `publisher` is a syndication copy (e.g. AFP, Reuters, Canadian Press). */
  via: z.string().min(2).optional(),
  /** What kind of source it is: drives the grouping on the sources page and flags low-reliability outlets. */
  kind: z.enum(SOURCE_KINDS, { error: `must be one of: ${SOURCE_KINDS.join(', ')}` }),
  /**
   * True when the fact sheet stored only the site or a shortened address (ending in "…"): `url` then holds the part
   * that was stored, and the link may land on the site's front page rather than the article.
   */
  partialUrl: z.boolean().default(false),
  /** Caveat about the source (e.g. "relay of Le Monde by a low-reliability network"). */
  note,
});
export type Source = z.infer<typeof Source>;

export const ACTOR_ROLES = ['member', 'outside'] as const;
export const ACTOR_GROUPS = ['eu', 'europe-non-eu', 'beyond-europe', 'ukraine', 'outside'] as const;
export const PARIS_PRESENCE = ['present', 'not-confirmed', 'absent', 'us-delegation'] as const;
export const ENDORSEMENTS = ['endorsed', 'reservations', 'not-a-party', 'unknown'] as const;

export const Actor = z
  .strictObject({
    /** ISO 3166-1 alpha-3 code: the actor's id everywhere (positions, statements, map keys). */
    iso3,
    /** ISO 3166-1 numeric, as a 3-digit string; matches the world atlas feature ids (checked against the atlas). */
    isoNumeric: z.string().regex(/^\d{3}$/, 'must be a 3-digit string such as "804" (quote it in YAML: "056")'),
    /** English short name as printed on the map and in tables. */
    name: z.string().min(2),
    /** Member of the Coalition of the Willing (reconstructed: there is no official list), or an actor outside it. */
    role: z.enum(ACTOR_ROLES, { error: `must be one of: ${ACTOR_ROLES.join(', ')}` }),
    /** Member group as in the fact sheet §1.2; `outside` for every non-member. */
    group: z.enum(ACTOR_GROUPS, { error: `must be one of: ${ACTOR_GROUPS.join(', ')}` }),
    /**
     * How sure the membership (or, for outside actors, the non-membership) is: `confirmed` = in a published attendance
     * list and independently reported taking part; `single-source` = in one attendance list only; `conflicting` = listed,
     * but a national official said the country was not (formally) involved (Austria, Iceland).
     */
    membershipConfidence: confidence,
    /** At the 6 January 2026 Paris summit: `present` only where a source says so, else `not-confirmed`. */
    paris: z.enum(PARIS_PRESENCE, { error: `must be one of: ${PARIS_PRESENCE.join(', ')}` }),
    /** Who represented the country in Paris, as the source names them (e.g. "President Macron"). */
    parisRepresentative: z.string().min(2).optional(),
    /** Confidence of the evidence for `paris`; left out for `not-confirmed` (there is no evidence to grade). */
    parisConfidence: confidence.optional(),
    /** Stance on the Declaration of Paris. */
    endorsement: z.enum(ENDORSEMENTS, { error: `must be one of: ${ENDORSEMENTS.join(', ')}` }),
    /** Confidence of the `endorsement` value; left out for `unknown`. */
    endorsementConfidence: confidence.optional(),
    /** Caveats: why membership is uncertain, what the endorsement reservations are, how sources disagree. */
    note,
    /** Date the record describes (the 6 January 2026 summit for members). */
    date: isoDate,
    /** The weakest of membershipConfidence, parisConfidence and endorsementConfidence, where given (checked). */
    confidence,
    /** Sources for membership, attendance and endorsement. */
    sources: sourceIds,
  })
  .superRefine((a, ctx) => {
    if ((a.role === 'outside') !== (a.group === 'outside')) {
      ctx.addIssue({ code: 'custom', path: ['group'], message: 'must be "outside" exactly when role is "outside"' });
    }
    if ((a.role === 'outside') !== (a.endorsement === 'not-a-party')) {
      ctx.addIssue({ code: 'custom', path: ['endorsement'], message: 'must be "not-a-party" exactly when role is "outside"' });
    }
    if (a.paris === 'us-delegation' && a.iso3 !== 'USA') {
      ctx.addIssue({ code: 'custom', path: ['paris'], message: '"us-delegation" is only for the United States (USA)' });
    }
    if ((a.paris === 'not-confirmed') === (a.parisConfidence !== undefined)) {
      ctx.addIssue({
        code: 'custom',
        path: ['parisConfidence'],
        message: a.paris === 'not-confirmed' ? 'must be left out when paris is "not-confirmed"' : `is required when paris is "${a.paris}"`,
      });
    }
    if ((a.endorsement === 'unknown') === (a.endorsementConfidence !== undefined)) {
      ctx.addIssue({
        code: 'custom',
        path: ['endorsementConfidence'],
        message: a.endorsement === 'unknown' ? 'must be left out when endorsement is "unknown"' : `is required when endorsement is "${a.endorsement}"`,
      });
    }
    const graded = [a.membershipConfidence, a.parisConfidence, a.endorsementConfidence].filter(
      (c): c is Confidence => c !== undefined
    );
    const expected = weakest(...graded);
    if (a.confidence !== expected) {
      ctx.addIssue({
        code: 'custom',
        path: ['confidence'],
        message: `must be the weakest of membershipConfidence, parisConfidence and endorsementConfidence: "${expected}"`,
      });
    }
    requireNoteWhenConflicting(a, a.note, 'note', ctx);
  });
export type Actor = z.infer<typeof Actor>;

const positiveInt = z.number({ error: 'must be a whole number' }).int('must be a whole number').positive('must be above 0');

const troopFields = {
  /** The figure in words as the source states it ("several thousand", "up to one company", "fewer than 7,500"). */
  text: z.string().min(1),
  /** Lower bound, only where the source states a number. */
  low: positiveInt.optional(),
  /** Upper bound, only where the source states a number. */
  high: positiveInt.optional(),
  /** Sources of this figure; required as soon as the figure has a number. */
  sources: sourceIds.optional(),
  /** Confidence of this figure (defaults to the record's). */
  confidence: confidence.optional(),
  /** Who gave the figure and how it was reported. */
  note,
};

function checkTroopFigure(
  t: { low?: number | undefined; high?: number | undefined; sources?: string[] | undefined },
  ctx: z.RefinementCtx
): void {
  if (t.low !== undefined && t.high !== undefined && t.low > t.high) {
    ctx.addIssue({ code: 'custom', path: ['low'], message: `must not be above troops.high (${t.low} > ${t.high})` });
  }
  if ((t.low !== undefined || t.high !== undefined) && !t.sources) {
    ctx.addIssue({ code: 'custom', path: ['sources'], message: 'is required when the figure has a number (low or high)' });
  }
}

/** A troop figure a country itself stated (e.g. Macron's "several thousand"). */
export const TroopFigure = z.strictObject(troopFields).superRefine(checkTroopFigure);

/** A figure reported by the press, not stated by the government: always with its own sources and confidence. */
export const ReportedTroopFigure = z
  .strictObject({ ...troopFields, sources: sourceIds, confidence })
  .superRefine(checkTroopFigure);

export const Quote = z
  .strictObject({
    /** Verbatim, as published by the source (no paraphrase, no added words). */
    text: z.string().min(2),
    /** Who said it, as the source names them (e.g. "Emmanuel Macron, President of France"). */
    speaker: z.string().min(2),
    /** BCP 47 language of `text` (en, fr …). */
    language: z.string().regex(/^[a-z]{2,3}(?:-[A-Za-z0-9]+)*$/, 'must be a language tag such as en or fr'),
    /** English translation, required when `text` is not English. */
    translation: z.string().min(2).optional(),
    /** Who translated `translation`: the source, or the authors of this story. */
    translationBy: z.enum(['source', 'authors']).optional(),
    /** Language the speaker used, when `text` is already a translation published by the source. */
    spokenIn: z.string().regex(/^[a-z]{2,3}$/, 'must be a language code such as fr').optional(),
  })
  .superRefine((q, ctx) => {
    if (q.language !== 'en' && !q.translation) {
      ctx.addIssue({ code: 'custom', path: ['translation'], message: 'is required when the quote is not in English' });
    }
    if (q.translation && !q.translationBy) {
      ctx.addIssue({ code: 'custom', path: ['translationBy'], message: 'is required with a translation (source or authors)' });
    }
  });

export const Position = z
  .strictObject({
    /** `<iso3 in lower case>-<snapshot>`, e.g. `fra-2026-01`: one record per country and snapshot. */
    id: kebabId,
    /** ISO alpha-3 of the country; must be an actor in actors.yaml. */
    country: iso3,
    /** Which snapshot of the story it belongs to. */
    snapshot: z.enum(SNAPSHOTS, { error: `must be one of: ${SNAPSHOTS.join(', ')}` }),
    /** Date the position refers to (for the 2026-01 snapshot, possibly an earlier statement still current then). */
    date: isoDate,
    /** `month` when the source gives only the month. */
    datePrecision,
    /** What the country said it would do after a ceasefire. */
    category: z.enum(POSITION_CATEGORIES, { error: `must be one of: ${POSITION_CATEGORIES.join(', ')}` }),
    /** Stated troop figure only where a source states one: words as said, and/or a low–high range. */
    troops: TroopFigure.optional(),
    /** Figures reported by the press but not stated by the government (e.g. Le Monde's ~6,000 for France). */
    reportedTroops: z.array(ReportedTroopFigure).min(1).optional(),
    /** One or two sentences in the story's words, faithful to the sources. */
    summary: z.string().min(10),
    /** A verbatim quote when the fact sheet has one. */
    quote: Quote.optional(),
    confidence,
    /** How sources disagree (required when confidence is conflicting or press figures are given). */
    conflictNote: note,
    sources: sourceIds,
  })
  .superRefine((p, ctx) => {
    const expectedId = `${p.country.toLowerCase()}-${p.snapshot}`;
    if (p.id !== expectedId) {
      ctx.addIssue({ code: 'custom', path: ['id'], message: `must be "${expectedId}" (country in lower case, then the snapshot)` });
    }
    if ((p.category === 'not-stated' || p.category === 'no-troops') && p.troops) {
      ctx.addIssue({ code: 'custom', path: ['troops'], message: `must be absent when category is "${p.category}"` });
    }
    requireNoteWhenConflicting(p, p.conflictNote, 'conflictNote', ctx);
    if (p.reportedTroops && !p.conflictNote) {
      ctx.addIssue({ code: 'custom', path: ['conflictNote'], message: 'is required with reportedTroops: say how the press figures relate to the official line' });
    }
  });
export type Position = z.infer<typeof Position>;

export const TERRITORY_TYPES = ['oblast', 'city_special_status', 'autonomous_republic'] as const;

export const TerritoryUnit = z
  .strictObject({
    /** ISO 3166-2 code, as in src/geo/ukraine.topo.json (e.g. UA-14 Donetsk). */
    iso: z.string().regex(/^UA-\d{2}$/, 'must be an ISO 3166-2 code of Ukraine such as UA-14'),
    /** English name (Ukrainian official romanisation), as in the geo data. */
    name: z.string().min(2),
    /** Ukrainian name. */
    nameUk: z.string().min(2),
    /** Kind of first-level unit. */
    type: z.enum(TERRITORY_TYPES, { error: `must be one of: ${TERRITORY_TYPES.join(', ')}` }),
    /** Year Russia claimed to annex it, if it did. */
    claimedByRussia: z.union([z.literal(2014), z.literal(2022)], { error: 'must be 2014 or 2022 (or left out)' }).optional(),
    /** Part of Moscow's current demand (the whole Donbas: Donetsk and Luhansk oblasts). */
    demandedNow: z.boolean({ error: 'must be true or false' }),
    /** Caveat, e.g. what earlier demands covered. */
    note,
    /** Date of the latest statement the record reflects (the claims and demand as of then). */
    date: isoDate,
    confidence,
    sources: sourceIds,
  })
  .superRefine((t, ctx) => requireNoteWhenConflicting(t, t.note, 'note', ctx));
export type TerritoryUnit = z.infer<typeof TerritoryUnit>;

export const TIMELINE_KINDS = ['coalition', 'us-russia', 'peace-plan', 'russia', 'other'] as const;

export const TimelineEvent = z
  .strictObject({
    /** Stable kebab-case id: the timeline scene's `event` param and the `event:<id>` highlight key. */
    id: kebabId,
    /** First day of the event. */
    date: isoDate,
    /** For events spanning days: the last day. */
    endDate: isoDate.optional(),
    /** Short title for the timeline mark. */
    title: z.string().min(3),
    /** One or two sentences, faithful to the sources. */
    summary: z.string().min(10),
    /** Strand of the story it belongs to. */
    kind: z.enum(TIMELINE_KINDS, { error: `must be one of: ${TIMELINE_KINDS.join(', ')}` }),
    /** Caveat or how sources disagree. */
    note,
    confidence,
    sources: sourceIds,
  })
  .superRefine((e, ctx) => {
    if (e.endDate && e.endDate.getTime() <= e.date.getTime()) {
      ctx.addIssue({ code: 'custom', path: ['endDate'], message: 'must be after date (leave it out for one-day events)' });
    }
    requireNoteWhenConflicting(e, e.note, 'note', ctx);
  });
export type TimelineEvent = z.infer<typeof TimelineEvent>;

export const Statement = z
  .strictObject({
    /** Stable kebab-case id. */
    id: kebabId,
    /** Day the statement was issued. */
    date: isoDate,
    /** Title as published, or a description. */
    title: z.string().min(3),
    /** ISO alpha-3 codes of the signatories (each must be an actor). */
    signatories: z.array(iso3).min(1, 'needs at least one signatory'),
    /** Who signed or spoke, as the sources name them (e.g. "President Macron (France)"). */
    signatoryNames: z.array(z.string().min(2)).optional(),
    /** Key line, verbatim. */
    quote: z
      .strictObject({
        /** Verbatim text (a fragment when the source quotes only part). */
        text: z.string().min(2),
        /** Who said it. */
        speaker: z.string().min(2),
      })
      .optional(),
    /** Context or wording caveats. */
    note,
    confidence,
    sources: sourceIds,
  })
  .superRefine((s, ctx) => {
    if (new Set(s.signatories).size !== s.signatories.length) {
      ctx.addIssue({ code: 'custom', path: ['signatories'], message: 'lists a country twice' });
    }
    requireNoteWhenConflicting(s, s.note, 'note', ctx);
  });
export type Statement = z.infer<typeof Statement>;
