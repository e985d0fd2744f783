// A daily job that deletes expired sessions; it queues its own next run, once per day across all instances.
import type { Clock } from '../clock';
import type { Db } from '../db/database';
import { enqueueJob, type JobHandlers } from '../jobs/jobs';
import { deleteExpiredSessions } from './sessions';

const DAY_MS = 86_400_000;

export async function scheduleSessionPurge(db: Db, now: Date): Promise<void> {
  const day = now.toISOString().slice(0, 10);
  await enqueueJob(db, 'sessions.purge_expired', {}, now, { dedupeKey: `sessions.purge_expired:${day}` });
}

export function sessionPurgeJobHandlers(db: Db, clock: Clock): JobHandlers {
  return {
    'sessions.purge_expired': async () => {
      const now = clock.now();
      await deleteExpiredSessions(db, now);
      const tomorrow = new Date(now.getTime() + DAY_MS);
      await enqueueJob(db, 'sessions.purge_expired', {}, now, {
        runAt: tomorrow,
        dedupeKey: `sessions.purge_expired:${tomorrow.toISOString().slice(0, 10)}`,
      });
    },
  };
}
