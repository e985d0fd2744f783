// Subsidy programmes (виды СРМ) and МРП/МЗП as the API sends them and as an administrator enters a new version or year.
import { z } from 'zod';
import { participantRuleKinds, participantRuleValue, ruleSexes } from '../subsidy/participants';
import type { Certainty, SubsidyFormula, TargetGroup } from '../subsidy/programmes';
import { isoDateTime, uuidSchema } from './common';

export const certainties = ['verified', 'secondary', 'unconfirmed'] as const satisfies readonly Certainty[];
export const certaintySchema = z.enum(certainties);

export const targetGroups = [
  'unemployed',
  'target_groups',
  'graduate',
  'youth',
  'no_work_experience',
  'over_50',
] as const satisfies readonly TargetGroup[];
// Every target group of the shared type is offered: the list and the type cannot drift apart.
const everyTargetGroupListed: [TargetGroup] extends [(typeof targetGroups)[number]] ? true : false = true;
void everyTargetGroupListed;

export const formulaKinds = ['wage_share', 'wage_share_by_year', 'fixed_mrp', 'fixed_mzp', 'not_set'] as const;
export type FormulaKind = (typeof formulaKinds)[number];

const isoDate = z.iso.date();
const percent = z.number().int('validation.integer_required').min(1).max(100);
const count = (max: number) => z.number().int('validation.integer_required').min(1).max(max);

/** The subsidy formula, one shape per kind; the same union as SubsidyFormula in shared/subsidy/programmes.ts. */
export const subsidyFormulaSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('wage_share'), percent, capMrp: count(1000).optional(), capMzp: count(100).optional() }),
  z.object({
    kind: z.literal('wage_share_by_year'),
    percentByYear: z.array(percent).min(1).max(5).readonly(),
    capMrp: count(1000),
  }),
  z.object({ kind: z.literal('fixed_mrp'), mrp: count(1000) }),
  z.object({ kind: z.literal('fixed_mzp'), multiple: count(100) }),
  z.object({ kind: z.literal('not_set') }),
]);
// The schema accepts exactly the formulas the rules module evaluates, both ways.
const formulaSchemaMatchesType: [z.infer<typeof subsidyFormulaSchema>] extends [SubsidyFormula]
  ? [SubsidyFormula] extends [z.infer<typeof subsidyFormulaSchema>]
    ? true
    : false
  : false = true;
void formulaSchemaMatchesType;

export const programmeCertaintySchema = z.object({
  participants: certaintySchema,
  duration: certaintySchema,
  formula: certaintySchema,
});

const text = (max: number) => z.string().trim().min(1, 'validation.required').max(max, 'validation.too_long');
const age = z.number().int('validation.integer_required').min(14).max(80);

export const programmeCodeSchema = z.string().regex(/^[a-z][a-z0-9_]{1,39}$/, 'validation.programme_code_invalid');

/** One version of a programme as everyone may read it; `inForce` marks the version that applies today. */
export const programmeVersionView = z.object({
  id: uuidSchema,
  code: z.string(),
  version: z.number().int(),
  name: z.object({ kk: z.string(), ru: z.string(), en: z.string().optional() }),
  targetGroups: z.array(z.enum(targetGroups)),
  minParticipantAge: z.number().int().nullable(),
  maxParticipantAge: z.number().int().nullable(),
  maxDurationMonths: z.number().int().nullable(),
  formula: subsidyFormulaSchema,
  validFrom: isoDate,
  validTo: isoDate.nullable(),
  /** The regulation the values come from: never a figure without its source. */
  source: z.string(),
  certainty: programmeCertaintySchema,
  inForce: z.boolean(),
});
export type ProgrammeVersionView = z.infer<typeof programmeVersionView>;

export const programmesQuery = z.object({
  /** `true`: every version ever entered; otherwise only the versions in force on today's date in Kazakhstan. */
  all: z.enum(['true', 'false']).optional(),
});

export const programmesResponse = z.object({
  /** Today in Kazakhstan (UTC+5), the date `inForce` speaks of. */
  onDate: isoDate,
  items: z.array(programmeVersionView),
});
export type ProgrammesResponse = z.infer<typeof programmesResponse>;

