// Table types of the employment centre's commission (комиссия ЦТМ): members, sessions, agenda, attendance, conflicts, votes.
import type { ColumnType, Generated } from 'kysely';
import type { GeneratedId, Json, Timestamp } from '../../platform/db/column-types';

export type CommissionMemberRole = 'chair' | 'deputy_chair' | 'secretary' | 'member';
export type CommissionSessionStatus = 'planned' | 'in_session' | 'closed' | 'cancelled';
export type AgendaItemRemoval = 'session_cancelled' | 'postponed' | 'withdrawn' | 'application_withdrawn';
export type Vote = 'for' | 'against' | 'abstain';
/** A timestamp column added later, null until set: inserts may leave it out. */
type LaterTimestamp = ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;

export type CommissionMembersTable = {
  id: GeneratedId;
  centre_id: string;
  full_name: string;
  position: Generated<string>;
  role: CommissionMemberRole;
  user_id: string | null;
  iin: Generated<string | null>;
  active: Generated<boolean>;
  created_at: Timestamp;
};

export type CommissionSessionsTable = {
  id: GeneratedId;
  centre_id: string;
  number: number;
  scheduled_for: Timestamp;
  place: string;
  status: CommissionSessionStatus;
  version: Generated<number>;
  opened_at: Timestamp | null;
  closed_at: Timestamp | null;
  minutes_document_id: string | null;
  cancelled_at: LaterTimestamp;
  cancel_reason: Generated<string | null>;
  minutes_signed_at: LaterTimestamp;
  created_by: string;
  created_at: Timestamp;
};

export type CommissionAttendanceTable = { session_id: string; member_id: string; present: boolean };

export type CommissionAgendaItemsTable = {
  id: GeneratedId;
  session_id: string;
  application_id: string;
  ordinal: number;
  decision: 'approved' | 'rejected' | null;
  approved_jobs: number | null;
  reason: string | null;
  decided_at: Timestamp | null;
  removed_at: LaterTimestamp;
  removal: Generated<AgendaItemRemoval | null>;
  removal_reason: Generated<string | null>;
  moved_to_session_id: Generated<string | null>;
  /** The commission voted the proposal down: the whole application is rejected, the vote is the reason. */
  rejected_by_vote: Generated<boolean>;
};

export type ReasonItem = { code: string; position: number | null };

/** The proposal voted on, one row per position of the application, and what was decided for it. */
export type CommissionItemPositionsTable = {
  item_id: string;
  ordinal: number;
  occupation_code: string;
  occupation_name: string;
  jobs_asked: number;
  approved: boolean;
  approved_jobs: number;
  reason: string | null;
  /** The failed checklist items that are the reason, kept as items so each reader names them in their language. */
  reason_items: Json<ReasonItem[]> | null;
  decided_jobs: number | null;
};

export type CommissionConflictsTable = { item_id: string; member_id: string; reason: string; declared_at: Timestamp };

export type CommissionVotesTable = {
  item_id: string;
  member_id: string;
  vote: Vote;
  dissent: string | null;
  cast_at: Timestamp;
  recorded_by: string;
};

export type CommissionTables = {
  commission_members: CommissionMembersTable;
  commission_sessions: CommissionSessionsTable;
  commission_attendance: CommissionAttendanceTable;
  commission_agenda_items: CommissionAgendaItemsTable;
  commission_item_positions: CommissionItemPositionsTable;
  commission_conflicts: CommissionConflictsTable;
  commission_votes: CommissionVotesTable;
};
