// What the employer signs in B03-1.4 (the application as RFC 8785 JSON, UTF-8) and the subsidy figures it states.

import type { LocalizedText } from '../../../shared/api/common';
import type { ApplicationRequisites } from '../../../shared/api/subsidized-jobs';
import { canonicalJson } from '../../../shared/canonical-json';
import { computeApplicationFigures, type SubsidyFiguresSnapshot } from '../../../shared/subsidy/figures';
import type { ProgrammeVersion, YearIndicators } from '../../../shared/subsidy/programmes';
import { SubsidyRuleError } from '../../../shared/subsidy/rules';

export type PositionFigures = { monthlyWage: number; jobs: number; durationMonths: number };

export type SubsidyFigures = {
  /** Each position's first-month subsidy for one job, whole tenge; null when it cannot be computed. */
  perPosition: (number | null)[];
  jobs: number;
  /** All jobs of all positions, the first month. */
  monthlySubsidy: number | null;
  /** All jobs over each position's duration, each month at its payment year's МРП/МЗП. */
  contractTotal: number | null;
  /** The figures by payment year; null with the figures. */
  snapshot: SubsidyFiguresSnapshot | null;
};

/**
 * The subsidy an application asks for, by the rules module, from its planned start date: each month at the МРП/МЗП
 * of the year it is worked in, a year not yet published at the latest published one's (marked as an estimate).
 * Null figures without a start date, without a formula, or with no published year before the start.
 */
export function subsidyFigures(
  programme: ProgrammeVersion | null,
  positions: readonly PositionFigures[],
  indicators: readonly YearIndicators[],
  plannedStartDate: string | null,
  computedOn: string,
): SubsidyFigures {
  const jobs = positions.reduce((sum, p) => sum + p.jobs, 0);
  const none: SubsidyFigures = {
    perPosition: positions.map(() => null),
    jobs,
    monthlySubsidy: null,
    contractTotal: null,
    snapshot: null,
  };
  if (!programme || !plannedStartDate || programme.formula.kind === 'not_set') return none;
  try {
    const snapshot = computeApplicationFigures({
      programme,
      positions: positions.map((p, i) => ({ ...p, ordinal: i + 1 })),
      plannedStartDate,
      indicators,
      computedOn,
    });
    return figuresOfSnapshot(snapshot, jobs);
  } catch (error) {
    if (error instanceof SubsidyRuleError) return none;
    throw error;
  }
}

/** The summary figures (first month, total) of a computed or signed snapshot. */
export function figuresOfSnapshot(snapshot: SubsidyFiguresSnapshot, jobs: number): SubsidyFigures {
  return {
    perPosition: snapshot.positions.map((p) => p.periods[0]?.monthlySubsidy ?? null),
    jobs,
    monthlySubsidy: snapshot.firstMonthTotal,
    contractTotal: snapshot.total,
    snapshot,
  };
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
  plannedStartDate: string;
  totals: {
    jobs: number;
    monthlySubsidy: number | null;
    contractTotal: number | null;
  };
  /** The figures by payment year with the МРП/МЗП used and which years were estimates: frozen by the signature. */
  figures: SubsidyFiguresSnapshot | null;
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
  plannedStartDate: string;
  applicationDate: string;
  check: ApplicationContent['check'];
}): ApplicationContent {
  const figures = subsidyFigures(
    input.programme,
    input.positions,
    input.indicators,
    input.plannedStartDate,
    input.applicationDate,
  );
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
    plannedStartDate: input.plannedStartDate,
    totals: { jobs: figures.jobs, monthlySubsidy: figures.monthlySubsidy, contractTotal: figures.contractTotal },
    figures: figures.snapshot,
    check: input.check,
  };
}

/** The exact bytes the employer signs: RFC 8785 canonical JSON in UTF-8, so anyone can rebuild and compare them. */
export function encodeApplicationContent(content: ApplicationContent): Uint8Array {
  return new TextEncoder().encode(canonicalJson(content));
}
