// Field schemas every form and route shares; custom messages are i18n keys (see errors.json "validation.*").
import { z } from 'zod';
import { findIinProblem, isBin } from '../iin-bin';
import { locales } from '../roles';

/**
 * An IIN whose check digit holds and whose birth date exists. Whether that date has come needs the server's clock:
 * the HTTP pipeline checks every body field declared with this schema against it (platform/http.ts).
 */
export const iinSchema = z
  .string()
  .trim()
  .regex(/^\d{12}$/, 'validation.twelve_digits')
  .superRefine((value, context) => {
    const problem = findIinProblem(value);
    if (problem === 'check_digit') context.addIssue({ code: 'custom', message: 'validation.iin_invalid' });
    if (problem === 'birth_date_impossible') {
      context.addIssue({ code: 'custom', message: 'validation.iin_birth_date_invalid' });
    }
  });

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
