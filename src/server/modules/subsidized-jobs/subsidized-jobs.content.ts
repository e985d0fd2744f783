// What the employer signs in B03-1.4 (the application as RFC 8785 JSON, UTF-8) and the subsidy figures it states.

import type { LocalizedText } from '../../../shared/api/common';
import type { ApplicationRequisites } from '../../../shared/api/subsidized-jobs';
import { canonicalJson } from '../../../shared/canonical-json';
import type { ProgrammeVersion, YearIndicators } from '../../../shared/subsidy/programmes';
import { contractTotal, monthlySubsidy, SubsidyRuleError } from '../../../shared/subsidy/rules';

export type PositionFigures = { monthlyWage: number; jobs: number; durationMonths: number };

export type SubsidyFigures = {
  /** Each position's monthly subsidy for one job, whole tenge; null when it cannot be computed. */
  perPosition: (number | null)[];
  jobs: number;
  /** All jobs of all positions, one month. */
  monthlySubsidy: number | null;
  /** All jobs over each position's duration. */
  contractTotal: number | null;
  /** The year whose МРП/МЗП the figures use; null with the figures. */
  indicatorsYear: number | null;
};

/**
 * The subsidy an application asks for, by the rules module, at the МРП/МЗП of the application date's year for every
 * month: later years' values are set by budget laws not yet passed, and the contract (B03-3.4) computes its own
 * total from its dates. Null figures when the programme has no formula or the year has no indicators.
 */
export function subsidyFigures(
  programme: ProgrammeVersion | null,
  positions: readonly PositionFigures[],
  indicators: readonly YearIndicators[],
  applicationDate: string,
): SubsidyFigures {
  const jobs = positions.reduce((sum, p) => sum + p.jobs, 0);
  const year = Number(applicationDate.slice(0, 4));
  const none: SubsidyFigures = {
    perPosition: positions.map(() => null),
    jobs,
    monthlySubsidy: null,
    contractTotal: null,
    indicatorsYear: null,
  };
  const base = indicators.find((i) => i.year === year);
  if (!programme || !base || programme.formula.kind === 'not_set') return none;
  const longest = Math.max(0, ...positions.map((p) => p.durationMonths));
  const month = Number(applicationDate.slice(5, 7));
  const lastYear = year + Math.floor((month - 1 + longest) / 12);
  const sameEveryYear = Array.from({ length: lastYear - year + 1 }, (_, i) => ({ ...base, year: year + i }));
  try {
    const { totalTenge } = contractTotal(
      programme,
      positions.map((p) => ({ wageTenge: p.monthlyWage, jobs: p.jobs, durationMonths: p.durationMonths })),
      applicationDate,
      sameEveryYear,
    );
    // The first month's figure: silver age pays a smaller share from the second year on.
    const perPosition = positions.map((p) => monthlySubsidy(programme, p.monthlyWage, 0, base));
    return {
      perPosition,
      jobs,
      monthlySubsidy: perPosition.reduce((sum, m, i) => sum + m * positions[i]!.jobs, 0),
      contractTotal: totalTenge,
      indicatorsYear: year,
    };
  } catch (error) {
    if (error instanceof SubsidyRuleError) return none;
    throw error;
  }
}

export type ContentPosition = {
  ordinal: number;
  occupationCode: string;
  occupationName: string;
  jobs: number;
  monthlyWage: number;
  schedule: string;
  workplace: string;
  district: string;
  durationMonths: number;
  requirements: string;
  monthlySubsidy: number | null;
};

/** The signed application: every fact the centre decides on, and the check it rests on. */
export type ApplicationContent = {
  id: string;
  revision: number;
  programme: { code: string; versionId: string; version: number; name: LocalizedText };
  centre: { id: string; name: LocalizedText };
  requisites: ApplicationRequisites;
  contacts: { name: string; phone: string; email: string };
  positions: ContentPosition[];
  totals: {
    jobs: number;
    monthlySubsidy: number | null;
    contractTotal: number | null;
    indicators: { year: number; mrp: number; mzp: number } | null;
  };
  check: { eligible: boolean; checkedAt: string; sources: { source: string; requestId: string; checkedAt: string }[] };
};

export function buildApplicationContent(input: {
  id: string;
  revision: number;
  programme: ProgrammeVersion & { id: string };
  centre: { id: string; name: LocalizedText };
  requisites: ApplicationRequisites;
  contacts: { name: string; phone: string; email: string };
  positions: Omit<ContentPosition, 'monthlySubsidy'>[];
  indicators: readonly YearIndicators[];
  applicationDate: string;
  check: ApplicationContent['check'];
}): ApplicationContent {
  const figures = subsidyFigures(input.programme, input.positions, input.indicators, input.applicationDate);
  const used = input.indicators.find((i) => i.year === figures.indicatorsYear);
  return {
    id: input.id,
    revision: input.revision,
    programme: {
      code: input.programme.code,
      versionId: input.programme.id,
      version: input.programme.version,
      name: input.programme.name,
    },
    centre: input.centre,
    requisites: input.requisites,
    contacts: input.contacts,
    positions: input.positions.map((p, i) => ({ ...p, monthlySubsidy: figures.perPosition[i] ?? null })),
    totals: {
      jobs: figures.jobs,
      monthlySubsidy: figures.monthlySubsidy,
      contractTotal: figures.contractTotal,
      indicators: used ? { year: used.year, mrp: used.mrp, mzp: used.mzp } : null,
    },
    check: input.check,
  };
}

/** The exact bytes the employer signs: RFC 8785 canonical JSON in UTF-8, so anyone can rebuild and compare them. */
export function encodeApplicationContent(content: ApplicationContent): Uint8Array {
  return new TextEncoder().encode(canonicalJson(content));
}
