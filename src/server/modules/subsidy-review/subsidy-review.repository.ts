// The SQL of the centre's review (B03-2.1–2.4): applications and positions as the review reads them, and what it writes.
import type { ConsultationRequest } from '../../../shared/api/subsidy-review';
import { Role } from '../../../shared/roles';
import type { DbOrTx } from '../../platform/db/database';
import type { ManualCheckRow } from './subsidy-review.compliance';
import type { DemandPosition } from './subsidy-review.demand-supply';
import type { ConclusionFailedItem } from './subsidy-review.tables';

export type ReviewedApplication = {
  id: string;
  number: string | null;
  status: string;
  employerId: string;
  centreId: string;
  programmeCode: string;
  programmeVersionId: string | null;
  revision: number;
  submittedAt: Date | null;
  createdAt: Date;
  checkResult: unknown;
  demandSupply: unknown;
};

export async function findReviewedApplication(db: DbOrTx, id: string): Promise<ReviewedApplication | null> {
  const row = await db
    .selectFrom('subsidy_applications')
    .select([
      'id',
      'number',
      'status',
      'employer_id',
      'centre_id',
      'programme_code',
      'programme_version_id',
      'revision',
      'submitted_at',
      'created_at',
      'check_result',
      'demand_supply',
    ])
    .where('id', '=', id)
    .executeTakeFirst();
  if (!row) return null;
  return {
    id: row.id,
    number: row.number,
    status: row.status,
    employerId: row.employer_id,
    centreId: row.centre_id,
    programmeCode: row.programme_code,
    programmeVersionId: row.programme_version_id,
    revision: row.revision,
    submittedAt: row.submitted_at,
    createdAt: row.created_at,
    checkResult: row.check_result,
    demandSupply: row.demand_supply,
  };
}

export type ReviewedPosition = {
  ordinal: number;
  occupationCode: string;
  occupationName: string;
  jobs: number;
  monthlyWage: number;
  districtCode: string | null;
  district: string;
  durationMonths: number;
};

export async function listReviewedPositions(db: DbOrTx, applicationId: string): Promise<ReviewedPosition[]> {
  const rows = await db
    .selectFrom('subsidy_application_positions')
    .select([
      'ordinal',
      'occupation_code',
      'occupation_name',
      'jobs',
      'monthly_wage',
      'district_code',
      'district',
      'duration_months',
    ])
    .where('application_id', '=', applicationId)
    .orderBy('ordinal')
    .execute();
  return rows.map((r) => ({
    ordinal: r.ordinal,
    occupationCode: r.occupation_code,
    occupationName: r.occupation_name,
    jobs: r.jobs,
    monthlyWage: r.monthly_wage,
    districtCode: r.district_code,
    district: r.district,
    durationMonths: r.duration_months,
  }));
}

/**
 * The positions of the centre's applications submitted in [from, to): every application that reached the centre,
 * whatever became of it since, since the jobs were asked for all the same.
 */
export async function listDemandPositions(
  db: DbOrTx,
  { centreId, from, to, programmeCode }: { centreId: string; from: Date; to: Date; programmeCode?: string | undefined },
): Promise<DemandPosition[]> {
  let query = db
    .selectFrom('subsidy_application_positions as p')
    .innerJoin('subsidy_applications as a', 'a.id', 'p.application_id')
    .select([
      'a.id',
      'a.programme_code',
      'p.occupation_code',
      'p.occupation_name',
      'p.jobs',
      'p.district_code',
      'p.district',
    ])
    .where('a.centre_id', '=', centreId)
    .where('a.submitted_at', '>=', from)
    .where('a.submitted_at', '<', to);
  if (programmeCode) query = query.where('a.programme_code', '=', programmeCode);
  const rows = await query.orderBy('a.submitted_at').orderBy('p.ordinal').execute();
  return rows.map((r) => ({
    applicationId: r.id,
    programmeCode: r.programme_code,
    occupationCode: r.occupation_code,
    occupationName: r.occupation_name,
    jobs: r.jobs,
    districtCode: r.district_code,
    district: r.district,
  }));
}

export async function saveDemandSupply(db: DbOrTx, id: string, assessment: unknown, now: Date): Promise<void> {
  await db
    .updateTable('subsidy_applications')
    .set({ demand_supply: JSON.stringify(assessment), updated_at: now })
    .where('id', '=', id)
    .execute();
}

export async function findOrganisationNames(db: DbOrTx, id: string) {
  return db
    .selectFrom('organisations')
    .select(['id', 'name_kk', 'name_ru', 'name_en'])
    .where('id', '=', id)
    .executeTakeFirstOrThrow();
}

