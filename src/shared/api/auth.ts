// Sign-in, session and current-user contract.
import { z } from 'zod';
import { allRoles } from '../roles';
import { localeSchema, localizedText } from './common';

export const loginRequest = z.object({
  login: z.string().trim().toLowerCase().min(3, 'validation.required').max(200),
  password: z.string().min(1, 'validation.required').max(200),
});

export const currentUser = z.object({
  id: z.uuid(),
  login: z.string(),
  fullName: z.string(),
  role: z.enum(allRoles as [string, ...string[]]),
  locale: localeSchema,
  organisation: z
    .object({ id: z.uuid(), kind: z.enum(['employer', 'centre']), name: localizedText, region: z.string() })
    .nullable(),
});
export type CurrentUser = z.infer<typeof currentUser>;

export const sessionResponse = z.object({
  user: currentUser.nullable(),
  csrfToken: z.string().nullable(),
});
export type SessionResponse = z.infer<typeof sessionResponse>;

export const updateLocaleRequest = z.object({ locale: localeSchema });
