// ФК-В.03 steps 2.5 and 3.1 as data: a commission session from planned to in session (with quorum) to closed (minutes).
import { sql } from 'kysely';
import { SessionStatus } from '../../../shared/api/commission';
import { hasQuorum } from '../../../shared/commission/rules';
import { Role, staffRoles } from '../../../shared/roles';
import type { SessionUser } from '../../platform/auth/access';
import {
  type Actor,
  actorUserId,
  type WorkflowDefinition,
  type WorkflowRecord,
} from '../../platform/workflow/workflow';
import { generateSessionMinutes } from './commission.minutes';

export type SessionAction =
  | 'compose_agenda'
  | 'record_attendance'
  | 'declare_conflict'
  | 'record_vote'
  | 'decide_item'
  | 'amend_proposal'
  | 'postpone_item'
  | 'withdraw_item'
  | 'sign_minutes'
  | 'open'
  | 'close'
  | 'cancel';

export type SessionRecord = WorkflowRecord<SessionStatus> & {
  centreId: string;
  number: number;
  /** The session's composition: the centre's active members while planned, then the members fixed at opening. */
  members: number;
  present: number;
  hasChair: boolean;
  hasSecretary: boolean;
  items: number;
  undecided: number;
  /** The user linked to the active secretary, who records the meeting. */
  secretaryUserId: string | null;
  chairUserId: string | null;
  deputyUserId: string | null;
  /** Marked present; while planned, as marked so far. */
  chairPresent: boolean;
  /** The members who will sign the minutes (whoever presides, and the secretary) have an IIN and an account. */
  signersReady: boolean;
};

type Roles = {
  centreId: string;
  secretaryUserId: string | null;
  chairUserId: string | null;
  deputyUserId: string | null;
  chairPresent: boolean;
};

/** The commission's secretary keeps the record of the meeting: attendance, conflicts, votes, decisions. */
export function mayRecordMeeting(user: SessionUser, record: Pick<Roles, 'centreId' | 'secretaryUserId'>) {
  return user.organisationId === record.centreId && user.id === record.secretaryUserId;
}

/** The chair, present, opens and closes the session; the deputy chair does when the chair is absent. */
export function mayPreside(user: { id: string; organisationId?: string | null }, record: Roles) {
  if (user.organisationId !== record.centreId) return false;
  return record.chairPresent ? user.id === record.chairUserId : user.id === record.deputyUserId;
}

/** The agenda is the specialist's and the secretary's to change: they move items between sessions. */
export function mayManageAgenda(user: SessionUser, record: Pick<Roles, 'centreId' | 'secretaryUserId'>) {
  if (user.organisationId !== record.centreId) return false;
  return user.role === Role.employerRelationsSpecialist || user.id === record.secretaryUserId;
}

const presiding = ({ record, actor }: { record: SessionRecord; actor: Actor }) =>
  'role' in actor && mayPreside(actor, record) ? null : 'commission.not_presiding';

const specialist = [Role.employerRelationsSpecialist] as const;
const lifecycle = [Role.employerRelationsSpecialist, Role.centreHead] as const;
// Narrowed in the use cases to the people of the commission (mayRecordMeeting, mayPreside, mayManageAgenda).
const recorders = staffRoles;
const beforeClosing = [SessionStatus.planned, SessionStatus.inSession] as const;
const meeting = [SessionStatus.inSession] as const;

