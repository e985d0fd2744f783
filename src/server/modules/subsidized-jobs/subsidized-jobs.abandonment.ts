// B03-2.3 when the employer does not correct a returned application: a daily job tells the employer, once the
// administrator's number of working days nears, that the centre may close it; closing is refused until then.
import { appendAudit } from '../../platform/audit/audit';
import type { Clock } from '../../platform/clock';
import type { Db } from '../../platform/db/database';
import { dailyJobHandlers, type JobHandlers, scheduleDailyJob } from '../../platform/jobs/jobs';
import { notify } from '../../platform/notifications/notifications';
import {
  listEmployerRepresentatives,
  listReturnedWithoutNotice,
  markAbandonmentNoticeSent,
} from './subsidized-jobs.repository';
import { getAbandonmentSettings } from './subsidized-jobs.usecases';
import { ageInWorkingDays } from './subsidized-jobs.waiting';
import { applicationWorkflow } from './subsidized-jobs.workflow';

const JOB = 'subsidy.abandonment_notices';

/** Tells each employer whose returned application has waited the notice's working days; returns how many were told. */
export async function sendAbandonmentNotices({ db, clock }: { db: Db; clock: Clock }): Promise<number> {
  const now = clock.now();
  const settings = await getAbandonmentSettings(db);
  let sent = 0;
  for (const application of await listReturnedWithoutNotice(db)) {
    const waited = ageInWorkingDays(application.returned_at, now) ?? 0;
    if (waited < settings.noticeAfterWorkingDays) continue;
    await db.transaction().execute(async (tx) => {
      // Another instance, or the employer correcting it meanwhile, wins: the notice goes once, to a returned one.
      if (!(await markAbandonmentNoticeSent(tx, { id: application.id, now }))) return;
      for (const userId of await listEmployerRepresentatives(tx, application.employer_id)) {
        await notify(tx, {
          userId,
          template: 'subsidy.application_abandonment_notice',
          params: {
            number: application.number ?? '',
            waited,
            closeAfter: settings.closeAfterWorkingDays,
          },
          link: `/employer/applications/${application.id}`,
          now,
        });
      }
      await appendAudit(tx, {
        at: now,
        actorId: null,
        actorRole: 'system',
        action: `${applicationWorkflow.name}.abandonment_notice_sent`,
        step: 'B03-2.3',
        subjectType: applicationWorkflow.subjectType,
        subjectId: application.id,
        centreId: application.centre_id,
        organisationId: application.employer_id,
        details: { waitedWorkingDays: waited, closeAfterWorkingDays: settings.closeAfterWorkingDays },
      });
      sent++;
    });
  }
  return sent;
}

export async function scheduleAbandonmentNotices(db: Db, now: Date): Promise<void> {
  await scheduleDailyJob(db, JOB, now);
}

/** The daily run, which queues its own next run (once per day across all instances). */
export function abandonmentNoticeJobHandlers(db: Db, clock: Clock): JobHandlers {
  return dailyJobHandlers(db, clock, JOB, () => sendAbandonmentNotices({ db, clock }));
}
