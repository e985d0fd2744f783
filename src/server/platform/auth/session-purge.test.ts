import pino from 'pino';
import { beforeAll, describe, expect, it } from 'vitest';
import { countRows, seedTestWorld } from '../../../../tests/support/fixtures';
import { useTestDatabase } from '../../../../tests/support/test-database';
import { createTestClock } from '../clock';
import type { Db } from '../db/database';
import { createJobWorker } from '../jobs/jobs';
import { scheduleSessionPurge, sessionPurgeJobHandlers } from './session-purge';
import { createSession } from './sessions';

describe('daily purge of expired sessions', () => {
  let db: Db;
  beforeAll(async () => {
    ({ db } = await useTestDatabase());
  });

  it('deletes expired sessions only, queues tomorrow’s run, and is scheduled once a day however many instances start', async () => {
    const world = await seedTestWorld(db);
    const clock = createTestClock('2026-03-02T05:00:00Z');
    await createSession(db, world.users.seeker, new Date('2026-03-01T00:00:00Z'), 3_600_000); // expired
    await createSession(db, world.users.admin, clock.now(), 3_600_000); // still valid

    await scheduleSessionPurge(db, clock.now());
    await scheduleSessionPurge(db, clock.now()); // a second instance starting the same day
    expect(await countRows(db, 'jobs')).toBe(1);

    const worker = createJobWorker({
      db,
      clock,
      logger: pino({ level: 'silent' }),
      pollMs: 1000,
      handlers: sessionPurgeJobHandlers(db, clock),
    });
    expect(await worker.runDueJobs()).toBe(1);
    const sessions = await db.selectFrom('sessions').select('user_id').execute();
    expect(sessions).toEqual([{ user_id: world.users.admin }]);

    const next = await db.selectFrom('jobs').select(['run_at', 'status']).where('status', '=', 'queued').execute();
    expect(next).toEqual([{ run_at: new Date('2026-03-03T05:00:00Z'), status: 'queued' }]);
    expect(await worker.runDueJobs()).toBe(0);
  });
});
