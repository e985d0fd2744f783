// Who counts as a participant, as dated data with sources: the youth and over-50 age bounds, the retirement age by sex
// (silver age's upper bound) and social jobs' target categories; the shipped values and the rules read from them.
import { z } from 'zod';
import { type SeekerCategory, seekerCategories } from '../seekers/categories';
import type { Certainty, ProgrammeVersion } from './programmes';
import { ageAllowed } from './rules';

export const participantRuleKinds = [
  'youth_max_age',
  'over_50_min_age',
  'retirement_age',
  'target_categories',
] as const;
export type ParticipantRuleKind = (typeof participantRuleKinds)[number];
export const ruleSexes = ['any', 'female', 'male'] as const;
export type RuleSex = (typeof ruleSexes)[number];

/** Each kind's value: full years for the age bounds, months for the retirement age (61.5 years = 738), a list of categories. */
export const participantRuleValue = z.union([
  z.object({ years: z.number().int().min(14).max(80) }),
  z.object({
    months: z
      .number()
      .int()
      .min(50 * 12)
      .max(75 * 12),
  }),
  z.object({
    categories: z
      .array(z.enum(seekerCategories as [SeekerCategory, ...SeekerCategory[]]))
      .min(1)
      .max(seekerCategories.length),
  }),
]);
export type ParticipantRuleValue = z.infer<typeof participantRuleValue>;

export type ParticipantRule = {
  kind: ParticipantRuleKind;
  /** 'any' but for the retirement age. */
  sex: RuleSex;
  validFrom: string;
  value: ParticipantRuleValue;
  source: string;
  certainty: Certainty;
};

const SOCIAL_CODE = 'Социальный кодекс РК № 224-VII от 20.04.2023';
const RETIREMENT_SOURCE = `${SOCIAL_CODE}, ст. 207 (график для женщин по сообщению МТСЗН: Tengrinews / Lada.kz 09.10.2025, dalamedia.info); первичный текст не сверен`;

/** Women's retirement age: 61 from 2023 (the rise frozen until 2028), then six months more each 1 January to 63 in 2031. */
const womenRetirement: readonly [string, number][] = [
  ['2023-01-01', 61 * 12],
  ['2028-01-01', 61 * 12 + 6],
  ['2029-01-01', 62 * 12],
  ['2030-01-01', 62 * 12 + 6],
  ['2031-01-01', 63 * 12],
];

export const participantRuleCatalogue: readonly ParticipantRule[] = [
  {
    kind: 'youth_max_age',
    sex: 'any',
    validFrom: '2023-07-01',
    value: { years: 35 },
    source:
      'Закон РК «О государственной молодёжной политике» (молодёжь — до 35 лет); точные границы для субсидируемых рабочих мест не подтверждены',
    certainty: 'unconfirmed',
  },
  {
    kind: 'over_50_min_age',
    sex: 'any',
    validFrom: '2023-07-01',
    // "Over 50" read literally: more than 50 full years, so 51 and older.
    value: { years: 51 },
    source:
      'Правила организации СРМ, приказ МТСЗН РК № 275 от 30.06.2023, «Серебряный возраст»: лица старше 50 лет до пенсионного возраста (по вторичным источникам)',
    certainty: 'secondary',
  },
  {
    kind: 'retirement_age',
    sex: 'male',
    validFrom: '2023-01-01',
    value: { months: 63 * 12 },
    source: RETIREMENT_SOURCE,
    certainty: 'secondary',
  },
  ...womenRetirement.map(
    ([validFrom, months]): ParticipantRule => ({
      kind: 'retirement_age',
      sex: 'female',
      validFrom,
      value: { months },
      source: RETIREMENT_SOURCE,
      certainty: 'secondary',
    }),
  ),
  {
    kind: 'target_categories',
    sex: 'any',
    validFrom: '2023-07-01',
    value: { categories: ['youth', 'disability', 'over_50', 'no_work_experience'] },
    source: `${SOCIAL_CODE} (целевые группы населения); полный перечень в наших источниках не подтверждён`,
    certainty: 'unconfirmed',
  },
];

