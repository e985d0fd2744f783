// The commission's actions: members, sessions, the agenda (B03-2.5), the meeting, decisions (B03-3.1) and their delivery (B03-3.2).
import type { Transaction } from 'kysely';
import type {
  AgendaItemView,
  ApplicationCommissionDecision,
  AttendanceRequest,
  CancelSessionRequest,
  CommissionQueueResponse,
  ConflictRequest,
  CreateMemberRequest,
  CreateSessionRequest,
  DecisionRequest,
  MemberListResponse,
  MemberRole,
  MinutesLanguage,
  PostponeItemRequest,
  ProposalRequest,
  SessionListItem,
  SessionView,
  SignMinutesRequest,
  UpdateMemberRequest,
  VoteRequest,
  WithdrawItemRequest,
} from '../../../shared/api/commission';
import { proposalGrounds } from '../../../shared/api/commission';
import { type ApplicationStatus, ApplicationStatus as Status } from '../../../shared/api/subsidized-jobs';
import { hasQuorum, quorumNeeded, tallyOfItem } from '../../../shared/commission/rules';
import { registerMessages } from '../../../shared/i18n/messages';
import { maskIdentifier } from '../../../shared/iin-bin';
import { occupationName } from '../../../shared/occupations';
import { complianceItemLabel } from '../../../shared/review/compliance-items';
import { type Locale, Role } from '../../../shared/roles';
import { appendAudit } from '../../platform/audit/audit';
import { centreIdOf, type SessionUser } from '../../platform/auth/access';
import type { Clock } from '../../platform/clock';
import type { Database, Db, DbOrTx } from '../../platform/db/database';
import { DomainError, forbidden, notFound } from '../../platform/errors';
import { notify } from '../../platform/notifications/notifications';
import { applyActionIn, availableActions, performActivityIn, systemActor } from '../../platform/workflow/workflow';
import { getSignedDocument, registerDocumentAccessRule, type SignatureServices } from '../signatures';
import { applicationWorkflow } from '../subsidized-jobs';
import { findApplicationConclusion } from '../subsidy-review';
import { commissionError, commissionFieldError } from './commission.errors';
import { renderDecisionExtract } from './commission.extract';
import { kazakhstanDate, kazakhstanTime, loadMinutesInput, minutesKinds, renderMinutes } from './commission.minutes';
import {
  deleteVote,
  excludedMemberIds,
  findActiveMemberOfUser,
  findActiveMemberWithRole,
  findAgendaItemForUpdate,
  findApplicationForAgenda,
  findApplicationNumber,
  findConflict,
  findDeliveredDecision,
  findLatestItemDecision,
  findMember,
  findSession,
  insertAgendaItem,
  insertConflict,
  insertMember,
  insertProposal,
  insertSession,
  listAgendaItems,
  listApplicationPositions,
  listCentreStaff,
  listCommissionQueue,
  listDecisionsToEnter,
  listEmployerUsers,
  listMembers,
  listMemberUsers,
  listProposals,
  listSessionComposition,
  listSessions,
  lockMembersOfCentre,
  markItemRemoved,
  memberHasVotesInSession,
  nextAgendaOrdinal,
  nextSessionNumber,
  type ProposalRow,
  recordItemDecision,
  recusedMemberIds,
  updateMember as updateMemberRow,
  updateProposalPosition,
  upsertAttendance,
  upsertVote,
  writeApplicationDecision,
} from './commission.repository';
import { listMinutesSigners, listSignersOf, signMinutes } from './commission.signing';
import { commissionTemplates } from './commission.templates';
import {
  commissionSessionWorkflow,
  mayManageAgenda,
  mayPreside,
  mayRecordMeeting,
  type SessionRecord,
} from './commission.workflow';

export type CommissionDeps = { db: Db; clock: Clock; publicUrl: string; signatures: SignatureServices };

for (const locale of ['kk', 'ru', 'en'] as const) registerMessages(locale, commissionTemplates[locale]);

// The minutes name every member's vote and other employers' applications: the centre's staff only.
registerDocumentAccessRule('commission_session', async ({ db, user, document }) => {
  if (user.organisationKind !== 'centre') return false;
  const session = await findSession(db, document.subjectId);
  return session?.centre_id === user.organisationId;
});

function centreOf(user: SessionUser): string {
  const centreId = centreIdOf(user);
  if (!centreId) throw forbidden();
  return centreId;
}

// ---- members

export async function listMembersOf(db: Db, user: SessionUser): Promise<MemberListResponse> {
  const centreId = centreOf(user);
  const [members, staff] = await Promise.all([listMembers(db, centreId), listCentreStaff(db, centreId)]);
  return {
    items: members.map((m) => ({
      id: m.id,
      fullName: m.full_name,
      position: m.position,
      role: m.role,
      userId: m.user_id,
      userName: m.user_name,
      iinMasked: m.iin ? maskIdentifier(m.iin) : null,
      active: m.active,
    })),
    linkableUsers: staff.map((u) => ({ id: u.id, fullName: u.full_name, role: u.role })),
    canManage: user.role === Role.centreHead,
  };
}

type MemberState = { role: MemberRole; userId: string | null; active: boolean };

