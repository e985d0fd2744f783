// How a commission's decision can be appealed, as the API sends it and as an administrator enters a new version.
import { z } from 'zod';
import { certaintySchema } from './subsidy-programmes';

const isoDate = z.iso.date();
const text = (max: number) => z.string().trim().min(1, 'validation.required').max(max);

export const appealRouteView = z.object({
  validFrom: isoDate,
  /** The day before the next version starts; null while no later version exists. */
  validTo: isoDate.nullable(),
  text: z.object({ kk: z.string(), ru: z.string(), en: z.string() }),
  source: z.string(),
  certainty: certaintySchema,
  /** The version that applies today. */
  inForce: z.boolean(),
});
export type AppealRouteView = z.infer<typeof appealRouteView>;
export const appealRoutesResponse = z.object({ onDate: isoDate, items: z.array(appealRouteView) });
export type AppealRoutesResponse = z.infer<typeof appealRoutesResponse>;

/** A new version from a date; the same date replaces what was entered for it. */
export const appealRouteInput = z.object({
  validFrom: isoDate,
  text: z.object({ kk: text(2000), ru: text(2000), en: text(2000) }),
  source: text(1000),
  certainty: certaintySchema,
});
export type AppealRouteInput = z.infer<typeof appealRouteInput>;
