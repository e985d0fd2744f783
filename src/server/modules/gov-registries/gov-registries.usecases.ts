// Running the employer check for a person and keeping its trace in the audit log (no personal data in it).
import { dateInKazakhstan } from '../../../shared/calendar/working-days';
import { appendAudit } from '../../platform/audit/audit';
import type { Clock } from '../../platform/clock';
import type { Db, DbOrTx } from '../../platform/db/database';
import type { GovRegistries } from './gov-registries.client';
import { checkEmployerConditions } from './gov-registries.conditions';
import { govRegistriesUnavailable } from './gov-registries.errors';
import { findOrganisationIdByBin } from './gov-registries.repository';
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
  const check = await checkEmployerConditions(registries, {
    bin,
    applicationDate: applicationDate ?? dateInKazakhstan(clock.now()),
  });
  const organisationId = await findOrganisationIdByBin(db, bin);
  await auditEmployerCheck(db, { at: clock.now(), actor, check, organisationId });
  return check;
}
