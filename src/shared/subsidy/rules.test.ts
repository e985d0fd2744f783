import { describe, expect, it } from 'vitest';
import { indicatorsByYear, type ProgrammeVersion, programmeCatalogue } from './programmes';
import {
  ageAllowed,
  checkPositions,
  contractEndDate,
  contractTotal,
  monthlySubsidy,
  paymentIndicatorsFor,
  programmeInForce,
  SubsidyRuleError,
} from './rules';

const y2026 = indicatorsByYear.find((i) => i.year === 2026)!;
const programme = (code: string) => programmeInForce(programmeCatalogue, code, '2026-11-23');

describe('subsidy rules, against hand-computed cases', () => {
  it('social jobs: the state pays 35 % of the wage, rounded half up to whole tenge', () => {
    // 150 000 × 35 % = 52 500; 85 001 × 35 % = 29 750.35 → 29 750; 85 003 × 35 % = 29 751.05 → 29 751
    expect(monthlySubsidy(programme('social_jobs'), 150_000, 0, y2026)).toBe(52_500);
    expect(monthlySubsidy(programme('social_jobs'), 85_001, 0, y2026)).toBe(29_750);
    expect(monthlySubsidy(programme('social_jobs'), 85_003, 0, y2026)).toBe(29_751);
  });

  it('youth practice: 30 МРП a month, whatever the wage (2026: 30 × 4 325 = 129 750)', () => {
    expect(monthlySubsidy(programme('youth_practice'), 200_000, 0, y2026)).toBe(129_750);
  });

  it('silver age: 70 % / 65 % / 60 % by contract year, each capped at 30 МРП', () => {
    const silver = programme('silver_age');
    // 150 000 × 70 % = 105 000 (< 129 750 cap); year 2: 97 500; year 3: 90 000
    expect(monthlySubsidy(silver, 150_000, 0, y2026)).toBe(105_000);
    expect(monthlySubsidy(silver, 150_000, 12, y2026)).toBe(97_500);
    expect(monthlySubsidy(silver, 150_000, 24, y2026)).toBe(90_000);
    // 250 000 × 70 % = 175 000 → capped at 129 750
    expect(monthlySubsidy(silver, 250_000, 0, y2026)).toBe(129_750);
  });

  it('a contract total sums months × jobs, each month at its payment year’s МРП, never above the wage', () => {
    // youth practice from 2025-11-01 for 3 months, 2 jobs at 120 000: Nov, Dec 2025 at 30 × 3 932 = 117 960;
    // Jan 2026 at 30 × 4 325 = 129 750, more than the wage, so 120 000.
    // per job: 2 × 117 960 + 120 000 = 355 920; × 2 jobs = 711 840
    const { totalTenge, monthlyByPosition } = contractTotal(
      programme('youth_practice'),
      [{ wageTenge: 120_000, jobs: 2, durationMonths: 3 }],
      '2025-11-01',
      indicatorsByYear,
    );
    expect(monthlyByPosition).toEqual([[117_960, 117_960, 120_000]]);
    expect(totalTenge).toBe(711_840);
  });

  it('the subsidy for a month never exceeds that month’s wage', () => {
    // 30 МРП of 2026 = 30 × 4 325 = 129 750 > 120 000: youth practice and first job pay 120 000.
    expect(monthlySubsidy(programme('youth_practice'), 120_000, 0, y2026)).toBe(120_000);
    expect(monthlySubsidy(programme('first_job'), 120_000, 0, y2026)).toBe(120_000);
    // public works: 1 × МЗП = 85 000 against a wage of exactly 85 000: 85 000, not more.
    expect(monthlySubsidy(programme('public_works'), 85_000, 0, y2026)).toBe(85_000);
    // A wage above the formula leaves the formula's figure: 129 750 < 129 751.
    expect(monthlySubsidy(programme('youth_practice'), 129_751, 0, y2026)).toBe(129_750);
  });

  it('several positions: social jobs, 3 cooks at 120 000 for 6 months and 1 driver at 180 000 for 12', () => {
    // cooks: 42 000 × 6 × 3 = 756 000; driver: 63 000 × 12 = 756 000; total 1 512 000 (all in 2026)
    const { totalTenge } = contractTotal(
      programme('social_jobs'),
      [
        { wageTenge: 120_000, jobs: 3, durationMonths: 6 },
        { wageTenge: 180_000, jobs: 1, durationMonths: 12 },
      ],
      '2026-01-01',
      indicatorsByYear,
    );
    expect(totalTenge).toBe(1_512_000);
  });

  it('a month whose year has no МРП yet is paid at the latest published year’s, as an estimate', () => {
    // youth practice from 2026-12-01, 3 months at 150 000: Dec 2026 at 129 750; Jan, Feb 2027 (not published) at the
    // 2026 value 129 750: 3 × 129 750 = 389 250.
    const { totalTenge } = contractTotal(
      programme('youth_practice'),
      [{ wageTenge: 150_000, jobs: 1, durationMonths: 3 }],
      '2026-12-01',
      indicatorsByYear,
    );
    expect(totalTenge).toBe(389_250);
    expect(paymentIndicatorsFor(indicatorsByYear, 2027)).toMatchObject({
      year: 2027,
      mrp: 4_325,
      estimate: true,
      basedOnYear: 2026,
    });
    expect(paymentIndicatorsFor(indicatorsByYear, 2026)).toMatchObject({ mrp: 4_325, estimate: false });
    // A year before every published year is refused rather than guessed.
    expect(() => paymentIndicatorsFor(indicatorsByYear, 2023)).toThrowError(SubsidyRuleError);
  });

  it('a programme without parameters cannot be computed', () => {
    expect(() => monthlySubsidy(programme('contract_of_generations'), 150_000, 0, y2026)).toThrow(
      'subsidy.formula_not_set',
    );
  });

  it('checks wage against the МЗП in force and duration against the programme maximum', () => {
    const checks = checkPositions(
      programme('youth_practice'),
      [
        { wageTenge: 84_999, jobs: 1, durationMonths: 12 },
        { wageTenge: 85_000, jobs: 1, durationMonths: 13 },
      ],
      '2026-11-23',
      indicatorsByYear,
    );
    const failed = checks.filter((c) => !c.passed).map((c) => `${c.code}#${c.params?.position}`);
    expect(failed).toEqual(['subsidy.wage_at_least_mzp#1', 'subsidy.duration_within_maximum#2']);
  });

  it('uses the version in force on the date; a later version replaces it from its start', () => {
    const v2: ProgrammeVersion = {
      ...programme('social_jobs'),
      version: 2,
      formula: { kind: 'wage_share', percent: 40 },
      validFrom: '2027-01-01',
    };
    const catalogue = [...programmeCatalogue, v2];
    expect(programmeInForce(catalogue, 'social_jobs', '2026-12-31').version).toBe(1);
    expect(programmeInForce(catalogue, 'social_jobs', '2027-01-01').version).toBe(2);
    expect(() => programmeInForce(catalogue, 'social_jobs', '2023-06-30')).toThrow('subsidy.programme_not_in_force');
  });

  it('age limits: youth practice up to 35, silver age over 50', () => {
    expect(ageAllowed(programme('youth_practice'), '1991-11-24', '2026-11-23')).toBe(true); // 34
    expect(ageAllowed(programme('youth_practice'), '1990-11-23', '2026-11-23')).toBe(false); // 36
    expect(ageAllowed(programme('silver_age'), '1976-11-23', '2026-11-23')).toBe(false); // exactly 50
    expect(ageAllowed(programme('silver_age'), '1975-11-23', '2026-11-23')).toBe(true); // 51
  });

  it('a contract’s end date is the day before the same date N months later', () => {
    expect(contractEndDate('2026-01-01', 12)).toBe('2026-12-31');
    expect(contractEndDate('2026-01-31', 1)).toBe('2026-02-28');
    expect(contractEndDate('2026-12-15', 3)).toBe('2027-03-14');
    expect(contractEndDate('2026-03-15', 6)).toBe('2026-09-14');
  });
});