export async function listManualChecks(db: DbOrTx, applicationId: string, revision: number): Promise<ManualCheckRow[]> {
  const rows = await db
    .selectFrom('subsidy_compliance_checks as c')
    .innerJoin('users as u', 'u.id', 'c.checked_by')
    .select(['c.item', 'c.result', 'c.note', 'c.checked_at', 'u.full_name'])
    .where('c.application_id', '=', applicationId)
    .where('c.revision', '=', revision)
    .execute();
  return rows.map((r) => ({
    item: r.item,
    result: r.result,
    note: r.note,
    checkedBy: r.full_name,
    checkedAt: r.checked_at,
  }));
}

/** One manual item per revision: checking it again replaces the earlier answer for the same revision. */
export async function upsertManualCheck(
  db: DbOrTx,
  c: {
    applicationId: string;
    revision: number;
    item: string;
    result: ManualCheckRow['result'];
    note: string;
    checkedBy: string;
    checkedAt: Date;
  },
): Promise<void> {
  await db
    .insertInto('subsidy_compliance_checks')
    .values({
      application_id: c.applicationId,
      revision: c.revision,
      item: c.item,
      result: c.result,
      note: c.note,
      checked_by: c.checkedBy,
      checked_at: c.checkedAt,
    })
    .onConflict((oc) =>
      oc
        .columns(['application_id', 'revision', 'item'])
        .doUpdateSet({ result: c.result, note: c.note, checked_by: c.checkedBy, checked_at: c.checkedAt }),
    )
    .execute();
}

export async function insertRemarks(
  db: DbOrTx,
  {
    applicationId,
    revision,
    remarks,
    authorId,
    now,
  }: {
    applicationId: string;
    revision: number;
    remarks: readonly { field?: string | undefined; text: string }[];
    authorId: string;
    now: Date;
  },
): Promise<void> {
  await db
    .insertInto('subsidy_application_remarks')
    .values(
      remarks.map((r) => ({
        application_id: applicationId,
        revision,
        field: r.field ?? null,
        text: r.text,
        author_id: authorId,
        created_at: now,
      })),
    )
    .execute();
}

/** The employer's representatives who can act on its applications: they hear of remarks and decisions. */
export async function listEmployerRepresentativeIds(db: DbOrTx, employerId: string): Promise<string[]> {
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

export async function insertConsultation(
  db: DbOrTx,
  c: ConsultationRequest & { applicationId: string; givenBy: string; now: Date },
): Promise<string> {
  const row = await db
    .insertInto('subsidy_consultations')
    .values({
      application_id: c.applicationId,
      given_on: c.givenOn,
      channel: c.channel,
      topic: c.topic,
      summary: c.summary,
      given_by: c.givenBy,
      created_at: c.now,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export type StoredConclusion = {
  revision: number;
  outcome: 'compliant' | 'not_compliant';
  failedItems: ConclusionFailedItem[];
  rejectionReasons: string[];
  concludedBy: string;
  concludedAt: Date;
};

/** The conclusion drawn for the application's current revision, if any. */
export async function findCurrentConclusion(db: DbOrTx, applicationId: string): Promise<StoredConclusion | null> {
  const row = await db
    .selectFrom('subsidy_review_conclusions as c')
    .innerJoin('subsidy_applications as a', (join) =>
      join.onRef('a.id', '=', 'c.application_id').onRef('a.revision', '=', 'c.revision'),
    )
    .innerJoin('users as u', 'u.id', 'c.concluded_by')
    .select(['c.revision', 'c.outcome', 'c.failed_items', 'c.rejection_reasons', 'c.concluded_at', 'u.full_name'])
    .where('c.application_id', '=', applicationId)
    .executeTakeFirst();
  if (!row) return null;
  return {
    revision: row.revision,
    outcome: row.outcome,
    failedItems: row.failed_items,
    rejectionReasons: row.rejection_reasons,
    concludedBy: row.full_name,
    concludedAt: row.concluded_at,
  };
}

/** Drawing the conclusion again for the same revision replaces the earlier one. */
export async function upsertConclusion(
  db: DbOrTx,
  c: {
    applicationId: string;
    revision: number;
    outcome: StoredConclusion['outcome'];
    failedItems: ConclusionFailedItem[];
    rejectionReasons: string[];
    concludedBy: string;
    concludedAt: Date;
  },
): Promise<void> {
  const values = {
    outcome: c.outcome,
    failed_items: JSON.stringify(c.failedItems),
    rejection_reasons: JSON.stringify(c.rejectionReasons),
    concluded_by: c.concludedBy,
    concluded_at: c.concludedAt,
  };
  await db
    .insertInto('subsidy_review_conclusions')
    .values({ application_id: c.applicationId, revision: c.revision, ...values })
    .onConflict((oc) => oc.columns(['application_id', 'revision']).doUpdateSet(values))
    .execute();
}

/** A check changed after the conclusion was drawn: the conclusion no longer says what the checklist says. */
export async function deleteConclusion(db: DbOrTx, applicationId: string, revision: number): Promise<void> {
  await db
    .deleteFrom('subsidy_review_conclusions')
    .where('application_id', '=', applicationId)
    .where('revision', '=', revision)
    .execute();
}
