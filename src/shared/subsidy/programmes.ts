// Subsidized-job programmes (виды СРМ) as versioned data, with the regulation each value comes from and how sure it is.
import type { LocalizedText } from '../api/common';

/** [V] read in a primary source, [S] reported by a secondary source, [U] unconfirmed (shown as such in the UI). */
export type Certainty = 'verified' | 'secondary' | 'unconfirmed';

export type SubsidyFormula =
  /** The state pays a share of the wage, optionally capped in МРП or МЗП of the payment year. */
  | { kind: 'wage_share'; percent: number; capMrp?: number; capMzp?: number }
  /** A share that falls year by year of the contract (silver age), each capped in МРП. */
  | { kind: 'wage_share_by_year'; percentByYear: readonly number[]; capMrp: number }
  /** A fixed number of МРП a month. */
  | { kind: 'fixed_mrp'; mrp: number }
  /** A multiple of the МЗП a month. */
  | { kind: 'fixed_mzp'; multiple: number }
  /** No parameters found: the programme cannot be applied for until an administrator enters them. */
  | { kind: 'not_set' };

export type TargetGroup = 'unemployed' | 'graduate' | 'youth' | 'no_work_experience' | 'over_50' | 'target_groups';

export type ProgrammeVersion = {
  code:
    | 'social_jobs'
    | 'youth_practice'
    | 'first_job'
    | 'silver_age'
    | 'public_works'
    | 'contract_of_generations'
    | string;
  version: number;
  name: LocalizedText;
  targetGroups: readonly TargetGroup[];
  /** Age limits of participants, when the programme has them. */
  maxParticipantAge?: number;
  minParticipantAge?: number;
  maxDurationMonths: number | null;
  formula: SubsidyFormula;
  validFrom: string;
  validTo: string | null;
  source: string;
  certainty: { participants: Certainty; duration: Certainty; formula: Certainty };
};

const RULES_2023 =
  'Правила организации субсидируемых рабочих мест…, приказ МТСЗН РК № 275 от 30.06.2023 (рег. № 32959), в ред. приказа от 12.12.2025';

export const programmeCatalogue: readonly ProgrammeVersion[] = [
  {
    code: 'social_jobs',
    version: 1,
    name: { kk: 'Әлеуметтік жұмыс орындары', ru: 'Социальные рабочие места', en: 'Social jobs' },
    targetGroups: ['unemployed', 'target_groups'],
    maxDurationMonths: 12,
    formula: { kind: 'wage_share', percent: 35 },
    validFrom: '2023-07-01',
    validTo: null,
    source: `${RULES_2023}; Социальный кодекс РК № 224-VII`,
    certainty: { participants: 'secondary', duration: 'secondary', formula: 'secondary' },
  },
  {
    code: 'youth_practice',
    version: 1,
    name: { kk: 'Жастар практикасы', ru: 'Молодёжная практика', en: 'Youth practice' },
    targetGroups: ['unemployed', 'graduate', 'youth'],
    maxParticipantAge: 35,
    maxDurationMonths: 12,
    formula: { kind: 'fixed_mrp', mrp: 30 },
    validFrom: '2023-07-01',
    validTo: null,
    source: RULES_2023,
    certainty: { participants: 'unconfirmed', duration: 'secondary', formula: 'secondary' },
  },
  {
    code: 'first_job',
    version: 1,
    name: { kk: 'Алғашқы жұмыс орны', ru: 'Первое рабочее место', en: 'First job' },
    targetGroups: ['unemployed', 'youth', 'no_work_experience'],
    maxParticipantAge: 35,
    maxDurationMonths: 18,
    formula: { kind: 'fixed_mrp', mrp: 30 },
    validFrom: '2023-07-01',
    validTo: null,
    source: RULES_2023,
    certainty: { participants: 'secondary', duration: 'secondary', formula: 'unconfirmed' },
  },
  {
    code: 'silver_age',
    version: 1,
    name: { kk: 'Күміс жас', ru: 'Серебряный возраст', en: 'Silver age' },
    targetGroups: ['unemployed', 'over_50'],
    minParticipantAge: 50,
    maxDurationMonths: 36,
    formula: { kind: 'wage_share_by_year', percentByYear: [70, 65, 60], capMrp: 30 },
    validFrom: '2023-07-01',
    validTo: null,
    source: RULES_2023,
    certainty: { participants: 'secondary', duration: 'secondary', formula: 'secondary' },
  },
  {
    code: 'public_works',
    version: 1,
    name: { kk: 'Қоғамдық жұмыстар', ru: 'Общественные работы', en: 'Public works' },
    targetGroups: ['unemployed'],
    maxDurationMonths: 12,
    formula: { kind: 'fixed_mzp', multiple: 1 },
    validFrom: '2023-07-01',
    validTo: null,
    source: 'Социальный кодекс РК № 224-VII',
    certainty: { participants: 'unconfirmed', duration: 'unconfirmed', formula: 'unconfirmed' },
  },
  {
    code: 'contract_of_generations',
    version: 1,
    name: { kk: 'Ұрпақтар келісімшарты', ru: 'Договор поколений', en: 'Contract of generations' },
    targetGroups: ['unemployed'],
    maxDurationMonths: null,
    formula: { kind: 'not_set' },
    validFrom: '2023-07-01',
    validTo: null,
    source: 'параметры программы в опубликованных источниках не найдены',
    certainty: { participants: 'unconfirmed', duration: 'unconfirmed', formula: 'unconfirmed' },
  },
];

/** МРП (monthly calculation index) and МЗП (minimum wage) by year, in whole tenge. */
export type YearIndicators = { year: number; mrp: number; mzp: number; source: string; certainty: Certainty };

export const indicatorsByYear: readonly YearIndicators[] = [
  {
    year: 2024,
    mrp: 3692,
    mzp: 85_000,
    source: 'Закон о республиканском бюджете на 2024–2026 годы',
    certainty: 'secondary',
  },
  {
    year: 2025,
    mrp: 3932,
    mzp: 85_000,
    source: 'Закон о республиканском бюджете на 2025–2027 годы',
    certainty: 'secondary',
  },
  {
    year: 2026,
    mrp: 4325,
    mzp: 85_000,
    source: 'Закон о республиканском бюджете на 2026–2028 годы от 08.12.2025',
    certainty: 'verified',
  },
];
