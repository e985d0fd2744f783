// The commission's SQL: members, sessions, agenda items with their applications, attendance, conflicts and votes.
import { sql } from 'kysely';
import type { ItemDecision, MemberRole, SessionStatus, VoteChoice } from '../../../shared/api/commission';
import type { LocalizedText } from '../../../shared/api/common';
import { complianceItemLabel } from '../../../shared/review/compliance-items';
import { staffRoles } from '../../../shared/roles';
import type { DbOrTx } from '../../platform/db/database';
import type { AgendaItemRemoval, ReasonItem } from './commission.tables';

// ---- members

const roleOrder = sql`case m.role when 'chair' then 0 when 'deputy_chair' then 1 when 'secretary' then 2 else 3 end`;

export function listMembers(db: DbOrTx, centreId: string) {
  return db
    .selectFrom('commission_members as m')
    .leftJoin('users as u', 'u.id', 'm.user_id')
    .select([
      'm.id',
      'm.full_name',
      'm.position',
      'm.role',
      'm.user_id',
      'm.iin',
      'm.active',
      'u.full_name as user_name',
    ])
    .where('m.centre_id', '=', centreId)
    .orderBy(sql`m.active desc, ${roleOrder}, m.full_name`)
    .execute();
}

export type MemberRow = Awaited<ReturnType<typeof listMembers>>[number];

export function findMember(db: DbOrTx, id: string) {
  return db.selectFrom('commission_members').selectAll().where('id', '=', id).executeTakeFirst();
}

/** Locks the centre's members, so two changes cannot both make an active chair (or secretary) at once. */
export async function lockMembersOfCentre(tx: DbOrTx, centreId: string): Promise<void> {
  await sql`select pg_advisory_xact_lock(hashtext(${`commission_members:${centreId}`}))`.execute(tx);
}

export async function findActiveMemberWithRole(
  db: DbOrTx,
  centreId: string,
  role: 'chair' | 'deputy_chair' | 'secretary',
  exceptId: string | null,
) {
  let query = db
    .selectFrom('commission_members')
    .select(['id', 'full_name'])
    .where('centre_id', '=', centreId)
    .where('role', '=', role)
    .where('active', '=', true);
  if (exceptId) query = query.where('id', '<>', exceptId);
  return query.executeTakeFirst();
}

export async function findActiveMemberOfUser(db: DbOrTx, centreId: string, userId: string, exceptId: string | null) {
  let query = db
    .selectFrom('commission_members')
    .select('id')
    .where('centre_id', '=', centreId)
    .where('user_id', '=', userId)
    .where('active', '=', true);
  if (exceptId) query = query.where('id', '<>', exceptId);
  return query.executeTakeFirst();
}