/** At most one active chair, deputy chair and secretary per centre, and a user sits on the commission once. */
async function checkMemberRules(tx: DbOrTx, centreId: string, memberId: string | null, state: MemberState) {
  if (!state.active) return;
  if (state.role === 'chair' && (await findActiveMemberWithRole(tx, centreId, 'chair', memberId))) {
    throw commissionFieldError('commission.chair_exists', 'role');
  }
  if (state.role === 'deputy_chair' && (await findActiveMemberWithRole(tx, centreId, 'deputy_chair', memberId))) {
    throw commissionFieldError('commission.deputy_exists', 'role');
  }
  if (state.role === 'secretary' && (await findActiveMemberWithRole(tx, centreId, 'secretary', memberId))) {
    throw commissionFieldError('commission.secretary_exists', 'role');
  }
  if (state.userId) {
    const user = await tx
      .selectFrom('users')
      .select('organisation_id')
      .where('id', '=', state.userId)
      .executeTakeFirst();
    if (user?.organisation_id !== centreId) throw commissionFieldError('commission.user_not_in_centre', 'userId');
    if (await findActiveMemberOfUser(tx, centreId, state.userId, memberId)) {
      throw commissionFieldError('commission.user_already_member', 'userId');
    }
  }
}

export async function createMember(
  { db, clock }: CommissionDeps,
  user: SessionUser,
  input: CreateMemberRequest,
): Promise<{ id: string }> {
  const centreId = centreOf(user);
  const now = clock.now();
  return db.transaction().execute(async (tx) => {
    await lockMembersOfCentre(tx, centreId);
    await checkMemberRules(tx, centreId, null, { role: input.role, userId: input.userId, active: true });
    const { id } = await insertMember(tx, { centreId, ...input, now });
    await appendAudit(tx, {
      at: now,
      actorId: user.id,
      actorRole: user.role,
      action: 'commission.member_added',
      subjectType: 'commission_member',
      subjectId: id,
      centreId,
      details: { role: input.role, linkedUser: input.userId !== null },
    });
    return { id };
  });
}

export async function updateMember(
  { db, clock }: CommissionDeps,
  user: SessionUser,
  memberId: string,
  input: UpdateMemberRequest,
): Promise<void> {
  const centreId = centreOf(user);
  const now = clock.now();
  await db.transaction().execute(async (tx) => {
    await lockMembersOfCentre(tx, centreId);
    const member = await findMember(tx, memberId);
    if (!member || member.centre_id !== centreId) throw notFound();
    const next = {
      fullName: input.fullName ?? member.full_name,
      position: input.position ?? member.position,
      role: input.role ?? member.role,
      userId: input.userId === undefined ? member.user_id : input.userId,
      iin: input.iin === undefined ? member.iin : input.iin,
      active: input.active ?? member.active,
    };
    await checkMemberRules(tx, centreId, memberId, next);
    await updateMemberRow(tx, memberId, next);
    await appendAudit(tx, {
      at: now,
      actorId: user.id,
      actorRole: user.role,
      action: 'commission.member_changed',
      subjectType: 'commission_member',
      subjectId: memberId,
      centreId,
      details: { role: next.role, active: next.active, linkedUser: next.userId !== null },
    });
  });
}

// ---- sessions

export async function createSession(
  { db, clock }: CommissionDeps,
  user: SessionUser,
  input: CreateSessionRequest,
): Promise<{ id: string }> {
  const centreId = centreOf(user);
  const now = clock.now();
  return db.transaction().execute(async (tx) => {
    const number = await nextSessionNumber(tx, centreId);
    const { id } = await insertSession(tx, {
      centreId,
      number,
      scheduledFor: new Date(input.scheduledFor),
      place: input.place,
      createdBy: user.id,
      now,
    });
    await appendAudit(tx, {
      at: now,
      actorId: user.id,
      actorRole: user.role,
      action: 'commission-session.create',
      step: 'B03-2.5',
      subjectType: 'commission_session',
      subjectId: id,
      centreId,
      toStatus: 'planned',
      details: { number },
    });
    return { id };
  });
}

export async function listSessionsOf(db: Db, user: SessionUser): Promise<SessionListItem[]> {
  const rows = await listSessions(db, centreOf(user));
  return rows.map((s) => ({
    id: s.id,
    number: s.number,
    scheduledFor: new Date(s.scheduled_for).toISOString(),
    place: s.place,
    status: s.status,
    items: s.items,
    decided: s.decided,
  }));
}