/** The rule of a kind (and sex) in force on a date: the one with the latest start on or before it; null if none. */
export function ruleInForce(
  rules: readonly ParticipantRule[],
  kind: ParticipantRuleKind,
  onDate: string,
  sex: RuleSex = 'any',
): ParticipantRule | null {
  return (
    rules
      .filter((r) => r.kind === kind && r.sex === sex && r.validFrom <= onDate)
      .sort((a, b) => b.validFrom.localeCompare(a.validFrom))[0] ?? null
  );
}

const yearsOf = (rule: ParticipantRule | null) => (rule && 'years' in rule.value ? rule.value.years : null);

/** The category bounds on a date, as categoriesOn needs them; null where the data has no rule. */
export type ParticipantLimits = {
  youthMaxAge: number | null;
  over50MinAge: number | null;
  targetCategories: readonly SeekerCategory[];
  /** The retirement age in force on the date, in months, by sex (silver age's upper bound). */
  retirementAgeMonths: { female: number | null; male: number | null };
};

export function participantLimitsOn(rules: readonly ParticipantRule[], onDate: string): ParticipantLimits {
  const categories = ruleInForce(rules, 'target_categories', onDate);
  return {
    youthMaxAge: yearsOf(ruleInForce(rules, 'youth_max_age', onDate)),
    over50MinAge: yearsOf(ruleInForce(rules, 'over_50_min_age', onDate)),
    targetCategories: categories && 'categories' in categories.value ? categories.value.categories : [],
    retirementAgeMonths: { female: monthsOf(rules, onDate, 'female'), male: monthsOf(rules, onDate, 'male') },
  };
}

function monthsOf(rules: readonly ParticipantRule[], onDate: string, sex: 'female' | 'male'): number | null {
  const rule = ruleInForce(rules, 'retirement_age', onDate, sex);
  return rule && 'months' in rule.value ? rule.value.months : null;
}

/** Full months between two dates (YYYY-MM-DD): a birthday month counts once its day has come. */
export function fullMonthsBetween(from: string, to: string): number {
  const [fy, fm, fd] = from.split('-').map(Number) as [number, number, number];
  const [ty, tm, td] = to.split('-').map(Number) as [number, number, number];
  const months = (ty - fy) * 12 + (tm - fm);
  return td >= fd ? months : months - 1;
}

/**
 * Whether a person has not yet reached the retirement age in force on the date for their sex: silver age's upper
 * bound. Null when the data holds no retirement age for that date and sex (the bound cannot be applied).
 */
export function belowRetirementAge(
  rules: readonly ParticipantRule[],
  person: { birthDate: string; sex: 'female' | 'male' },
  onDate: string,
): boolean | null {
  const rule = ruleInForce(rules, 'retirement_age', onDate, person.sex);
  if (!rule || !('months' in rule.value)) return null;
  return fullMonthsBetween(person.birthDate, onDate) < rule.value.months;
}

/**
 * The programme's own age limits and, for a programme of people over 50 (silver age: "up to retirement age"), the
 * retirement age in force on the date for the person's sex. Without a retirement age in the data the bound is not
 * applied (the page marks the rule as missing rather than the code guessing one).
 */
export function participantAgeAllowed(
  programme: ProgrammeVersion,
  person: { birthDate: string; sex: 'female' | 'male' },
  onDate: string,
  limits: Pick<ParticipantLimits, 'retirementAgeMonths'>,
): boolean {
  if (!ageAllowed(programme, person.birthDate, onDate)) return false;
  if (!programme.targetGroups.includes('over_50')) return true;
  const retirement = limits.retirementAgeMonths[person.sex];
  return retirement === null || fullMonthsBetween(person.birthDate, onDate) < retirement;
}
