// The centre's review of an application (ФК-В.03 steps 2.1–2.4): start the review, demand and supply, the compliance
// checklist, remarks back to the employer, consultations. Status changes and recorded steps go through the workflow engine.
import type {
  ApplicationDemandSupply,
  ComplianceResponse,
  ConcludeRequest,
  ConclusionView,
  ConsultationRequest,
  DemandSupplyReport,
  ManualComplianceItem,
  ReturnRequest,
} from '../../../shared/api/subsidy-review';
import { applicationDemandSupply, DEMAND_SUPPLY_MAX_DAYS } from '../../../shared/api/subsidy-review';
import { addCalendarDays, dateInKazakhstan } from '../../../shared/calendar/working-days';
import { complianceItemLabel } from '../../../shared/review/compliance-items';
import type { Locale } from '../../../shared/roles';
import type { ProgrammeVersion } from '../../../shared/subsidy/programmes';
import { programmeInForce, SubsidyRuleError } from '../../../shared/subsidy/rules';
import { centreIdOf, type SessionUser } from '../../platform/auth/access';
import type { Clock } from '../../platform/clock';
import type { Db, DbOrTx } from '../../platform/db/database';
import { mediaTypes } from '../../platform/documents/http';
import { writeXlsx } from '../../platform/documents/xlsx';
import { forbidden, notFound } from '../../platform/errors';
import { notify } from '../../platform/notifications/notifications';
import { applyAction, applyActionIn, performActivity, performActivityIn } from '../../platform/workflow/workflow';
import { listRegisteredSeekerFacts } from '../seekers';
import { applicationWorkflow, isApplicationVisibleTo } from '../subsidized-jobs';
import {
  findParticipantLimits,
  findProgrammeInForce,
  findProgrammeVersion,
  listIndicators,
  listProgrammeVersions,
  type StoredProgrammeVersion,
} from '../subsidy-programmes';
import { buildComplianceChecklist } from './subsidy-review.compliance';
import { assessPositions, buildDemandSupplyRows, demandSupplySheet } from './subsidy-review.demand-supply';
import { checklistIncomplete, consultationInFuture, periodInvalid, programmeNotFound } from './subsidy-review.errors';
import {
  deleteConclusion,
  findCurrentConclusion,
  findOrganisationNames,
  findReviewedApplication,
  insertConsultation,
  insertRemarks,
  listDemandPositions,
  listEmployerRepresentativeIds,
  listManualChecks,
  listReviewedPositions,
  type ReviewedApplication,
  type StoredConclusion,
  saveDemandSupply,
  upsertConclusion,
  upsertManualCheck,
} from './subsidy-review.repository';

export type ReviewDeps = { db: Db; clock: Clock };

/** Where the employer reads its application and the centre's remarks. */
export const employerApplicationLink = (id: string) => `/employer/applications/${id}`;

/** An application the actor may see, or 404 as if it did not exist (another centre's, another employer's). */
async function getVisibleApplication(db: Db, actor: SessionUser, id: string): Promise<ReviewedApplication> {
  const application = await findReviewedApplication(db, id);
  if (!application || !isApplicationVisibleTo(application, actor)) throw notFound();
  return application;
}

/** The calendar date the application reached the centre (its rules and indicators are that day's), else its creation's. */
function applicationDateOf(application: ReviewedApplication): string {
  return dateInKazakhstan(application.submittedAt ?? application.createdAt);
}

/** The programme version the application was made under; else the one in force on its date. */
async function programmeOf(db: DbOrTx, application: ReviewedApplication): Promise<StoredProgrammeVersion | null> {
  if (application.programmeVersionId) return findProgrammeVersion(db, application.programmeVersionId);
  return findProgrammeInForce(db, application.programmeCode, applicationDateOf(application));
}

// B03-2.2 (start) ---------------------------------------------------------------------------------------------------

export async function startReview(
  { db, clock }: ReviewDeps,
  { actor, id, version }: { actor: SessionUser; id: string; version: number },
) {
  const { record } = await applyAction(db, applicationWorkflow, {
    id,
    action: 'start_review',
    expectedVersion: version,
    actor,
    input: {},
    now: clock.now(),
  });
  return { id: record.id, status: record.status, version: record.version };
}