/** The session as its reader needs it: composition, quorum, the agenda with each employer's application, the tallies. */
export async function getSessionView(
  { db, clock }: CommissionDeps,
  user: SessionUser,
  sessionId: string,
): Promise<SessionView> {
  const session = await findSession(db, sessionId);
  if (!session || session.centre_id !== user.organisationId) throw notFound();
  const record = await db.transaction().execute((tx) => commissionSessionWorkflow.load(tx, sessionId));
  if (!record) throw notFound();
  const composition = await listSessionComposition(db, {
    id: session.id,
    centreId: session.centre_id,
    status: session.status,
  });
  const items = await listAgendaItems(db, session.id);
  const conclusions = await Promise.all(items.map((i) => findApplicationConclusion(db, i.application.id)));
  const minutes = session.minutes_document_id ? await findMinutesDocuments(db, session.id) : null;
  const present = composition.filter((m) => m.present === true).length;
  return {
    id: session.id,
    number: session.number,
    centre: { id: session.centre_id, nameKk: session.centre_name_kk, nameRu: session.centre_name_ru },
    scheduledFor: new Date(session.scheduled_for).toISOString(),
    place: session.place,
    status: session.status,
    version: session.version,
    openedAt: session.opened_at ? new Date(session.opened_at).toISOString() : null,
    closedAt: session.closed_at ? new Date(session.closed_at).toISOString() : null,
    cancelledAt: session.cancelled_at ? new Date(session.cancelled_at).toISOString() : null,
    cancelReason: session.cancel_reason,
    members: composition.map((m) => ({
      id: m.id,
      fullName: m.fullName,
      position: m.position,
      role: m.role,
      present: m.present,
    })),
    quorum: {
      members: composition.length,
      present,
      needed: quorumNeeded(composition.length),
      reached: hasQuorum(present, composition.length),
    },
    items: items.map(
      (item, index): AgendaItemView => ({
        id: item.id,
        ordinal: item.ordinal,
        application: {
          id: item.application.id,
          number: item.application.number,
          status: item.application.status as ApplicationStatus,
          version: item.application.version,
          employer: {
            id: item.application.employerId,
            bin: item.application.employerBin,
            nameKk: item.application.employerNameKk,
            nameRu: item.application.employerNameRu,
          },
          programme: {
            code: item.application.programmeCode,
            nameKk: item.application.programmeNameKk,
            nameRu: item.application.programmeNameRu,
          },
          positions: item.positions,
          jobsAsked: item.jobsAsked,
          submittedAt: item.application.submittedAt?.toISOString() ?? null,
          employerEligible: item.application.employerEligible,
          conclusion: conclusions[index] ?? null,
          compliance: {
            passed: item.compliance.filter((c) => c.result === 'passed').length,
            failed: item.compliance.filter((c) => c.result === 'failed').length,
            notApplicable: item.compliance.filter((c) => c.result === 'not_applicable').length,
            items: item.compliance,
          },
        },
        conflicts: item.conflicts.map((c) => ({ ...c, declaredAt: c.declaredAt.toISOString() })),
        votes: item.votes.map((v) => ({
          memberId: v.memberId,
          vote: v.vote,
          dissent: v.dissent,
          castAt: v.castAt.toISOString(),
          recordedByName: v.recordedByName,
        })),
        recusedMemberIds: recusedMemberIds(item, composition),
        tally: tallyOfItem({
          composition,
          conflictedMemberIds: excludedMemberIds(item, composition),
          votes: item.votes,
        }),
        proposal: item.proposal,
        decision:
          item.decision && item.decidedAt
            ? {
                decision: item.decision,
                approvedJobs: item.approvedJobs,
                reason: item.reason,
                rejectedByVote: item.rejectedByVote,
                decidedAt: item.decidedAt.toISOString(),
              }
            : null,
        removal: item.removal ? { ...item.removal, at: item.removal.at.toISOString() } : null,
      }),
    ),
    minutes,
    actions: availableActions(commissionSessionWorkflow, record, user, clock.now()),
    canRecord: session.status !== 'closed' && session.status !== 'cancelled' && mayRecordMeeting(user, record),
    myMemberId: composition.find((m) => m.userId === user.id)?.id ?? null,
    minutesSignatures: await listMinutesSigners(db, user, record, composition, minutes),
    minutesSignedAt: session.minutes_signed_at ? new Date(session.minutes_signed_at).toISOString() : null,
    decisionsToEnter:
      user.role === Role.employerRelationsSpecialist
        ? items.filter(
            (i) =>
              session.minutes_signed_at && i.decision && !i.removal && i.application.status === Status.atCommission,
          ).length
        : 0,
  };
}

/** B03-3.1: the presiding member or the secretary signs one language of the minutes with a personal ЭЦП. */
export async function signSessionMinutes(
  deps: CommissionDeps,
  user: SessionUser,
  sessionId: string,
  input: SignMinutesRequest,
): Promise<void> {
  await signMinutes(
    { db: deps.db, signatures: deps.signatures, now: deps.clock.now() },
    user,
    sessionId,
    input,
    findMinutesDocuments,
  );
}

async function findMinutesDocuments(db: DbOrTx, sessionId: string) {
  const rows = await db
    .selectFrom('signed_documents')
    .select(['id', 'kind'])
    .where('subject_type', '=', 'commission_session')
    .where('subject_id', '=', sessionId)
    .where('kind', 'in', [minutesKinds.kk, minutesKinds.ru])
    .execute();
  const kk = rows.find((r) => r.kind === minutesKinds.kk)?.id;
  const ru = rows.find((r) => r.kind === minutesKinds.ru)?.id;
  return kk && ru ? { kk, ru } : null;
}

// ---- B03-2.5 the agenda

/**
 * B03-2.5: the specialist sends the listed applications to the commission — all of them or none. Each moves
 * under_review → at_commission through the application's workflow and becomes the next item of the agenda.
 */
