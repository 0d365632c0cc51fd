// SKELETON written by the lead to fix field names for all modules; the data owner completes it
// (doc comments on every field, refinements, cross-file checks). Field names here are the contract.
import { z } from 'zod';

export const CONFIDENCE = ['confirmed', 'single-source', 'conflicting', 'low-reliability'] as const;

export const POSITION_CATEGORIES = [
  'troops-in-ukraine', // troops in Ukraine after a ceasefire
  'neighbouring-nato', // forces in a neighbouring NATO country
  'support-only', // air, sea, training or logistics only
  'no-troops',
  'undecided',
  'not-stated',
] as const;

export const Source = z.object({
  id: z.string(),
  publisher: z.string(),
  title: z.string(),
  url: z.url(),
  published: z.coerce.date(),
  /** Original outlet when `publisher` is a syndication copy (e.g. AFP). */
  via: z.string().optional(),
});

export const Actor = z.object({
  iso3: z.string().length(3),
  /** ISO 3166-1 numeric, as a 3-digit string; matches the world atlas feature ids. */
  isoNumeric: z.string().regex(/^\d{3}$/),
  name: z.string(),
  /** member of the coalition, or an actor outside it. */
  role: z.enum(['member', 'outside']),
  group: z.enum(['eu', 'europe-non-eu', 'beyond-europe', 'ukraine', 'outside']),
  membershipConfidence: z.enum(CONFIDENCE),
  /** At the 6 January 2026 Paris summit. */
  paris: z.enum(['present', 'not-confirmed', 'absent', 'us-delegation']),
  /** Stance on the Declaration of Paris. */
  endorsement: z.enum(['endorsed', 'reservations', 'not-a-party', 'unknown']),
  note: z.string().optional(),
  date: z.coerce.date(),
  confidence: z.enum(CONFIDENCE),
  sources: z.array(z.string()).min(1),
});

export const Position = z.object({
  id: z.string(),
  country: z.string().length(3),
  /** Which snapshot of the story it belongs to. */
  snapshot: z.enum(['2025-03', '2025-09', '2026-01']),
  /** Date the position refers to. */
  date: z.coerce.date(),
  category: z.enum(POSITION_CATEGORIES),
  /** Stated troop figure only where a source states one: words as said, and/or a low–high range. */
  troops: z
    .object({ text: z.string(), low: z.number().int().positive().optional(), high: z.number().int().positive().optional() })
    .optional(),
  summary: z.string(),
  quote: z
    .object({ text: z.string(), speaker: z.string(), language: z.string(), translation: z.string().optional() })
    .optional(),
  confidence: z.enum(CONFIDENCE),
  conflictNote: z.string().optional(),
  sources: z.array(z.string()).min(1),
});

export const TerritoryUnit = z.object({
  /** ISO 3166-2 code, as in src/geo/ukraine.topo.json (e.g. UA-14 Donetsk). */
  iso: z.string().regex(/^UA-\d{2}$/),
  name: z.string(),
  /** Year Russia claimed to annex it, if it did. */
  claimedByRussia: z.union([z.literal(2014), z.literal(2022)]).optional(),
  /** Part of Moscow's current demand (the whole Donbas: Donetsk and Luhansk oblasts). */
  demandedNow: z.boolean(),
  date: z.coerce.date(),
  confidence: z.enum(CONFIDENCE),
  sources: z.array(z.string()).min(1),
});

export const TimelineEvent = z.object({
  id: z.string(),
  date: z.coerce.date(),
  /** For events spanning days. */
  endDate: z.coerce.date().optional(),
  title: z.string(),
  summary: z.string(),
  kind: z.enum(['coalition', 'us-russia', 'peace-plan', 'russia', 'other']),
  confidence: z.enum(CONFIDENCE),
  sources: z.array(z.string()).min(1),
});

export const Statement = z.object({
  id: z.string(),
  date: z.coerce.date(),
  title: z.string(),
  signatories: z.array(z.string().length(3)).min(1),
  quote: z.object({ text: z.string(), speaker: z.string() }).optional(),
  confidence: z.enum(CONFIDENCE),
  sources: z.array(z.string()).min(1),
});
