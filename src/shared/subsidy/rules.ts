// The subsidy rules: which programme version is in force, a position's monthly subsidy, a contract's total, and the checks of an application.
import { addCalendarDays } from '../calendar/working-days';
import type { ProgrammeVersion, YearIndicators } from './programmes';

export class SubsidyRuleError extends Error {
  constructor(
    readonly code: 'subsidy.programme_not_in_force' | 'subsidy.formula_not_set' | 'subsidy.indicators_missing',
  ) {
    super(code);
  }
}

/** The version of a programme in force on a date (YYYY-MM-DD): the one whose validity covers it. */
export function programmeInForce(
  catalogue: readonly ProgrammeVersion[],
  code: string,
  onDate: string,
): ProgrammeVersion {
  const found = catalogue
    .filter((p) => p.code === code && p.validFrom <= onDate && (p.validTo === null || onDate <= p.validTo))
    .sort((a, b) => b.version - a.version)[0];
  if (!found) throw new SubsidyRuleError('subsidy.programme_not_in_force');
  return found;
}

export function indicatorsFor(indicators: readonly YearIndicators[], year: number): YearIndicators {
  const found = indicators.find((i) => i.year === year);
  if (!found) throw new SubsidyRuleError('subsidy.indicators_missing');
  return found;
}

/** A payment year's МРП/МЗП, or an estimate by the latest earlier year when the year's are not published yet. */
export type PaymentIndicators = YearIndicators & { estimate: boolean; basedOnYear: number };

/**
 * The indicators a month of `year` is paid at: the year's own, or (not yet published) the latest earlier year's,
 * marked as an estimate. A year before every known year is refused rather than guessed.
 */
export function paymentIndicatorsFor(indicators: readonly YearIndicators[], year: number): PaymentIndicators {
  const own = indicators.find((i) => i.year === year);
  if (own) return { ...own, estimate: false, basedOnYear: year };
  const latest = indicators.filter((i) => i.year < year).sort((a, b) => b.year - a.year)[0];
  if (!latest) throw new SubsidyRuleError('subsidy.indicators_missing');
  return { ...latest, year, estimate: true, basedOnYear: latest.year };
}

/** percent of an amount in whole tenge, rounded half up (a tenge amount is never fractional in a contract). */
export function percentOf(amountTenge: number, percent: number): number {
  return Math.floor((amountTenge * percent + 50) / 100);
}

/**
 * The state's subsidy for one job in one month of the contract, never more than that month's wage (the state does not
 * pay more than the employer does). monthIndex counts from 0; the payment year's МРП/МЗП apply ("N × МРП of the
 * payment year").
 */
export function monthlySubsidy(
  programme: ProgrammeVersion,
  wageTenge: number,
  monthIndex: number,
  payment: YearIndicators,
): number {
  return Math.min(formulaAmount(programme, wageTenge, monthIndex, payment), wageTenge);
}

/** What the programme's formula alone gives for a month, before the cap at the wage. */
export function formulaAmount(
  programme: ProgrammeVersion,
  wageTenge: number,
  monthIndex: number,
  payment: YearIndicators,
): number {
  const f = programme.formula;
  switch (f.kind) {
    case 'wage_share': {
      const share = percentOf(wageTenge, f.percent);
      const caps = [
        f.capMrp === undefined ? Infinity : f.capMrp * payment.mrp,
        f.capMzp === undefined ? Infinity : f.capMzp * payment.mzp,
      ];
      return Math.min(share, ...caps);
    }
    case 'wage_share_by_year': {
      const year = Math.floor(monthIndex / 12);
      const percent = f.percentByYear[Math.min(year, f.percentByYear.length - 1)]!;
      return Math.min(percentOf(wageTenge, percent), f.capMrp * payment.mrp);
    }
    case 'fixed_mrp':
      return f.mrp * payment.mrp;
    case 'fixed_mzp':
      return f.multiple * payment.mzp;
    case 'not_set':
      throw new SubsidyRuleError('subsidy.formula_not_set');
  }
}