export async function composeAgenda(
  { db, clock }: CommissionDeps,
  user: SessionUser,
  sessionId: string,
  applicationIds: readonly string[],
): Promise<void> {
  if (new Set(applicationIds).size !== applicationIds.length) throw commissionError('commission.duplicate_application');
  const now = clock.now();
  await db.transaction().execute((tx) =>
    performActivityIn(
      tx,
      commissionSessionWorkflow,
      { id: sessionId, action: 'compose_agenda', actor: user, now, details: { applications: applicationIds } },
      async ({ record }) => {
        let ordinal = await nextAgendaOrdinal(tx, sessionId);
        for (const [index, applicationId] of applicationIds.entries()) {
          const application = await findApplicationForAgenda(tx, applicationId);
          // Another centre's application does not exist for this centre's commission.
          if (!application || application.centre_id !== record.centreId) throw notFound();
          // Already at the commission with no agenda (its session was cancelled): it only joins this agenda.
          if (application.status === Status.atCommission && !(await isOnAnAgenda(tx, applicationId))) {
            await formProposal(tx, await insertAgendaItem(tx, { sessionId, applicationId, ordinal }), applicationId);
            ordinal += 1;
            continue;
          }
          try {
            await applyActionIn(tx, applicationWorkflow, {
              id: applicationId,
              action: 'send_to_commission',
              expectedVersion: application.version,
              actor: user,
              input: {},
              now,
              comment: null,
            });
          } catch (error) {
            if (error instanceof DomainError && error.code === 'workflow.action_not_allowed') {
              throw commissionError('commission.application_not_under_review', { number: application.number ?? '' }, [
                { field: `applicationIds.${index}`, code: 'commission.application_not_under_review' },
              ]);
            }
            throw error;
          }
          await formProposal(tx, await insertAgendaItem(tx, { sessionId, applicationId, ordinal }), applicationId);
          ordinal += 1;
        }
      },
    ),
  );
}

/**
 * The proposal an item starts with: every position approved with the jobs asked, unless the review's conclusion
 * says otherwise — a proposed rejection rejects every position with its reasons; a failed condition of one position
 * rejects that position, of the employer, every position (with the condition's name as the reason).
 */
async function formProposal(tx: DbOrTx, item: { id: string }, applicationId: string) {
  const positions = await listApplicationPositions(tx, applicationId);
  const conclusion = await findApplicationConclusion(tx, applicationId);
  // The specialist's proposed rejection is text a person typed; failed items stay items, named in each reader's language.
  const rejectionOf = (ordinal: number): Pick<ProposalRow, 'reason' | 'reasonItems'> | null => {
    if (!conclusion) return null;
    if (conclusion.proposedRejection && conclusion.proposedRejection.reasons.length > 0) {
      return { reason: conclusion.proposedRejection.reasons.join('; '), reasonItems: [] };
    }
    if (conclusion.outcome !== 'not_compliant') return null;
    const failed = conclusion.failedItems.filter((f) => f.position === null || f.position === ordinal);
    if (failed.length === 0) return null;
    return {
      reason: null,
      reasonItems: failed.map((f) => ({
        code: f.code,
        position: f.position,
        label: complianceItemLabel(f.code, f.position),
      })),
    };
  };
  await insertProposal(
    tx,
    item.id,
    positions.map((p) => {
      const rejection = rejectionOf(p.ordinal);
      return {
        ordinal: p.ordinal,
        occupationCode: p.occupation_code,
        occupationName: p.occupation_name,
        jobsAsked: p.jobs,
        approved: rejection === null,
        approvedJobs: rejection === null ? p.jobs : 0,
        reason: rejection?.reason ?? null,
        reasonItems: rejection?.reasonItems ?? [],
      };
    }),
  );
}

async function isOnAnAgenda(tx: DbOrTx, applicationId: string): Promise<boolean> {
  const row = await tx
    .selectFrom('commission_agenda_items')
    .select('id')
    .where('application_id', '=', applicationId)
    .where('removed_at', 'is', null)
    .where('decision', 'is', null)
    .executeTakeFirst();
  return row !== undefined;
}

/** The commission's queue: applications at the commission whose session was cancelled, oldest first. */
export async function getCommissionQueue(db: Db, user: SessionUser): Promise<CommissionQueueResponse> {
  const rows = await listCommissionQueue(db, centreOf(user));
  return {
    items: rows.map((r) => ({
      id: r.id,
      number: r.number,
      employer: { bin: r.employer_bin, nameKk: r.employer_name_kk, nameRu: r.employer_name_ru },
      programmeCode: r.programme_code,
      jobs: r.jobs,
      lastSessionNumber: r.last_session_number,
    })),
  };
}

// ---- ways out: a session cancelled, an item postponed or withdrawn (B03-2.5)

async function notifyEmployer(
  tx: DbOrTx,
  applicationId: string,
  template: string,
  params: Record<string, string | number>,
  now: Date,
) {
  const application = await findApplicationNumber(tx, applicationId);
  const link = `/employer/applications/${applicationId}`;
  for (const employerUser of await listEmployerUsers(tx, application.employer_id)) {
    await notify(tx, {
      userId: employerUser.id,
      template,
      params: { number: application.number ?? '', ...params },
      link,
      now,
    });
  }
}

/**
 * A session that cannot be held (no quorum, no chair) is cancelled with its reason: its applications stay at the
 * commission and wait in the queue for the next session; their employers and the members with an account are told.
 */
export async function cancelSession(
  deps: CommissionDeps,
  user: SessionUser,
  sessionId: string,
  { version, reason }: CancelSessionRequest,
): Promise<void> {
  const now = deps.clock.now();
  await deps.db.transaction().execute(async (tx) => {
    const before = await listAgendaItems(tx, sessionId);
    const { record } = await applyActionIn(tx, commissionSessionWorkflow, {
      id: sessionId,
      action: 'cancel',
      expectedVersion: version,
      actor: user,
      input: { reason } as never,
      now,
      comment: reason,
    });
    for (const item of before.filter((i) => i.removal === null)) {
      await notifyEmployer(
        tx,
        item.application.id,
        'commission.session_cancelled',
        { session: record.number, reason },
        now,
      );
    }
    for (const userId of await listMemberUsers(tx, record.centreId)) {
      if (userId === user.id) continue;
      await notify(tx, {
        userId,
        template: 'commission.session_cancelled_member',
        params: { session: record.number, reason },
        link: `/commission/sessions/${sessionId}`,
        now,
      });
    }
  });
}

