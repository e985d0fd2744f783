// The employer check as the rules in force on the application date make it: suspended conditions set aside, the
// centre's own conditions listed for it, and the registries' answers decided with the figures of the day.
import type { ConditionMode, ConditionParams, EmployerConditionCode } from '../../../shared/api/employer-conditions';
import { DomainError } from '../../platform/errors';
import { addCalendarMonths } from './gov-registries.conditions';
import type { ConditionResult, EmployerCheck } from './gov-registries.schemas';

export type ConditionRule = {
  code: EmployerConditionCode;
  version: number;
  ordinal: number;
  mode: ConditionMode;
  params: ConditionParams;
  validFrom: string;
  validTo: string | null;
  source: string;
  certainty: string;
};

export const conditionsMissing = (onDate: string) =>
  new DomainError('gov_registries.conditions_missing', { onDate }, [], 503);

/** A registry's answer decided again with the rule's figures (e.g. "more than N months" of operation). */
function decide(result: ConditionResult, params: ConditionParams): ConditionResult {
  if (result.code === 'operating_over_year' && params.months !== undefined) {
    const { registrationDate, applicationDate } = result.observed;
    return { ...result, passed: applicationDate > addCalendarMonths(registrationDate, params.months) };
  }
  return result;
}

/**
 * Applies the rules in force on the check's application date (one per condition). A registry condition with no rule
 * in force is not applied; with no rule at all the check cannot be decided, and nothing passes by default.
 */
export function applyConditionRules(check: EmployerCheck, rules: readonly ConditionRule[]): EmployerCheck {
  if (rules.length === 0) throw conditionsMissing(check.applicationDate);
  const ruleOf = new Map(rules.map((r) => [r.code as string, r]));
  const ordered = [...rules].sort((a, b) => a.ordinal - b.ordinal);
  const conditions = check.conditions.flatMap((c) => {
    const rule = ruleOf.get(c.code);
    return rule?.mode === 'automatic' ? [decide(c, rule.params)] : [];
  });
  const answered = new Set<string>(check.conditions.map((c) => c.code));
  const byCentre = ordered
    .filter((r) => r.mode === 'centre' || (r.mode === 'automatic' && !answered.has(r.code)))
    .map((r) => ({ code: r.code, source: r.source, certainty: r.certainty }));
  const suspended = ordered
    .filter((r) => r.mode === 'suspended')
    .map((r) => ({
      code: r.code,
      validFrom: r.validFrom,
      validTo: r.validTo,
      source: r.source,
      certainty: r.certainty,
    }));
  return { ...check, conditions, byCentre, suspended, eligible: conditions.every((c) => c.passed) };
}