// B03-2.1 -------------------------------------------------------------------------------------------------------------

/** The centre's demand and supply for a period: jobs asked for in applications submitted then, against today's registry. */
export async function getDemandSupplyReport(
  { db, clock }: ReviewDeps,
  { actor, from, to, programme }: { actor: SessionUser; from: string; to: string; programme?: string | undefined },
): Promise<DemandSupplyReport> {
  const centreId = centreIdOf(actor);
  if (!centreId) throw forbidden();
  if (to < from || addCalendarDays(from, DEMAND_SUPPLY_MAX_DAYS) <= to) throw periodInvalid();
  // The period is in Kazakhstan's calendar days (UTC+5): [from 00:00, the day after `to` 00:00).
  const positions = await listDemandPositions(db, {
    centreId,
    from: new Date(`${from}T00:00:00+05:00`),
    to: new Date(`${addCalendarDays(to, 1)}T00:00:00+05:00`),
    programmeCode: programme,
  });
  const onDate = to;
  const catalogue = await listProgrammeVersions(db);
  const programmes = new Map<string, ProgrammeVersion | null>();
  for (const code of new Set(positions.map((p) => p.programmeCode))) {
    programmes.set(code, versionOnDate(catalogue, code, onDate));
  }
  const seekers = await listRegisteredSeekerFacts(db, {
    centreId,
    occupationCodes: [...new Set(positions.map((p) => p.occupationCode))],
  });
  const centre = await findOrganisationNames(db, centreId);
  return {
    centre: {
      id: centre.id,
      name: { kk: centre.name_kk, ru: centre.name_ru, ...(centre.name_en ? { en: centre.name_en } : {}) },
    },
    from,
    to,
    programmeCode: programme ?? null,
    onDate,
    generatedAt: clock.now().toISOString(),
    ...buildDemandSupplyRows({
      positions,
      programmes,
      seekers,
      onDate,
      limits: await findParticipantLimits(db, onDate),
    }),
  };
}

/** The version in force on the date; for a programme no longer in force, its latest version, to judge by its own rules. */
function versionOnDate(catalogue: readonly StoredProgrammeVersion[], code: string, onDate: string) {
  try {
    return programmeInForce(catalogue, code, onDate);
  } catch (error) {
    if (!(error instanceof SubsidyRuleError)) throw error;
    return catalogue.filter((p) => p.code === code).sort((a, b) => b.version - a.version)[0] ?? null;
  }
}

export async function exportDemandSupplyReport(
  deps: ReviewDeps,
  input: { actor: SessionUser; from: string; to: string; programme?: string | undefined; locale: Locale },
): Promise<{ fileName: string; mediaType: string; bytes: Uint8Array }> {
  const report = await getDemandSupplyReport(deps, input);
  const { sheet, fileName } = demandSupplySheet(report, input.locale);
  const bytes = writeXlsx({
    sheets: [sheet],
    creator: input.actor.fullName,
    createdAt: deps.clock.now(),
    language: `${input.locale}-KZ`,
  });
  return { fileName, mediaType: mediaTypes.xlsx, bytes };
}

/** B03-2.1 for one application: its positions against the centre's registered seekers, kept on it with the time. */
export async function assessApplicationDemandSupply(
  { db, clock }: ReviewDeps,
  { actor, id }: { actor: SessionUser; id: string },
): Promise<ApplicationDemandSupply> {
  const now = clock.now();
  return db.transaction().execute(async (tx) => {
    const { result } = await performActivityIn(
      tx,
      applicationWorkflow,
      { id, action: 'assess_demand_supply', actor, now },
      async ({ record }) => {
        const application = (await findReviewedApplication(tx, id))!;
        const programme = await programmeOf(tx, application);
        if (!programme) throw programmeNotFound(application.programmeCode);
        const positions = await listReviewedPositions(tx, id);
        const onDate = dateInKazakhstan(now);
        const seekers = await listRegisteredSeekerFacts(tx, {
          centreId: application.centreId,
          occupationCodes: [...new Set(positions.map((p) => p.occupationCode))],
        });
        const assessment: ApplicationDemandSupply = {
          assessedAt: now.toISOString(),
          assessedBy: { id: actor.id, name: actor.fullName },
          revision: record.revision,
          programmeCode: programme.code,
          onDate,
          ...assessPositions({
            positions,
            programme,
            seekers,
            onDate,
            limits: await findParticipantLimits(tx, onDate),
          }),
        };
        await saveDemandSupply(tx, id, assessment, now);
        await deleteConclusion(tx, id, record.revision);
        return assessment;
      },
    );
    return result;
  });
}