/** An undecided item moves to another planned session of the centre; the employer hears when and where. */
export async function postponeItem(
  deps: CommissionDeps,
  user: SessionUser,
  sessionId: string,
  itemId: string,
  { toSessionId, reason }: PostponeItemRequest,
): Promise<void> {
  const now = deps.clock.now();
  await deps.db.transaction().execute((tx) =>
    performActivityIn(
      tx,
      commissionSessionWorkflow,
      { id: sessionId, action: 'postpone_item', actor: user, now, details: { itemId, toSessionId } },
      async ({ record }) => {
        if (!mayManageAgenda(user, record)) throw forbidden();
        const item = await lockUndecidedItem(tx, sessionId, itemId);
        const target = await findSession(tx, toSessionId);
        if (!target || target.centre_id !== record.centreId) throw notFound();
        if (target.id === sessionId || target.status !== 'planned') {
          throw commissionFieldError('commission.target_session_not_planned', 'toSessionId');
        }
        await markItemRemoved(tx, itemId, {
          kind: 'postponed',
          reason: reason || null,
          movedToSessionId: target.id,
          now,
        });
        const moved = await insertAgendaItem(tx, {
          sessionId: target.id,
          applicationId: item.application_id,
          ordinal: await nextAgendaOrdinal(tx, target.id),
        });
        await formProposal(tx, moved, item.application_id);
        const scheduled = new Date(target.scheduled_for);
        await notifyEmployer(
          tx,
          item.application_id,
          'commission.item_postponed',
          {
            session: target.number,
            date: `${kazakhstanDate(scheduled)} ${kazakhstanTime(scheduled)}`,
            place: target.place,
          },
          now,
        );
      },
    ),
  );
}

/** Before its vote, the specialist takes an item off the agenda: the application goes back to review, with a reason. */
export async function withdrawItem(
  deps: CommissionDeps,
  user: SessionUser,
  sessionId: string,
  itemId: string,
  { reason }: WithdrawItemRequest,
): Promise<void> {
  const now = deps.clock.now();
  await deps.db.transaction().execute((tx) =>
    performActivityIn(
      tx,
      commissionSessionWorkflow,
      { id: sessionId, action: 'withdraw_item', actor: user, now, details: { itemId } },
      async () => {
        const item = await lockUndecidedItem(tx, sessionId, itemId);
        if (item.votes > 0) throw commissionError('commission.item_has_votes');
        await markItemRemoved(tx, itemId, { kind: 'withdrawn', reason, movedToSessionId: null, now });
        const application = await findApplicationForAgenda(tx, item.application_id);
        if (!application) throw notFound();
        await applyActionIn(tx, applicationWorkflow, {
          id: item.application_id,
          action: 'withdraw_from_commission',
          expectedVersion: application.version,
          actor: user,
          input: {},
          now,
          comment: reason,
        });
        await notifyEmployer(tx, item.application_id, 'commission.item_withdrawn', { reason }, now);
      },
    ),
  );
}

// ---- the meeting

/** Runs a step of the meeting as an activity of the session, for the commission's secretary only. */
function recordMeetingStep<T>(
  tx: Transaction<Database>,
  user: SessionUser,
  request: { sessionId: string; action: 'record_attendance' | 'declare_conflict' | 'decide_item' | 'amend_proposal' },
  now: Date,
  details: Record<string, unknown>,
  run: (record: SessionRecord) => Promise<T>,
) {
  return performActivityIn(
    tx,
    commissionSessionWorkflow,
    { id: request.sessionId, action: request.action, actor: user, now, details },
    async ({ record }) => {
      if (!mayRecordMeeting(user, record)) throw forbidden();
      return run(record);
    },
  );
}

export async function recordAttendance(
  { db, clock }: CommissionDeps,
  user: SessionUser,
  sessionId: string,
  { attendance }: AttendanceRequest,
): Promise<void> {
  const now = clock.now();
  await db.transaction().execute((tx) =>
    recordMeetingStep(
      tx,
      user,
      { sessionId, action: 'record_attendance' },
      now,
      {
        present: attendance.filter((a) => a.present).map((a) => a.memberId),
        absent: attendance.filter((a) => !a.present).map((a) => a.memberId),
      },
      async (record) => {
        const composition = await listSessionComposition(tx, record);
        for (const [index, entry] of attendance.entries()) {
          if (!composition.some((m) => m.id === entry.memberId)) {
            throw commissionError('commission.member_not_in_session', {}, [
              { field: `attendance.${index}.memberId`, code: 'commission.member_not_in_session' },
            ]);
          }
          // A member who has voted attended: the minutes cannot list them absent beside their vote.
          if (!entry.present && (await memberHasVotesInSession(tx, sessionId, entry.memberId))) {
            throw commissionError('commission.member_has_voted');
          }
          await upsertAttendance(tx, sessionId, entry.memberId, entry.present);
        }
      },
    ),
  );
}

