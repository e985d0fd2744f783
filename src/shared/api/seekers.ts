// The job-seeker registry (ФК-А.01, as far as the maps need it): the seeker's profile and registration requests, and
// the employment-assistance specialist's registry, decisions and assisted registration. Messages are i18n keys.
import { z } from 'zod';
import { districtCodeSchema } from '../kato/kato';
import { occupationCodes } from '../occupations';
import { regionCodes } from '../regions';
import { seekerCategories } from '../seekers/categories';
import { deregistrationNeedsNote, deregistrationReasons } from '../seekers/deregistration';
import { iinSchema, isoDateTime, uuidSchema } from './common';
import { educationLevels } from './cvs';

export const registrationKinds = ['job_seeker', 'unemployed'] as const;
export type RegistrationKind = (typeof registrationKinds)[number];
export const registrationStatuses = ['requested', 'registered', 'refused', 'deregistered'] as const;
export type RegistrationStatus = (typeof registrationStatuses)[number];

const choice = <const T extends readonly [string, ...string[]]>(values: T) =>
  z.enum(values, {
    error: (issue) => (issue.input === undefined ? 'validation.required' : 'validation.invalid_value'),
  });
const categorySchema = z.enum(seekerCategories as unknown as readonly [string, ...string[]], {
  error: () => 'validation.invalid_value',
});

/** What the seeker (or the specialist, in assisted mode) fills in; birth date and sex come from the IIN. */
export const seekerProfileFields = z.object({
  region: choice(regionCodes as unknown as readonly [string, ...string[]]),
  /** A КАТО code of the region (shared/kato). */
  district: districtCodeSchema,
  rural: z.boolean(),
  occupationCode: choice(occupationCodes as unknown as readonly [string, ...string[]]).nullable(),
  hasDisability: z.boolean(),
  hasWorkExperience: z.boolean(),
  educationLevel: choice(educationLevels),
  graduationYear: z.number().int().min(1950, 'validation.too_small').max(2100, 'validation.too_big').nullable(),
  phone: z
    .string()
    .trim()
    .regex(/^\+?[0-9 ()-]{7,20}$/, 'validation.invalid_format')
    .nullable(),
});
export type SeekerProfileFields = z.infer<typeof seekerProfileFields>;

/** `version` is 0 when there is no profile yet, else the version the form loaded. */
export const seekerProfileRequest = seekerProfileFields.extend({ version: z.number().int().min(0) });
export type SeekerProfileRequest = z.infer<typeof seekerProfileRequest>;

export const seekerProfileView = seekerProfileFields.extend({
  /** The КАТО code; '' for an old text that named no district (districtAsWritten shows it for correction). */
  district: z.string(),
  districtAsWritten: z.string(),
  birthDate: z.string(),
  sex: z.enum(['female', 'male']),
  version: z.number().int(),
});
export type SeekerProfileView = z.infer<typeof seekerProfileView>;

export const centreRef = z.object({ id: uuidSchema, nameKk: z.string(), nameRu: z.string(), region: z.string() });
export type CentreRef = z.infer<typeof centreRef>;

export const registrationView = z.object({
  id: uuidSchema,
  status: z.enum(registrationStatuses),
  kind: z.enum(registrationKinds),
  categories: z.array(z.string()),
  centre: centreRef,
  assisted: z.boolean(),
  requestedAt: isoDateTime,
  decidedAt: isoDateTime.nullable(),
  refusalReason: z.string().nullable(),
  deregistration: z
    .object({ reason: z.enum(deregistrationReasons), note: z.string().nullable(), at: isoDateTime })
    .nullable(),
  version: z.number().int(),
});
export type RegistrationView = z.infer<typeof registrationView>;

export const mySeekerView = z.object({
  fullName: z.string(),
  hasIin: z.boolean(),
  /** From the IIN, also before a profile exists. */
  birthDate: z.string().nullable(),
  profile: seekerProfileView.nullable(),
  /** The open registration, else the latest closed one. */
  registration: registrationView.nullable(),
  centres: z.array(centreRef),
});
export type MySeekerView = z.infer<typeof mySeekerView>;

