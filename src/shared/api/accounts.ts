// Joining Jumys on one's own: a job seeker's registration with e-mail confirmation, password reset by e-mail link, an
// employer joining by ЭЦП, and its head inviting colleagues and giving them rights.
import { z } from 'zod';
import { currentUser } from './auth';
import { iinSchema, isoDateTime, localeSchema, localizedText, uuidSchema } from './common';
import { base64Schema } from './signatures';

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

/** What an employer's user may do for the organisation; the one who joins by ЭЦП gets them all. Labels in i18n. */
export const employerRights = ['manage_users', 'submit_applications', 'sign_contracts'] as const;
export type EmployerRight = (typeof employerRights)[number];
export const EmployerRight = {
  manageUsers: 'manage_users',
  submitApplications: 'submit_applications',
  signContracts: 'sign_contracts',
} as const satisfies Record<string, EmployerRight>;

/** Each right at most once, in the list's order. */
export const rightsSchema = z
  .array(z.enum(employerRights))
  .max(employerRights.length)
  .transform((rights) => employerRights.filter((r) => rights.includes(r)));

const emailSchema = z
  .string()
  .trim()
  .toLowerCase()
  .max(200, 'validation.too_long')
  .pipe(z.email('validation.email_invalid'));

/**
 * Joining by ЭЦП: the CMS over the nonce of POST /api/accounts/challenge, made with the head's key (an employer) or
 * the person's own key (a job seeker), and the e-mail that notices go to.
 */
export const ecpJoinRequest = z.object({
  nonceId: uuidSchema,
  cms: base64Schema,
  email: emailSchema,
  locale: localeSchema,
});
export const employerJoinRequest = ecpJoinRequest;
export type EmployerJoinRequest = z.infer<typeof employerJoinRequest>;
export const seekerJoinRequest = ecpJoinRequest;
export type SeekerJoinRequest = z.infer<typeof seekerJoinRequest>;

export const joinedOrganisation = z.object({
  id: uuidSchema,
  bin: z.string(),
  name: localizedText,
  legalForm: z.string(),
  registrationDate: z.iso.date(),
  address: z.string(),
  region: z.string(),
});
export type JoinedOrganisation = z.infer<typeof joinedOrganisation>;

export const employerJoinResponse = z.object({
  user: currentUser,
  csrfToken: z.string(),
  organisation: joinedOrganisation,
  /** Where the confirmation link went: the ЭЦП proves the person, not the mailbox. */
  confirmationSentTo: z.string(),
});
export type EmployerJoinResponse = z.infer<typeof employerJoinResponse>;

export const seekerJoinResponse = z.object({
  user: currentUser,
  csrfToken: z.string(),
  confirmationSentTo: z.string(),
});
export type SeekerJoinResponse = z.infer<typeof seekerJoinResponse>;

export const invitationRequest = z.object({
  email: emailSchema,
  rights: rightsSchema,
  /** The language of the invitation letter. */
  locale: localeSchema,
});
export type InvitationRequest = z.infer<typeof invitationRequest>;

export const invitationView = z.object({
  id: uuidSchema,
  email: z.string(),
  rights: z.array(z.enum(employerRights)),
  invitedBy: z.string().nullable(),
  createdAt: isoDateTime,
  expiresAt: isoDateTime,
});
export type InvitationView = z.infer<typeof invitationView>;
export const invitationListResponse = z.object({ items: z.array(invitationView) });
export type InvitationListResponse = z.infer<typeof invitationListResponse>;

/** The token travels in a POST body, never in a URL that proxies and browsers keep. */
export const invitationTokenRequest = z.object({ token: linkTokenSchema });
/** What the invitation page may show before it is accepted: whose invitation, with which rights; nothing else. */
export const invitationPreviewResponse = z.object({
  organisation: localizedText,
  rights: z.array(z.enum(employerRights)),
});
export type InvitationPreviewResponse = z.infer<typeof invitationPreviewResponse>;

export const invitationAcceptRequest = z.object({
  token: linkTokenSchema,
  fullName: z.string().trim().min(3, 'validation.required').max(200, 'validation.too_long'),
  iin: iinSchema,
  password: newPasswordSchema,
  locale: localeSchema,
});
export type InvitationAcceptRequest = z.infer<typeof invitationAcceptRequest>;
export const invitationAcceptResponse = z.object({ user: currentUser, csrfToken: z.string() });
export type InvitationAcceptResponse = z.infer<typeof invitationAcceptResponse>;

export const organisationUserView = z.object({
  id: uuidSchema,
  fullName: z.string(),
  email: z.string().nullable(),
  rights: z.array(z.enum(employerRights)),
  emailConfirmed: z.boolean(),
  disabled: z.boolean(),
  isMe: z.boolean(),
});
export type OrganisationUserView = z.infer<typeof organisationUserView>;
export const organisationUsersResponse = z.object({
  items: z.array(organisationUserView),
  /** Whether the caller may invite and change rights: the page draws those controls only then. */
  canManage: z.boolean(),
});
export type OrganisationUsersResponse = z.infer<typeof organisationUsersResponse>;

export const rightsUpdateRequest = z.object({ rights: rightsSchema });
