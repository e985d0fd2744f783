// A PostgreSQL job queue: jobs are claimed with FOR UPDATE SKIP LOCKED, so instances sharing a database never run one twice.
import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import type { Logger } from 'pino';
import type { Clock } from '../clock';
import type { Db, DbOrTx } from '../db/database';

export type JobHandler = (
  payload: Record<string, unknown>,
  job: { id: number; attempts: number; maxAttempts: number },
) => Promise<void>;

/** Handlers by job kind; each must be idempotent, since a job whose worker died is run again. */
export type JobHandlers = Record<string, JobHandler>;

export type EnqueueOptions = {
  runAt?: Date;
  maxAttempts?: number;
  /** A second enqueue with the same key is ignored, so "publish vacancy 42" is queued once. */
  dedupeKey?: string;
};

export async function enqueueJob(
  db: DbOrTx,
  kind: string,
  payload: Record<string, unknown>,
  now: Date,
  options: EnqueueOptions = {},
): Promise<void> {
  await db
    .insertInto('jobs')
    .values({
      kind,
      payload: JSON.stringify(payload),
      run_at: options.runAt ?? now,
      max_attempts: options.maxAttempts ?? 5,
      dedupe_key: options.dedupeKey ?? null,
      locked_by: null,
      locked_until: null,
      last_error: null,
      finished_at: null,
    })
    .onConflict((oc) => oc.column('dedupe_key').doNothing())
    .execute();
}

const DAY_MS = 86_400_000;
const dailyKey = (kind: string, day: Date) => `${kind}:${day.toISOString().slice(0, 10)}`;

/** Queues a daily job's run for today; the dedupe key makes every instance's start queue it once. */
export async function scheduleDailyJob(db: Db, kind: string, now: Date): Promise<void> {
  await enqueueJob(db, kind, {}, now, { dedupeKey: dailyKey(kind, now) });
}

/** The handler of a daily job: it runs, then queues its own next run a day later (once across all instances). */
export function dailyJobHandlers(
  db: Db,
  clock: Clock,
  kind: string,
  run: (now: Date) => Promise<unknown>,
): JobHandlers {
  return {
    [kind]: async () => {
      const now = clock.now();
      await run(now);
      const tomorrow = new Date(now.getTime() + DAY_MS);
      await enqueueJob(db, kind, {}, now, { runAt: tomorrow, dedupeKey: dailyKey(kind, tomorrow) });
    },
  };
}

/** Exponential backoff: 10 s, 20 s, 40 s … capped at one hour. */
export function backoffMs(attempts: number): number {
  return Math.min(3_600_000, 10_000 * 2 ** Math.max(0, attempts - 1));
}

export type ClaimedJob = {
  id: number;
  kind: string;
  payload: Record<string, unknown>;
  attempts: number;
  maxAttempts: number;
};

/** Claims up to `limit` due jobs for this worker. A running job whose lease expired counts as due again. */
export async function claimJobs(
  db: Db,
  workerId: string,
  now: Date,
  limit: number,
  leaseMs: number,
): Promise<ClaimedJob[]> {
  const leaseUntil = new Date(now.getTime() + leaseMs);
  const { rows } = await sql<{
    id: number;
    kind: string;
    payload: Record<string, unknown>;
    attempts: number;
    max_attempts: number;
  }>`
    update jobs set status = 'running', locked_by = ${workerId}, locked_until = ${leaseUntil}, attempts = attempts + 1
    where id in (
      select id from jobs
      where run_at <= ${now}
        and (status = 'queued' or (status = 'running' and locked_until < ${now}))
      order by run_at, id
      limit ${limit}
      for update skip locked
    )
    returning id, kind, payload, attempts, max_attempts`.execute(db);
  return rows.map((r) => ({
    id: r.id,
    kind: r.kind,
    payload: r.payload,
    attempts: r.attempts,
    maxAttempts: r.max_attempts,
  }));
}

async function finishJob(db: Db, id: number, workerId: string, now: Date): Promise<void> {
  await db
    .updateTable('jobs')
    .set({ status: 'done', finished_at: now, locked_by: null, locked_until: null, last_error: null })
    .where('id', '=', id)
    .where('locked_by', '=', workerId)
    .execute();
}

async function failJob(db: Db, job: ClaimedJob, workerId: string, now: Date, error: unknown): Promise<void> {
  const message = error instanceof Error ? error.message : String(error);
  const gaveUp = job.attempts >= job.maxAttempts;
  await db
    .updateTable('jobs')
    .set({
      status: gaveUp ? 'failed' : 'queued',
      run_at: new Date(now.getTime() + backoffMs(job.attempts)),
      last_error: message.slice(0, 2000),
      locked_by: null,
      locked_until: null,
      finished_at: gaveUp ? now : null,
    })
    .where('id', '=', job.id)
    .where('locked_by', '=', workerId)
    .execute();
}

export type JobWorkerOptions = {
  db: Db;
  clock: Clock;
  handlers: JobHandlers;
  logger: Logger;
  pollMs: number;
  batchSize?: number;
  leaseMs?: number;
};

/** Polls for due jobs and runs them; stop() waits for the jobs in hand, so SIGTERM loses nothing. */
export function createJobWorker(options: JobWorkerOptions) {
  const { db, clock, handlers, logger, pollMs, batchSize = 10, leaseMs = 5 * 60_000 } = options;
  const workerId = `worker-${randomUUID()}`;
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<number> | undefined;
  let stopped = false;

  async function runDueJobs(): Promise<number> {
    const jobs = await claimJobs(db, workerId, clock.now(), batchSize, leaseMs);
    for (const job of jobs) {
      const handler = handlers[job.kind];
      try {
        if (!handler) throw new Error(`no handler for job kind ${job.kind}`);
        await handler(job.payload, { id: job.id, attempts: job.attempts, maxAttempts: job.maxAttempts });
        await finishJob(db, job.id, workerId, clock.now());
      } catch (error) {
        logger.warn({ jobId: job.id, kind: job.kind, attempts: job.attempts, err: error }, 'job failed');
        await failJob(db, job, workerId, clock.now(), error);
      }
    }
    return jobs.length;
  }

  function schedule(): void {
    if (stopped) return;
    timer = setTimeout(async () => {
      running = runDueJobs().catch((error) => {
        logger.error({ err: error }, 'job polling failed');
        return 0;
      });
      const done = await running;
      running = undefined;
      // A full batch means more may be due: poll again at once.
      if (done === batchSize) setImmediate(schedule);
      else schedule();
    }, pollMs);
    timer.unref();
  }

  return {
    workerId,
    /** Runs due jobs once (tests and `npm run jobs:run` use this instead of the timer). */
    runDueJobs,
    start(): void {
      stopped = false;
      schedule();
    },
    async stop(): Promise<void> {
      stopped = true;
      if (timer) clearTimeout(timer);
      await running;
    },
  };
}
