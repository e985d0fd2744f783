// B03-2.2 the compliance checklist: automatic items from the stored registry check and the programme's rules, and the
// specialist's manual items; each says passed, failed or unknown, and why.
import {
  type ApplicationDemandSupply,
  applicationDemandSupply,
  type ComplianceItem,
  type ComplianceResponse,
  type ManualComplianceItem,
  manualComplianceItems,
} from '../../../shared/api/subsidy-review';
import type { ProgrammeVersion, YearIndicators } from '../../../shared/subsidy/programmes';
import { checkPositions, SubsidyRuleError } from '../../../shared/subsidy/rules';
import { type EmployerCheck, EmployerCondition, employerCheck } from '../gov-registries';

type Params = ComplianceItem['params'];

export type ManualCheckRow = {
  item: string;
  result: 'passed' | 'failed' | 'not_applicable';
  note: string;
  checkedBy: string;
  checkedAt: Date;
};

export type ChecklistInput = {
  applicationId: string;
  revision: number;
  /** The calendar date (Asia/Almaty) the application was submitted on: the rules in force that day apply. */
  applicationDate: string;
  checkResult: unknown;
  demandSupply: unknown;
  positions: readonly { ordinal: number; jobs: number; monthlyWage: number; durationMonths: number }[];
  programmeCode: string;
  programme: (ProgrammeVersion & { id?: string }) | null;
  indicators: readonly YearIndicators[];
  manual: readonly ManualCheckRow[];
};

const auto = (
  code: string,
  result: ComplianceItem['result'],
  reason: string,
  params: Params,
  source: string,
  position: number | null = null,
): ComplianceItem => ({
  id: position === null ? code : `${code}.${position}`,
  kind: 'auto',
  code,
  position,
  result,
  reason,
  params,
  source,
  note: null,
  checkedBy: null,
  checkedAt: null,
});

const passedOrFailed = (passed: boolean) => (passed ? 'passed' : 'failed');

/** Conditions 1–6 of DOMAIN.md §1 as the registries answered at B03-1.3, in the order of the regulation. */
function employerConditionItems(check: EmployerCheck | null): ComplianceItem[] {
  return Object.values(EmployerCondition).map((code) => {
    // A condition the rules in force on the application date suspend was not asked: it cannot pass or fail.
    const suspension = check?.suspended?.find((s) => s.code === code);
    if (suspension)
      return auto(
        `condition_${code}`,
        'not_applicable',
        'condition_suspended',
        { validFrom: suspension.validFrom, validTo: suspension.validTo ?? '' },
        suspension.source,
      );
    const condition = check?.conditions.find((c) => c.code === code);
    if (!check || !condition) return auto(`condition_${code}`, 'unknown', 'no_check', {}, 'registries');
    const result = passedOrFailed(condition.passed);
    return auto(
      `condition_${code}`,
      result,
      `condition_${code}.${result}`,
      { ...condition.observed },
      condition.source,
    );
  });
}

function programmeItems(input: ChecklistInput): ComplianceItem[] {
  const { programme, applicationDate } = input;
  if (!programme)
    return [auto('programme_in_force', 'unknown', 'no_programme', { programme: input.programmeCode }, 'rules')];
  const inForce =
    programme.validFrom <= applicationDate && (programme.validTo === null || applicationDate <= programme.validTo);
  const result = passedOrFailed(inForce);
  return [
    auto(
      'programme_in_force',
      result,
      `programme_in_force.${result}`,
      {
        programme: programme.code,
        version: programme.version,
        validFrom: programme.validFrom,
        validTo: programme.validTo ?? '',
        applicationDate,
      },
      'rules',
    ),
  ];
}

