// Subsidized-job applications (ФК-В.03 steps 1–3.2): the employer's requisites and form, the automatic check, signing,
// and the application as the employer and the centre's staff see it. Messages are i18n keys (errors.json).
import { z } from 'zod';
import { isKazakhIban, normaliseIban } from '../iban';
import { districtCodeSchema } from '../kato/kato';
import { occupationCodes } from '../occupations';
import { regionCodes } from '../regions';
import { subsidyFiguresSnapshot } from '../subsidy/figures';
import { binSchema, iinSchema, isoDateTime, uuidSchema } from './common';
import { conditionsByCentre, suspendedConditions } from './employer-conditions';
import { base64Schema } from './signatures';

export const isoDate = z.iso.date('validation.invalid_date');

export const ApplicationStatus = {
  draft: 'draft',
  awaitingSignature: 'awaiting_signature',
  submitted: 'submitted',
  underReview: 'under_review',
  returned: 'returned',
  atCommission: 'at_commission',
  decisionRecorded: 'decision_recorded',
  approved: 'approved',
  rejected: 'rejected',
  /** The employer withdrew it before the centre's decision was entered: final. */
  withdrawn: 'withdrawn',
  /** Returned for correction and never corrected: closed by the centre after a notice, final. */
  abandoned: 'abandoned',
} as const;
export type ApplicationStatus = (typeof ApplicationStatus)[keyof typeof ApplicationStatus];
export const applicationStatuses = Object.values(ApplicationStatus) as readonly ApplicationStatus[];

export const legalForms = ['too', 'ao', 'ip', 'kh', 'pk', 'gu', 'other'] as const;
export type LegalForm = (typeof legalForms)[number];

const text = (max: number) => z.string().trim().min(1, 'validation.required').max(max, 'validation.too_long');

export const ibanSchema = z.string().transform(normaliseIban).refine(isKazakhIban, 'validation.iban_invalid');
/** Kazakh banks' SWIFT codes: 4 letters, KZ, 2 characters (HSBKKZKX, CASPKZKA). */
export const bicSchema = z
  .string()
  .trim()
  .toUpperCase()
  .regex(/^[A-Z]{4}KZ[A-Z0-9]{2}([A-Z0-9]{3})?$/, 'validation.bic_invalid');
export const kzPhoneSchema = z
  .string()
  .transform((v) => v.replace(/[\s()-]/g, ''))
  .refine((v) => /^\+7[0-9]{10}$/.test(v), 'validation.phone_invalid');
export const emailSchema = z.string().trim().toLowerCase().pipe(z.email('validation.email_invalid'));

/** B03-1.1: the requisites a contract needs, kept on the organisation and copied into each application as signed. */
export const applicationRequisites = z.object({
  legalNameKk: text(300),
  legalNameRu: text(300),
  bin: binSchema,
  legalForm: z.enum(legalForms),
  registrationDate: isoDate,
  /** ОКЭД: the economic activity code (5 digits) and its name. */
  okedCode: z
    .string()
    .trim()
    .regex(/^[0-9]{5}$/, 'validation.oked_invalid'),
  okedName: text(300),
  legalAddress: text(500),
  region: z.enum(regionCodes),
  headFullName: text(200),
  headPosition: text(200),
  headIin: iinSchema,
  iban: ibanSchema,
  bic: bicSchema,
  bankName: text(200),
  phone: kzPhoneSchema,
  email: emailSchema,
});
export type ApplicationRequisites = z.infer<typeof applicationRequisites>;

export const positionSchedules = ['full_time', 'part_time', 'shift', 'flexible'] as const;

export const positionInput = z.object({
  occupationCode: z.enum(occupationCodes as [string, ...string[]], 'validation.occupation_unknown'),
  jobs: z.number().int('validation.integer').min(1, 'validation.min_one').max(1000, 'validation.too_large'),
  /** Whole tenge a month; not below the МЗП in force (checked on the server against the data). */
  monthlyWage: z
    .number()
    .int('validation.integer')
    .positive('validation.positive')
    .max(10_000_000, 'validation.too_large'),
  schedule: z.enum(positionSchedules),
  workplace: text(300),
  /** A КАТО code of the centre's region (shared/kato). */
  district: districtCodeSchema,
  durationMonths: z.number().int('validation.integer').min(1, 'validation.min_one').max(60, 'validation.too_large'),
  requirements: z.string().trim().max(2000, 'validation.too_long').default(''),
});
export type PositionInput = z.infer<typeof positionInput>;

