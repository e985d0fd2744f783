// Reading the appeal routes with the one in force today, and an administrator's new version (audited).
import type { AppealRouteInput, AppealRoutesResponse } from '../../../shared/api/appeal-routes';
import { dateInKazakhstan } from '../../../shared/calendar/working-days';
import { appendAudit } from '../../platform/audit/audit';
import type { Clock } from '../../platform/clock';
import type { Db } from '../../platform/db/database';
import { listAppealRoutes, upsertAppealRoute } from './appeal-routes.repository';

export async function listAppealRouteViews({ db, clock }: { db: Db; clock: Clock }): Promise<AppealRoutesResponse> {
  const onDate = dateInKazakhstan(clock.now());
  const routes = await listAppealRoutes(db);
  const inForce = routes.findLast((r) => r.validFrom <= onDate);
  return { onDate, items: routes.map((r) => ({ ...r, inForce: r === inForce })) };
}

export async function setAppealRoute(
  { db, clock }: { db: Db; clock: Clock },
  { actor, input }: { actor: { id: string; role: string }; input: AppealRouteInput },
): Promise<AppealRoutesResponse> {
  const now = clock.now();
  await db.transaction().execute(async (tx) => {
    const previous = await upsertAppealRoute(tx, { route: input, createdBy: actor.id, now });
    await appendAudit(tx, {
      at: now,
      actorId: actor.id,
      actorRole: actor.role,
      action: 'appeal_routes.version_set',
      subjectType: 'appeal_route',
      subjectId: input.validFrom,
      details: {
        validFrom: input.validFrom,
        source: input.source,
        certainty: input.certainty,
        previous: previous ? { source: previous.source, certainty: previous.certainty } : null,
      },
    });
  });
  return listAppealRouteViews({ db, clock });
}
