// The centre's review of subsidized-job applications (ФК-В.03 steps 2.1–2.4): demand and supply, compliance checklist,
// remarks and consultations, as the staff workspace sends and receives them. Messages are i18n keys.
import { z } from 'zod';
import { isoDateTime, localizedText, uuidSchema } from './common';
import { applicationStatuses, isoDate } from './subsidized-jobs';

const programmeCode = z.string().regex(/^[a-z][a-z0-9_]{1,39}$/, 'validation.invalid_format');
const text = (max: number) => z.string().trim().min(1, 'validation.required').max(max, 'validation.too_long');

export const versionBody = z.object({ version: z.number().int() });

export const transitionResponse = z.object({
  id: uuidSchema,
  status: z.enum(applicationStatuses),
  version: z.number().int(),
});

// B03-2.1 ---------------------------------------------------------------------------------------------------------

/** The longest period one report covers: a year and a day, so a calendar year with its last day fits. */
export const DEMAND_SUPPLY_MAX_DAYS = 366;

export const demandSupplyQuery = z.object({
  from: isoDate,
  to: isoDate,
  programme: programmeCode.optional(),
});

/** Counts only: how many registered seekers qualify, never who they are. */
export const seekerCounts = z.object({
  /** Registered at the centre with this occupation. */
  byOccupation: z.number().int(),
  /** Of those, in the programme's target groups and age limits. */
  qualifying: z.number().int(),
  /** Of those, living in a district of the positions. */
  qualifyingInDistrict: z.number().int(),
});
export type SeekerCounts = z.infer<typeof seekerCounts>;

export const demandSupplyRow = z.object({
  programmeCode: z.string(),
  programmeName: localizedText,
  occupationCode: z.string(),
  occupationName: localizedText,
  applications: z.number().int(),
  jobsRequested: z.number().int(),
  districts: z.array(z.string()),
  seekers: seekerCounts,
  /** Jobs for which no qualifying seeker is registered: max(0, jobs − qualifying). */
  shortfall: z.number().int(),
});
export type DemandSupplyRow = z.infer<typeof demandSupplyRow>;

export const demandSupplyTotals = z.object({
  applications: z.number().int(),
  jobsRequested: z.number().int(),
  /** Each person once, though they may qualify in several rows. */
  seekers: seekerCounts,
  shortfall: z.number().int(),
});

export const demandSupplyReport = z.object({
  centre: z.object({ id: uuidSchema, name: localizedText }),
  from: isoDate,
  to: isoDate,
  programmeCode: z.string().nullable(),
  /** The date ages are computed for: the period's last day. */
  onDate: isoDate,
  generatedAt: isoDateTime,
  rows: z.array(demandSupplyRow),
  totals: demandSupplyTotals,
});
export type DemandSupplyReport = z.infer<typeof demandSupplyReport>;

export const positionSupply = z.object({
  ordinal: z.number().int(),
  occupationCode: z.string(),
  occupationName: z.string(),
  jobs: z.number().int(),
  district: z.string(),
  seekers: seekerCounts,
  shortfall: z.number().int(),
});
export type PositionSupply = z.infer<typeof positionSupply>;

/** B03-2.1 for one application: stored on it with the time, the revision and who assessed it. */
export const applicationDemandSupply = z.object({
  assessedAt: isoDateTime,
  assessedBy: z.object({ id: uuidSchema, name: z.string() }),
  revision: z.number().int(),
  programmeCode: z.string(),
  onDate: isoDate,
  positions: z.array(positionSupply),
  totals: z.object({ jobs: z.number().int(), seekers: seekerCounts, shortfall: z.number().int() }),
});
export type ApplicationDemandSupply = z.infer<typeof applicationDemandSupply>;

export const applicationDemandSupplyResponse = z.object({ assessment: applicationDemandSupply.nullable() });

// B03-2.2 ---------------------------------------------------------------------------------------------------------

export const complianceResults = ['passed', 'failed', 'not_applicable'] as const;
export const complianceItemResults = ['passed', 'failed', 'not_applicable', 'unknown'] as const;
export type ComplianceItemResult = (typeof complianceItemResults)[number];

