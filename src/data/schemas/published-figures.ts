// Area figures other outlets published (AFP/ISW, Reuters, Euronews …). The story's own areas are computed from the
// committed geometry (src/lib/geo/areas.ts); these records let the method page set the two side by side.
import { z } from 'zod';
import { confidence, datePrecision, isoDate, kebabId, sourceIds } from './common.ts';

export const FIGURE_METRICS = [
  'occupied-share', // share of Ukraine occupied, %
  'occupied-area', // area of Ukraine occupied, km²
  'oblast-occupied-share', // share of one oblast occupied, % (with `oblast`)
  'held-donetsk-area', // area of Donetsk oblast Ukraine still holds, km²
  'held-donetsk-share', // share of Donetsk oblast Ukraine still holds, %
  'held-donbas-share', // share of the Donbas (Donetsk + Luhansk) Ukraine still holds, %
  'area-gained', // area Russia captured over a period, km² (period from `compareFrom` to `compareSnapshot`)
  'ukraine-area', // area of Ukraine, km²
  'oblast-area', // area of one oblast, km² (with `oblast`)
] as const;
export type FigureMetric = (typeof FIGURE_METRICS)[number];

const OBLAST_METRICS: readonly FigureMetric[] = ['oblast-occupied-share', 'oblast-area'];

const amount = z.number({ error: 'must be a number' }).nonnegative('must not be negative');
const snapshotDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a control snapshot date written YYYY-MM-DD');

export const PublishedFigure = z
  .strictObject({
    /** Stable kebab-case id. */
    id: kebabId,
    /** What is measured. */
    metric: z.enum(FIGURE_METRICS, { error: `must be one of: ${FIGURE_METRICS.join(', ')}` }),
    /** ISO 3166-2 code of the oblast, for per-oblast metrics. */
    oblast: z.string().regex(/^UA-\d{2}$/, 'must be an ISO 3166-2 code of Ukraine such as UA-14').optional(),
    /** The figure as a number, only where the source states one. */
    value: amount.optional(),
    /** Lower end of a range the source gives. */
    low: amount.optional(),
    /** Upper end of a range the source gives. */
    high: amount.optional(),
    /** Unit of value/low/high. */
    unit: z.enum(['percent', 'km2'], { error: 'must be "percent" or "km2"' }),
    /** The figure in the source's words ("~19.2%", "more than 80%", "a fifth of Ukraine"). */
    text: z.string().min(1),
    /** Who made the estimate and from what (e.g. "AFP analysis of ISW data", "Russian estimates, reported by Reuters"). */
    estimateBy: z.string().min(3),
    /** Date the figure refers to. */
    date: isoDate,
    /** `month` when the source gives only the month. */
    datePrecision,
    /** Control snapshot (YYYY-MM-DD, see src/geo) whose computed area is the nearest comparison. */
    compareSnapshot: snapshotDate.optional(),
    /** For `area-gained`: the snapshot the period starts from. */
    compareFrom: snapshotDate.optional(),
    /** Caveat: method differences, how sources disagree. */
    note: z.string().min(1).optional(),
    confidence,
    sources: sourceIds,
  })
  .superRefine((f, ctx) => {
    if (f.low !== undefined && f.high !== undefined && f.low > f.high) {
      ctx.addIssue({ code: 'custom', path: ['low'], message: `must not be above high (${f.low} > ${f.high})` });
    }
    if (f.unit === 'percent') {
      for (const key of ['value', 'low', 'high'] as const) {
        const v = f[key];
        if (v !== undefined && v > 100) ctx.addIssue({ code: 'custom', path: [key], message: 'is a percentage and must not be above 100' });
      }
    }
    if (OBLAST_METRICS.includes(f.metric) !== (f.oblast !== undefined)) {
      ctx.addIssue({ code: 'custom', path: ['oblast'], message: `is required for ${OBLAST_METRICS.join(' and ')} and only for them` });
    }
    if (f.compareFrom !== undefined && f.metric !== 'area-gained') {
      ctx.addIssue({ code: 'custom', path: ['compareFrom'], message: 'is only for the area-gained metric' });
    }
    if (f.metric === 'area-gained' && f.compareSnapshot !== undefined && f.compareFrom === undefined) {
      ctx.addIssue({ code: 'custom', path: ['compareFrom'], message: 'is required to compare an area-gained figure (the period start)' });
    }
    if (f.confidence === 'conflicting' && !f.note) {
      ctx.addIssue({ code: 'custom', path: ['note'], message: 'is required when confidence is "conflicting": say how the sources disagree' });
    }
  });
export type PublishedFigure = z.infer<typeof PublishedFigure>;
