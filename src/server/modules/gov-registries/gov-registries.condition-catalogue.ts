// The employer conditions as shipped (DOMAIN.md §1, each with its source and certainty), seeded into the data that
// administrators then change: the regulation's seven conditions, and the reported suspension of early 2026.
import type { ConditionMode, ConditionParams, EmployerConditionCode } from '../../../shared/api/employer-conditions';
import type { Certainty } from '../../../shared/subsidy/programmes';

export type ConditionCatalogueEntry = {
  code: EmployerConditionCode;
  ordinal: number;
  mode: ConditionMode;
  params: ConditionParams;
  validFrom: string;
  validTo: string | null;
  source: string;
  certainty: Certainty;
  note: string;
};

const RULES =
  'Правила организации субсидируемых рабочих мест, приказ МТСЗН № 275 от 30.06.2023 (рег. № 32959), в редакции приказа от 12.12.2025 (сообщается как № 395)';
const EDITION = `${RULES}; условия работодателя в редакции декабря 2025 г. по сообщениям источников`;

const base = (
  code: EmployerConditionCode,
  ordinal: number,
  mode: ConditionMode,
  params: ConditionParams = {},
  note = '',
): ConditionCatalogueEntry => ({
  code,
  ordinal,
  mode,
  params,
  validFrom: '2023-07-01',
  validTo: null,
  source: EDITION,
  certainty: 'secondary',
  note,
});

/** Version 1 of each condition, from the Social Code's entry into force (1 July 2023). */
export const employerConditionCatalogue: readonly ConditionCatalogueEntry[] = [
  base('active', 1, 'automatic'),
  base('operating_over_year', 2, 'automatic', { months: 12 }),
  base('no_tax_debt', 3, 'automatic'),
  base('no_social_debt', 3, 'automatic'),
  base('no_wage_arrears', 4, 'automatic'),
  base('regular_social_payments', 5, 'automatic', { months: 12 }),
  base('reliable_taxpayer', 6, 'automatic'),
  // No registry answers it: the employer sees it as "to be checked by the centre" (B03-2.2's checklist).
  base('earlier_contracts_fulfilled', 7, 'centre', {
    permanentSharePercent: 10,
    largeEmployerJobs: 10,
    minimumPermanent: 1,
  }),
];

/**
 * DOMAIN.md [S], unconfirmed: "some paragraphs suspended from 26 January to 1 April 2026, while only 'employers
 * operating more than one year' applied". Entered as worded: every condition but that one is suspended; which
 * paragraphs exactly is data, so a better reading replaces this with a later version.
 */
export const reportedSuspension2026: readonly ConditionCatalogueEntry[] = employerConditionCatalogue
  .filter((c) => c.code !== 'operating_over_year')
  .map((c) => ({
    ...c,
    mode: 'suspended' as const,
    params: {},
    validFrom: '2026-01-26',
    validTo: '2026-04-01',
    source: `${RULES}: некоторые пункты приостановлены с 26 января по 1 апреля 2026 г., применялось только условие «работодатели, действующие более одного года» (сообщение вторичного источника, не подтверждено)`,
    certainty: 'unconfirmed' as const,
    note: 'Какие именно пункты приостановлены, не подтверждено.',
  }));
