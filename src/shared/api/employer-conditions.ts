// The employer conditions of B03-1.3 (DOMAIN.md §1) as dated, sourced data: how each applies from a date, as everyone
// reads them and as an administrator records a change or a suspension.
import { z } from 'zod';
import { uuidSchema } from './common';
import { certaintySchema } from './subsidy-programmes';

/** The seven conditions of the regulation in its order; condition 3 (no tax and social debt) is two registry answers. */
export const employerConditionCodes = [
  'active',
  'operating_over_year',
  'no_tax_debt',
  'no_social_debt',
  'no_wage_arrears',
  'regular_social_payments',
  'reliable_taxpayer',
  'earlier_contracts_fulfilled',
] as const;
export type EmployerConditionCode = (typeof employerConditionCodes)[number];

/** A registry answers these; the others only the centre can check (B03-2.2). */
export const registryConditionCodes = employerConditionCodes.filter(
  (c) => c !== 'earlier_contracts_fulfilled',
) as readonly EmployerConditionCode[];

/** automatic: decided from the registries at B03-1.3; centre: shown to the employer, checked by the centre; suspended. */
export const conditionModes = ['automatic', 'centre', 'suspended'] as const;
export type ConditionMode = (typeof conditionModes)[number];

const isoDate = z.iso.date('validation.invalid_date');
/** What a check keeps of the conditions it did not ask the registries: the centre's to check, and those suspended. */
export const conditionsByCentre = z.array(z.object({ code: z.string(), source: z.string(), certainty: z.string() }));
export const suspendedConditions = z.array(
  z.object({
    code: z.string(),
    validFrom: isoDate,
    validTo: isoDate.nullable(),
    source: z.string(),
    certainty: z.string(),
  }),
);

const months = z.number().int('validation.integer_required').min(1).max(12);
const text = (max: number) => z.string().trim().min(1, 'validation.required').max(max, 'validation.too_long');

/** The figures a condition is decided with; only these codes have any. */
export const conditionParams = z.object({
  /** operating_over_year: more than this many months before the application date. */
  months: months.optional(),
  /** earlier_contracts_fulfilled: the permanent-hire duty (shown to the employer, checked by the centre). */
  permanentSharePercent: z.number().int().min(1).max(100).optional(),
  largeEmployerJobs: z.number().int().min(1).max(1000).optional(),
  minimumPermanent: z.number().int().min(0).max(1000).optional(),
});
export type ConditionParams = z.infer<typeof conditionParams>;

export const conditionVersionView = z.object({
  id: uuidSchema,
  code: z.enum(employerConditionCodes),
  version: z.number().int(),
  /** The condition's number in the regulation (1–7). */
  ordinal: z.number().int(),
  mode: z.enum(conditionModes),
  params: conditionParams,
  validFrom: isoDate,
  validTo: isoDate.nullable(),
  source: z.string(),
  certainty: certaintySchema,
  note: z.string(),
  /** This version is the one applied today. */
  inForce: z.boolean(),
});
export type ConditionVersionView = z.infer<typeof conditionVersionView>;

export const conditionsQuery = z.object({
  /** A day (YYYY-MM-DD) to see the rules in force on; today in Kazakhstan if absent. */
  onDate: isoDate.optional(),
});

export const conditionsResponse = z.object({
  onDate: isoDate,
  /** The version of each condition applied on onDate, in the regulation's order. */
  inForce: z.array(conditionVersionView),
  /** Every version ever entered, oldest first within a condition. */
  items: z.array(conditionVersionView),
});
export type ConditionsResponse = z.infer<typeof conditionsResponse>;

/**
 * An administrator's change: from a date (to a date, for a suspension), the listed conditions apply in this mode.
 * Where versions overlap, the later one applies, so a suspension needs no version to resume the rule after it.
 */
export const newConditionVersionsInput = z
  .object({
    codes: z
      .array(z.enum(employerConditionCodes))
      .min(1, 'validation.conditions_required')
      .refine((codes) => new Set(codes).size === codes.length, 'validation.conditions_repeated'),
    mode: z.enum(conditionModes),
    params: conditionParams.default({}),
    validFrom: isoDate,
    validTo: isoDate.nullable(),
    source: text(1000),
    certainty: certaintySchema,
    note: z.string().trim().max(1000, 'validation.too_long').default(''),
  })
  .superRefine((input, ctx) => {
    if (input.validTo !== null && input.validTo < input.validFrom) {
      ctx.addIssue({ code: 'custom', path: ['validTo'], message: 'validation.valid_to_before_from' });
    }
    if (input.mode === 'automatic' && input.codes.includes('earlier_contracts_fulfilled')) {
      ctx.addIssue({ code: 'custom', path: ['mode'], message: 'validation.condition_not_automatic' });
    }
  });
export type NewConditionVersionsInput = z.infer<typeof newConditionVersionsInput>;
export const newConditionVersionsResponse = z.object({ items: z.array(conditionVersionView) });