/** Wage not below the МЗП of the application's year, duration within the programme's maximum, a subsidy formula set. */
function positionRuleItems(input: ChecklistInput): ComplianceItem[] {
  const { programme, positions, applicationDate, indicators } = input;
  const present = positions.length > 0;
  const jobs = positions.reduce((sum, p) => sum + p.jobs, 0);
  const count = auto(
    'positions_present',
    passedOrFailed(present),
    `positions_present.${passedOrFailed(present)}`,
    { positions: positions.length, jobs },
    'rules',
  );
  if (!programme) return [count];
  let checks: ReturnType<typeof checkPositions>;
  try {
    checks = checkPositions(
      programme,
      positions.map((p) => ({ wageTenge: p.monthlyWage, jobs: p.jobs, durationMonths: p.durationMonths })),
      applicationDate,
      indicators,
    );
  } catch (error) {
    if (!(error instanceof SubsidyRuleError)) throw error;
    return [
      count,
      ...positions.map((p) =>
        auto(
          'wage_at_least_mzp',
          'unknown',
          'indicators_missing',
          { year: applicationDate.slice(0, 4) },
          'rules',
          p.ordinal,
        ),
      ),
    ];
  }
  // The formula is the programme's, not a position's: one item, however many positions ask for it.
  const formulaSet = programme.formula.kind !== 'not_set';
  const formula = auto(
    'formula_set',
    passedOrFailed(formulaSet),
    `formula_set.${passedOrFailed(formulaSet)}`,
    {},
    'rules',
  );
  const items = checks
    .filter((check) => check.code !== 'subsidy.formula_set')
    .map((check) => {
      const index = Number(check.params?.position ?? 1) - 1;
      const position = positions[index]!;
      const code = check.code.replace(/^subsidy\./, '');
      const result = passedOrFailed(check.passed);
      const params: Params = { ...check.params, position: position.ordinal };
      if (code === 'wage_at_least_mzp') params.wage = position.monthlyWage;
      if (code === 'duration_within_maximum') params.duration = position.durationMonths;
      return auto(code, result, `${code}.${result}`, params, 'rules', position.ordinal);
    });
  return [count, formula, ...items];
}

/** Whether the centre has registered seekers of the target group for each position, from the stored B03-2.1 assessment. */
function targetGroupItems(input: ChecklistInput): ComplianceItem[] {
  const parsed = input.demandSupply === null ? null : applicationDemandSupply.safeParse(input.demandSupply);
  const assessment: ApplicationDemandSupply | null = parsed?.success ? parsed.data : null;
  return input.positions.map((p) => {
    if (!assessment) return auto('target_group_available', 'unknown', 'not_assessed', {}, 'demand_supply', p.ordinal);
    if (assessment.revision !== input.revision) {
      return auto(
        'target_group_available',
        'unknown',
        'assessment_stale',
        { assessedRevision: assessment.revision, revision: input.revision },
        'demand_supply',
        p.ordinal,
      );
    }
    const assessed = assessment.positions.find((a) => a.ordinal === p.ordinal);
    if (!assessed) return auto('target_group_available', 'unknown', 'not_assessed', {}, 'demand_supply', p.ordinal);
    const result = passedOrFailed(assessed.seekers.qualifying >= assessed.jobs);
    return auto(
      'target_group_available',
      result,
      `target_group_available.${result}`,
      {
        jobs: assessed.jobs,
        qualifying: assessed.seekers.qualifying,
        qualifyingInDistrict: assessed.seekers.qualifyingInDistrict,
        assessedAt: assessment.assessedAt,
      },
      'demand_supply',
      p.ordinal,
    );
  });
}

function manualItems(rows: readonly ManualCheckRow[]): ComplianceItem[] {
  return manualComplianceItems.map((code: ManualComplianceItem) => {
    const row = rows.find((r) => r.item === code);
    return {
      id: code,
      kind: 'manual',
      code,
      position: null,
      result: row?.result ?? 'unknown',
      reason: row ? null : 'not_checked',
      params: {},
      source: null,
      note: row?.note ?? null,
      checkedBy: row?.checkedBy ?? null,
      checkedAt: row?.checkedAt.toISOString() ?? null,
    };
  });
}

export function buildComplianceChecklist(input: ChecklistInput): ComplianceResponse {
  const parsedCheck = input.checkResult === null ? null : employerCheck.safeParse(input.checkResult);
  const items = [
    ...employerConditionItems(parsedCheck?.success ? parsedCheck.data : null),
    ...programmeItems(input),
    ...positionRuleItems(input),
    ...targetGroupItems(input),
    ...manualItems(input.manual),
  ];
  const count = (result: ComplianceItem['result']) => items.filter((i) => i.result === result).length;
  return {
    applicationId: input.applicationId,
    revision: input.revision,
    programme: {
      code: input.programmeCode,
      version: input.programme?.version ?? null,
      source: input.programme?.source ?? null,
    },
    items,
    summary: {
      passed: count('passed'),
      failed: count('failed'),
      unknown: count('unknown'),
      notApplicable: count('not_applicable'),
    },
  };
}