export const registrationRequest = z.object({ centreId: uuidSchema, kind: choice(registrationKinds) });
export type RegistrationRequest = z.infer<typeof registrationRequest>;

export const registryQuery = z.object({
  status: z.enum(registrationStatuses).optional(),
  q: z.string().trim().max(120).optional(),
  occupation: z
    .string()
    .regex(/^[0-9]{4}$/, 'validation.invalid_format')
    .optional(),
  category: categorySchema.optional(),
  district: z
    .string()
    .regex(/^[0-9]{9}$/, 'validation.district_unknown')
    .optional(),
});
export type RegistryQuery = z.infer<typeof registryQuery>;

export const registryItem = z.object({
  id: uuidSchema,
  status: z.enum(registrationStatuses),
  kind: z.enum(registrationKinds),
  fullName: z.string(),
  /** Shown to the centre's staff only; never written to logs. */
  iin: z.string().nullable(),
  occupationCode: z.string().nullable(),
  /** The КАТО code; null for an old text that named no district (districtAsWritten). */
  district: z.string().nullable(),
  districtAsWritten: z.string().nullable(),
  categories: z.array(z.string()),
  assisted: z.boolean(),
  requestedAt: isoDateTime,
});
export type RegistryItem = z.infer<typeof registryItem>;
export const registryResponse = z.object({ items: z.array(registryItem) });
export type RegistryResponse = z.infer<typeof registryResponse>;

export const registrationDetail = z.object({
  registration: registrationView,
  person: z.object({ fullName: z.string(), iin: z.string().nullable(), email: z.string().nullable() }),
  profile: seekerProfileView.nullable(),
  /** Categories the profile proves today (age, disability, experience, rural): the form ticks them. */
  suggestedCategories: z.array(z.string()),
  /** The actions the caller may take now; the page draws its buttons from this list only. */
  actions: z.array(z.object({ action: z.string(), step: z.string() })),
});
export type RegistrationDetail = z.infer<typeof registrationDetail>;

export const acceptRequest = z.object({ version: z.number().int(), categories: z.array(categorySchema).max(20) });
export type AcceptRequest = z.infer<typeof acceptRequest>;
export const refuseRequest = z.object({
  version: z.number().int(),
  reason: z.string().trim().min(1, 'validation.required').max(1000, 'validation.too_long'),
});
export type RefuseRequest = z.infer<typeof refuseRequest>;

/** The centre ends a registration (A01-4): a ground from the list, and a note that "other" cannot do without. */
export const deregisterRequest = z
  .object({
    version: z.number().int(),
    reason: choice(deregistrationReasons),
    note: z.string().trim().max(1000, 'validation.too_long').nullable(),
  })
  .refine((r) => !deregistrationNeedsNote(r.reason) || (r.note ?? '').length > 0, {
    path: ['note'],
    message: 'validation.other_needs_note',
  });
export type DeregisterRequest = z.infer<typeof deregisterRequest>;

/** The seeker leaves the registry on their own request (A01-4a). */
export const withdrawRequest = z.object({ version: z.number().int() });
export type WithdrawRequest = z.infer<typeof withdrawRequest>;

/**
 * A person who came to the centre: their IIN (check digit validated), name, profile, kind and categories. The e-mail
 * is optional: without one the account's login is `<iin>@assisted.jumys.kz` and the person signs in later by ЭЦП.
 */
export const assistedRequest = seekerProfileFields.extend({
  iin: iinSchema,
  fullName: z.string().trim().min(3, 'validation.too_short').max(200, 'validation.too_long'),
  email: z.email('validation.invalid_format').nullable(),
  kind: choice(registrationKinds),
  categories: z.array(categorySchema).max(20),
});
export type AssistedRequest = z.infer<typeof assistedRequest>;