/** Only whoever presides (the chair, or the deputy when the chair is absent) opens or closes: others hear 403. */
async function checkPresiding(tx: Transaction<Database>, user: SessionUser, sessionId: string) {
  const record = await commissionSessionWorkflow.load(tx, sessionId);
  if (!record || !commissionSessionWorkflow.isVisibleTo(record, user)) throw notFound();
  // A session already closed or cancelled answers the engine's 409 instead.
  const live = record.status === 'planned' || record.status === 'in_session';
  if (live && !mayPreside(user, record)) throw commissionError('commission.not_presiding');
}

export async function openSession(deps: CommissionDeps, user: SessionUser, sessionId: string, version: number) {
  await deps.db.transaction().execute(async (tx) => {
    await checkPresiding(tx, user, sessionId);
    await applyActionIn(tx, commissionSessionWorkflow, {
      id: sessionId,
      action: 'open',
      expectedVersion: version,
      actor: user,
      input: {},
      now: deps.clock.now(),
    });
  });
}

export async function closeSession(deps: CommissionDeps, user: SessionUser, sessionId: string, version: number) {
  await deps.db.transaction().execute(async (tx) => {
    await checkPresiding(tx, user, sessionId);
    await applyActionIn(tx, commissionSessionWorkflow, {
      id: sessionId,
      action: 'close',
      expectedVersion: version,
      actor: user,
      input: {},
      now: deps.clock.now(),
    });
  });
}

async function lockUndecidedItem(tx: DbOrTx, sessionId: string, itemId: string) {
  const item = await findAgendaItemForUpdate(tx, sessionId, itemId);
  if (!item) throw notFound();
  if (item.decision) throw commissionError('commission.item_decided');
  return item;
}

/** A member with a conflict of interest is excluded from the item: a vote already cast on it is withdrawn. */
export async function declareConflict(
  { db, clock }: CommissionDeps,
  user: SessionUser,
  sessionId: string,
  itemId: string,
  { memberId, reason }: ConflictRequest,
): Promise<void> {
  const now = clock.now();
  await db.transaction().execute((tx) =>
    recordMeetingStep(
      tx,
      user,
      { sessionId, action: 'declare_conflict' },
      now,
      { itemId, memberId },
      async (record) => {
        await lockUndecidedItem(tx, sessionId, itemId);
        const composition = await listSessionComposition(tx, record);
        if (!composition.some((m) => m.id === memberId)) {
          throw commissionFieldError('commission.member_not_in_session', 'memberId');
        }
        if (await findConflict(tx, itemId, memberId)) throw commissionError('commission.conflict_exists');
        await insertConflict(tx, { itemId, memberId, reason, now });
        await deleteVote(tx, itemId, memberId);
      },
    ),
  );
}

/**
 * The secretary records a member's vote; a member with an account may cast their own. Nobody records a vote on an
 * application they reviewed, and a member who reviewed it casts none.
 */
export async function recordVote(
  { db, clock }: CommissionDeps,
  user: SessionUser,
  sessionId: string,
  itemId: string,
  memberId: string,
  { vote, dissent }: VoteRequest,
): Promise<void> {
  const now = clock.now();
  await db.transaction().execute((tx) =>
    performActivityIn(
      tx,
      commissionSessionWorkflow,
      { id: sessionId, action: 'record_vote', actor: user, now, details: { itemId, memberId, vote } },
      async ({ record }) => {
        const composition = await listSessionComposition(tx, record);
        const member = composition.find((m) => m.id === memberId);
        const ownVote = member !== undefined && member.userId === user.id;
        if (!ownVote && !mayRecordMeeting(user, record)) throw forbidden();
        const item = await lockUndecidedItem(tx, sessionId, itemId);
        if (!member) throw commissionError('commission.member_not_in_session');
        if (member.present !== true) throw commissionError('commission.member_absent', { name: member.fullName });
        if (await findConflict(tx, itemId, memberId)) {
          throw commissionError('commission.member_conflicted', { name: member.fullName });
        }
        const reviewers = (await listAgendaItems(tx, sessionId)).find((i) => i.id === item.id)?.reviewerUserIds ?? [];
        if (reviewers.includes(user.id) || (member.userId !== null && reviewers.includes(member.userId))) {
          throw commissionError('commission.reviewer_recused');
        }
        await upsertVote(tx, { itemId, memberId, vote, dissent: dissent || null, recordedBy: user.id, now });
      },
    ),
  );
}

/**
 * B03-3.1: before the first vote, the secretary amends the proposal put to the vote — per position approved or not,
 * the jobs (0 … asked), and a reason wherever fewer jobs than asked are approved. After a vote it is what was voted on.
 */