/** B03-1.2: the application form. Saved as the employer types; everything is checked again before signing. */
export const applicationFormInput = z.object({
  version: z.number().int(),
  programmeCode: z.string().regex(/^[a-z][a-z0-9_]{1,39}$/, 'validation.invalid_format'),
  centreId: uuidSchema,
  contactName: text(200),
  contactPhone: kzPhoneSchema,
  contactEmail: emailSchema,
  positions: z.array(positionInput).max(50, 'validation.too_many'),
  /** The day the jobs are planned to start (required to sign; bounds checked on the server against today). */
  plannedStartDate: isoDate.nullable().default(null),
});
export type ApplicationFormInput = z.infer<typeof applicationFormInput>;

export const createApplicationRequest = z.object({ programmeCode: z.string().max(40), centreId: uuidSchema });
export const requisitesInput = z.object({ version: z.number().int(), requisites: applicationRequisites });
export const versionInput = z.object({ version: z.number().int() });
export const signApplicationRequest = z.object({ version: z.number().int(), cms: base64Schema });
/** The employer withdraws the application, saying why (the centre reads it). */
export const withdrawApplicationRequest = z.object({ version: z.number().int(), reason: text(1000) });

export const organisationRequisitesResponse = z.object({
  /** null until the employer saves them once; the form starts from the registry's answer then. */
  requisites: applicationRequisites.nullable(),
  version: z.number().int(),
  /** What the business registry says of the organisation, to prefill the form. */
  prefill: applicationRequisites.partial(),
});

export const checkConditionView = z.object({ code: z.string(), passed: z.boolean(), source: z.string() });
export const checkView = z.object({
  eligible: z.boolean(),
  checkedAt: isoDateTime,
  applicationDate: isoDate,
  conditions: z.array(checkConditionView),
  sources: z.array(z.object({ source: z.string(), requestId: z.string(), checkedAt: isoDateTime })),
  /** Conditions no registry answers (condition 7): to be checked by the centre at B03-2.2, shown, not hidden. */
  byCentre: conditionsByCentre.optional(),
  /** Conditions suspended on the application date by the rules in force, with the suspension's source. */
  suspended: suspendedConditions.optional(),
});
export type CheckView = z.infer<typeof checkView>;

export const positionView = positionInput.extend({
  /** The КАТО code; '' for an old text that named no district (districtAsWritten shows it for correction). */
  district: z.string(),
  districtAsWritten: z.string(),
  id: uuidSchema,
  ordinal: z.number().int(),
  occupationName: z.string(),
  /** The rules module's figure for this position, whole tenge; null when the programme has no formula yet. */
  monthlySubsidy: z.number().int().nullable(),
});

export const revisionSummary = z.object({
  revision: z.number().int(),
  documentId: uuidSchema,
  submittedAt: isoDateTime,
});

export const remarkView = z.object({
  id: uuidSchema,
  revision: z.number().int(),
  field: z.string().nullable(),
  text: z.string(),
  authorName: z.string(),
  createdAt: isoDateTime,
});

export const consultationView = z.object({
  id: uuidSchema,
  givenOn: isoDate,
  channel: z.enum(['in_person', 'phone', 'video', 'email', 'portal']),
  topic: z.string(),
  summary: z.string(),
  givenByName: z.string(),
});

export const availableActionView = z.object({ action: z.string(), step: z.string(), to: z.string() });

export const applicationView = z.object({
  id: uuidSchema,
  number: z.string().nullable(),
  status: z.enum(applicationStatuses),
  version: z.number().int(),
  employer: z.object({ id: uuidSchema, bin: z.string(), name: z.string() }),
  centre: z.object({ id: uuidSchema, name: z.string() }),
  programme: z.object({ code: z.string(), versionId: uuidSchema.nullable(), name: z.string() }),
  requisites: applicationRequisites.nullable(),
  contactName: z.string().nullable(),
  contactPhone: z.string().nullable(),
  contactEmail: z.string().nullable(),
  positions: z.array(positionView),
  totals: z.object({
    jobs: z.number().int(),
    monthlySubsidy: z.number().int().nullable(),
    contractTotal: z.number().int().nullable(),
  }),
  plannedStartDate: isoDate.nullable(),
  /**
   * The figures by payment year: "live" from the form and today's МРП/МЗП, "pending" as in the document to sign,
   * "signed" as the employer signed them (never recomputed). Null until a planned start date and a formula exist.
   */
  figures: z.object({ basis: z.enum(['live', 'pending', 'signed']), snapshot: subsidyFiguresSnapshot }).nullable(),
  check: checkView.nullable(),
  pendingDocumentId: uuidSchema.nullable(),
  revision: z.number().int(),
  revisions: z.array(revisionSummary),
  remarks: z.array(remarkView),
  consultations: z.array(consultationView),
  decision: z
    .object({
      decision: z.enum(['approved', 'rejected']),
      approvedJobs: z.number().int().nullable(),
      reason: z.string().nullable(),
      decidedAt: isoDateTime,
    })
    .nullable(),
  submittedAt: isoDateTime.nullable(),
  createdAt: isoDateTime,
  updatedAt: isoDateTime,
  /** Working days since submission (the queue's age), null before it. */
  ageWorkingDays: z.number().int().nullable(),
  actions: z.array(availableActionView),
  /** The first submission, from which the queue's age counts; submittedAt is the latest revision's. */
  firstSubmittedAt: isoDateTime.nullable(),
  /** Returned for correction: working days it has waited for the employer, and when it may be closed. */
  waiting: z
    .object({
      returnedAt: isoDateTime,
      workingDays: z.number().int(),
      /** Working days after which the centre may close it, once the employer was told. */
      closeAfterWorkingDays: z.number().int(),
      noticeSentAt: isoDateTime.nullable(),
    })
    .nullable(),
  /** Withdrawn or closed as abandoned: when, and the reason given. */
  closure: z.object({ closedAt: isoDateTime, reason: z.string() }).nullable(),
});
export type ApplicationView = z.infer<typeof applicationView>;

