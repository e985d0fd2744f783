// B03-2.2's checklist reads a check made while conditions were suspended: the suspended ones are set aside, not unknown.
import { describe, expect, it } from 'vitest';
import { buildComplianceChecklist } from './subsidy-review.compliance';

const suspension = {
  validFrom: '2026-01-26',
  validTo: '2026-04-01',
  source: 'DOMAIN.md: some paragraphs suspended from 26 January to 1 April 2026 [S]',
  certainty: 'unconfirmed',
};
const suspendedCodes = [
  'active',
  'no_tax_debt',
  'no_social_debt',
  'no_wage_arrears',
  'regular_social_payments',
  'reliable_taxpayer',
];

/** What the registries' check keeps on an application dated inside the suspension: only "over a year" was asked. */
const checkInsideSuspension = {
  bin: '940140000385',
  applicationDate: '2026-03-02',
  eligible: true,
  checkedAt: '2026-03-02T05:00:00.000Z',
  conditions: [
    {
      code: 'operating_over_year',
      passed: true,
      source: 'gbd_ul',
      observed: { registrationDate: '2015-03-17', applicationDate: '2026-03-02' },
    },
  ],
  sources: [{ source: 'gbd_ul', requestId: 'r-1', checkedAt: '2026-03-02T05:00:00.000Z' }],
  suspended: suspendedCodes.map((code) => ({ code, ...suspension })),
};

describe('the checklist during a suspension of employer conditions', () => {
  it('B03-2.2 shows each suspended condition as not applicable, with the suspension and its source, and none as unknown', () => {
    const checklist = buildComplianceChecklist({
      applicationId: '00000000-0000-4000-8000-000000000001',
      revision: 1,
      applicationDate: '2026-03-02',
      checkResult: checkInsideSuspension,
      demandSupply: null,
      positions: [],
      programmeCode: 'social_jobs',
      programme: null,
      indicators: [],
      manual: [],
    });
    const conditions = checklist.items.filter((i) => i.code.startsWith('condition_'));
    expect(conditions.find((i) => i.code === 'condition_operating_over_year')).toMatchObject({ result: 'passed' });
    for (const code of suspendedCodes) {
      expect(conditions.find((i) => i.code === `condition_${code}`)).toMatchObject({
        result: 'not_applicable',
        reason: 'condition_suspended',
        params: { validFrom: '2026-01-26', validTo: '2026-04-01' },
        source: suspension.source,
      });
    }
    expect(conditions.filter((i) => i.result === 'unknown')).toEqual([]);
  });
});