export async function getApplicationDemandSupply(
  { db }: ReviewDeps,
  { actor, id }: { actor: SessionUser; id: string },
): Promise<ApplicationDemandSupply | null> {
  const application = await getVisibleApplication(db, actor, id);
  const parsed = application.demandSupply === null ? null : applicationDemandSupply.safeParse(application.demandSupply);
  return parsed?.success ? parsed.data : null;
}

// B03-2.2 -------------------------------------------------------------------------------------------------------------

export async function getComplianceChecklist(
  { db }: ReviewDeps,
  { actor, id }: { actor: SessionUser; id: string },
): Promise<ComplianceResponse> {
  const application = await getVisibleApplication(db, actor, id);
  return checklistOf(db, application);
}

async function checklistOf(db: DbOrTx, application: ReviewedApplication): Promise<ComplianceResponse> {
  const id = application.id;
  const [programme, positions, indicators, manual] = await Promise.all([
    programmeOf(db, application),
    listReviewedPositions(db, id),
    listIndicators(db),
    listManualChecks(db, id, application.revision),
  ]);
  return buildComplianceChecklist({
    applicationId: id,
    revision: application.revision,
    applicationDate: applicationDateOf(application),
    checkResult: application.checkResult,
    demandSupply: application.demandSupply,
    positions,
    programmeCode: application.programmeCode,
    programme,
    indicators,
    manual,
  });
}

/** The specialist's answer to one manual item, for the revision under review (a resubmission is checked afresh). */
export async function recordComplianceItem(
  deps: ReviewDeps,
  {
    actor,
    id,
    item,
    result,
    note,
  }: {
    actor: SessionUser;
    id: string;
    item: ManualComplianceItem;
    result: 'passed' | 'failed' | 'not_applicable';
    note: string;
  },
): Promise<ComplianceResponse> {
  const now = deps.clock.now();
  await performActivity(
    deps.db,
    applicationWorkflow,
    { id, action: 'record_compliance', actor, now, details: { item, result } },
    async ({ record, tx }) => {
      await upsertManualCheck(tx, {
        applicationId: id,
        revision: record.revision,
        item,
        result,
        note,
        checkedBy: actor.id,
        checkedAt: now,
      });
      await deleteConclusion(tx, id, record.revision);
    },
  );
  return getComplianceChecklist(deps, { actor, id });
}

/** The stored conclusion with the failed items' names in kk, ru and en. */
function conclusionViewOf(c: StoredConclusion): ConclusionView {
  return {
    revision: c.revision,
    outcome: c.outcome,
    failedItems: c.failedItems.map((i) => ({ ...i, label: complianceItemLabel(i.code, i.position) })),
    proposedRejection: c.rejectionReasons.length > 0 ? { reasons: c.rejectionReasons } : null,
    concludedBy: c.concludedBy,
    concludedAt: c.concludedAt.toISOString(),
  };
}

/**
 * The checklist's conclusion for the revision under review: not compliant when an item failed (those items named),
 * compliant when every item passed or does not apply; an item without an answer leaves nothing to conclude "compliant"
 * on. The specialist may also propose rejection, with reasons. Any later check clears it, to be drawn again.
 */