/** МРП (monthly calculation index) and МЗП (minimum wage) of one year, whole tenge. */
export const indicatorsView = z.object({
  year: z.number().int(),
  mrp: z.number().int(),
  mzp: z.number().int(),
  source: z.string(),
  certainty: certaintySchema,
  updatedAt: isoDateTime,
});
export type IndicatorsView = z.infer<typeof indicatorsView>;
export const indicatorsResponse = z.object({ items: z.array(indicatorsView) });
export type IndicatorsResponse = z.infer<typeof indicatorsResponse>;

/** An administrator's new version of a programme (a new code starts at version 1). */
export const newProgrammeVersionInput = z
  .object({
    code: programmeCodeSchema,
    name: z.object({ kk: text(200), ru: text(200), en: z.string().trim().max(200, 'validation.too_long').optional() }),
    targetGroups: z
      .array(z.enum(targetGroups))
      .min(1, 'validation.target_groups_required')
      .refine((groups) => new Set(groups).size === groups.length, 'validation.target_groups_repeated'),
    minParticipantAge: age.nullable(),
    maxParticipantAge: age.nullable(),
    maxDurationMonths: z.number().int('validation.integer_required').min(1).max(60).nullable(),
    formula: subsidyFormulaSchema,
    validFrom: isoDate,
    validTo: isoDate.nullable(),
    source: text(1000),
    certainty: programmeCertaintySchema,
  })
  .superRefine((input, ctx) => {
    if (
      input.minParticipantAge !== null &&
      input.maxParticipantAge !== null &&
      input.maxParticipantAge < input.minParticipantAge
    ) {
      ctx.addIssue({ code: 'custom', path: ['maxParticipantAge'], message: 'validation.age_range_invalid' });
    }
    if (input.validTo !== null && input.validTo < input.validFrom) {
      ctx.addIssue({ code: 'custom', path: ['validTo'], message: 'validation.valid_to_before_from' });
    }
  });
export type NewProgrammeVersionInput = z.infer<typeof newProgrammeVersionInput>;

export const indicatorsYearParams = z.object({ year: z.coerce.number().int().min(2000).max(2100) });

export const indicatorsInput = z.object({
  mrp: z.number().int('validation.integer_required').min(1).max(1_000_000),
  mzp: z.number().int('validation.integer_required').min(1).max(10_000_000),
  source: text(1000),
  certainty: certaintySchema,
});
export type IndicatorsInput = z.infer<typeof indicatorsInput>;

/** One dated participant rule (age bounds, retirement age by sex, target categories) with its source. */
export const participantRuleView = z.object({
  kind: z.enum(participantRuleKinds),
  sex: z.enum(ruleSexes),
  validFrom: isoDate,
  value: participantRuleValue,
  source: z.string(),
  certainty: certaintySchema,
  /** The rule of its kind and sex that applies today. */
  inForce: z.boolean(),
});
export type ParticipantRuleView = z.infer<typeof participantRuleView>;
export const participantRulesResponse = z.object({ onDate: isoDate, items: z.array(participantRuleView) });
export type ParticipantRulesResponse = z.infer<typeof participantRulesResponse>;

/** An administrator's dated value of a participant rule; the same kind, sex and date replaces the value entered. */
export const participantRuleInput = z
  .object({
    kind: z.enum(participantRuleKinds),
    sex: z.enum(ruleSexes),
    validFrom: isoDate,
    value: participantRuleValue,
    source: text(1000),
    certainty: certaintySchema,
  })
  .superRefine((input, ctx) => {
    if ((input.kind === 'retirement_age') !== (input.sex !== 'any')) {
      ctx.addIssue({ code: 'custom', path: ['sex'], message: 'validation.rule_sex_invalid' });
    }
    const shape = { youth_max_age: 'years', over_50_min_age: 'years', retirement_age: 'months' } as const;
    const expected = input.kind === 'target_categories' ? 'categories' : shape[input.kind];
    if (!(expected in input.value)) {
      ctx.addIssue({ code: 'custom', path: ['value'], message: 'validation.rule_value_invalid' });
    }
  });
export type ParticipantRuleInput = z.infer<typeof participantRuleInput>;