/** The specialist's own checks: what no registry or rule can answer. */
export const manualComplianceItems = [
  /** Condition 7 of DOMAIN.md §1: earlier contracts fulfilled, including the permanent-hire duty. */
  'earlier_contracts_fulfilled',
  'documents_consistent',
  'workplace_exists',
] as const;
export type ManualComplianceItem = (typeof manualComplianceItems)[number];

export const complianceItem = z.object({
  /** Unique on the list: the code, with the position's ordinal for per-position items ("wage_at_least_mzp.2"). */
  id: z.string(),
  kind: z.enum(['auto', 'manual']),
  code: z.string(),
  position: z.number().int().nullable(),
  result: z.enum(complianceItemResults),
  /** Why: a message key under review:compliance.reasons with its parameters. */
  reason: z.string().nullable(),
  params: z.record(z.string(), z.union([z.string(), z.number(), z.boolean()])),
  /** Where an automatic answer came from: a registry (gbd_ul, kgd, gfss, esutd), the programme rules or B03-2.1. */
  source: z.string().nullable(),
  note: z.string().nullable(),
  checkedBy: z.string().nullable(),
  checkedAt: isoDateTime.nullable(),
});
export type ComplianceItem = z.infer<typeof complianceItem>;

export const complianceResponse = z.object({
  applicationId: uuidSchema,
  revision: z.number().int(),
  programme: z.object({
    code: z.string(),
    version: z.number().int().nullable(),
    source: z.string().nullable(),
  }),
  items: z.array(complianceItem),
  summary: z.object({
    passed: z.number().int(),
    failed: z.number().int(),
    unknown: z.number().int(),
    notApplicable: z.number().int(),
  }),
});
export type ComplianceResponse = z.infer<typeof complianceResponse>;

export const complianceItemParams = z.object({ id: uuidSchema, item: z.enum(manualComplianceItems) });
export const recordComplianceRequest = z.object({
  result: z.enum(complianceResults),
  note: z.string().trim().max(2000, 'validation.too_long').default(''),
});

/** The checklist's conclusion (B03-2.2): compliant, or not with the failed items named; the commission reads it. */
export const conclusionOutcomes = ['compliant', 'not_compliant'] as const;
export type ConclusionOutcome = (typeof conclusionOutcomes)[number];

export const concludeRequest = z.object({
  /** The specialist's proposal to reject the application, with its reasons; empty when none is made. */
  rejectionReasons: z.array(text(1000)).max(10, 'validation.too_many').default([]),
});
export type ConcludeRequest = z.infer<typeof concludeRequest>;

export const conclusionView = z.object({
  revision: z.number().int(),
  outcome: z.enum(conclusionOutcomes),
  failedItems: z.array(
    z.object({ id: z.string(), code: z.string(), position: z.number().int().nullable(), label: localizedText }),
  ),
  proposedRejection: z.object({ reasons: z.array(z.string()) }).nullable(),
  concludedBy: z.string(),
  concludedAt: isoDateTime,
});
export type ConclusionView = z.infer<typeof conclusionView>;
export const conclusionResponse = z.object({ conclusion: conclusionView.nullable() });

// B03-2.3 ---------------------------------------------------------------------------------------------------------

/** The form fields a remark may point at (the employer's form highlights them). */
export const remarkFields = [
  'requisites',
  'contacts',
  'programme',
  'positions',
  'occupation',
  'jobs',
  'wage',
  'schedule',
  'workplace',
  'district',
  'duration',
  'requirements',
] as const;

export const remarkInput = z.object({
  field: z.enum(remarkFields).optional(),
  text: text(2000),
});
export const returnRequest = z.object({
  version: z.number().int(),
  remarks: z.array(remarkInput).min(1, 'validation.remarks_count').max(20, 'validation.remarks_count'),
});
export type ReturnRequest = z.infer<typeof returnRequest>;

// B03-2.4 ---------------------------------------------------------------------------------------------------------

export const consultationChannels = ['in_person', 'phone', 'video', 'email', 'portal'] as const;

export const consultationRequest = z.object({
  givenOn: isoDate,
  channel: z.enum(consultationChannels),
  topic: text(200),
  summary: text(4000),
});
export type ConsultationRequest = z.infer<typeof consultationRequest>;

export const consultationResponse = z.object({
  id: uuidSchema,
  givenOn: isoDate,
  channel: z.enum(consultationChannels),
  topic: z.string(),
  summary: z.string(),
  givenByName: z.string(),
});
