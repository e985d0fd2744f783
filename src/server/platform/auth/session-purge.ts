// A daily job that deletes expired sessions; it queues its own next run, once per day across all instances.
import type { Clock } from '../clock';
import type { Db } from '../db/database';
import { dailyJobHandlers, type JobHandlers, scheduleDailyJob } from '../jobs/jobs';
import { deleteExpiredSessions } from './sessions';

const JOB = 'sessions.purge_expired';

export async function scheduleSessionPurge(db: Db, now: Date): Promise<void> {
  await scheduleDailyJob(db, JOB, now);
}

export function sessionPurgeJobHandlers(db: Db, clock: Clock): JobHandlers {
  return dailyJobHandlers(db, clock, JOB, (now) => deleteExpiredSessions(db, now));
}