export function insertMember(
  db: DbOrTx,
  member: {
    centreId: string;
    fullName: string;
    position: string;
    role: MemberRole;
    userId: string | null;
    iin: string | null;
    now: Date;
  },
) {
  return db
    .insertInto('commission_members')
    .values({
      centre_id: member.centreId,
      full_name: member.fullName,
      position: member.position,
      role: member.role,
      user_id: member.userId,
      iin: member.iin,
      active: true,
      created_at: member.now,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
}

export function updateMember(
  db: DbOrTx,
  id: string,
  changes: {
    fullName: string;
    position: string;
    role: MemberRole;
    userId: string | null;
    iin: string | null;
    active: boolean;
  },
) {
  return db
    .updateTable('commission_members')
    .set({
      full_name: changes.fullName,
      position: changes.position,
      role: changes.role,
      user_id: changes.userId,
      iin: changes.iin,
      active: changes.active,
    })
    .where('id', '=', id)
    .execute();
}

/** Staff of the centre, active, that a member may be linked to. */
export function listCentreStaff(db: DbOrTx, centreId: string) {
  return db
    .selectFrom('users')
    .select(['id', 'full_name', 'role'])
    .where('organisation_id', '=', centreId)
    .where('role', 'in', staffRoles)
    .where('disabled_at', 'is', null)
    .orderBy('full_name')
    .execute();
}

// ---- sessions

export async function nextSessionNumber(tx: DbOrTx, centreId: string): Promise<number> {
  await sql`select pg_advisory_xact_lock(hashtext(${`commission_sessions:${centreId}`}))`.execute(tx);
  const row = await tx
    .selectFrom('commission_sessions')
    .select(sql<number>`coalesce(max(number), 0)::int + 1`.as('next'))
    .where('centre_id', '=', centreId)
    .executeTakeFirstOrThrow();
  return row.next;
}

export function insertSession(
  db: DbOrTx,
  session: { centreId: string; number: number; scheduledFor: Date; place: string; createdBy: string; now: Date },
) {
  return db
    .insertInto('commission_sessions')
    .values({
      centre_id: session.centreId,
      number: session.number,
      scheduled_for: session.scheduledFor,
      place: session.place,
      status: 'planned',
      opened_at: null,
      closed_at: null,
      minutes_document_id: null,
      created_by: session.createdBy,
      created_at: session.now,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
}

export function listSessions(db: DbOrTx, centreId: string) {
  return db
    .selectFrom('commission_sessions as s')
    .select([
      's.id',
      's.number',
      's.scheduled_for',
      's.place',
      's.status',
      sql<number>`(select count(*)::int from commission_agenda_items i
        where i.session_id = s.id and i.removed_at is null)`.as('items'),
      sql<number>`(select count(*)::int from commission_agenda_items i
        where i.session_id = s.id and i.decision is not null and i.removed_at is null)`.as('decided'),
    ])
    .where('s.centre_id', '=', centreId)
    .orderBy('s.number', 'desc')
    .execute();
}

export function findSession(db: DbOrTx, id: string) {
  return db
    .selectFrom('commission_sessions as s')
    .innerJoin('organisations as c', 'c.id', 's.centre_id')
    .select([
      's.id',
      's.number',
      's.centre_id',
      's.scheduled_for',
      's.place',
      's.status',
      's.version',
      's.opened_at',
      's.closed_at',
      's.minutes_document_id',
      's.cancelled_at',
      's.cancel_reason',
      's.minutes_signed_at',
      'c.name_kk as centre_name_kk',
      'c.name_ru as centre_name_ru',
    ])
    .where('s.id', '=', id)
    .executeTakeFirst();
}

export type SessionRow = NonNullable<Awaited<ReturnType<typeof findSession>>>;

export type CompositionMember = {
  id: string;
  fullName: string;
  position: string;
  role: MemberRole;
  userId: string | null;
  iin: string | null;
  /** null while nobody has marked the member yet (only before opening). */
  present: boolean | null;
};

/** The session's composition: the centre's active members while planned, from opening on the members fixed then. */
export async function listSessionComposition(
  db: DbOrTx,
  session: { id: string; centreId: string; status: SessionStatus },
): Promise<CompositionMember[]> {
  const { rows } = await sql<{
    id: string;
    full_name: string;
    position: string;
    role: MemberRole;
    user_id: string | null;
    iin: string | null;
    present: boolean | null;
  }>`
    select m.id, m.full_name, m.position, m.role, m.user_id, m.iin, a.present
    from commission_members m
    left join commission_attendance a on a.session_id = ${session.id} and a.member_id = m.id
    where m.centre_id = ${session.centreId}
      and ${session.status === 'planned' ? sql`m.active` : sql`a.member_id is not null`}
    order by ${roleOrder}, m.full_name`.execute(db);
  return rows.map((r) => ({
    id: r.id,
    fullName: r.full_name,
    position: r.position,
    role: r.role,
    userId: r.user_id,
    iin: r.iin,
    present: r.present,
  }));
}

export async function upsertAttendance(db: DbOrTx, sessionId: string, memberId: string, present: boolean) {
  await db
    .insertInto('commission_attendance')
    .values({ session_id: sessionId, member_id: memberId, present })
    .onConflict((oc) => oc.columns(['session_id', 'member_id']).doUpdateSet({ present }))
    .execute();
}

export async function setMinutesDocument(db: DbOrTx, sessionId: string, documentId: string) {
  await db
    .updateTable('commission_sessions')
    .set({ minutes_document_id: documentId })
    .where('id', '=', sessionId)
    .execute();
}

// ---- agenda

export async function nextAgendaOrdinal(tx: DbOrTx, sessionId: string): Promise<number> {
  const row = await tx
    .selectFrom('commission_agenda_items')
    .select(sql<number>`coalesce(max(ordinal), 0)::int + 1`.as('next'))
    .where('session_id', '=', sessionId)
    .executeTakeFirstOrThrow();
  return row.next;
}

export function insertAgendaItem(db: DbOrTx, item: { sessionId: string; applicationId: string; ordinal: number }) {
  return db
    .insertInto('commission_agenda_items')
    .values({
      session_id: item.sessionId,
      application_id: item.applicationId,
      ordinal: item.ordinal,
      decision: null,
      approved_jobs: null,
      reason: null,
      decided_at: null,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
}

/** An agenda item with what its decision is checked against, locked for the decision. */
export function findAgendaItemForUpdate(db: DbOrTx, sessionId: string, itemId: string) {
  return db
    .selectFrom('commission_agenda_items as i')
    .select([
      'i.id',
      'i.session_id',
      'i.application_id',
      'i.decision',
      sql<number>`(select coalesce(sum(p.jobs), 0)::int from subsidy_application_positions p
        where p.application_id = i.application_id)`.as('jobs_asked'),
      sql<number>`(select count(*)::int from commission_votes v where v.item_id = i.id)`.as('votes'),
    ])
    .where('i.id', '=', itemId)
    .where('i.session_id', '=', sessionId)
    .where('i.removed_at', 'is', null)
    .forUpdate('i')
    .executeTakeFirst();
}

export async function recordItemDecision(
  db: DbOrTx,
  itemId: string,
  decision: {
    decision: ItemDecision;
    approvedJobs: number | null;
    reason: string | null;
    rejectedByVote: boolean;
    now: Date;
  },
) {
  await db
    .updateTable('commission_agenda_items')
    .set({
      decision: decision.decision,
      approved_jobs: decision.approvedJobs,
      reason: decision.reason,
      rejected_by_vote: decision.rejectedByVote,
      decided_at: decision.now,
    })
    .where('id', '=', itemId)
    .execute();
  // The proposal adopted decides each position as proposed; voted down, no position gets a job.
  await db
    .updateTable('commission_item_positions')
    .set({ decided_jobs: decision.rejectedByVote ? sql<number>`0` : sql<number>`approved_jobs` })
    .where('item_id', '=', itemId)
    .execute();
}

export type ProposalRow = {
  ordinal: number;
  occupationCode: string;
  occupationName: string;
  jobsAsked: number;
  approved: boolean;
  approvedJobs: number;
  reason: string | null;
  reasonItems: { code: string; position: number | null; label: Required<LocalizedText> }[];
  decidedJobs: number | null;
};

const reasonItemsOf = (items: readonly ReasonItem[] | null) =>
  (items ?? []).map((i) => ({ code: i.code, position: i.position, label: complianceItemLabel(i.code, i.position) }));

export function listApplicationPositions(db: DbOrTx, applicationId: string) {
  return db
    .selectFrom('subsidy_application_positions')
    .select(['ordinal', 'occupation_code', 'occupation_name', 'jobs'])
    .where('application_id', '=', applicationId)
    .orderBy('ordinal')
    .execute();
}

export async function insertProposal(db: DbOrTx, itemId: string, rows: readonly Omit<ProposalRow, 'decidedJobs'>[]) {
  if (rows.length === 0) return;
  await db
    .insertInto('commission_item_positions')
    .values(
      rows.map((r) => ({
        item_id: itemId,
        ordinal: r.ordinal,
        occupation_code: r.occupationCode,
        occupation_name: r.occupationName,
        jobs_asked: r.jobsAsked,
        approved: r.approved,
        approved_jobs: r.approvedJobs,
        reason: r.reason,
        reason_items:
          r.reasonItems.length > 0
            ? JSON.stringify(r.reasonItems.map(({ code, position }) => ({ code, position })))
            : null,
        decided_jobs: null,
      })),
    )
    .execute();
}

export async function updateProposalPosition(
  db: DbOrTx,
  itemId: string,
  p: { ordinal: number; approved: boolean; approvedJobs: number; reason: string | null; keepItems: boolean },
) {
  await db
    .updateTable('commission_item_positions')
    .set({
      approved: p.approved,
      approved_jobs: p.approvedJobs,
      reason: p.reason,
      ...(p.keepItems ? {} : { reason_items: null }),
    })
    .where('item_id', '=', itemId)
    .where('ordinal', '=', p.ordinal)
    .execute();
}

/** The proposals of the given items, position by position. */
export async function listProposals(db: DbOrTx, itemIds: readonly string[]) {
  if (itemIds.length === 0) return new Map<string, ProposalRow[]>();
  const rows = await db
    .selectFrom('commission_item_positions')
    .selectAll()
    .where('item_id', 'in', itemIds)
    .orderBy('item_id')
    .orderBy('ordinal')
    .execute();
  const byItem = new Map<string, ProposalRow[]>();
  for (const r of rows) {
    const list = byItem.get(r.item_id) ?? [];
    list.push({
      ordinal: r.ordinal,
      occupationCode: r.occupation_code,
      occupationName: r.occupation_name,
      jobsAsked: r.jobs_asked,
      approved: r.approved,
      approvedJobs: r.approved_jobs,
      reason: r.reason,
      reasonItems: reasonItemsOf(r.reason_items),
      decidedJobs: r.decided_jobs,
    });
    byItem.set(r.item_id, list);
  }
  return byItem;
}

export function findConflict(db: DbOrTx, itemId: string, memberId: string) {
  return db
    .selectFrom('commission_conflicts')
    .select('member_id')
    .where('item_id', '=', itemId)
    .where('member_id', '=', memberId)
    .executeTakeFirst();
}

export async function insertConflict(db: DbOrTx, c: { itemId: string; memberId: string; reason: string; now: Date }) {
  await db
    .insertInto('commission_conflicts')
    .values({ item_id: c.itemId, member_id: c.memberId, reason: c.reason, declared_at: c.now })
    .execute();
}

/** A member excluded from an item by a conflict of interest no longer has a vote on it. */
export async function deleteVote(db: DbOrTx, itemId: string, memberId: string): Promise<boolean> {
  const result = await db
    .deleteFrom('commission_votes')
    .where('item_id', '=', itemId)
    .where('member_id', '=', memberId)
    .executeTakeFirst();
  return Number(result.numDeletedRows) > 0;
}

export async function upsertVote(
  db: DbOrTx,
  v: { itemId: string; memberId: string; vote: VoteChoice; dissent: string | null; recordedBy: string; now: Date },
) {
  const values = { vote: v.vote, dissent: v.dissent, cast_at: v.now, recorded_by: v.recordedBy };
  await db
    .insertInto('commission_votes')
    .values({ item_id: v.itemId, member_id: v.memberId, ...values })
    .onConflict((oc) => oc.columns(['item_id', 'member_id']).doUpdateSet(values))
    .execute();
}

export async function memberHasVotesInSession(db: DbOrTx, sessionId: string, memberId: string): Promise<boolean> {
  const row = await db
    .selectFrom('commission_votes as v')
    .innerJoin('commission_agenda_items as i', 'i.id', 'v.item_id')
    .select('v.item_id')
    .where('i.session_id', '=', sessionId)
    .where('v.member_id', '=', memberId)
    .executeTakeFirst();
  return row !== undefined;
}

// ---- applications as the commission sees them

export function findApplicationForAgenda(db: DbOrTx, id: string) {
  return db
    .selectFrom('subsidy_applications')
    .select(['id', 'number', 'centre_id', 'version', 'status'])
    .where('id', '=', id)
    .executeTakeFirst();
}

/** Members who vote not on an item: a declared conflict of interest, or they reviewed the application themselves. */
export function excludedMemberIds(
  item: Pick<AgendaItemDetails, 'conflicts' | 'reviewerUserIds'>,
  composition: readonly Pick<CompositionMember, 'id' | 'userId'>[],
): string[] {
  return [
    ...item.conflicts.map((c) => c.memberId),
    ...recusedMemberIds(item, composition).filter((id) => !item.conflicts.some((c) => c.memberId === id)),
  ];
}

export function recusedMemberIds(
  item: Pick<AgendaItemDetails, 'reviewerUserIds'>,
  composition: readonly Pick<CompositionMember, 'id' | 'userId'>[],
): string[] {
  return composition.filter((m) => m.userId !== null && item.reviewerUserIds.includes(m.userId)).map((m) => m.id);
}

export type AgendaItemDetails = {
  id: string;
  ordinal: number;
  decision: ItemDecision | null;
  approvedJobs: number | null;
  reason: string | null;
  decidedAt: Date | null;
  rejectedByVote: boolean;
  /** The proposal voted on, per position. */
  proposal: ProposalRow[];
  /** Why the item left its agenda without a decision, if it did. */
  removal: {
    kind: AgendaItemRemoval;
    reason: string | null;
    at: Date;
    movedToSessionNumber: number | null;
  } | null;
  application: {
    id: string;
    number: string | null;
    status: string;
    version: number;
    employerId: string;
    employerBin: string;
    employerNameKk: string;
    employerNameRu: string;
    programmeCode: string;
    programmeNameKk: string;
    programmeNameRu: string;
    submittedAt: Date | null;
    employerEligible: boolean | null;
  };
  positions: {
    occupationCode: string;
    occupationName: string;
    jobs: number;
    monthlyWage: number;
    durationMonths: number;
    district: string;
  }[];
  jobsAsked: number;
  compliance: { item: string; result: 'passed' | 'failed' | 'not_applicable'; note: string }[];
  /** Users who reviewed the application (B03-2.1–2.4): a member who is one of them votes not on it. */
  reviewerUserIds: string[];
  conflicts: { memberId: string; memberName: string; reason: string; declaredAt: Date }[];
  votes: {
    memberId: string;
    memberName: string;
    vote: VoteChoice;
    dissent: string | null;
    castAt: Date;
    recordedByName: string;
  }[];
};

/** The agenda with each employer's application in full: what the commission reads and the minutes record. */
export async function listAgendaItems(db: DbOrTx, sessionId: string): Promise<AgendaItemDetails[]> {
  const { rows: items } = await sql<{
    id: string;
    ordinal: number;
    decision: ItemDecision | null;
    approved_jobs: number | null;
    reason: string | null;
    decided_at: Date | null;
    rejected_by_vote: boolean;
    removed_at: Date | null;
    removal: AgendaItemRemoval | null;
    removal_reason: string | null;
    moved_to_session_number: number | null;
    application_id: string;
    number: string | null;
    status: string;
    version: number;
    revision: number;
    employer_id: string;
    employer_bin: string;
    employer_name_kk: string;
    employer_name_ru: string;
    programme_code: string;
    programme_name_kk: string | null;
    programme_name_ru: string | null;
    submitted_at: Date | null;
    employer_eligible: boolean | null;
  }>`
    select i.id, i.ordinal, i.decision, i.approved_jobs, i.reason, i.decided_at, i.rejected_by_vote,
      i.removed_at, i.removal, i.removal_reason, ms.number as moved_to_session_number,
      a.id as application_id, a.number, a.status, a.version, a.revision, a.employer_id,
      e.bin as employer_bin, e.name_kk as employer_name_kk, e.name_ru as employer_name_ru,
      a.programme_code, pv.name_kk as programme_name_kk, pv.name_ru as programme_name_ru,
      a.submitted_at, (a.check_result ->> 'eligible')::boolean as employer_eligible
    from commission_agenda_items i
    join subsidy_applications a on a.id = i.application_id
    join organisations e on e.id = a.employer_id
    left join commission_sessions ms on ms.id = i.moved_to_session_id
    left join lateral (
      select v.name_kk, v.name_ru from subsidy_programme_versions v
      where v.id = a.programme_version_id or (a.programme_version_id is null and v.code = a.programme_code)
      order by (v.id = a.programme_version_id) desc, v.version desc limit 1
    ) pv on true
    where i.session_id = ${sessionId}
    order by i.ordinal`.execute(db);
  if (items.length === 0) return [];
  const itemIds = items.map((i) => i.id);
  const applicationIds = items.map((i) => i.application_id);

  const positions = await db
    .selectFrom('subsidy_application_positions')
    .select([
      'application_id',
      'occupation_code',
      'occupation_name',
      'jobs',
      'monthly_wage',
      'duration_months',
      'district',
    ])
    .where('application_id', 'in', applicationIds)
    .orderBy('application_id')
    .orderBy('ordinal')
    .execute();
  const compliance = await db
    .selectFrom('subsidy_compliance_checks as c')
    .innerJoin('subsidy_applications as a', (join) =>
      join.onRef('a.id', '=', 'c.application_id').onRef('a.revision', '=', 'c.revision'),
    )
    .select(['c.application_id', 'c.item', 'c.result', 'c.note'])
    .where('c.application_id', 'in', applicationIds)
    .orderBy('c.item')
    .execute();
  const reviewers = await db
    .selectFrom('audit_log')
    .select(['subject_id', 'actor_id'])
    .distinct()
    .where('subject_type', '=', 'subsidy_application')
    .where('subject_id', 'in', applicationIds)
    .where('step', 'in', ['B03-2.1', 'B03-2.2', 'B03-2.3', 'B03-2.4'])
    .where('actor_id', 'is not', null)
    .execute();
  const conflicts = await db
    .selectFrom('commission_conflicts as c')
    .innerJoin('commission_members as m', 'm.id', 'c.member_id')
    .select(['c.item_id', 'c.member_id', 'm.full_name', 'c.reason', 'c.declared_at'])
    .where('c.item_id', 'in', itemIds)
    .orderBy('c.declared_at')
    .execute();
  const votes = await db
    .selectFrom('commission_votes as v')
    .innerJoin('commission_members as m', 'm.id', 'v.member_id')
    .innerJoin('users as u', 'u.id', 'v.recorded_by')
    .select([
      'v.item_id',
      'v.member_id',
      'm.full_name',
      'm.role',
      'v.vote',
      'v.dissent',
      'v.cast_at',
      'u.full_name as recorded_by_name',
    ])
    .where('v.item_id', 'in', itemIds)
    .orderBy(sql`${roleOrder}, m.full_name`)
    .execute();
  const proposals = await listProposals(db, itemIds);

  return items.map((i) => {
    const itemPositions = positions
      .filter((p) => p.application_id === i.application_id)
      .map((p) => ({
        occupationCode: p.occupation_code,
        occupationName: p.occupation_name,
        jobs: p.jobs,
        monthlyWage: p.monthly_wage,
        durationMonths: p.duration_months,
        district: p.district,
      }));
    return {
      id: i.id,
      ordinal: i.ordinal,
      decision: i.decision,
      approvedJobs: i.approved_jobs,
      reason: i.reason,
      decidedAt: i.decided_at ? new Date(i.decided_at) : null,
      rejectedByVote: i.rejected_by_vote,
      proposal: proposals.get(i.id) ?? [],
      removal:
        i.removal && i.removed_at
          ? {
              kind: i.removal,
              reason: i.removal_reason,
              at: new Date(i.removed_at),
              movedToSessionNumber: i.moved_to_session_number,
            }
          : null,
      application: {
        id: i.application_id,
        number: i.number,
        status: i.status,
        version: i.version,
        employerId: i.employer_id,
        employerBin: i.employer_bin,
        employerNameKk: i.employer_name_kk,
        employerNameRu: i.employer_name_ru,
        programmeCode: i.programme_code,
        programmeNameKk: i.programme_name_kk ?? i.programme_code,
        programmeNameRu: i.programme_name_ru ?? i.programme_code,
        submittedAt: i.submitted_at ? new Date(i.submitted_at) : null,
        employerEligible: i.employer_eligible,
      },
      positions: itemPositions,
      jobsAsked: itemPositions.reduce((sum, p) => sum + p.jobs, 0),
      compliance: compliance
        .filter((c) => c.application_id === i.application_id)
        .map((c) => ({ item: c.item, result: c.result, note: c.note })),
      reviewerUserIds: reviewers.filter((r) => r.subject_id === i.application_id).map((r) => r.actor_id as string),
      conflicts: conflicts
        .filter((c) => c.item_id === i.id)
        .map((c) => ({
          memberId: c.member_id,
          memberName: c.full_name,
          reason: c.reason,
          declaredAt: new Date(c.declared_at),
        })),
      votes: votes
        .filter((v) => v.item_id === i.id)
        .map((v) => ({
          memberId: v.member_id,
          memberName: v.full_name,
          vote: v.vote,
          dissent: v.dissent,
          castAt: new Date(v.cast_at),
          recordedByName: v.recorded_by_name,
        })),
    };
  });
}

/** Applications of a session whose commission decision is taken but not yet entered into the application (B03-3.1). */
export function listDecisionsToEnter(db: DbOrTx, sessionId: string) {
  return db
    .selectFrom('commission_agenda_items as i')
    .innerJoin('subsidy_applications as a', 'a.id', 'i.application_id')
    .select(['a.id', 'a.version'])
    .where('i.session_id', '=', sessionId)
    .where('i.decision', 'is not', null)
    .where('i.removed_at', 'is', null)
    .where('a.status', '=', 'at_commission')
    .orderBy('i.ordinal')
    .execute();
}

/** The latest decided agenda item of an application: what B03-3.1 copies onto it. */
export function findLatestItemDecision(db: DbOrTx, applicationId: string) {
  return db
    .selectFrom('commission_agenda_items')
    .select(['id', 'session_id', 'decision', 'approved_jobs', 'reason', 'decided_at', 'rejected_by_vote'])
    .where('application_id', '=', applicationId)
    .where('decision', 'is not', null)
    .where('removed_at', 'is', null)
    .orderBy('decided_at', 'desc')
    .limit(1)
    .executeTakeFirst();
}

export async function writeApplicationDecision(
  db: DbOrTx,
  applicationId: string,
  d: { decision: ItemDecision; approvedJobs: number | null; reason: string | null; now: Date },
) {
  await db
    .updateTable('subsidy_applications')
    .set({
      decision: d.decision,
      approved_jobs: d.approvedJobs,
      decision_reason: d.reason,
      decided_at: d.now,
      updated_at: d.now,
    })
    .where('id', '=', applicationId)
    .execute();
}

export function findApplicationNumber(db: DbOrTx, applicationId: string) {
  return db
    .selectFrom('subsidy_applications')
    .select(['number', 'employer_id'])
    .where('id', '=', applicationId)
    .executeTakeFirstOrThrow();
}

/** Everyone who acts for the employer: each of them hears of the decision. */
export function listEmployerUsers(db: DbOrTx, employerId: string) {
  return db
    .selectFrom('users')
    .select(['id', 'locale'])
    .where('organisation_id', '=', employerId)
    .where('role', '=', 'employer_representative')
    .where('disabled_at', 'is', null)
    .execute();
}

// ---- ways off the agenda

/** An item leaves its agenda without a decision; it stays as the session's history. */
export async function markItemRemoved(
  db: DbOrTx,
  itemId: string,
  removal: { kind: 'postponed' | 'withdrawn'; reason: string | null; movedToSessionId: string | null; now: Date },
) {
  await db
    .updateTable('commission_agenda_items')
    .set({
      removed_at: removal.now,
      removal: removal.kind,
      removal_reason: removal.reason,
      moved_to_session_id: removal.movedToSessionId,
    })
    .where('id', '=', itemId)
    .execute();
}

/** Applications at the commission on no agenda: their session was cancelled. The next session takes them first. */
export function listCommissionQueue(db: DbOrTx, centreId: string) {
  return db
    .selectFrom('subsidy_applications as a')
    .innerJoin('organisations as e', 'e.id', 'a.employer_id')
    .select([
      'a.id',
      'a.number',
      'a.version',
      'a.programme_code',
      'a.submitted_at',
      'e.bin as employer_bin',
      'e.name_kk as employer_name_kk',
      'e.name_ru as employer_name_ru',
      sql<number>`(select coalesce(sum(p.jobs), 0)::int from subsidy_application_positions p
        where p.application_id = a.id)`.as('jobs'),
      sql<number | null>`(select s.number from commission_agenda_items i
        join commission_sessions s on s.id = i.session_id
        where i.application_id = a.id order by i.removed_at desc nulls last limit 1)`.as('last_session_number'),
    ])
    .where('a.centre_id', '=', centreId)
    .where('a.status', '=', 'at_commission')
    .where(({ not, exists, selectFrom }) =>
      not(
        exists(
          selectFrom('commission_agenda_items as i')
            .select('i.id')
            .whereRef('i.application_id', '=', 'a.id')
            .where('i.removed_at', 'is', null),
        ),
      ),
    )
    .orderBy('a.submitted_at')
    .execute();
}

/** Users linked to the centre's active members: they hear of a cancelled session. */
export async function listMemberUsers(db: DbOrTx, centreId: string): Promise<string[]> {
  const rows = await db
    .selectFrom('commission_members')
    .select('user_id')
    .where('centre_id', '=', centreId)
    .where('active', '=', true)
    .where('user_id', 'is not', null)
    .execute();
  return rows.map((r) => r.user_id).filter((id): id is string => id !== null);
}

// ---- the minutes' signatures

/** Signatures on the session's minutes documents, oldest first. */
export function listMinutesSignatures(db: DbOrTx, documentIds: readonly string[]) {
  if (documentIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('signatures')
    .select(['document_id', 'submitted_by', 'signer_iin', 'signer_name', 'certificate_serial', 'signing_time'])
    .where('document_id', 'in', documentIds)
    .orderBy('seq')
    .execute();
}

export async function setMinutesSigned(db: DbOrTx, sessionId: string, now: Date) {
  await db.updateTable('commission_sessions').set({ minutes_signed_at: now }).where('id', '=', sessionId).execute();
}

/** The application with whom it belongs to, and the decided agenda item B03-3.1 entered into it (if any). */
export async function findDeliveredDecision(db: DbOrTx, applicationId: string) {
  const application = await db
    .selectFrom('subsidy_applications')
    .select(['id', 'employer_id', 'centre_id', 'decision'])
    .where('id', '=', applicationId)
    .executeTakeFirst();
  if (!application) return undefined;
  const item = application.decision
    ? await db
        .selectFrom('commission_agenda_items as i')
        .innerJoin('commission_sessions as s', 's.id', 'i.session_id')
        .select([
          'i.id',
          'i.decision',
          'i.rejected_by_vote',
          'i.decided_at',
          's.id as session_id',
          's.number as session_number',
        ])
        .where('i.application_id', '=', applicationId)
        .where('i.decision', 'is not', null)
        .where('i.removed_at', 'is', null)
        .orderBy('i.decided_at', 'desc')
        .limit(1)
        .executeTakeFirst()
    : undefined;
  return { application, item };
}
