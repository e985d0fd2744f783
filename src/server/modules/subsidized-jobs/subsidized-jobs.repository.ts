// The SQL of subsidized-job applications: the organisation's requisites, applications and their positions, signed
// revisions, the remarks and consultations others record, and the lists. Takes the database or a transaction.

import { sql } from 'kysely';
import type { ApplicationRequisites, ApplicationStatus, PositionInput } from '../../../shared/api/subsidized-jobs';
import { districtColumns } from '../../../shared/kato/kato';
import { Role } from '../../../shared/roles';
import { type DbOrTx, escapeLike } from '../../platform/db/database';

export async function findOrganisation(db: DbOrTx, id: string) {
  return db
    .selectFrom('organisations')
    .select(['id', 'kind', 'bin', 'name_kk', 'name_ru', 'name_en', 'region'])
    .where('id', '=', id)
    .executeTakeFirst();
}

export async function findEmployerRequisites(db: DbOrTx, organisationId: string) {
  return db
    .selectFrom('employer_requisites')
    .select(['requisites', 'version'])
    .where('organisation_id', '=', organisationId)
    .executeTakeFirst();
}

/**
 * Saves the organisation's requisites when `expectedVersion` is the current one (0: none saved yet) and returns the
 * new version; null when someone saved first.
 */
export async function saveEmployerRequisites(
  db: DbOrTx,
  input: {
    organisationId: string;
    requisites: ApplicationRequisites;
    expectedVersion: number;
    userId: string;
    now: Date;
  },
): Promise<number | null> {
  const values = { requisites: JSON.stringify(input.requisites), updated_by: input.userId, updated_at: input.now };
  if (input.expectedVersion === 0) {
    const inserted = await db
      .insertInto('employer_requisites')
      .values({ organisation_id: input.organisationId, ...values })
      .onConflict((oc) => oc.column('organisation_id').doNothing())
      .returning('version')
      .executeTakeFirst();
    return inserted?.version ?? null;
  }
  const updated = await db
    .updateTable('employer_requisites')
    .set({ ...values, version: sql<number>`version + 1` })
    .where('organisation_id', '=', input.organisationId)
    .where('version', '=', input.expectedVersion)
    .returning('version')
    .executeTakeFirst();
  return updated?.version ?? null;
}

/** Saves them whatever the organisation's version: the application's own compare-and-set guarded this save. */
export async function overwriteEmployerRequisites(
  db: DbOrTx,
  input: { organisationId: string; requisites: ApplicationRequisites; userId: string; now: Date },
): Promise<void> {
  const values = { requisites: JSON.stringify(input.requisites), updated_by: input.userId, updated_at: input.now };
  await db
    .insertInto('employer_requisites')
    .values({ organisation_id: input.organisationId, ...values })
    .onConflict((oc) =>
      oc.column('organisation_id').doUpdateSet({ ...values, version: sql<number>`employer_requisites.version + 1` }),
    )
    .execute();
}

