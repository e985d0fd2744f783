// An application's subsidy figures from its planned start date: each position's monthly subsidy by period and payment
// year, per-year and contract totals, and the МРП/МЗП used (estimates marked); the snapshot signed with the application.
import { z } from 'zod';
import type { ProgrammeVersion, YearIndicators } from './programmes';
import {
  contractEndDate,
  formulaAmount,
  monthlySubsidy,
  monthStarts,
  type PaymentIndicators,
  paymentIndicatorsFor,
} from './rules';

const isoDate = z.iso.date();
const tenge = z.number().int();

/** Consecutive months of one payment year at one monthly amount per job. */
export const figuresPeriod = z.object({
  year: z.number().int(),
  /** The first month, YYYY-MM. */
  from: z.string().regex(/^\d{4}-\d{2}$/),
  months: z.number().int(),
  /** One job, one month. */
  monthlySubsidy: tenge,
  /** The formula gave more than the wage: the month is paid at the wage. */
  cappedAtWage: z.boolean(),
  /** The year's МРП/МЗП were not published when the figures were computed. */
  estimate: z.boolean(),
});
export type FiguresPeriod = z.infer<typeof figuresPeriod>;

export const subsidyFiguresSnapshot = z.object({
  plannedStartDate: isoDate,
  /** The date in Kazakhstan the figures were computed on (the date the document to sign was built, once signed). */
  computedOn: isoDate,
  /** The МРП/МЗП of each payment year used; an estimate carries the published year it was taken from. */
  indicators: z.array(
    z.object({
      year: z.number().int(),
      mrp: tenge,
      mzp: tenge,
      estimate: z.boolean(),
      basedOnYear: z.number().int(),
    }),
  ),
  positions: z.array(
    z.object({
      ordinal: z.number().int(),
      jobs: z.number().int(),
      monthlyWage: tenge,
      durationMonths: z.number().int(),
      endDate: isoDate,
      periods: z.array(figuresPeriod),
      /** All jobs of the position over its duration. */
      total: tenge,
    }),
  ),
  /** All positions' jobs, by payment year. */
  byYear: z.array(z.object({ year: z.number().int(), total: tenge, estimate: z.boolean() })),
  /** All jobs, the first month. */
  firstMonthTotal: tenge,
  total: tenge,
});
export type SubsidyFiguresSnapshot = z.infer<typeof subsidyFiguresSnapshot>;

export type FiguresPosition = { ordinal: number; monthlyWage: number; jobs: number; durationMonths: number };

/**
 * The figures of an application starting on `plannedStartDate`: month i of a position is paid at the МРП/МЗП of the
 * calendar year its first day falls in, never above the wage. Throws SubsidyRuleError when the programme has no
 * formula or no year's indicators precede the start.
 */
export function computeApplicationFigures(input: {
  programme: ProgrammeVersion;
  positions: readonly FiguresPosition[];
  plannedStartDate: string;
  indicators: readonly YearIndicators[];
  computedOn: string;
}): SubsidyFiguresSnapshot {
  const { programme, plannedStartDate, indicators } = input;
  const used = new Map<number, PaymentIndicators>();
  const byYear = new Map<number, number>();
  const positions = input.positions.map((p) => {
    const periods: FiguresPeriod[] = [];
    monthStarts(plannedStartDate, p.durationMonths).forEach((monthStart, i) => {
      const year = Number(monthStart.slice(0, 4));
      const payment = used.get(year) ?? paymentIndicatorsFor(indicators, year);
      used.set(year, payment);
      const amount = monthlySubsidy(programme, p.monthlyWage, i, payment);
      byYear.set(year, (byYear.get(year) ?? 0) + amount * p.jobs);
      const last = periods.at(-1);
      if (last && last.year === year && last.monthlySubsidy === amount) last.months += 1;
      else
        periods.push({
          year,
          from: monthStart.slice(0, 7),
          months: 1,
          monthlySubsidy: amount,
          cappedAtWage: formulaAmount(programme, p.monthlyWage, i, payment) > p.monthlyWage,
          estimate: payment.estimate && dependsOnIndicators(programme),
        });
    });
    const total = periods.reduce((sum, period) => sum + period.months * period.monthlySubsidy, 0) * p.jobs;
    return {
      ordinal: p.ordinal,
      jobs: p.jobs,
      monthlyWage: p.monthlyWage,
      durationMonths: p.durationMonths,
      endDate: contractEndDate(plannedStartDate, p.durationMonths),
      periods,
      total,
    };
  });
  const years = [...used.values()].sort((a, b) => a.year - b.year);
  return {
    plannedStartDate,
    computedOn: input.computedOn,
    indicators: years.map((i) => ({
      year: i.year,
      mrp: i.mrp,
      mzp: i.mzp,
      estimate: i.estimate,
      basedOnYear: i.basedOnYear,
    })),
    positions,
    byYear: years.map((i) => ({
      year: i.year,
      total: byYear.get(i.year) ?? 0,
      estimate: i.estimate && dependsOnIndicators(programme),
    })),
    firstMonthTotal: positions.reduce((sum, p) => sum + (p.periods[0]?.monthlySubsidy ?? 0) * p.jobs, 0),
    total: positions.reduce((sum, p) => sum + p.total, 0),
  };
}

/** Whether the formula uses МРП or МЗП at all: a plain share of the wage is exact whatever a year's indicators. */
function dependsOnIndicators(programme: ProgrammeVersion): boolean {
  const f = programme.formula;
  return f.kind !== 'wage_share' || f.capMrp !== undefined || f.capMzp !== undefined;
}
