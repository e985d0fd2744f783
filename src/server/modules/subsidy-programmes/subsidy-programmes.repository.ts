// The SQL of subsidy programmes and МРП/МЗП: reading the versions in force, adding versions and years, and seeding
// them from the cited catalogue.
import { type Selectable, sql } from 'kysely';
import { type ParticipantRule, participantRuleCatalogue } from '../../../shared/subsidy/participants';
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

/** For each programme, the version in force on a date (the latest version when several cover it). */
export async function listProgrammesInForce(db: DbOrTx, onDate: string): Promise<StoredProgrammeVersion[]> {
  const rows = await db
    .selectFrom('subsidy_programme_versions')
    .selectAll()
    .distinctOn('code')
    .where('valid_from', '<=', onDate)
    .where((eb) => eb.or([eb('valid_to', 'is', null), eb('valid_to', '>=', onDate)]))
    .orderBy('code')
    .orderBy('version', 'desc')
    .execute();
  return rows.map((r) => toProgrammeVersion(r));
}

// A fixed class key for pg_advisory_xact_lock(class, hashtext(code)): two administrators adding a version of the
// same programme at once take turns, so both cannot read the same latest version and number theirs alike.
const PROGRAMME_LOCK_CLASS = 4_242_005;

/** Holds, until the transaction ends, the right to add a version of this programme code. */
export async function lockProgrammeCode(tx: DbOrTx, code: string): Promise<void> {
  await sql`select pg_advisory_xact_lock(${PROGRAMME_LOCK_CLASS}, hashtext(${code}))`.execute(tx);
}

export async function listVersionsOfCode(db: DbOrTx, code: string): Promise<StoredProgrammeVersion[]> {
  const rows = await db
    .selectFrom('subsidy_programme_versions')
    .selectAll()
    .where('code', '=', code)
    .orderBy('version')
    .execute();
  return rows.map((r) => toProgrammeVersion(r));
}

/** Ends on `validTo` every version of a code still in force on `reachingDate` (open-ended or ending later). */
export async function closeVersionsReaching(
  tx: DbOrTx,
  { code, reachingDate, validTo }: { code: string; reachingDate: string; validTo: string },
): Promise<{ id: string; version: number; previousValidTo: string | null }[]> {
  const reaching = await tx
    .selectFrom('subsidy_programme_versions')
    .select(['id', 'version', 'valid_to'])
    .where('code', '=', code)
    .where((eb) => eb.or([eb('valid_to', 'is', null), eb('valid_to', '>=', reachingDate)]))
    .orderBy('version')
    .execute();
  if (reaching.length === 0) return [];
  await tx
    .updateTable('subsidy_programme_versions')
    .set({ valid_to: validTo })
    .where(
      'id',
      'in',
      reaching.map((r) => r.id),
    )
    .execute();
  return reaching.map((r) => ({ id: r.id, version: r.version, previousValidTo: r.valid_to }));
}

