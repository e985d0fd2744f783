// The SQL of subsidy programmes and МРП/МЗП: reading the versions in force and seeding them from the cited catalogue.
import type { Selectable } from 'kysely';
import type { ProgrammeVersion, YearIndicators } from '../../../shared/subsidy/programmes';
import type { DbOrTx } from '../../platform/db/database';
import type { SubsidyProgrammeVersionsTable } from './subsidy-programmes.tables';

export type StoredProgrammeVersion = ProgrammeVersion & { id: string };

type ProgrammeRow = Selectable<SubsidyProgrammeVersionsTable>;

function toProgrammeVersion(row: ProgrammeRow): StoredProgrammeVersion {
  return {
    id: row.id,
    code: row.code,
    version: row.version,
    name: { kk: row.name_kk, ru: row.name_ru, ...(row.name_en ? { en: row.name_en } : {}) },
    targetGroups: row.target_groups,
    ...(row.min_participant_age === null ? {} : { minParticipantAge: row.min_participant_age }),
    ...(row.max_participant_age === null ? {} : { maxParticipantAge: row.max_participant_age }),
    maxDurationMonths: row.max_duration_months,
    formula: row.formula,
    validFrom: row.valid_from,
    validTo: row.valid_to,
    source: row.source,
    certainty: row.certainty,
  };
}

export async function listProgrammeVersions(db: DbOrTx): Promise<StoredProgrammeVersion[]> {
  const rows = await db
    .selectFrom('subsidy_programme_versions')
    .selectAll()
    .orderBy('code')
    .orderBy('version')
    .execute();
  return rows.map((r) => toProgrammeVersion(r));
}

export async function findProgrammeVersion(db: DbOrTx, id: string): Promise<StoredProgrammeVersion | null> {
  const row = await db.selectFrom('subsidy_programme_versions').selectAll().where('id', '=', id).executeTakeFirst();
  return row ? toProgrammeVersion(row) : null;
}

/** The version of a programme in force on a date (YYYY-MM-DD), the latest version when several cover it. */
export async function findProgrammeInForce(
  db: DbOrTx,
  code: string,
  onDate: string,
): Promise<StoredProgrammeVersion | null> {
  const row = await db
    .selectFrom('subsidy_programme_versions')
    .selectAll()
    .where('code', '=', code)
    .where('valid_from', '<=', onDate)
    .where((eb) => eb.or([eb('valid_to', 'is', null), eb('valid_to', '>=', onDate)]))
    .orderBy('version', 'desc')
    .limit(1)
    .executeTakeFirst();
  return row ? toProgrammeVersion(row) : null;
}

export async function listIndicators(db: DbOrTx): Promise<YearIndicators[]> {
  const rows = await db.selectFrom('wage_indicators').selectAll().orderBy('year').execute();
  return rows.map((r) => ({ year: r.year, mrp: r.mrp, mzp: r.mzp, source: r.source, certainty: r.certainty }));
}

/** Writes the shipped catalogue (DOMAIN.md §1, each value with its source) where the database has no such row yet. */
export async function seedProgrammeCatalogue(
  db: DbOrTx,
  input: { programmes: readonly ProgrammeVersion[]; indicators: readonly YearIndicators[]; now: Date },
): Promise<void> {
  for (const p of input.programmes) {
    await db
      .insertInto('subsidy_programme_versions')
      .values({
        code: p.code,
        version: p.version,
        name_kk: p.name.kk,
        name_ru: p.name.ru,
        name_en: p.name.en ?? null,
        target_groups: [...p.targetGroups],
        min_participant_age: p.minParticipantAge ?? null,
        max_participant_age: p.maxParticipantAge ?? null,
        max_duration_months: p.maxDurationMonths,
        formula: JSON.stringify(p.formula),
        valid_from: p.validFrom,
        valid_to: p.validTo,
        source: p.source,
        certainty: JSON.stringify(p.certainty),
        created_by: null,
        created_at: input.now,
      })
      .onConflict((oc) => oc.columns(['code', 'version']).doNothing())
      .execute();
  }
  for (const i of input.indicators) {
    await db
      .insertInto('wage_indicators')
      .values({ ...i, updated_by: null, updated_at: input.now })
      .onConflict((oc) => oc.column('year').doNothing())
      .execute();
  }
}
