// The job queue: instances sharing a database never run a job twice; failures back off, give up, and leases expire.
import { sql } from 'kysely';
import pino from 'pino';
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { useTestDatabase } from '../../../../tests/support/test-database';
import { createTestClock } from '../clock';
import type { Db } from '../db/database';
import { backoffMs, claimJobs, createJobWorker, enqueueJob, type JobHandlers } from './jobs';

let db: Db;
let clock: ReturnType<typeof createTestClock>;
const logger = pino({ level: 'silent' });

const worker = (handlers: JobHandlers, options: { batchSize?: number; leaseMs?: number } = {}) =>
  createJobWorker({ db, clock, logger, handlers, pollMs: 1000, ...options });

const jobById = (id: number) => db.selectFrom('jobs').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
const onlyJob = () => db.selectFrom('jobs').selectAll().executeTakeFirstOrThrow();

beforeAll(async () => {
  ({ db } = await useTestDatabase());
});

beforeEach(async () => {
  await sql`truncate jobs restart identity`.execute(db);
  clock = createTestClock('2026-03-02T05:00:00Z');
});

describe('job queue', () => {
  it('two workers running concurrently run each of 30 jobs exactly once, and all end done', async () => {
    for (let n = 0; n < 30; n++) await enqueueJob(db, 'test.record', { n }, clock.now());
    const ran: { worker: string; id: number; n: unknown }[] = [];
    const recorder = (name: string): JobHandlers => ({
      'test.record': async (payload, job) => {
        ran.push({ worker: name, id: job.id, n: payload.n });
        await new Promise((resolve) => setImmediate(resolve));
      },
    });
    const first = worker(recorder('first'), { batchSize: 4 });
    const second = worker(recorder('second'), { batchSize: 4 });
    for (let round = 0; round < 20; round++) {
      const [a, b] = await Promise.all([first.runDueJobs(), second.runDueJobs()]);
      if (a + b === 0) break;
    }
    expect(ran).toHaveLength(30);
    expect(new Set(ran.map((r) => r.id)).size).toBe(30);
    expect(new Set(ran.map((r) => r.n)).size).toBe(30);
    expect(new Set(ran.map((r) => r.worker))).toEqual(new Set(['first', 'second']));
    const rows = await db.selectFrom('jobs').select(['status', 'attempts', 'locked_by', 'finished_at']).execute();
    expect(rows).toHaveLength(30);
    for (const row of rows) {
      expect(row).toMatchObject({ status: 'done', attempts: 1, locked_by: null });
      expect(row.finished_at).toEqual(clock.now());
    }
  });

  it('a job enqueued twice with the same dedupe key is one row', async () => {
    await enqueueJob(db, 'vacancy.publish', { vacancyId: 42 }, clock.now(), { dedupeKey: 'publish:42' });
    await enqueueJob(db, 'vacancy.publish', { vacancyId: 42 }, clock.now(), { dedupeKey: 'publish:42' });
    await enqueueJob(db, 'vacancy.publish', { vacancyId: 43 }, clock.now(), { dedupeKey: 'publish:43' });
    const rows = await db.selectFrom('jobs').select(['dedupe_key', 'payload']).orderBy('id').execute();
    expect(rows).toEqual([
      { dedupe_key: 'publish:42', payload: { vacancyId: 42 } },
      { dedupe_key: 'publish:43', payload: { vacancyId: 43 } },
    ]);
  });

  it('a failing job goes back to the queue with backoff and more attempts, and fails for good after max_attempts', async () => {
    await enqueueJob(db, 'test.flaky', {}, clock.now(), { maxAttempts: 3 });
    let calls = 0;
    const flaky = worker({
      'test.flaky': async () => {
        calls++;
        throw new Error(`registry timeout #${calls}`);
      },
    });

    expect(await flaky.runDueJobs()).toBe(1);
    let job = await onlyJob();
    expect(job).toMatchObject({ status: 'queued', attempts: 1, last_error: 'registry timeout #1', locked_by: null });
    expect(job.run_at.getTime()).toBe(clock.now().getTime() + backoffMs(1));
    expect(backoffMs(1)).toBe(10_000);

    clock.advance(backoffMs(1) - 1);
    expect(await flaky.runDueJobs()).toBe(0);
    clock.advance(1);
    expect(await flaky.runDueJobs()).toBe(1);
    job = await onlyJob();
    expect(job).toMatchObject({ status: 'queued', attempts: 2, last_error: 'registry timeout #2' });
    expect(job.run_at.getTime()).toBe(clock.now().getTime() + 20_000);

    clock.advance(20_000);
    expect(await flaky.runDueJobs()).toBe(1);
    job = await onlyJob();
    expect(job).toMatchObject({ status: 'failed', attempts: 3, last_error: 'registry timeout #3', locked_by: null });
    expect(job.finished_at).toEqual(clock.now());

    clock.advance(3_600_000);
    expect(await flaky.runDueJobs()).toBe(0);
    expect(calls).toBe(3);
  });

  it('a job of a kind no handler knows fails with that reason instead of vanishing', async () => {
    await enqueueJob(db, 'test.orphan', {}, clock.now(), { maxAttempts: 1 });
    await worker({}).runDueJobs();
    expect(await onlyJob()).toMatchObject({ status: 'failed', last_error: 'no handler for job kind test.orphan' });
  });

  it('backoff doubles from 10 s and stops growing at one hour', () => {
    expect([1, 2, 3, 4].map(backoffMs)).toEqual([10_000, 20_000, 40_000, 80_000]);
    expect(backoffMs(20)).toBe(3_600_000);
  });

  it('a job whose run_at is in the future is not claimed until the clock passes it', async () => {
    const ran: number[] = [];
    await enqueueJob(db, 'test.later', {}, clock.now(), { runAt: new Date(clock.now().getTime() + 3_600_000) });
    const later = worker({ 'test.later': async (_payload, job) => void ran.push(job.id) });
    expect(await later.runDueJobs()).toBe(0);
    clock.advance(3_599_999);
    expect(await later.runDueJobs()).toBe(0);
    expect(await onlyJob()).toMatchObject({ status: 'queued', attempts: 0 });
    clock.advance(1);
    expect(await later.runDueJobs()).toBe(1);
    expect(ran).toHaveLength(1);
    expect(await onlyJob()).toMatchObject({ status: 'done', attempts: 1 });
  });

  it('a running job whose lease expired (its worker died) is claimed again by another worker', async () => {
    await enqueueJob(db, 'test.resumable', { step: 1 }, clock.now());
    const [claimed] = await claimJobs(db, 'worker-that-dies', clock.now(), 10, 60_000);
    expect(claimed).toMatchObject({ kind: 'test.resumable', attempts: 1 });
    expect(await jobById(claimed!.id)).toMatchObject({ status: 'running', locked_by: 'worker-that-dies' });

    const ran: number[] = [];
    const survivor = worker({ 'test.resumable': async (_payload, job) => void ran.push(job.attempts) });
    clock.advance(60_000);
    expect(await survivor.runDueJobs()).toBe(0); // the lease still holds at its last instant
    clock.advance(1);
    expect(await survivor.runDueJobs()).toBe(1);
    expect(ran).toEqual([2]);
    expect(await jobById(claimed!.id)).toMatchObject({ status: 'done', attempts: 2, locked_by: null });
  });

  it('a worker whose lease was taken over cannot overwrite the new owner’s outcome', async () => {
    await enqueueJob(db, 'test.slow', {}, clock.now());
    let release!: () => void;
    const slow = worker(
      { 'test.slow': () => new Promise<void>((resolve) => (release = resolve)) },
      { leaseMs: 60_000 },
    );
    const stuck = slow.runDueJobs();
    await vi.waitFor(async () => expect((await onlyJob()).status).toBe('running'));
    clock.advance(60_001);
    const fast = worker({ 'test.slow': async () => {} });
    expect(await fast.runDueJobs()).toBe(1);
    expect(await onlyJob()).toMatchObject({ status: 'done', attempts: 2 });
    release();
    await stuck;
    expect(await onlyJob()).toMatchObject({ status: 'done', attempts: 2, locked_by: null });
  });

  it('start() polls on its own and stop() waits for the jobs in hand', async () => {
    const ran: number[] = [];
    await enqueueJob(db, 'test.polled', {}, clock.now());
    const polling = createJobWorker({
      db,
      clock,
      logger,
      pollMs: 50,
      handlers: { 'test.polled': async (_payload, job) => void ran.push(job.id) },
    });
    polling.start();
    await vi.waitFor(async () => expect((await onlyJob()).status).toBe('done'));
    await polling.stop();
    expect(ran).toHaveLength(1);
  });
});