export async function recordConclusion(
  { db, clock }: ReviewDeps,
  { actor, id, request }: { actor: SessionUser; id: string; request: ConcludeRequest },
): Promise<ConclusionView> {
  const now = clock.now();
  const reasons = request.rejectionReasons;
  // Filled once the record is locked, from the checklist as it is then; the engine audits it after `run`.
  const details: Record<string, unknown> = {};
  return db.transaction().execute(async (tx) => {
    await performActivityIn(
      tx,
      applicationWorkflow,
      { id, action: 'record_conclusion', actor, now, details },
      async ({ record }) => {
        const checklist = await checklistOf(tx, (await findReviewedApplication(tx, id))!);
        const failedItems = checklist.items
          .filter((i) => i.result === 'failed')
          .map((i) => ({ id: i.id, code: i.code, position: i.position }));
        const outcome = failedItems.length > 0 ? 'not_compliant' : 'compliant';
        if (outcome === 'compliant' && checklist.summary.unknown > 0)
          throw checklistIncomplete(checklist.summary.unknown);
        Object.assign(details, {
          revision: record.revision,
          outcome,
          failedItems: failedItems.map((i) => i.id),
          ...(reasons.length > 0 ? { proposedRejection: { reasons } } : {}),
        });
        await upsertConclusion(tx, {
          applicationId: id,
          revision: record.revision,
          outcome,
          failedItems,
          rejectionReasons: reasons,
          concludedBy: actor.id,
          concludedAt: now,
        });
      },
    );
    return conclusionViewOf((await findCurrentConclusion(tx, id))!);
  });
}

export async function getConclusion(
  { db }: ReviewDeps,
  { actor, id }: { actor: SessionUser; id: string },
): Promise<ConclusionView | null> {
  await getVisibleApplication(db, actor, id);
  return findApplicationConclusion(db, id);
}

/**
 * For the commission's agenda and minutes: the conclusion the application travels with (outcome, failed items with
 * their names in kk, ru and en, the proposed rejection's reasons), or null when none was drawn for its revision.
 */
export async function findApplicationConclusion(db: DbOrTx, applicationId: string): Promise<ConclusionView | null> {
  const stored = await findCurrentConclusion(db, applicationId);
  return stored ? conclusionViewOf(stored) : null;
}

// B03-2.3 -------------------------------------------------------------------------------------------------------------

/** Returns the application with remarks on the revision under review; the employer's people hear of it at once. */
export async function returnWithRemarks(
  { db, clock }: ReviewDeps,
  { actor, id, request }: { actor: SessionUser; id: string; request: ReturnRequest },
) {
  const now = clock.now();
  return db.transaction().execute(async (tx) => {
    const { record } = await applyActionIn(tx, applicationWorkflow, {
      id,
      action: 'return_with_remarks',
      expectedVersion: request.version,
      actor,
      input: {},
      now,
    });
    await insertRemarks(tx, {
      applicationId: id,
      revision: record.revision,
      remarks: request.remarks,
      authorId: actor.id,
      now,
    });
    const application = (await findReviewedApplication(tx, id))!;
    for (const userId of await listEmployerRepresentativeIds(tx, record.employerId)) {
      await notify(tx, {
        userId,
        template: 'subsidy.application_returned',
        params: { number: application.number ?? '', count: request.remarks.length },
        link: employerApplicationLink(id),
        now,
      });
    }
    return { id: record.id, status: record.status, version: record.version };
  });
}

// B03-2.4 -------------------------------------------------------------------------------------------------------------

/** A consultation given to the employer, logged on the application; the employer sees it with the application. */
export async function logConsultation(
  { db, clock }: ReviewDeps,
  { actor, id, request }: { actor: SessionUser; id: string; request: ConsultationRequest },
) {
  const now = clock.now();
  if (request.givenOn > dateInKazakhstan(now)) throw consultationInFuture();
  const { result: consultationId } = await performActivity(
    db,
    applicationWorkflow,
    { id, action: 'log_consultation', actor, now, details: { channel: request.channel } },
    ({ tx }) => insertConsultation(tx, { ...request, applicationId: id, givenBy: actor.id, now }),
  );
  return { id: consultationId, ...request, givenByName: actor.fullName };
}