export async function amendProposal(
  { db, clock }: CommissionDeps,
  user: SessionUser,
  sessionId: string,
  itemId: string,
  { positions }: ProposalRequest,
): Promise<void> {
  const now = clock.now();
  const details = {
    itemId,
    positions: positions.map((p) => ({ ordinal: p.ordinal, approvedJobs: p.approved ? p.approvedJobs : 0 })),
  };
  await db.transaction().execute((tx) =>
    recordMeetingStep(tx, user, { sessionId, action: 'amend_proposal' }, now, details, async () => {
      const item = await lockUndecidedItem(tx, sessionId, itemId);
      if (item.votes > 0) throw commissionError('commission.proposal_has_votes');
      const current = (await listProposals(tx, [itemId])).get(itemId) ?? [];
      for (const [index, p] of positions.entries()) {
        const field = (name: string) => `positions.${index}.${name}`;
        const row = current.find((r) => r.ordinal === p.ordinal);
        if (!row) throw commissionFieldError('commission.proposal_position_unknown', field('ordinal'));
        const approvedJobs = p.approved ? p.approvedJobs : 0;
        if (p.approved && approvedJobs < 1) {
          throw commissionFieldError('commission.approved_jobs_required', field('approvedJobs'));
        }
        if (approvedJobs > row.jobsAsked) {
          throw commissionFieldError('commission.approved_jobs_exceed', field('approvedJobs'), {
            asked: row.jobsAsked,
          });
        }
        // A typed reason replaces the failed items; none typed, the items the proposal started with stay the reason.
        const reason = p.reason || null;
        const short = approvedJobs < row.jobsAsked;
        const keepItems = short && !reason && row.reasonItems.length > 0;
        if (short && !reason && !keepItems) throw commissionFieldError('commission.reason_required', field('reason'));
        await updateProposalPosition(tx, itemId, {
          ordinal: p.ordinal,
          approved: p.approved,
          approvedJobs,
          reason: short ? reason : null,
          keepItems,
        });
      }
    }),
  );
}

/**
 * B03-3.1: the secretary records what the votes carried, once everybody eligible and present has voted: carried, the
 * proposal is the decision (approved if it approves a job at all, else rejected with its reasons); not carried, the
 * application is rejected as a whole, the vote being the reason.
 */
export async function decideItem(
  { db, clock }: CommissionDeps,
  user: SessionUser,
  sessionId: string,
  itemId: string,
  _input: DecisionRequest,
): Promise<void> {
  const now = clock.now();
  await db.transaction().execute((tx) =>
    recordMeetingStep(tx, user, { sessionId, action: 'decide_item' }, now, { itemId }, async (record) => {
      await lockUndecidedItem(tx, sessionId, itemId);
      const composition = await listSessionComposition(tx, record);
      const agenda = await listAgendaItems(tx, sessionId);
      const item = agenda.find((i) => i.id === itemId)!;
      const tally = tallyOfItem({
        composition,
        conflictedMemberIds: excludedMemberIds(item, composition),
        votes: item.votes,
      });
      const refusal = tally.quorum
        ? tally.outcome === null
          ? 'commission.votes_incomplete'
          : null
        : 'commission.no_quorum';
      if (refusal || tally.outcome === null) {
        throw commissionError(refusal ?? 'commission.votes_incomplete', {
          for: tally.for,
          against: tally.against,
          abstain: tally.abstain,
          needed: tally.forNeeded,
          missing: tally.notVoted,
        });
      }
      const decided = decisionOfProposal(item.proposal, tally.outcome === 'approved');
      await recordItemDecision(tx, itemId, { ...decided, now });
    }),
  );
}

/** The decision a proposal makes when carried (or voted down): the sum of its jobs and its reasons for the rest. */
function decisionOfProposal(proposal: readonly ProposalRow[], carried: boolean) {
  if (!carried) return { decision: 'rejected' as const, approvedJobs: null, reason: null, rejectedByVote: true };
  const jobs = proposal.reduce((sum, p) => sum + p.approvedJobs, 0);
  // Stored for the application's decision record; the minutes, the extract and the views draw the grounds again
  // from the positions in their reader's language.
  const reason = proposalGrounds(proposal, 'ru', (p) => p.occupationName);
  return {
    decision: jobs > 0 ? ('approved' as const) : ('rejected' as const),
    approvedJobs: jobs > 0 ? jobs : null,
    reason,
    rejectedByVote: false,
  };
}

// ---- B03-3.1 / B03-3.2 the decision entered and delivered

async function enterDecisionIn(
  tx: Transaction<Database>,
  deps: CommissionDeps,
  user: SessionUser,
  applicationId: string,
  version: number,
  now: Date,
) {
  // B03-3.1: the guard (application workflow's load) requires the commission item's decision.
  const recorded = await applyActionIn(tx, applicationWorkflow, {
    id: applicationId,
    action: 'record_decision',
    expectedVersion: version,
    actor: user,
    input: {},
    now,
  });
  const item = await findLatestItemDecision(tx, applicationId);
  if (!item?.decision) throw new DomainError('subsidized_jobs.commission_decision_missing', {}, [], 422);
  const decision = {
    decision: item.decision,
    approvedJobs: item.decision === 'approved' ? item.approved_jobs : null,
    reason: item.reason,
    now: item.decided_at ? new Date(item.decided_at) : now,
  };
  await writeApplicationDecision(tx, applicationId, decision);

  // B03-3.2, automatically and at once: the decision reaches the employer's cabinet, inbox and e-mail.
  const delivered = await applyActionIn(tx, applicationWorkflow, {
    id: applicationId,
    action: item.decision === 'approved' ? 'deliver_approval' : 'deliver_rejection',
    expectedVersion: recorded.record.version,
    actor: systemActor('decision-delivery'),
    input: {},
    now,
  });
  const application = await findApplicationNumber(tx, applicationId);
  const link = `/employer/applications/${applicationId}`;
  // The reason in each reader's language: failed checklist items are named in it, typed reasons read as typed.
  const proposal = item.rejected_by_vote ? [] : ((await listProposals(tx, [item.id])).get(item.id) ?? []);
  const reasonIn = (locale: Locale) =>
    proposalGrounds(proposal, locale, (p) => occupationName(p.occupationCode)?.[locale] ?? p.occupationName) ??
    decision.reason;
  for (const employerUser of await listEmployerUsers(tx, application.employer_id)) {
    await notify(tx, {
      userId: employerUser.id,
      template:
        item.decision === 'approved'
          ? 'subsidy.decision_approved'
          : item.rejected_by_vote
            ? 'commission.decision_rejected_by_vote'
            : 'subsidy.decision_rejected',
      params: {
        number: application.number ?? '',
        jobs: decision.approvedJobs ?? 0,
        reason: reasonIn(employerUser.locale) ?? '',
        url: `${deps.publicUrl.replace(/\/$/, '')}${link}`,
      },
      link,
      now,
    });
  }
  return {
    id: applicationId,
    status: delivered.record.status,
    version: delivered.record.version,
    decision: decision.decision,
    approvedJobs: decision.approvedJobs,
    reason: decision.reason,
    decidedAt: decision.now.toISOString(),
  };
}

