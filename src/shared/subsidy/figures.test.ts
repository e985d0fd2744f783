// The figures an application states and signs, against hand computations.
import { describe, expect, it } from 'vitest';
import { computeApplicationFigures } from './figures';
import { indicatorsByYear, programmeCatalogue } from './programmes';
import { programmeInForce } from './rules';

const programme = (code: string) => programmeInForce(programmeCatalogue, code, '2025-11-20');
const position = (overrides: Partial<{ monthlyWage: number; jobs: number; durationMonths: number }> = {}) => ({
  ordinal: 1,
  monthlyWage: 150_000,
  jobs: 1,
  durationMonths: 12,
  ...overrides,
});

describe('an application’s figures from its planned start date', () => {
  it('B03-1.2 prices each month at the МРП of the year it is worked in: the hand check of 1 545 210 ₸', () => {
    // Youth practice, one job at 150 000 from 1 December 2025 for 12 months:
    // 1 × 117 960 (2025: 30 × 3 932) + 11 × 129 750 (2026: 30 × 4 325) = 117 960 + 1 427 250 = 1 545 210.
    const figures = computeApplicationFigures({
      programme: programme('youth_practice'),
      positions: [position()],
      plannedStartDate: '2025-12-01',
      indicators: indicatorsByYear,
      computedOn: '2025-11-20',
    });
    expect(figures.total).toBe(1_545_210);
    expect(figures.positions[0]).toMatchObject({
      endDate: '2026-11-30',
      total: 1_545_210,
      periods: [
        { year: 2025, from: '2025-12', months: 1, monthlySubsidy: 117_960, estimate: false, cappedAtWage: false },
        { year: 2026, from: '2026-01', months: 11, monthlySubsidy: 129_750, estimate: false, cappedAtWage: false },
      ],
    });
    expect(figures.byYear).toEqual([
      { year: 2025, total: 117_960, estimate: false },
      { year: 2026, total: 1_427_250, estimate: false },
    ]);
    expect(figures.indicators).toEqual([
      { year: 2025, mrp: 3_932, mzp: 85_000, estimate: false, basedOnYear: 2025 },
      { year: 2026, mrp: 4_325, mzp: 85_000, estimate: false, basedOnYear: 2026 },
    ]);
    expect(figures.firstMonthTotal).toBe(117_960);
  });

  it('B03-1.2 caps each month at the wage: first job at 120 000 pays 120 000, not 30 МРП', () => {
    // First job, 2 jobs at 120 000 from 1 December 2025 for 3 months:
    // Dec 2025: 30 × 3 932 = 117 960 (< 120 000); Jan, Feb 2026: 30 × 4 325 = 129 750 > 120 000 → 120 000.
    // A job: 117 960 + 2 × 120 000 = 357 960; 2 jobs: 715 920.
    const figures = computeApplicationFigures({
      programme: programme('first_job'),
      positions: [position({ monthlyWage: 120_000, jobs: 2, durationMonths: 3 })],
      plannedStartDate: '2025-12-01',
      indicators: indicatorsByYear,
      computedOn: '2025-11-20',
    });
    expect(figures.positions[0]!.periods).toEqual([
      { year: 2025, from: '2025-12', months: 1, monthlySubsidy: 117_960, estimate: false, cappedAtWage: false },
      { year: 2026, from: '2026-01', months: 2, monthlySubsidy: 120_000, estimate: false, cappedAtWage: true },
    ]);
    expect(figures.total).toBe(715_920);
  });

  it('a plain share of the wage is exact in an unpublished year: only the indicators are marked', () => {
    // Social jobs, 35 % of 100 000 = 35 000 from 1 December 2026 for 2 months: December 2026 and January 2027.
    const figures = computeApplicationFigures({
      programme: programme('social_jobs'),
      positions: [position({ monthlyWage: 100_000, durationMonths: 2 })],
      plannedStartDate: '2026-12-01',
      indicators: indicatorsByYear,
      computedOn: '2026-11-20',
    });
    expect(figures.indicators.map((i) => [i.year, i.estimate])).toEqual([
      [2026, false],
      [2027, true],
    ]);
    expect(figures.byYear).toEqual([
      { year: 2026, total: 35_000, estimate: false },
      { year: 2027, total: 35_000, estimate: false },
    ]);
  });

  it('B03-1.2 a year without published МРП is priced at the latest published one and marked as an estimate', () => {
    // Silver age, one job at 150 000 from 1 November 2026 for 14 months: 70 % = 105 000 in contract year 1 (under
    // the cap of 30 × 4 325 = 129 750), 65 % = 97 500 from the 13th month (November 2027).
    // 2026: 2 × 105 000 = 210 000; 2027 (estimate at 2026's МРП): 10 × 105 000 + 2 × 97 500 = 1 245 000.
    const figures = computeApplicationFigures({
      programme: programme('silver_age'),
      positions: [position({ durationMonths: 14 })],
      plannedStartDate: '2026-11-01',
      indicators: indicatorsByYear,
      computedOn: '2026-10-01',
    });
    expect(figures.indicators).toEqual([
      { year: 2026, mrp: 4_325, mzp: 85_000, estimate: false, basedOnYear: 2026 },
      { year: 2027, mrp: 4_325, mzp: 85_000, estimate: true, basedOnYear: 2026 },
    ]);
    expect(figures.positions[0]!.periods.map((p) => [p.from, p.months, p.monthlySubsidy, p.estimate])).toEqual([
      ['2026-11', 2, 105_000, false],
      ['2027-01', 10, 105_000, true],
      ['2027-11', 2, 97_500, true],
    ]);
    expect(figures.byYear).toEqual([
      { year: 2026, total: 210_000, estimate: false },
      { year: 2027, total: 1_245_000, estimate: true },
    ]);
    expect(figures.total).toBe(1_455_000);
  });
});
