// The employer conditions of DOMAIN.md §1 that a registry answers (1–6), asked of all sources at once and decided here.
import { DomainError } from '../../platform/errors';
import type { GovRegistries } from './gov-registries.client';
import {
  type ConditionResult,
  type EmployerCheck,
  EmployerCondition,
  GovSource,
  OrganisationStatus,
  SOCIAL_PAYMENT_MONTHS,
} from './gov-registries.schemas';

/**
 * The same calendar date `months` later (or earlier); a date the target month lacks becomes its last day
 * (29 February + 12 months = 28 February). Calendar dates only: no instant, so no time zone can shift them.
 */
export function addCalendarMonths(isoDate: string, months: number): string {
  const [year, month, day] = isoDate.split('-').map(Number) as [number, number, number];
  const monthIndex = year * 12 + (month - 1) + months;
  const targetYear = Math.floor(monthIndex / 12);
  const targetMonth = monthIndex - targetYear * 12;
  const lastDay = new Date(Date.UTC(targetYear, targetMonth + 1, 0)).getUTCDate();
  const date = new Date(Date.UTC(targetYear, targetMonth, Math.min(day, lastDay)));
  return date.toISOString().slice(0, 10);
}

/** "Operating more than 12 months before the application date": registered 12 months to the day before is not enough. */
export function isOperatingOverYear(registrationDate: string, applicationDate: string): boolean {
  return applicationDate > addCalendarMonths(registrationDate, 12);
}

/**
 * Asks the four registries in parallel and evaluates conditions 1–6 for the application date (a calendar date in
 * Asia/Almaty, e.g. dateInKazakhstan(clock.now())). Throws unless every source answered: no condition passes unanswered.
 * Condition 7 (earlier subsidized-job contracts fulfilled) is the application module's, from its own records.
 */
export async function checkEmployerConditions(
  registries: GovRegistries,
  { bin, applicationDate }: { bin: string; applicationDate: string },
): Promise<EmployerCheck> {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(applicationDate))
    throw new Error(`applicationDate must be YYYY-MM-DD: ${applicationDate}`);
  const answers = await Promise.allSettled([
    registries.getOrganisation(bin),
    registries.getTaxDebt(bin),
    registries.getSocialPayments(bin),
    registries.getWageArrears(bin),
  ] as const);
  const [organisation, taxes, socialPayments, wages] = answers;
  if (
    organisation.status === 'rejected' ||
    taxes.status === 'rejected' ||
    socialPayments.status === 'rejected' ||
    wages.status === 'rejected'
  ) {
    throw mostTellingFailure(answers.flatMap((a) => (a.status === 'rejected' ? [a.reason as unknown] : [])));
  }
  const o = organisation.value;
  const t = taxes.value;
  const s = socialPayments.value;
  const w = wages.value;

  const conditions: ConditionResult[] = [
    {
      code: EmployerCondition.active,
      passed: o.status === OrganisationStatus.active,
      source: GovSource.gbdUl,
      observed: { status: o.status },
    },
    {
      code: EmployerCondition.operatingOverYear,
      passed: isOperatingOverYear(o.registrationDate, applicationDate),
      source: GovSource.gbdUl,
      observed: { registrationDate: o.registrationDate, applicationDate },
    },
    {
      code: EmployerCondition.noTaxDebt,
      // Both the flag and the amount must say "none": a registry contradicting itself is not a clean answer.
      passed: !t.hasTaxDebt && t.taxDebtAmountTenge === 0,
      source: GovSource.kgd,
      observed: { hasTaxDebt: t.hasTaxDebt, taxDebtAmountTenge: t.taxDebtAmountTenge },
    },
    {
      code: EmployerCondition.noSocialDebt,
      passed: !t.hasSocialPaymentDebt && t.socialDebtAmountTenge === 0,
      source: GovSource.kgd,
      observed: { hasSocialPaymentDebt: t.hasSocialPaymentDebt, socialDebtAmountTenge: t.socialDebtAmountTenge },
    },
    {
      code: EmployerCondition.noWageArrears,
      passed: !w.hasOverdueWageArrears,
      source: GovSource.esutd,
      observed: { hasOverdueWageArrears: w.hasOverdueWageArrears },
    },
    {
      code: EmployerCondition.regularSocialPayments,
      passed: s.regular && s.months === SOCIAL_PAYMENT_MONTHS && s.monthsPaid === SOCIAL_PAYMENT_MONTHS,
      source: GovSource.gfss,
      observed: { months: s.months, monthsPaid: s.monthsPaid, regular: s.regular },
    },
    {
      code: EmployerCondition.reliableTaxpayer,
      passed: !t.isUnreliableTaxpayer,
      source: GovSource.kgd,
      observed: { isUnreliableTaxpayer: t.isUnreliableTaxpayer },
    },
  ];
  const sources = [o, t, s, w].map((r) => ({ source: r.source, requestId: r.requestId, checkedAt: r.checkedAt }));
  return {
    bin,
    applicationDate,
    eligible: conditions.every((c) => c.passed),
    checkedAt: sources.map((r) => r.checkedAt).reduce((a, b) => (Date.parse(b) > Date.parse(a) ? b : a)),
    conditions,
    sources,
  };
}

/** An unknown BIN is final (asking again will not help), so it wins over an unavailable source; anything else as is. */
function mostTellingFailure(reasons: unknown[]): unknown {
  const byCode = (code: string) => reasons.find((r) => r instanceof DomainError && r.code === code);
  return byCode('gov_registries.organisation_not_found') ?? byCode('gov_registries.unavailable') ?? reasons[0];
}
