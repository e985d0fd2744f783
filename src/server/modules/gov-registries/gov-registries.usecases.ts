// Running the employer check for a person and keeping its trace in the audit log (no personal data in it); the
// employer conditions as data: the rules in force on a date, and an administrator's changes to them.
import type {
  ConditionsResponse,
  ConditionVersionView,
  NewConditionVersionsInput,
} from '../../../shared/api/employer-conditions';
import { dateInKazakhstan } from '../../../shared/calendar/working-days';
import { appendAudit } from '../../platform/audit/audit';
import type { Clock } from '../../platform/clock';
import type { Db, DbOrTx } from '../../platform/db/database';
import type { GovRegistries } from './gov-registries.client';
import type { ConditionCatalogueEntry } from './gov-registries.condition-catalogue';
import { applyConditionRules, type ConditionRule } from './gov-registries.condition-rules';
import { checkEmployerConditions } from './gov-registries.conditions';
import { govRegistriesUnavailable } from './gov-registries.errors';
import {
  findOrganisationIdByBin,
  insertConditionVersion,
  listConditionVersions,
  listConditionVersionsInForce,
  type StoredConditionVersion,
} from './gov-registries.repository';
import type { EmployerCheck } from './gov-registries.schemas';

export type CheckActor = { id: string; role: string; centreId: string | null };

/**
 * One audit entry per completed check: whether the employer is eligible, which conditions failed and which answers
 * it rests on. Filed under the employer's BIN unless the caller names its own subject (an application, say).
 */
export async function auditEmployerCheck(
  db: DbOrTx,
  {
    at,
    actor,
    check,
    organisationId,
    subject,
  }: {
    at: Date;
    actor: CheckActor | null;
    check: EmployerCheck;
    organisationId: string | null;
    subject?: { type: string; id: string };
  },
): Promise<void> {
  await appendAudit(db, {
    at,
    actorId: actor?.id ?? null,
    actorRole: actor?.role ?? null,
    action: 'gov_registries.checked',
    subjectType: subject?.type ?? 'employer_bin',
    subjectId: subject?.id ?? check.bin,
    centreId: actor?.centreId ?? null,
    organisationId,
    details: {
      eligible: check.eligible,
      failed: check.conditions.filter((c) => !c.passed).map((c) => c.code),
      applicationDate: check.applicationDate,
      checkedAt: check.checkedAt,
      requests: check.sources.map((s) => ({ source: s.source, requestId: s.requestId })),
    },
  });
}

/** Checks an employer against the registries as of the application date (today in Kazakhstan unless given) and audits it. */
export async function checkEmployer(
  { db, registries, clock }: { db: Db; registries: GovRegistries | undefined; clock: Clock },
  { actor, bin, applicationDate }: { actor: CheckActor; bin: string; applicationDate?: string | undefined },
): Promise<EmployerCheck> {
  if (!registries) throw govRegistriesUnavailable();
  const check = await checkEmployerOnRulesInForce(db, registries, {
    bin,
    applicationDate: applicationDate ?? dateInKazakhstan(clock.now()),
  });
  const organisationId = await findOrganisationIdByBin(db, bin);
  await auditEmployerCheck(db, { at: clock.now(), actor, check, organisationId });
  return check;
}

const ruleOf = (v: StoredConditionVersion): ConditionRule => ({
  code: v.code,
  version: v.version,
  ordinal: v.ordinal,
  mode: v.mode,
  params: v.params,
  validFrom: v.valid_from,
  validTo: v.valid_to,
  source: v.source,
  certainty: v.certainty,
});

/** The employer conditions as applied on a date (YYYY-MM-DD), one version of each. */
export async function listConditionRulesInForce(db: DbOrTx, onDate: string): Promise<ConditionRule[]> {
  return (await listConditionVersionsInForce(db, onDate)).map(ruleOf);
}

