// The rules in force decide the registries' answers: a suspension sets a condition aside, the centre's own conditions
// are listed for it, a rule's figures re-decide an answer, and no rules at all decide nothing.
import { describe, expect, it } from 'vitest';
import { DomainError } from '../../platform/errors';
import { employerConditionCatalogue, reportedSuspension2026 } from './gov-registries.condition-catalogue';
import { applyConditionRules, type ConditionRule } from './gov-registries.condition-rules';
import type { EmployerCheck } from './gov-registries.schemas';

const answered: EmployerCheck = {
  bin: '150340001008',
  applicationDate: '2026-03-02',
  eligible: false,
  checkedAt: '2026-03-02T05:00:00.000Z',
  conditions: [
    { code: 'active', passed: true, source: 'gbd_ul', observed: { status: 'active' } },
    {
      code: 'operating_over_year',
      passed: true,
      source: 'gbd_ul',
      observed: { registrationDate: '2025-01-15', applicationDate: '2026-03-02' },
    },
    { code: 'no_tax_debt', passed: false, source: 'kgd', observed: { hasTaxDebt: true, taxDebtAmountTenge: 1000 } },
    {
      code: 'no_social_debt',
      passed: true,
      source: 'kgd',
      observed: { hasSocialPaymentDebt: false, socialDebtAmountTenge: 0 },
    },
    { code: 'no_wage_arrears', passed: true, source: 'esutd', observed: { hasOverdueWageArrears: false } },
    {
      code: 'regular_social_payments',
      passed: true,
      source: 'gfss',
      observed: { months: 12, monthsPaid: 12, regular: true },
    },
    { code: 'reliable_taxpayer', passed: true, source: 'kgd', observed: { isUnreliableTaxpayer: false } },
  ],
  sources: [],
};

const rulesOf = (entries: typeof employerConditionCatalogue): ConditionRule[] =>
  entries.map((e) => ({ ...e, version: 1 }));

describe('applyConditionRules', () => {
  it('B03-1.3 with the shipped rules: the debt refuses, condition 7 is the centre’s', () => {
    const check = applyConditionRules(answered, rulesOf(employerConditionCatalogue));
    expect(check.eligible).toBe(false);
    expect(check.conditions.filter((c) => !c.passed).map((c) => c.code)).toEqual(['no_tax_debt']);
    expect(check.conditions).toHaveLength(7);
    expect(check.byCentre?.map((c) => c.code)).toEqual(['earlier_contracts_fulfilled']);
    expect(check.suspended).toEqual([]);
  });

  it('B03-1.3 under the reported 2026 suspension only the one-year rule is asked', () => {
    const inForce = new Map(rulesOf(employerConditionCatalogue).map((r) => [r.code, r]));
    for (const s of reportedSuspension2026) inForce.set(s.code, { ...s, version: 2 });
    const check = applyConditionRules(answered, [...inForce.values()]);
    expect(check.eligible).toBe(true);
    expect(check.conditions.map((c) => c.code)).toEqual(['operating_over_year']);
    expect(check.suspended?.map((c) => c.code)).toEqual([
      'active',
      'no_tax_debt',
      'no_social_debt',
      'no_wage_arrears',
      'regular_social_payments',
      'reliable_taxpayer',
      'earlier_contracts_fulfilled',
    ]);
    expect(check.byCentre).toEqual([]);
  });

  it('a rule’s figures decide again: "more than 18 months" refuses what 12 months passed', () => {
    const rules = rulesOf(employerConditionCatalogue).map((r) =>
      r.code === 'operating_over_year' ? { ...r, params: { months: 18 } } : r,
    );
    // Registered 15 January 2025: 13½ months before 2 March 2026, fewer than 18.
    const check = applyConditionRules(answered, rules);
    expect(check.conditions.find((c) => c.code === 'operating_over_year')?.passed).toBe(false);
  });

  it('with no rules in force nothing is decided: 503, never "eligible" by default', () => {
    expect(() => applyConditionRules(answered, [])).toThrow(DomainError);
    try {
      applyConditionRules(answered, []);
    } catch (error) {
      expect(error).toMatchObject({ code: 'gov_registries.conditions_missing', status: 503 });
    }
  });
});
