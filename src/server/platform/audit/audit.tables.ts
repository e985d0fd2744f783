// The append-only, hash-chained audit log.
import type { Generated } from 'kysely';
import type { Json, Timestamp } from '../db/column-types';

export type AuditLogTable = {
  seq: Generated<number>;
  at: Timestamp;
  actor_id: string | null;
  actor_role: string | null;
  action: string;
  step: string | null;
  subject_type: string;
  subject_id: string;
  centre_id: string | null;
  organisation_id: string | null;
  from_status: string | null;
  to_status: string | null;
  details: Json<Record<string, unknown>>;
  prev_hash: string;
  hash: string;
};

export type AuditTables = { audit_log: AuditLogTable };
