// The SQL of this module: which organisation a BIN belongs to, and the employer conditions' dated versions.
import { type Selectable, sql } from 'kysely';
import type { DbOrTx } from '../../platform/db/database';
import type { ConditionCatalogueEntry } from './gov-registries.condition-catalogue';
import type { EmployerConditionVersionsTable } from './gov-registries.tables';

export async function findOrganisationIdByBin(db: DbOrTx, bin: string): Promise<string | null> {
  const row = await db.selectFrom('organisations').select('id').where('bin', '=', bin).executeTakeFirst();
  return row?.id ?? null;
}

export type StoredConditionVersion = Selectable<EmployerConditionVersionsTable>;

/** For each condition, the version in force on a date: the latest version whose dates cover it. */
export async function listConditionVersionsInForce(db: DbOrTx, onDate: string): Promise<StoredConditionVersion[]> {
  const rows = await db
    .selectFrom('employer_condition_versions')
    .selectAll()
    .distinctOn('code')
    .where('valid_from', '<=', onDate)
    .where((eb) => eb.or([eb('valid_to', 'is', null), eb('valid_to', '>=', onDate)]))
    .orderBy('code')
    .orderBy('version', 'desc')
    .execute();
  return rows.sort((a, b) => a.ordinal - b.ordinal || a.code.localeCompare(b.code));
}

export async function listConditionVersions(db: DbOrTx): Promise<StoredConditionVersion[]> {
  return db
    .selectFrom('employer_condition_versions')
    .selectAll()
    .orderBy('ordinal')
    .orderBy('code')
    .orderBy('version')
    .execute();
}

// pg_advisory_xact_lock(class, hashtext(code)): two administrators changing one condition at once take turns.
const CONDITION_LOCK_CLASS = 4_242_012;

/** Adds the next version of a condition (version 1 of one never entered) and returns it. */
export async function insertConditionVersion(
  tx: DbOrTx,
  { entry, createdBy, now }: { entry: ConditionCatalogueEntry; createdBy: string | null; now: Date },
): Promise<StoredConditionVersion> {
  await sql`select pg_advisory_xact_lock(${CONDITION_LOCK_CLASS}, hashtext(${entry.code}))`.execute(tx);
  const latest = await tx
    .selectFrom('employer_condition_versions')
    .select(sql<number>`coalesce(max(version), 0)::int`.as('version'))
    .where('code', '=', entry.code)
    .executeTakeFirstOrThrow();
  return tx
    .insertInto('employer_condition_versions')
    .values({
      code: entry.code,
      version: latest.version + 1,
      ordinal: entry.ordinal,
      mode: entry.mode,
      params: JSON.stringify(entry.params),
      valid_from: entry.validFrom,
      valid_to: entry.validTo,
      source: entry.source,
      certainty: entry.certainty,
      note: entry.note,
      created_by: createdBy,
      created_at: now,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
}
