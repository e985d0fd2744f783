// Field schemas every form and route shares; custom messages are i18n keys (see errors.json "validation.*").
import { z } from 'zod';
import { isBin, isIin } from '../iin-bin';
import { locales } from '../roles';

export const iinSchema = z
  .string()
  .trim()
  .regex(/^\d{12}$/, 'validation.twelve_digits')
  .refine(isIin, 'validation.iin_invalid');

export const binSchema = z
  .string()
  .trim()
  .regex(/^\d{12}$/, 'validation.twelve_digits')
  .refine(isBin, 'validation.bin_invalid');

export const localeSchema = z.enum(locales);
export const uuidSchema = z.uuid('validation.invalid_id');
export const idParams = z.object({ id: uuidSchema });
export const isoDateTime = z.iso.datetime({ offset: true });

/** Text in the three interface languages; Kazakh and Russian are required. */
export const localizedText = z.object({ kk: z.string(), ru: z.string(), en: z.string().optional() });
export type LocalizedText = z.infer<typeof localizedText>;

/** RFC 9457 problem details as Jumys sends them. */
export const problemSchema = z.object({
  type: z.string(),
  title: z.string(),
  status: z.number().int(),
  code: z.string(),
  detail: z.string().optional(),
  instance: z.string().optional(),
  errors: z.array(z.object({ field: z.string(), code: z.string(), message: z.string() })).optional(),
});
export type Problem = z.infer<typeof problemSchema>;
