// TEST FIXTURE: an application already signed and sent to a centre (status "submitted"), written straight through Kysely
// in the shape the employer's use cases (B03-1.1–1.4) leave it, so the review's tests do not depend on those routes.
import { createHash } from 'node:crypto';
import type { ApplicationRequisites, PositionInput } from '../../../shared/api/subsidized-jobs';
import { dateInKazakhstan } from '../../../shared/calendar/working-days';
import { canonicalJson } from '../../../shared/canonical-json';
import { kazakhIbanWithCheckDigits } from '../../../shared/iban';
import { districtColumns } from '../../../shared/kato/kato';
import { type OccupationCode, occupations } from '../../../shared/occupations';
import type { DbOrTx } from '../../platform/db/database';
import { type EmployerCheck, EmployerCondition, GovSource } from '../gov-registries';
import { makeIin } from '../identity/identity.fixtures';
import { findProgrammeInForce } from '../subsidy-programmes';
import { upsertConclusion } from './subsidy-review.repository';

export type FixturePosition = Partial<PositionInput> & { occupationCode: OccupationCode; jobs: number };

/** Every registry condition passing, as checkEmployerConditions answers for a clean employer; override to fail one. */
export function passingEmployerCheck(
  bin: string,
  applicationDate: string,
  checkedAt: Date,
  failing: readonly EmployerCheck['conditions'][number]['code'][] = [],
): EmployerCheck {
  const at = checkedAt.toISOString();
  const passed = (code: EmployerCheck['conditions'][number]['code']) => !failing.includes(code);
  const conditions: EmployerCheck['conditions'] = [
    {
      code: EmployerCondition.active,
      passed: passed('active'),
      source: GovSource.gbdUl,
      observed: { status: passed('active') ? 'active' : 'suspended' },
    },
    {
      code: EmployerCondition.operatingOverYear,
      passed: passed('operating_over_year'),
      source: GovSource.gbdUl,
      observed: { registrationDate: passed('operating_over_year') ? '2015-03-10' : applicationDate, applicationDate },
    },
    {
      code: EmployerCondition.noTaxDebt,
      passed: passed('no_tax_debt'),
      source: GovSource.kgd,
      observed: {
        hasTaxDebt: !passed('no_tax_debt'),
        taxDebtAmountTenge: passed('no_tax_debt') ? 0 : 1_250_000,
      },
    },
    {
      code: EmployerCondition.noSocialDebt,
      passed: passed('no_social_debt'),
      source: GovSource.kgd,
      observed: {
        hasSocialPaymentDebt: !passed('no_social_debt'),
        socialDebtAmountTenge: passed('no_social_debt') ? 0 : 84_000,
      },
    },
    {
      code: EmployerCondition.noWageArrears,
      passed: passed('no_wage_arrears'),
      source: GovSource.esutd,
      observed: { hasOverdueWageArrears: !passed('no_wage_arrears') },
    },
    {
      code: EmployerCondition.regularSocialPayments,
      passed: passed('regular_social_payments'),
      source: GovSource.gfss,
      observed: {
        months: 12,
        monthsPaid: passed('regular_social_payments') ? 12 : 9,
        regular: passed('regular_social_payments'),
      },
    },
    {
      code: EmployerCondition.reliableTaxpayer,
      passed: passed('reliable_taxpayer'),
      source: GovSource.kgd,
      observed: { isUnreliableTaxpayer: !passed('reliable_taxpayer') },
    },
  ];
  return {
    bin,
    applicationDate,
    eligible: conditions.every((c) => c.passed),
    checkedAt: at,
    conditions,
    sources: [GovSource.gbdUl, GovSource.kgd, GovSource.gfss, GovSource.esutd].map((source, i) => ({
      source,
      requestId: `fixture-${source}-${i}`,
      checkedAt: at,
    })),
  };
}

export type SubmittedApplicationFixture = {
  employerId: string;
  centreId: string;
  /** The employer's representative who signed and sent it. */
  submittedBy: string;
  programmeCode?: string;
  positions: readonly FixturePosition[];
  submittedAt: Date;
  /** Registry conditions to answer as failed (the check is still stored, as B03-1.3 keeps every answer). */
  failingConditions?: readonly EmployerCheck['conditions'][number]['code'][];
};

/**
 * Inserts an application in status "submitted" with its positions, its first signed revision and the signed document
 * (the signature itself is not needed by the centre's review and is left out). Requires the programme catalogue seeded.
 */
