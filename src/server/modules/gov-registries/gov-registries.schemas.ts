// The JSON contract of the government registries (docs/gov-registries-contract.md) and the employer check's result.
import { z } from 'zod';
import { conditionsByCentre, suspendedConditions } from '../../../shared/api/employer-conditions';

/** The four sources: ГБД ЮЛ (business registry), КГД (State Revenue Committee), ГФСС/ЕНПФ (social payments), ЕСУТД (labour contracts). */
export const GovSource = { gbdUl: 'gbd_ul', kgd: 'kgd', gfss: 'gfss', esutd: 'esutd' } as const;
export type GovSource = (typeof GovSource)[keyof typeof GovSource];
export const govSources = Object.values(GovSource) as readonly GovSource[];

const isoDate = z.iso.date();
const checkedAt = z.iso.datetime({ offset: true });
const bin = z.string().regex(/^\d{12}$/);
const tenge = z.number().int().min(0);

const envelope = <S extends GovSource>(source: S) =>
  z.object({ source: z.literal(source), requestId: z.string().min(1).max(100), bin, checkedAt });

export const OrganisationStatus = { active: 'active', liquidated: 'liquidated', suspended: 'suspended' } as const;
export type OrganisationStatus = (typeof OrganisationStatus)[keyof typeof OrganisationStatus];

/** GET /gbd-ul/v1/organisations/{bin} */
export const organisationRecord = envelope(GovSource.gbdUl).extend({
  name: z.object({ kk: z.string().min(1), ru: z.string().min(1) }),
  legalForm: z.string().min(1),
  registrationDate: isoDate,
  status: z.enum(OrganisationStatus),
  address: z.string().min(1),
  headFullName: z.string().min(1),
  /** Personal data: never logged, never copied into a check result or the audit log. */
  headIin: z.string().regex(/^\d{12}$/),
  okedCode: z.string().regex(/^\d{5}$/),
});
export type OrganisationRecord = z.infer<typeof organisationRecord>;

/** GET /kgd/v1/taxpayers/{bin}/debt */
export const taxDebtRecord = envelope(GovSource.kgd).extend({
  hasTaxDebt: z.boolean(),
  taxDebtAmountTenge: tenge,
  hasSocialPaymentDebt: z.boolean(),
  socialDebtAmountTenge: tenge,
  isUnreliableTaxpayer: z.boolean(),
});
export type TaxDebtRecord = z.infer<typeof taxDebtRecord>;

export const SOCIAL_PAYMENT_MONTHS = 12;

/** GET /gfss/v1/employers/{bin}/payments?months=12 */
export const socialPaymentsRecord = envelope(GovSource.gfss).extend({
  months: z.number().int().min(1).max(SOCIAL_PAYMENT_MONTHS),
  monthsPaid: z.number().int().min(0).max(SOCIAL_PAYMENT_MONTHS),
  regular: z.boolean(),
});
export type SocialPaymentsRecord = z.infer<typeof socialPaymentsRecord>;

/** GET /esutd/v1/employers/{bin}/wage-arrears */
export const wageArrearsRecord = envelope(GovSource.esutd).extend({
  hasOverdueWageArrears: z.boolean(),
});
export type WageArrearsRecord = z.infer<typeof wageArrearsRecord>;

/** The body of every answer that is not 200. */
export const registryProblem = z.object({
  source: z.enum(GovSource),
  requestId: z.string(),
  code: z.enum(['organisation_not_found', 'invalid_request', 'unavailable']),
  message: z.string(),
});
export type RegistryProblem = z.infer<typeof registryProblem>;

export const EmployerCondition = {
  active: 'active',
  operatingOverYear: 'operating_over_year',
  noTaxDebt: 'no_tax_debt',
  noSocialDebt: 'no_social_debt',
  noWageArrears: 'no_wage_arrears',
  regularSocialPayments: 'regular_social_payments',
  reliableTaxpayer: 'reliable_taxpayer',
} as const;
export type EmployerCondition = (typeof EmployerCondition)[keyof typeof EmployerCondition];

// Each condition names its source and the few facts it was decided on: no names, no IINs.
const conditionResult = z.discriminatedUnion('code', [
  z.object({
    code: z.literal(EmployerCondition.active),
    passed: z.boolean(),
    source: z.literal(GovSource.gbdUl),
    observed: z.object({ status: z.enum(OrganisationStatus) }),
  }),
  z.object({
    code: z.literal(EmployerCondition.operatingOverYear),
    passed: z.boolean(),
    source: z.literal(GovSource.gbdUl),
    observed: z.object({ registrationDate: isoDate, applicationDate: isoDate }),
  }),
  z.object({
    code: z.literal(EmployerCondition.noTaxDebt),
    passed: z.boolean(),
    source: z.literal(GovSource.kgd),
    observed: z.object({ hasTaxDebt: z.boolean(), taxDebtAmountTenge: tenge }),
  }),
  z.object({
    code: z.literal(EmployerCondition.noSocialDebt),
    passed: z.boolean(),
    source: z.literal(GovSource.kgd),
    observed: z.object({ hasSocialPaymentDebt: z.boolean(), socialDebtAmountTenge: tenge }),
  }),
  z.object({
    code: z.literal(EmployerCondition.noWageArrears),
    passed: z.boolean(),
    source: z.literal(GovSource.esutd),
    observed: z.object({ hasOverdueWageArrears: z.boolean() }),
  }),
  z.object({
    code: z.literal(EmployerCondition.regularSocialPayments),
    passed: z.boolean(),
    source: z.literal(GovSource.gfss),
    observed: z.object({ months: z.number().int(), monthsPaid: z.number().int(), regular: z.boolean() }),
  }),
  z.object({
    code: z.literal(EmployerCondition.reliableTaxpayer),
    passed: z.boolean(),
    source: z.literal(GovSource.kgd),
    observed: z.object({ isUnreliableTaxpayer: z.boolean() }),
  }),
]);
export type ConditionResult = z.infer<typeof conditionResult>;

/** What checkEmployerConditions returns and the diagnostic route sends; kept on the application as it is. */
export const employerCheck = z.object({
  bin,
  applicationDate: isoDate,
  eligible: z.boolean(),
  /** The latest moment any source answered for. */
  checkedAt,
  conditions: z.array(conditionResult),
  /** Which answer each source gave, to find it in that registry's own log. */
  sources: z.array(z.object({ source: z.enum(GovSource), requestId: z.string(), checkedAt })),
  /** Conditions in force that no registry answers (condition 7): the centre checks them at B03-2.2. */
  byCentre: conditionsByCentre.optional(),
  /** Conditions the rules in force on the application date suspend: not asked, not counted. */
  suspended: suspendedConditions.optional(),
});
export type EmployerCheck = z.infer<typeof employerCheck>;