export async function insertProgrammeVersion(
  tx: DbOrTx,
  { programme, createdBy, now }: { programme: ProgrammeVersion; createdBy: string | null; now: Date },
): Promise<string> {
  const row = await tx
    .insertInto('subsidy_programme_versions')
    .values({
      code: programme.code,
      version: programme.version,
      name_kk: programme.name.kk,
      name_ru: programme.name.ru,
      name_en: programme.name.en ?? null,
      target_groups: [...programme.targetGroups],
      min_participant_age: programme.minParticipantAge ?? null,
      max_participant_age: programme.maxParticipantAge ?? null,
      max_duration_months: programme.maxDurationMonths,
      formula: JSON.stringify(programme.formula),
      valid_from: programme.validFrom,
      valid_to: programme.validTo,
      source: programme.source,
      certainty: JSON.stringify(programme.certainty),
      created_by: createdBy,
      created_at: now,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export async function listIndicators(db: DbOrTx): Promise<YearIndicators[]> {
  const rows = await db.selectFrom('wage_indicators').selectAll().orderBy('year').execute();
  return rows.map((r) => ({ year: r.year, mrp: r.mrp, mzp: r.mzp, source: r.source, certainty: r.certainty }));
}

export type StoredIndicators = YearIndicators & { updatedAt: Date };

export async function listIndicatorRecords(db: DbOrTx): Promise<StoredIndicators[]> {
  const rows = await db.selectFrom('wage_indicators').selectAll().orderBy('year').execute();
  return rows.map((r) => ({
    year: r.year,
    mrp: r.mrp,
    mzp: r.mzp,
    source: r.source,
    certainty: r.certainty,
    updatedAt: r.updated_at,
  }));
}

/** Sets a year's МРП/МЗП, inserting the year or replacing its values; answers what the year had before, if anything. */
export async function upsertIndicators(
  tx: DbOrTx,
  { indicators, updatedBy, now }: { indicators: YearIndicators; updatedBy: string | null; now: Date },
): Promise<{ previous: YearIndicators | null; stored: StoredIndicators }> {
  const before = await tx
    .selectFrom('wage_indicators')
    .selectAll()
    .where('year', '=', indicators.year)
    .forUpdate()
    .executeTakeFirst();
  const values = { ...indicators, updated_by: updatedBy, updated_at: now };
  const row = await tx
    .insertInto('wage_indicators')
    .values(values)
    .onConflict((oc) =>
      oc.column('year').doUpdateSet({
        mrp: values.mrp,
        mzp: values.mzp,
        source: values.source,
        certainty: values.certainty,
        updated_by: values.updated_by,
        updated_at: values.updated_at,
      }),
    )
    .returningAll()
    .executeTakeFirstOrThrow();
  return {
    previous: before
      ? { year: before.year, mrp: before.mrp, mzp: before.mzp, source: before.source, certainty: before.certainty }
      : null,
    stored: {
      year: row.year,
      mrp: row.mrp,
      mzp: row.mzp,
      source: row.source,
      certainty: row.certainty,
      updatedAt: row.updated_at,
    },
  };
}

export async function listParticipantRules(db: DbOrTx): Promise<ParticipantRule[]> {
  const rows = await db
    .selectFrom('subsidy_participant_rules')
    .selectAll()
    .orderBy('kind')
    .orderBy('sex')
    .orderBy('valid_from')
    .execute();
  return rows.map((r) => ({
    kind: r.kind,
    sex: r.sex,
    validFrom: r.valid_from,
    value: r.value,
    source: r.source,
    certainty: r.certainty,
  }));
}

/** Enters a dated value of a rule, replacing one entered for the same kind, sex and date; answers what it replaced. */
export async function upsertParticipantRule(
  tx: DbOrTx,
  { rule, createdBy, now }: { rule: ParticipantRule; createdBy: string | null; now: Date },
): Promise<{ previous: ParticipantRule | null }> {
  const before = await tx
    .selectFrom('subsidy_participant_rules')
    .selectAll()
    .where('kind', '=', rule.kind)
    .where('sex', '=', rule.sex)
    .where('valid_from', '=', rule.validFrom)
    .forUpdate()
    .executeTakeFirst();
  const values = {
    value: JSON.stringify(rule.value),
    source: rule.source,
    certainty: rule.certainty,
    created_by: createdBy,
    created_at: now,
  };
  await tx
    .insertInto('subsidy_participant_rules')
    .values({ kind: rule.kind, sex: rule.sex, valid_from: rule.validFrom, ...values })
    .onConflict((oc) => oc.columns(['kind', 'sex', 'valid_from']).doUpdateSet(values))
    .execute();
  return {
    previous: before
      ? {
          kind: before.kind,
          sex: before.sex,
          validFrom: before.valid_from,
          value: before.value,
          source: before.source,
          certainty: before.certainty,
        }
      : null,
  };
}

/** Writes the shipped catalogue (DOMAIN.md §1, each value with its source) where the database has no such row yet. */
export async function seedProgrammeCatalogue(
  db: DbOrTx,
  input: {
    programmes: readonly ProgrammeVersion[];
    indicators: readonly YearIndicators[];
    /** The shipped participant rules unless given. */
    participantRules?: readonly ParticipantRule[];
    now: Date;
  },
): Promise<void> {
  for (const rule of input.participantRules ?? participantRuleCatalogue) {
    await db
      .insertInto('subsidy_participant_rules')
      .values({
        kind: rule.kind,
        sex: rule.sex,
        valid_from: rule.validFrom,
        value: JSON.stringify(rule.value),
        source: rule.source,
        certainty: rule.certainty,
        created_by: null,
        created_at: input.now,
      })
      .onConflict((oc) => oc.columns(['kind', 'sex', 'valid_from']).doNothing())
      .execute();
  }
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