export type PositionForSubsidy = { wageTenge: number; jobs: number; durationMonths: number };

/** The first day of each month of a contract starting on `startDate`, for the payment year of each month. */
export function monthStarts(startDate: string, months: number): string[] {
  const [y, m] = startDate.split('-').map(Number) as [number, number];
  return Array.from({ length: months }, (_, i) => {
    const month = m - 1 + i;
    return `${y + Math.floor(month / 12)}-${String((month % 12) + 1).padStart(2, '0')}-01`;
  });
}

/**
 * A contract's total subsidy: every month of every job of every position, each month at its payment year's
 * indicators (an unpublished year at the latest published one's, see paymentIndicatorsFor).
 */
export function contractTotal(
  programme: ProgrammeVersion,
  positions: readonly PositionForSubsidy[],
  startDate: string,
  indicators: readonly YearIndicators[],
): { totalTenge: number; monthlyByPosition: number[][] } {
  const monthlyByPosition = positions.map((p) =>
    monthStarts(startDate, p.durationMonths).map((month, i) =>
      monthlySubsidy(programme, p.wageTenge, i, paymentIndicatorsFor(indicators, Number(month.slice(0, 4)))),
    ),
  );
  const totalTenge = monthlyByPosition.reduce(
    (sum, months, i) => sum + months.reduce((a, b) => a + b, 0) * positions[i]!.jobs,
    0,
  );
  return { totalTenge, monthlyByPosition };
}

export type ApplicationCheck = { code: string; passed: boolean; params?: Record<string, string | number> };

/** The programme's own rules on an application's positions: wage not below the МЗП in force, duration within the maximum. */
export function checkPositions(
  programme: ProgrammeVersion,
  positions: readonly PositionForSubsidy[],
  applicationDate: string,
  indicators: readonly YearIndicators[],
): ApplicationCheck[] {
  const { mzp } = indicatorsFor(indicators, Number(applicationDate.slice(0, 4)));
  return positions.flatMap((p, i): ApplicationCheck[] => [
    { code: 'subsidy.wage_at_least_mzp', passed: p.wageTenge >= mzp, params: { position: i + 1, mzp } },
    {
      code: 'subsidy.duration_within_maximum',
      passed:
        p.jobs >= 1 &&
        p.durationMonths >= 1 &&
        (programme.maxDurationMonths === null || p.durationMonths <= programme.maxDurationMonths),
      params: { position: i + 1, maximum: programme.maxDurationMonths ?? 0 },
    },
    { code: 'subsidy.formula_set', passed: programme.formula.kind !== 'not_set', params: { position: i + 1 } },
  ]);
}

/** Whether a person of this age (on the start date) may take part, by the programme's age limits. */
export function ageAllowed(programme: ProgrammeVersion, birthDate: string, onDate: string): boolean {
  const age = fullYearsBetween(birthDate, onDate);
  if (programme.maxParticipantAge !== undefined && age > programme.maxParticipantAge) return false;
  if (programme.minParticipantAge !== undefined && age <= programme.minParticipantAge) return false;
  return true;
}

export function fullYearsBetween(from: string, to: string): number {
  const years = Number(to.slice(0, 4)) - Number(from.slice(0, 4));
  return to.slice(5) >= from.slice(5) ? years : years - 1;
}

/** The last day of a contract of `months` months from `startDate`: the day before the same date N months later, or the last day of that month when it has no such date. */
export function contractEndDate(startDate: string, months: number): string {
  const [y, m, d] = startDate.split('-').map(Number) as [number, number, number];
  const targetYear = y + Math.floor((m - 1 + months) / 12);
  const targetMonth = (m - 1 + months) % 12;
  const sameDate = new Date(Date.UTC(targetYear, targetMonth, d));
  if (sameDate.getUTCMonth() !== targetMonth) {
    // 31 January + 1 month: February has no 31st, so the term runs to February's last day.
    return new Date(Date.UTC(targetYear, targetMonth + 1, 0)).toISOString().slice(0, 10);
  }
  return addCalendarDays(sameDate.toISOString().slice(0, 10), -1);
}