/**
 * B03-1.3: asks the registries (no transaction open meanwhile), then decides with the rules in force on the
 * application date: a suspended condition is set aside, a condition only the centre can check is listed for it.
 */
export async function checkEmployerOnRulesInForce(
  db: DbOrTx,
  registries: GovRegistries,
  { bin, applicationDate }: { bin: string; applicationDate: string },
): Promise<EmployerCheck> {
  const rules = await listConditionRulesInForce(db, applicationDate);
  const answered = await checkEmployerConditions(registries, { bin, applicationDate });
  return applyConditionRules(answered, rules);
}

function conditionView(v: StoredConditionVersion, inForceIds: ReadonlySet<string>): ConditionVersionView {
  return {
    id: v.id,
    code: v.code,
    version: v.version,
    ordinal: v.ordinal,
    mode: v.mode,
    params: v.params,
    validFrom: v.valid_from,
    validTo: v.valid_to,
    source: v.source,
    certainty: v.certainty,
    note: v.note,
    inForce: inForceIds.has(v.id),
  };
}

/** The conditions in force on a date (today in Kazakhstan unless given) and every version entered. */
export async function listEmployerConditions(
  { db, clock }: { db: Db; clock: Clock },
  { onDate }: { onDate?: string | undefined },
): Promise<ConditionsResponse> {
  const day = onDate ?? dateInKazakhstan(clock.now());
  const inForce = await listConditionVersionsInForce(db, day);
  const ids = new Set(inForce.map((v) => v.id));
  return {
    onDate: day,
    inForce: inForce.map((v) => conditionView(v, ids)),
    items: (await listConditionVersions(db)).map((v) => conditionView(v, ids)),
  };
}

const ordinalOf: Record<string, number> = {
  active: 1,
  operating_over_year: 2,
  no_tax_debt: 3,
  no_social_debt: 3,
  no_wage_arrears: 4,
  regular_social_payments: 5,
  reliable_taxpayer: 6,
  earlier_contracts_fulfilled: 7,
};

/**
 * An administrator's change or suspension: a new version of each listed condition, in one transaction, audited with
 * its source. It applies on the days it covers; outside them, the earlier versions apply as before.
 */
export async function addConditionVersions(
  { db, clock }: { db: Db; clock: Clock },
  { actor, input }: { actor: { id: string; role: string }; input: NewConditionVersionsInput },
): Promise<ConditionVersionView[]> {
  const now = clock.now();
  return db.transaction().execute(async (tx) => {
    const added: StoredConditionVersion[] = [];
    for (const code of input.codes) {
      added.push(
        await insertConditionVersion(tx, {
          entry: {
            code,
            ordinal: ordinalOf[code] ?? 99,
            mode: input.mode,
            params: input.params,
            validFrom: input.validFrom,
            validTo: input.validTo,
            source: input.source,
            certainty: input.certainty,
            note: input.note,
          },
          createdBy: actor.id,
          now,
        }),
      );
    }
    await appendAudit(tx, {
      at: now,
      actorId: actor.id,
      actorRole: actor.role,
      action: 'gov_registries.conditions_changed',
      subjectType: 'employer_conditions',
      subjectId: input.codes.join(','),
      details: {
        versions: added.map((v) => ({ code: v.code, version: v.version })),
        mode: input.mode,
        params: input.params,
        validFrom: input.validFrom,
        validTo: input.validTo,
        certainty: input.certainty,
      },
    });
    const ids = new Set((await listConditionVersionsInForce(tx, dateInKazakhstan(now))).map((v) => v.id));
    return added.map((v) => conditionView(v, ids));
  });
}

/** Seeds the shipped conditions (demo data and tests), each as the next version of its code. */
export async function seedEmployerConditions(
  db: DbOrTx,
  { entries, now }: { entries: readonly ConditionCatalogueEntry[]; now: Date },
): Promise<void> {
  for (const entry of entries) await insertConditionVersion(db, { entry, createdBy: null, now });
}