/** B03-3.1 + B03-3.2 for one application: the specialist enters the commission's decision; it is delivered at once. */
export async function enterApplicationDecision(
  deps: CommissionDeps,
  user: SessionUser,
  applicationId: string,
  version: number,
) {
  const now = deps.clock.now();
  return deps.db.transaction().execute((tx) => enterDecisionIn(tx, deps, user, applicationId, version, now));
}

/** The same for every decided item of a closed session not yet entered; all in one transaction. */
export async function enterSessionDecisions(deps: CommissionDeps, user: SessionUser, sessionId: string) {
  const now = deps.clock.now();
  return deps.db.transaction().execute(async (tx) => {
    const record = await commissionSessionWorkflow.load(tx, sessionId);
    if (!record || !commissionSessionWorkflow.isVisibleTo(record, user)) throw notFound();
    if (record.status !== 'closed') throw commissionError('commission.session_not_closed');
    const entered: { applicationId: string; status: ApplicationStatus }[] = [];
    for (const application of await listDecisionsToEnter(tx, sessionId)) {
      const result = await enterDecisionIn(tx, deps, user, application.id, application.version, now);
      entered.push({ applicationId: application.id, status: result.status });
    }
    return { entered };
  });
}

/**
 * B03-3.2 as the employer reads it: per position what the commission approved and why not, once the decision is
 * delivered. The employer sees its own applications only, the centre's staff their centre's; others hear 404.
 */
async function findOwnDeliveredDecision(db: Db, user: SessionUser, applicationId: string) {
  const found = await findDeliveredDecision(db, applicationId);
  const owner = user.organisationKind === 'employer' ? found?.application.employer_id : found?.application.centre_id;
  if (!found || !user.organisationId || owner !== user.organisationId) throw notFound();
  return found;
}

export async function getApplicationCommissionDecision(
  db: Db,
  user: SessionUser,
  applicationId: string,
): Promise<ApplicationCommissionDecision | null> {
  const { item } = await findOwnDeliveredDecision(db, user, applicationId);
  if (!item?.decision || !item.decided_at) return null;
  const positions = (await listProposals(db, [item.id])).get(item.id) ?? [];
  const decided = (p: ProposalRow) => p.decidedJobs ?? 0;
  return {
    decision: item.decision,
    rejectedByVote: item.rejected_by_vote,
    decidedAt: new Date(item.decided_at).toISOString(),
    session: { id: item.session_id, number: item.session_number },
    positions,
    positionsApproved: positions.filter((p) => decided(p) > 0).length,
    jobsApproved: positions.reduce((sum, p) => sum + decided(p), 0),
    jobsAsked: positions.reduce((sum, p) => sum + p.jobsAsked, 0),
  };
}

/** B03-3.2 the decision as a document: the extract of the signed minutes for this application, in kk or ru. */
export async function getDecisionExtract(db: Db, user: SessionUser, applicationId: string, language: MinutesLanguage) {
  const { item } = await findOwnDeliveredDecision(db, user, applicationId);
  if (!item?.decided_at) throw commissionError('commission.decision_not_delivered');
  return renderDecisionExtract(
    db,
    { applicationId, sessionId: item.session_id, itemId: item.id, decidedAt: new Date(item.decided_at) },
    language,
  );
}

// ---- minutes

export async function getMinutes(
  db: Db,
  user: SessionUser,
  sessionId: string,
  language: MinutesLanguage,
): Promise<{ fileName: string; bytes: Uint8Array }> {
  const session = await findSession(db, sessionId);
  if (!session || session.centre_id !== user.organisationId) throw notFound();
  const documents = await findMinutesDocuments(db, sessionId);
  if (!documents) throw commissionError('commission.minutes_not_ready');
  const document = await getSignedDocument(db, documents[language]);
  const fileName =
    language === 'kk' ? `Комиссия хаттамасы № ${session.number}.pdf` : `Протокол комиссии № ${session.number}.pdf`;
  const signatures = await listSignersOf(db, document.id);
  if (signatures.length === 0) return { fileName, bytes: new Uint8Array(document.content) };
  // Signed: a copy of the same minutes with who signed it; the signed original stays in the signatures module.
  const signers = signatures.map((s) => ({
    name: s.signer_name,
    iinMasked: maskIdentifier(s.signer_iin),
    certificateSerial: s.certificate_serial,
    signedAt: new Date(s.signing_time),
  }));
  const input = await loadMinutesInput(db, sessionId);
  const closedAt = session.closed_at ? new Date(session.closed_at) : new Date(document.created_at);
  return { fileName, bytes: await renderMinutes(language, input, closedAt, signers) };
}