export const commissionSessionWorkflow: WorkflowDefinition<SessionStatus, SessionAction, SessionRecord> = {
  name: 'commission-session',
  process: 'B03',
  subjectType: 'commission_session',
  table: 'commission_sessions',
  statuses: Object.values(SessionStatus),
  activities: [
    // B03-2.5: the specialist puts applications under review on the agenda, which moves each to the commission.
    { step: 'B03-2.5', action: 'compose_agenda', from: [SessionStatus.planned], roles: specialist },
    { step: 'B03-2.5', action: 'record_attendance', from: beforeClosing, roles: recorders },
    { step: 'B03-3.1', action: 'declare_conflict', from: beforeClosing, roles: recorders },
    // The secretary amends the proposal (per position: approved, jobs, reason) until the first vote is cast on it.
    { step: 'B03-3.1', action: 'amend_proposal', from: beforeClosing, roles: recorders },
    { step: 'B03-3.1', action: 'record_vote', from: meeting, roles: recorders },
    { step: 'B03-3.1', action: 'decide_item', from: meeting, roles: recorders },
    // Ways off the agenda before the vote: to another session, or back to the specialist's review.
    { step: 'B03-2.5', action: 'postpone_item', from: beforeClosing, roles: recorders },
    { step: 'B03-2.5', action: 'withdraw_item', from: beforeClosing, roles: specialist },
    // The chair (or the deputy who presided) and the secretary sign each language of the minutes.
    { step: 'B03-3.1', action: 'sign_minutes', from: [SessionStatus.closed], roles: recorders },
  ],
  transitions: [
    {
      // The list of employers and their applications goes before the commission as the session opens.
      step: 'B03-2.5',
      action: 'open',
      from: [SessionStatus.planned],
      to: SessionStatus.inSession,
      roles: recorders,
      guard: ({ record, actor }) => {
        if (record.items === 0) return 'commission.agenda_empty';
        if (!record.hasChair) return 'commission.chair_missing';
        if (!record.hasSecretary) return 'commission.secretary_missing';
        if (!record.signersReady) return 'commission.signers_incomplete';
        if (!hasQuorum(record.present, record.members)) return 'commission.no_quorum';
        return presiding({ record, actor });
      },
      effects: [
        async ({ tx, record, now }) => {
          // The composition is fixed as the session opens: every active member, absent unless marked present.
          await sql`
            delete from commission_attendance a using commission_members m
            where a.session_id = ${record.id} and m.id = a.member_id and not m.active`.execute(tx);
          await sql`
            insert into commission_attendance (session_id, member_id, present)
            select ${record.id}, m.id, false from commission_members m
            where m.centre_id = ${record.centreId} and m.active
            on conflict (session_id, member_id) do nothing`.execute(tx);
          await tx.updateTable('commission_sessions').set({ opened_at: now }).where('id', '=', record.id).execute();
        },
      ],
    },
    {
      // The commission's decisions are final once the session closes; the minutes record them in Kazakh and Russian.
      step: 'B03-3.1',
      action: 'close',
      from: [SessionStatus.inSession],
      to: SessionStatus.closed,
      roles: recorders,
      guard: ({ record, actor }) =>
        record.undecided > 0 ? 'commission.items_undecided' : presiding({ record, actor }),
      effects: [
        async ({ tx, record, actor, now }) => {
          await tx.updateTable('commission_sessions').set({ closed_at: now }).where('id', '=', record.id).execute();
          await generateSessionMinutes(tx, { sessionId: record.id, createdBy: actorUserId(actor), now });
        },
      ],
    },
    {
      // A meeting that cannot be held (no quorum, no chair): its applications go back to the commission's queue,
      // still at the commission, for the next session. The reason is the audit entry's comment.
      step: 'B03-2.5',
      action: 'cancel',
      from: beforeClosing,
      to: SessionStatus.cancelled,
      roles: lifecycle,
      effects: [
        async ({ tx, record, input, now }) => {
          const { reason } = input as { reason: string };
          await tx
            .updateTable('commission_sessions')
            .set({ cancelled_at: now, cancel_reason: reason })
            .where('id', '=', record.id)
            .execute();
          await tx
            .updateTable('commission_agenda_items')
            .set({ removed_at: now, removal: 'session_cancelled' })
            .where('session_id', '=', record.id)
            .where('removed_at', 'is', null)
            .execute();
        },
      ],
    },
  ],
  load: async (tx, id) => {
    const session = await tx
      .selectFrom('commission_sessions')
      .select(['id', 'status', 'version', 'centre_id', 'number'])
      .where('id', '=', id)
      .forUpdate()
      .executeTakeFirst();
    if (!session) return undefined;
    const { rows } = await sql<{
      members: number;
      present: number;
      has_chair: boolean;
      has_secretary: boolean;
      secretary_user_id: string | null;
      chair_user_id: string | null;
      deputy_user_id: string | null;
      chair_present: boolean;
      signers_ready: boolean;
    }>`
      with composition as (
        select m.id, m.role, m.user_id, m.iin, m.active, coalesce(a.present, false) as present
        from commission_members m
        left join commission_attendance a on a.session_id = ${id} and a.member_id = m.id
        where m.centre_id = ${session.centre_id}
          and ${session.status === SessionStatus.planned ? sql`m.active` : sql`a.member_id is not null`}
      )
      select count(*)::int as members,
        count(*) filter (where present)::int as present,
        coalesce(bool_or(role = 'chair' and active), false) as has_chair,
        coalesce(bool_or(role = 'secretary' and active), false) as has_secretary,
        (select m.user_id from commission_members m
          where m.centre_id = ${session.centre_id} and m.role = 'secretary' and m.active limit 1) as secretary_user_id,
        (select user_id from composition where role = 'chair' limit 1) as chair_user_id,
        (select user_id from composition where role = 'deputy_chair' limit 1) as deputy_user_id,
        coalesce(bool_or(role = 'chair' and present), false) as chair_present,
        coalesce(bool_or(role = 'secretary' and user_id is not null and iin is not null), false)
          and coalesce(bool_or(role = case when exists (select 1 from composition where role = 'chair' and present)
            then 'chair' else 'deputy_chair' end and user_id is not null and iin is not null), false) as signers_ready
      from composition`.execute(tx);
    const agenda = await tx
      .selectFrom('commission_agenda_items')
      .select([
        sql<number>`count(*)::int`.as('items'),
        sql<number>`count(*) filter (where decision is null)::int`.as('undecided'),
      ])
      .where('session_id', '=', id)
      .where('removed_at', 'is', null)
      .executeTakeFirstOrThrow();
    const counts = rows[0]!;
    return {
      id: session.id,
      status: session.status,
      version: session.version,
      centreId: session.centre_id,
      organisationId: null,
      number: session.number,
      members: counts.members,
      present: counts.present,
      hasChair: counts.has_chair,
      hasSecretary: counts.has_secretary,
      items: agenda.items,
      undecided: agenda.undecided,
      secretaryUserId: counts.secretary_user_id,
      chairUserId: counts.chair_user_id,
      deputyUserId: counts.deputy_user_id,
      chairPresent: counts.chair_present,
      signersReady: counts.signers_ready,
    };
  },
  isVisibleTo: (record, user) => user.role === Role.administrator || user.organisationId === record.centreId,
};
