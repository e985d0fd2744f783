// Table types of the employment centre's commission (комиссия ЦТМ): members, sessions, agenda, attendance, conflicts, votes.
import type { Generated } from 'kysely';
import type { GeneratedId, Timestamp } from '../../platform/db/column-types';

export type CommissionMemberRole = 'chair' | 'secretary' | 'member';
export type CommissionSessionStatus = 'planned' | 'in_session' | 'closed';
export type Vote = 'for' | 'against' | 'abstain';

export type CommissionMembersTable = {
  id: GeneratedId;
  centre_id: string;
  full_name: string;
  position: Generated<string>;
  role: CommissionMemberRole;
  user_id: string | null;
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
  commission_conflicts: CommissionConflictsTable;
  commission_votes: CommissionVotesTable;
};