export async function insertSubmittedApplication(
  db: DbOrTx,
  f: SubmittedApplicationFixture,
): Promise<{ id: string; number: string; version: number; revision: number; documentId: string }> {
  const programmeCode = f.programmeCode ?? 'social_jobs';
  const applicationDate = dateInKazakhstan(f.submittedAt);
  const programme = await findProgrammeInForce(db, programmeCode, applicationDate);
  if (!programme) throw new Error(`fixture: programme ${programmeCode} not in force on ${applicationDate}`);
  const employer = await db
    .selectFrom('organisations')
    .select(['bin', 'name_kk', 'name_ru'])
    .where('id', '=', f.employerId)
    .executeTakeFirstOrThrow();
  const requisites: ApplicationRequisites = {
    legalNameKk: employer.name_kk,
    legalNameRu: employer.name_ru,
    bin: employer.bin,
    legalForm: 'too',
    registrationDate: '2015-03-10',
    okedCode: '41201',
    okedName: 'Строительство жилых зданий',
    legalAddress: 'г. Астана, район Есиль, ул. Сығанақ, 10',
    region: 'astana',
    headFullName: 'Ақынов Арман Ерланұлы',
    headPosition: 'Директор',
    headIin: makeIin('1980-05-05', 'male', 1),
    iban: kazakhIbanWithCheckDigits('722', 'S000012345678'),
    bic: 'CASPKZKA',
    bankName: 'АО «Kaspi Bank»',
    phone: '+77172000000',
    email: 'office@example.kz',
  };
  const positions = f.positions.map((p, i) => ({
    ordinal: i + 1,
    occupationCode: p.occupationCode,
    occupationName: occupations[p.occupationCode].ru,
    jobs: p.jobs,
    monthlyWage: p.monthlyWage ?? 150_000,
    schedule: p.schedule ?? 'full_time',
    workplace: p.workplace ?? 'г. Астана, ул. Сығанақ, 10',
    district: p.district ?? '711210000',
    durationMonths: p.durationMonths ?? 12,
    requirements: p.requirements ?? '',
  }));
  const check = passingEmployerCheck(
    employer.bin,
    applicationDate,
    new Date(f.submittedAt.getTime() - 10 * 60_000),
    f.failingConditions,
  );
  const { n } = await db
    .selectNoFrom((eb) => eb.fn<number>('nextval', [eb.val('subsidy_application_number_seq')]).as('n'))
    .executeTakeFirstOrThrow();
  const number = `СРМ-${applicationDate.slice(0, 4)}-${String(n).padStart(6, '0')}`;
  const contact = { contactName: 'Ақынов Арман', contactPhone: '+77011234567', contactEmail: 'hr@example.kz' };
  // Created, requisites saved, form saved, checked, prepared, signed and sent: six versions, as the engine counts them.
  const version = 6;
  const application = await db
    .insertInto('subsidy_applications')
    .values({
      number,
      employer_id: f.employerId,
      centre_id: f.centreId,
      programme_code: programmeCode,
      programme_version_id: programme.id,
      status: 'submitted',
      version,
      requisites: JSON.stringify(requisites),
      contact_name: contact.contactName,
      contact_phone: contact.contactPhone,
      contact_email: contact.contactEmail,
      check_result: JSON.stringify(check),
      checked_at: new Date(check.checkedAt),
      pending_document_id: null,
      revision: 1,
      submitted_at: f.submittedAt,
      created_by: f.submittedBy,
      created_at: new Date(f.submittedAt.getTime() - 3_600_000),
      updated_at: f.submittedAt,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await db
    .insertInto('subsidy_application_positions')
    .values(
      positions.map((p) => ({
        application_id: application.id,
        ordinal: p.ordinal,
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
  const content = {
    number,
    programme: { code: programmeCode, versionId: programme.id },
    centreId: f.centreId,
    requisites,
    ...contact,
    positions: positions.map(({ ordinal: _, ...p }) => p),
  };
  const bytes = new TextEncoder().encode(canonicalJson(content));
  const document = await db
    .insertInto('signed_documents')
    .values({
      subject_type: 'subsidy_application',
      subject_id: application.id,
      kind: 'application',
      content: bytes,
      content_sha256: createHash('sha256').update(bytes).digest('hex'),
      media_type: 'application/json',
      created_by: f.submittedBy,
      created_at: new Date(f.submittedAt.getTime() - 5 * 60_000),
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await db
    .insertInto('subsidy_application_revisions')
    .values({
      application_id: application.id,
      revision: 1,
      content: JSON.stringify(content),
      document_id: document.id,
      submitted_by: f.submittedBy,
      submitted_at: f.submittedAt,
    })
    .execute();
  return { id: application.id, number, version, revision: 1, documentId: document.id };
}

/**
 * The checklist's conclusion for the application's current revision, as recordConclusion leaves it, for fixtures that
 * need an application ready for the commission (B03-2.5) without walking every item of the checklist.
 */
export async function seedReviewConclusion(
  db: DbOrTx,
  c: {
    applicationId: string;
    concludedBy: string;
    concludedAt: Date;
    failedItems?: { id: string; code: string; position: number | null }[];
    rejectionReasons?: string[];
  },
): Promise<void> {
  const { revision } = await db
    .selectFrom('subsidy_applications')
    .select('revision')
    .where('id', '=', c.applicationId)
    .executeTakeFirstOrThrow();
  const failedItems = c.failedItems ?? [];
  await upsertConclusion(db, {
    applicationId: c.applicationId,
    revision,
    outcome: failedItems.length > 0 ? 'not_compliant' : 'compliant',
    failedItems,
    rejectionReasons: c.rejectionReasons ?? [],
    concludedBy: c.concludedBy,
    concludedAt: c.concludedAt,
  });
}