export async function insertApplication(
  db: DbOrTx,
  input: {
    employerId: string;
    centreId: string;
    programmeCode: string;
    programmeVersionId: string;
    requisites: ApplicationRequisites | null;
    createdBy: string;
    now: Date;
  },
): Promise<string> {
  const row = await db
    .insertInto('subsidy_applications')
    .values({
      employer_id: input.employerId,
      centre_id: input.centreId,
      programme_code: input.programmeCode,
      programme_version_id: input.programmeVersionId,
      status: 'draft',
      requisites: input.requisites ? JSON.stringify(input.requisites) : null,
      contact_name: null,
      contact_phone: null,
      contact_email: null,
      check_result: null,
      checked_at: null,
      pending_document_id: null,
      submitted_at: null,
      demand_supply: null,
      decision: null,
      approved_jobs: null,
      decision_reason: null,
      decided_at: null,
      number: null,
      created_by: input.createdBy,
      created_at: input.now,
      updated_at: input.now,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export async function updateApplicationRequisites(
  db: DbOrTx,
  input: { id: string; requisites: ApplicationRequisites; now: Date },
): Promise<void> {
  await db
    .updateTable('subsidy_applications')
    .set({ requisites: JSON.stringify(input.requisites), updated_at: input.now })
    .where('id', '=', input.id)
    .execute();
}

/** The form replaces what was there: contacts, programme, centre, and the positions (deleted and inserted anew). */
export async function replaceApplicationForm(
  db: DbOrTx,
  input: {
    id: string;
    programmeCode: string;
    programmeVersionId: string;
    centreId: string;
    contactName: string;
    contactPhone: string;
    contactEmail: string;
    plannedStartDate: string | null;
    positions: (PositionInput & { occupationName: string })[];
    now: Date;
  },
): Promise<void> {
  await db
    .updateTable('subsidy_applications')
    .set({
      planned_start_date: input.plannedStartDate,
      programme_code: input.programmeCode,
      programme_version_id: input.programmeVersionId,
      centre_id: input.centreId,
      contact_name: input.contactName,
      contact_phone: input.contactPhone,
      contact_email: input.contactEmail,
      updated_at: input.now,
    })
    .where('id', '=', input.id)
    .execute();
  await db.deleteFrom('subsidy_application_positions').where('application_id', '=', input.id).execute();
  if (input.positions.length === 0) return;
  await db
    .insertInto('subsidy_application_positions')
    .values(
      input.positions.map((p, i) => ({
        application_id: input.id,
        ordinal: i + 1,
        occupation_code: p.occupationCode,
        occupation_name: p.occupationName,
        jobs: p.jobs,
        monthly_wage: p.monthlyWage,
        schedule: p.schedule,
        workplace: p.workplace,
        ...districtColumns(p.district),
        duration_months: p.durationMonths,
        requirements: p.requirements,
      })),
    )
    .execute();
}

export async function storeCheckResult(
  db: DbOrTx,
  input: { id: string; check: unknown; checkedAt: Date; now: Date },
): Promise<void> {
  await db
    .updateTable('subsidy_applications')
    .set({ check_result: JSON.stringify(input.check), checked_at: input.checkedAt, updated_at: input.now })
    .where('id', '=', input.id)
    .execute();
}

/** The unsigned document of B03-1.4 (null: none), and the programme version it was built on. */
export async function setPendingDocument(
  db: DbOrTx,
  input: { id: string; documentId: string | null; programmeVersionId?: string; now: Date },
): Promise<void> {
  await db
    .updateTable('subsidy_applications')
    .set({
      pending_document_id: input.documentId,
      ...(input.programmeVersionId ? { programme_version_id: input.programmeVersionId } : {}),
      updated_at: input.now,
    })
    .where('id', '=', input.id)
    .execute();
}

/** СРМ-<year>-<6 digits>: one sequence for the whole system, so a number never repeats. */
export async function nextApplicationNumber(db: DbOrTx, year: number): Promise<string> {
  const { rows } = await sql<{ n: number }>`select nextval('subsidy_application_number_seq')::int as n`.execute(db);
  return `СРМ-${year}-${String(rows[0]!.n).padStart(6, '0')}`;
}

/** B03-1.4: the signed content becomes revision n, the application is the centre's from now. */
export async function recordSubmission(
  db: DbOrTx,
  input: {
    id: string;
    revision: number;
    number: string;
    content: unknown;
    documentId: string;
    submittedBy: string;
    now: Date;
  },
): Promise<void> {
  await db
    .updateTable('subsidy_applications')
    .set({
      revision: input.revision,
      number: input.number,
      submitted_at: input.now,
      first_submitted_at: sql<Date>`coalesce(first_submitted_at, ${input.now})`,
      pending_document_id: null,
      updated_at: input.now,
    })
    .where('id', '=', input.id)
    .execute();
  await db
    .insertInto('subsidy_application_revisions')
    .values({
      application_id: input.id,
      revision: input.revision,
      content: JSON.stringify(input.content),
      document_id: input.documentId,
      submitted_by: input.submittedBy,
      submitted_at: input.now,
    })
    .execute();
}

/** The application with the names of its employer, centre and programme version. */
export async function findApplication(db: DbOrTx, id: string) {
  return db
    .selectFrom('subsidy_applications as a')
    .innerJoin('organisations as e', 'e.id', 'a.employer_id')
    .innerJoin('organisations as c', 'c.id', 'a.centre_id')
    .leftJoin('subsidy_programme_versions as p', 'p.id', 'a.programme_version_id')
    .selectAll('a')
    .select([
      'e.bin as employer_bin',
      'e.name_kk as employer_name_kk',
      'e.name_ru as employer_name_ru',
      'e.name_en as employer_name_en',
      'c.name_kk as centre_name_kk',
      'c.name_ru as centre_name_ru',
      'c.name_en as centre_name_en',
      'p.name_kk as programme_name_kk',
      'p.name_ru as programme_name_ru',
      'p.name_en as programme_name_en',
    ])
    .where('a.id', '=', id)
    .executeTakeFirst();
}
export type ApplicationRow = NonNullable<Awaited<ReturnType<typeof findApplication>>>;

export async function listPositions(db: DbOrTx, applicationId: string) {
  return db
    .selectFrom('subsidy_application_positions')
    .selectAll()
    .where('application_id', '=', applicationId)
    .orderBy('ordinal')
    .execute();
}
export type PositionRow = Awaited<ReturnType<typeof listPositions>>[number];

export async function listRevisions(db: DbOrTx, applicationId: string) {
  return db
    .selectFrom('subsidy_application_revisions')
    .select(['revision', 'document_id', 'submitted_at'])
    .where('application_id', '=', applicationId)
    .orderBy('revision')
    .execute();
}

export async function findRevisionContent(db: DbOrTx, applicationId: string, revision: number) {
  const row = await db
    .selectFrom('subsidy_application_revisions')
    .select('content')
    .where('application_id', '=', applicationId)
    .where('revision', '=', revision)
    .executeTakeFirst();
  return row?.content;
}

export async function listRemarks(db: DbOrTx, applicationId: string) {
  return db
    .selectFrom('subsidy_application_remarks as r')
    .innerJoin('users as u', 'u.id', 'r.author_id')
    .select(['r.id', 'r.revision', 'r.field', 'r.text', 'r.created_at', 'u.full_name as author_name'])
    .where('r.application_id', '=', applicationId)
    .orderBy('r.created_at')
    .execute();
}

export async function listConsultations(db: DbOrTx, applicationId: string) {
  return db
    .selectFrom('subsidy_consultations as s')
    .innerJoin('users as u', 'u.id', 's.given_by')
    .select(['s.id', 's.given_on', 's.channel', 's.topic', 's.summary', 'u.full_name as given_by_name'])
    .where('s.application_id', '=', applicationId)
    .orderBy('s.given_on')
    .orderBy('s.created_at')
    .execute();
}

/** The centre's employer-relations specialists who are told of a new application. */
export async function listCentreSpecialists(db: DbOrTx, centreId: string): Promise<string[]> {
  const rows = await db
    .selectFrom('users')
    .select('id')
    .where('organisation_id', '=', centreId)
    .where('role', '=', Role.employerRelationsSpecialist)
    .where('disabled_at', 'is', null)
    .execute();
  return rows.map((r) => r.id);
}

/** Who sees which applications in a list: one employer's, one centre's once submitted, or all. */
export type ApplicationScope =
  | { kind: 'employer'; employerId: string }
  | { kind: 'centre'; centreId: string }
  | { kind: 'all' };

export type ApplicationFilters = {
  status?: ApplicationStatus | undefined;
  programmeCode?: string | undefined;
  q?: string | undefined;
  sort?: 'oldest_first' | 'newest_first' | undefined;
  limit: number;
  offset: number;
};

export async function listApplications(db: DbOrTx, scope: ApplicationScope, filters: ApplicationFilters) {
  let query = db
    .selectFrom('subsidy_applications as a')
    .innerJoin('organisations as e', 'e.id', 'a.employer_id')
    .leftJoin('subsidy_programme_versions as p', 'p.id', 'a.programme_version_id');
  if (scope.kind === 'employer') query = query.where('a.employer_id', '=', scope.employerId);
  // The centre sees an application once it was first sent: a draft is the employer's alone.
  if (scope.kind === 'centre') query = query.where('a.centre_id', '=', scope.centreId).where('a.revision', '>', 0);
  if (filters.status) query = query.where('a.status', '=', filters.status);
  if (filters.programmeCode) query = query.where('a.programme_code', '=', filters.programmeCode);
  if (filters.q) {
    const like = `%${escapeLike(filters.q)}%`;
    query = query.where((eb) =>
      eb.or([
        eb('a.number', 'ilike', like),
        eb('e.name_kk', 'ilike', like),
        eb('e.name_ru', 'ilike', like),
        eb('e.bin', 'like', like),
      ]),
    );
  }
  const total = await query.select(sql<number>`count(*)::int`.as('n')).executeTakeFirstOrThrow();
  const items = await query
    .select([
      'a.id',
      'a.number',
      'a.status',
      'a.programme_code',
      'a.submitted_at',
      'a.first_submitted_at',
      'a.returned_at',
      'a.abandonment_notice_at',
      'a.version',
      'a.revision',
      'a.decided_at',
      'a.closed_at',
      'a.updated_at',
      'a.created_at',
      'e.bin as employer_bin',
      'e.name_kk as employer_name_kk',
      'e.name_ru as employer_name_ru',
      'e.name_en as employer_name_en',
      'p.name_kk as programme_name_kk',
      'p.name_ru as programme_name_ru',
      'p.name_en as programme_name_en',
      sql<number>`(select coalesce(sum(jobs), 0)::int from subsidy_application_positions
        where application_id = a.id)`.as('jobs'),
    ])
    // The centre's queue: the longest waiting first, by the first submission (a correction does not reset the age).
    .orderBy(
      (filters.sort ?? (scope.kind === 'employer' ? 'newest_first' : 'oldest_first')) === 'oldest_first'
        ? sql`a.first_submitted_at asc nulls last`
        : sql`a.first_submitted_at desc nulls first`,
    )
    .orderBy('a.created_at', 'desc')
    .orderBy('a.id')
    .limit(filters.limit)
    .offset(filters.offset)
    .execute();
  return { items, total: total.n };
}

/** The administrator's abandonment settings that are set (an absent key means the default). */
export async function listApplicationSettings(db: DbOrTx) {
  return db.selectFrom('subsidy_application_settings').select(['key', 'value', 'updated_at']).execute();
}

export async function upsertApplicationSetting(
  db: DbOrTx,
  input: {
    key: 'abandon_after_working_days' | 'abandon_notice_working_days';
    value: number;
    userId: string;
    now: Date;
  },
): Promise<void> {
  await db
    .insertInto('subsidy_application_settings')
    .values({ key: input.key, value: input.value, updated_by: input.userId, updated_at: input.now })
    .onConflict((oc) =>
      oc.column('key').doUpdateSet({ value: input.value, updated_by: input.userId, updated_at: input.now }),
    )
    .execute();
}

/** Returned applications whose employer has not been told yet that they may be closed as abandoned. */
export async function listReturnedWithoutNotice(db: DbOrTx) {
  return db
    .selectFrom('subsidy_applications')
    .select(['id', 'number', 'employer_id', 'centre_id', 'returned_at'])
    .where('status', '=', 'returned')
    .where('abandonment_notice_at', 'is', null)
    .where('returned_at', 'is not', null)
    .orderBy('returned_at')
    .execute();
}

/** Marks the notice sent, once: false when it was sent meanwhile or the application moved on. */
export async function markAbandonmentNoticeSent(db: DbOrTx, input: { id: string; now: Date }): Promise<boolean> {
  const updated = await db
    .updateTable('subsidy_applications')
    .set({ abandonment_notice_at: input.now })
    .where('id', '=', input.id)
    .where('status', '=', 'returned')
    .where('abandonment_notice_at', 'is', null)
    .returning('id')
    .executeTakeFirst();
  return updated !== undefined;
}

/** The employer's representatives who act on its applications: they hear of notices. */
export async function listEmployerRepresentatives(db: DbOrTx, employerId: string): Promise<string[]> {
  const rows = await db
    .selectFrom('users')
    .select('id')
    .where('organisation_id', '=', employerId)
    .where('role', '=', Role.employerRepresentative)
    .where('disabled_at', 'is', null)
    .orderBy('created_at')
    .execute();
  return rows.map((r) => r.id);
}
