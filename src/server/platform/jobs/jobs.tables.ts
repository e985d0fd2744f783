// The PostgreSQL-backed job queue.
import type { Generated } from 'kysely';
import type { CreatedAt, Json, Timestamp } from '../db/column-types';

export type JobStatus = 'queued' | 'running' | 'done' | 'failed';

export type JobsTable = {
  id: Generated<number>;
  kind: string;
  payload: Json<Record<string, unknown>>;
  status: Generated<JobStatus>;
  run_at: Timestamp;
  attempts: Generated<number>;
  max_attempts: Generated<number>;
  locked_by: string | null;
  locked_until: Timestamp | null;
  last_error: string | null;
  dedupe_key: string | null;
  created_at: CreatedAt;
  finished_at: Timestamp | null;
};

export type JobsTables = { jobs: JobsTable };
