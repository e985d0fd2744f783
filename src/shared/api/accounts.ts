// Joining Jumys on one's own: a job seeker's registration with e-mail confirmation, and password reset by e-mail link.
import { z } from 'zod';
import { iinSchema, localeSchema } from './common';

/** At least 10 characters with a letter and a digit: long enough for argon2 to matter, short enough to type on a phone. */
export const newPasswordSchema = z
  .string()
  .min(10, 'validation.password_too_short')
  .max(200, 'validation.too_long')
  .refine((p) => /\p{L}/u.test(p) && /\p{N}/u.test(p), 'validation.password_too_simple');

export const seekerRegistrationRequest = z.object({
  fullName: z.string().trim().min(3, 'validation.required').max(200, 'validation.too_long'),
  iin: iinSchema,
  email: z.string().trim().toLowerCase().pipe(z.email('validation.email_invalid')),
  password: newPasswordSchema,
  locale: localeSchema,
});
export type SeekerRegistrationRequest = z.infer<typeof seekerRegistrationRequest>;

/** The token from a link: 32 random bytes, base64url. */
export const linkTokenSchema = z.string().regex(/^[A-Za-z0-9_-]{43}$/, 'accounts.link_invalid');

export const confirmEmailRequest = z.object({ token: linkTokenSchema });
export const passwordResetRequest = z.object({
  email: z.string().trim().toLowerCase().pipe(z.email('validation.email_invalid')),
});
export const passwordResetCompleteRequest = z.object({ token: linkTokenSchema, password: newPasswordSchema });

export const accountAcceptedResponse = z.object({ status: z.enum(['confirmation_sent', 'reset_sent', 'done']) });
