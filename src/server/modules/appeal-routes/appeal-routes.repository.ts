// The SQL of the appeal routes: versions by date, the one in force on a day.
import type { AppealRouteInput } from '../../../shared/api/appeal-routes';
import { addCalendarDays } from '../../../shared/calendar/working-days';
import type { DbOrTx } from '../../platform/db/database';

export type AppealRoute = {
  text: { kk: string; ru: string; en: string };
  source: string;
  certainty: 'verified' | 'secondary' | 'unconfirmed';
  validFrom: string;
  /** The day before the next version starts; null while none follows. */
  validTo: string | null;
};

/** Every version, oldest first, each with the day it ends. */
export async function listAppealRoutes(db: DbOrTx): Promise<AppealRoute[]> {
  const rows = await db.selectFrom('appeal_routes').selectAll().orderBy('valid_from').execute();
  return rows.map((row, index) => {
    const next = rows[index + 1];
    return {
      text: { kk: row.text_kk, ru: row.text_ru, en: row.text_en },
      source: row.source,
      certainty: row.certainty,
      validFrom: row.valid_from,
      validTo: next ? addCalendarDays(next.valid_from, -1) : null,
    };
  });
}

/** The version in force on a calendar day (YYYY-MM-DD), or null when none was entered by then. */
export async function findAppealRouteOn(db: DbOrTx, onDate: string): Promise<AppealRoute | null> {
  const routes = await listAppealRoutes(db);
  return routes.findLast((r) => r.validFrom <= onDate) ?? null;
}

/** Adds a version, or replaces the one of the same date; returns what it replaced. */
export async function upsertAppealRoute(
  db: DbOrTx,
  { route, createdBy, now }: { route: AppealRouteInput; createdBy: string | null; now: Date },
): Promise<AppealRoute | null> {
  const previous = (await listAppealRoutes(db)).find((r) => r.validFrom === route.validFrom) ?? null;
  const values = {
    text_kk: route.text.kk,
    text_ru: route.text.ru,
    text_en: route.text.en,
    source: route.source,
    certainty: route.certainty,
    created_by: createdBy,
    created_at: now,
  };
  await db
    .insertInto('appeal_routes')
    .values({ valid_from: route.validFrom, ...values })
    .onConflict((oc) => oc.column('valid_from').doUpdateSet(values))
    .execute();
  return previous;
}

/** The shipped versions, where the database has none of that date (demo, tests, a new deployment). */
export async function seedAppealRoutes(db: DbOrTx, routes: readonly AppealRouteInput[], now: Date): Promise<void> {
  for (const route of routes) {
    await db
      .insertInto('appeal_routes')
      .values({
        valid_from: route.validFrom,
        text_kk: route.text.kk,
        text_ru: route.text.ru,
        text_en: route.text.en,
        source: route.source,
        certainty: route.certainty,
        created_by: null,
        created_at: now,
      })
      .onConflict((oc) => oc.column('valid_from').doNothing())
      .execute();
  }
}
