// Words the chart figures print around the data (English; the story has one edition so far). Kept apart from
// the layout code so a translation touches one file.
import type { Confidence } from '../../data/schemas/records.ts';

export const CONFIDENCE_LABEL: Record<Confidence, string> = {
  confirmed: 'Confirmed by 2+ sources',
  'single-source': 'Single source',
  conflicting: 'Sources conflict',
  'low-reliability': 'Low-reliability source',
};

/** Short form for tight spots (the troop-figure panel). */
export const CONFIDENCE_SHORT: Record<Confidence, string> = {
  confirmed: 'confirmed',
  'single-source': 'single source',
  conflicting: 'conflicting',
  'low-reliability': 'low reliability',
};

export const TIMELINE_KIND_LABEL: Record<string, string> = {
  coalition: 'Coalition meeting or decision',
  'us-russia': 'US–Russia–Ukraine talks',
  'peace-plan': 'Peace plan',
  russia: 'Russian statement or action',
  other: 'Other',
};