export const applicationListQuery = z.object({
  status: z.enum(applicationStatuses).optional(),
  programmeCode: z.string().max(40).optional(),
  /** Number, employer name or BIN. */
  q: z.string().trim().max(100).optional(),
  /** The centre's queue is oldest first by its first submission; an employer's list newest first. */
  sort: z.enum(['oldest_first', 'newest_first']).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  offset: z.coerce.number().int().min(0).default(0),
});

export const applicationListItem = z.object({
  id: uuidSchema,
  number: z.string().nullable(),
  status: z.enum(applicationStatuses),
  employerName: z.string(),
  employerBin: z.string(),
  programmeName: z.string(),
  jobs: z.number().int(),
  submittedAt: isoDateTime.nullable(),
  updatedAt: isoDateTime,
  ageWorkingDays: z.number().int().nullable(),
  version: z.number().int(),
  firstSubmittedAt: isoDateTime.nullable(),
  /** Working days since the latest revision was sent, beside the age from the first. */
  revisionAgeWorkingDays: z.number().int().nullable(),
  revision: z.number().int(),
  /** Returned applications: working days waited for the employer, the threshold, the notice. */
  waitingWorkingDays: z.number().int().nullable(),
  closeAfterWorkingDays: z.number().int().nullable(),
  noticeSentAt: isoDateTime.nullable(),
  /** The centre may close it as abandoned now (the engine's guard, asked for this row). */
  closable: z.boolean(),
});
export const applicationListResponse = z.object({ items: z.array(applicationListItem), total: z.number().int() });

/**
 * One changed value between two signed revisions: a path like "positions.1.monthlyWage" (array indices from 0).
 * An added or removed array element (a position) is one change at its index, with the whole element on one side.
 */
export const revisionChange = z.object({
  path: z.string(),
  kind: z.enum(['added', 'removed', 'changed']),
  /** null when kind is "added". */
  before: z.unknown(),
  /** null when kind is "removed". */
  after: z.unknown(),
});
export type RevisionChange = z.infer<typeof revisionChange>;
export const revisionDiffQuery = z.object({
  from: z.coerce.number().int().min(1),
  to: z.coerce.number().int().min(1),
});
export const revisionDiffResponse = z.object({
  from: z.number().int(),
  to: z.number().int(),
  changes: z.array(revisionChange),
});

const workingDays = z.number().int('validation.integer_required').min(1).max(250);

/** The administrator's settings for returned applications the employer abandons (working days since the return). */
export const applicationSettingsInput = z
  .object({ closeAfterWorkingDays: workingDays, noticeAfterWorkingDays: workingDays })
  .refine((s) => s.noticeAfterWorkingDays <= s.closeAfterWorkingDays, {
    path: ['noticeAfterWorkingDays'],
    message: 'subsidized_jobs.notice_after_close',
  });
export type ApplicationSettingsInput = z.infer<typeof applicationSettingsInput>;
export const applicationSettingsView = z.object({
  closeAfterWorkingDays: z.number().int(),
  noticeAfterWorkingDays: z.number().int(),
  defaults: z.object({ closeAfterWorkingDays: z.number().int(), noticeAfterWorkingDays: z.number().int() }),
});
export type ApplicationSettingsView = z.infer<typeof applicationSettingsView>;
