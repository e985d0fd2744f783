// The employer's side of a subsidized-job application (ФК-В.03 steps 1.1–1.4), and the application as its readers see it.
import { z } from 'zod';
import type { LocalizedText } from '../../../shared/api/common';
import {
  type ApplicationFormInput,
  type ApplicationRequisites,
  ApplicationStatus,
  type ApplicationView,
  applicationRequisites,
  type CheckView,
  type LegalForm,
  type PositionInput,
  type RevisionChange,
} from '../../../shared/api/subsidized-jobs';
import { dateInKazakhstan } from '../../../shared/calendar/working-days';
import { regionOfKato } from '../../../shared/kato/kato';
import { groupDigits } from '../../../shared/money';
import { occupationName } from '../../../shared/occupations';
import { isStaffRole, type Locale, Role } from '../../../shared/roles';
import { diffRevisionContents } from '../../../shared/subsidy/application-diff';
import { subsidyFiguresSnapshot } from '../../../shared/subsidy/figures';
import type { ProgrammeVersion, YearIndicators } from '../../../shared/subsidy/programmes';
import { checkPositions, contractEndDate } from '../../../shared/subsidy/rules';
import { appendAudit } from '../../platform/audit/audit';
import { centreIdOf, employerIdOf, type SessionUser } from '../../platform/auth/access';
import type { Clock } from '../../platform/clock';
import type { Db, DbOrTx } from '../../platform/db/database';
import { conflict, DomainError, type FieldError, forbidden, notFound } from '../../platform/errors';
import { notify } from '../../platform/notifications/notifications';
import { applyAction, applyActionIn, availableActions, performActivity } from '../../platform/workflow/workflow';
import {
  auditEmployerCheck,
  checkEmployerOnRulesInForce,
  type EmployerCheck,
  employerCheck,
  type GovRegistries,
  govRegistriesUnavailable,
} from '../gov-registries';
import {
  createSignedDocument,
  type DocumentAccessRule,
  getSignedDocument,
  recordSignature,
  type SignatureServices,
} from '../signatures';
import { findProgrammeInForce, findProgrammeVersion, listIndicators } from '../subsidy-programmes';
import {
  buildApplicationContent,
  encodeApplicationContent,
  figuresOfSnapshot,
  type SubsidyFigures,
  subsidyFigures,
} from './subsidized-jobs.content';
import {
  employerNotRegistered,
  FieldCode,
  formInvalid,
  indicatorsMissing,
  requisitesInvalid,
} from './subsidized-jobs.errors';
import {
  type ApplicationRow,
  type ApplicationScope,
  findApplication,
  findEmployerRequisites,
  findOrganisation,
  findRevisionContent,
  insertApplication,
  listApplicationSettings,
  listApplications,
  listCentreSpecialists,
  listConsultations,
  listPositions,
  listRemarks,
  listRevisions,
  nextApplicationNumber,
  overwriteEmployerRequisites,
  type PositionRow,
  recordSubmission,
  replaceApplicationForm,
  saveEmployerRequisites,
  setPendingDocument,
  storeCheckResult,
  updateApplicationRequisites,
  upsertApplicationSetting,
} from './subsidized-jobs.repository';

import {
  AbandonmentSetting,
  type AbandonmentSettings,
  ageInWorkingDays,
  defaultAbandonmentSettings,
} from './subsidized-jobs.waiting';
import {
  type ApplicationRecord,
  applicationWorkflow,
  isApplicationVisibleTo,
  mayCloseAsAbandoned,
} from './subsidized-jobs.workflow';

export type SubsidizedJobsDeps = {
  db: Db;
  clock: Clock;
  /** Unset, the automatic check answers gov_registries.unavailable and the requisites form has no prefill. */
  govRegistries: GovRegistries | undefined;
  signatures: SignatureServices;
};

export const APPLICATION_SUBJECT = 'subsidy_application';

// B03-1.1: the organisation's contract requisites.

async function employerOrganisationOf(db: DbOrTx, user: SessionUser) {
  const employerId = employerIdOf(user);
  if (!employerId) throw forbidden();
  const organisation = await findOrganisation(db, employerId);
  if (!organisation) throw notFound();
  return organisation;
}

/** How ГБД ЮЛ abbreviates legal forms, mapped to ours. */
const legalFormOfRegistry: Record<string, LegalForm> = {
  ТОО: 'too',
  АО: 'ao',
  ИП: 'ip',
  КХ: 'kh',
  ПК: 'pk',
  ГУ: 'gu',
};

/**
 * What the business registry says of the organisation, as far as it passes the form's own checks; nothing when the
 * registry cannot answer now (the employer types the requisites themselves).
 */
async function registryPrefill(
  registries: GovRegistries | undefined,
  organisation: { bin: string; region: string },
): Promise<Partial<ApplicationRequisites>> {
  if (!registries) return {};
  let record: Awaited<ReturnType<GovRegistries['getOrganisation']>>;
  try {
    record = await registries.getOrganisation(organisation.bin);
  } catch (error) {
    if (error instanceof DomainError) return {};
    throw error;
  }
  const candidate: Record<string, unknown> = {
    legalNameKk: record.name.kk,
    legalNameRu: record.name.ru,
    bin: record.bin,
    legalForm: legalFormOfRegistry[record.legalForm.trim().toUpperCase()] ?? 'other',
    registrationDate: record.registrationDate,
    okedCode: record.okedCode,
    legalAddress: record.address,
    region: organisation.region,
    headFullName: record.headFullName,
    headIin: record.headIin,
  };
  const shape = applicationRequisites.shape;
  return Object.fromEntries(
    Object.entries(candidate).flatMap(([key, value]) => {
      const parsed = shape[key as keyof typeof shape].safeParse(value);
      return parsed.success ? [[key, parsed.data]] : [];
    }),
  );
}

export async function getOrganisationRequisites({ db, govRegistries }: SubsidizedJobsDeps, user: SessionUser) {
  const organisation = await employerOrganisationOf(db, user);
  const saved = await findEmployerRequisites(db, organisation.id);
  return {
    requisites: saved?.requisites ?? null,
    version: saved?.version ?? 0,
    prefill: await registryPrefill(govRegistries, organisation),
  };
}

const binNotOwn = (field: string, bin: string): FieldError => ({ field, code: FieldCode.binNotOwn, params: { bin } });

/** B03-1.1 from the cabinet: the requisites kept on the organisation, copied into each new application. */
export async function saveOrganisationRequisites(
  { db, clock }: SubsidizedJobsDeps,
  user: SessionUser,
  input: { version: number; requisites: ApplicationRequisites },
) {
  const organisation = await employerOrganisationOf(db, user);
  if (input.requisites.bin !== organisation.bin)
    throw requisitesInvalid([binNotOwn('requisites.bin', organisation.bin)]);
  const now = clock.now();
  const version = await db.transaction().execute(async (tx) => {
    const saved = await saveEmployerRequisites(tx, {
      organisationId: organisation.id,
      requisites: input.requisites,
      expectedVersion: input.version,
      userId: user.id,
      now,
    });
    if (saved === null) throw conflict();
    await appendAudit(tx, {
      at: now,
      actorId: user.id,
      actorRole: user.role,
      action: 'employer_requisites.saved',
      step: 'B03-1.1',
      subjectType: 'organisation',
      subjectId: organisation.id,
      organisationId: organisation.id,
      details: { version: saved },
    });
    return saved;
  });
  return { requisites: input.requisites, version, prefill: {} };
}

// B03-1.2: the application form, checked against the programme version in force.

type StoredProgramme = ProgrammeVersion & { id: string };

/** The programme's and the data's rules on the form, each failure beside its field; [] when the form may be kept. */
function formRuleErrors(input: {
  programme: StoredProgramme | null;
  positions: readonly { monthlyWage: number; jobs: number; durationMonths: number }[];
  indicators: readonly YearIndicators[];
  applicationDate: string;
}): FieldError[] {
  const { programme, applicationDate, indicators } = input;
  if (!programme) return [{ field: 'programmeCode', code: FieldCode.programmeNotInForce }];
  if (programme.formula.kind === 'not_set') return [{ field: 'programmeCode', code: FieldCode.programmeFormulaNotSet }];
  const year = Number(applicationDate.slice(0, 4));
  if (!indicators.some((i) => i.year === year)) throw indicatorsMissing(year);
  const checks = checkPositions(
    programme,
    input.positions.map((p) => ({ wageTenge: p.monthlyWage, jobs: p.jobs, durationMonths: p.durationMonths })),
    applicationDate,
    indicators,
  );
  return checks.flatMap((check): FieldError[] => {
    if (check.passed) return [];
    // The rules module counts positions from 1, field paths from 0 as the form's array does.
    const index = Number(check.params?.position) - 1;
    if (check.code === 'subsidy.wage_at_least_mzp') {
      return [
        {
          field: `positions.${index}.monthlyWage`,
          code: FieldCode.wageBelowMzp,
          params: { mzp: groupDigits(Number(check.params?.mzp)) },
        },
      ];
    }
    if (check.code === 'subsidy.duration_within_maximum') {
      return [
        {
          field: `positions.${index}.durationMonths`,
          code: FieldCode.durationOverMaximum,
          params: { maximum: check.params?.maximum },
        },
      ];
    }
    return [];
  });
}

/** How far ahead an employer may plan the start: the figures rest on indicators of at most one year ahead. */
const START_DATE_HORIZON_MONTHS = 12;

/**
 * B03-1.2: the planned start date is not before today in Kazakhstan and within a year of it; required to sign
 * (B03-1.4), where it is checked again, as a saved date may have passed meanwhile.
 */
function startDateErrors(plannedStartDate: string | null, today: string, required: boolean): FieldError[] {
  if (plannedStartDate === null)
    return required ? [{ field: 'plannedStartDate', code: FieldCode.startDateRequired }] : [];
  if (plannedStartDate < today) {
    return [{ field: 'plannedStartDate', code: FieldCode.startDateInPast, params: { today } }];
  }
  const latest = contractEndDate(today, START_DATE_HORIZON_MONTHS);
  if (plannedStartDate > latest) {
    return [{ field: 'plannedStartDate', code: FieldCode.startDateTooFar, params: { latest } }];
  }
  return [];
}

/** A draft for a programme in force today and a centre, with the organisation's saved requisites if it has any. */
export async function createApplication(
  { db, clock }: SubsidizedJobsDeps,
  user: SessionUser,
  input: { programmeCode: string; centreId: string },
): Promise<string> {
  const organisation = await employerOrganisationOf(db, user);
  const now = clock.now();
  const today = dateInKazakhstan(now);
  const programme = await findProgrammeInForce(db, input.programmeCode, today);
  const centre = await findOrganisation(db, input.centreId);
  const errors: FieldError[] = [];
  if (!programme) errors.push({ field: 'programmeCode', code: FieldCode.programmeNotInForce });
  else if (programme.formula.kind === 'not_set')
    errors.push({ field: 'programmeCode', code: FieldCode.programmeFormulaNotSet });
  if (centre?.kind !== 'centre') errors.push({ field: 'centreId', code: FieldCode.centreUnknown });
  if (!programme || errors.length > 0) throw formInvalid(errors);
  const saved = await findEmployerRequisites(db, organisation.id);
  return db.transaction().execute(async (tx) => {
    const id = await insertApplication(tx, {
      employerId: organisation.id,
      centreId: input.centreId,
      programmeCode: programme.code,
      programmeVersionId: programme.id,
      requisites: saved?.requisites ?? null,
      createdBy: user.id,
      now,
    });
    await appendAudit(tx, {
      at: now,
      actorId: user.id,
      actorRole: user.role,
      action: `${applicationWorkflow.name}.created`,
      step: 'B03-1.2',
      subjectType: APPLICATION_SUBJECT,
      subjectId: id,
      centreId: input.centreId,
      organisationId: organisation.id,
      toStatus: 'draft',
      details: { programmeCode: programme.code, programmeVersion: programme.version },
    });
    return id;
  });
}

/** B03-1.1 inside an application: the snapshot it will be signed with, and the organisation's copy for next time. */
export async function saveApplicationRequisites(
  { db, clock }: SubsidizedJobsDeps,
  user: SessionUser,
  id: string,
  input: { version: number; requisites: ApplicationRequisites },
): Promise<void> {
  const now = clock.now();
  await performActivity(
    db,
    applicationWorkflow,
    { id, action: 'save_requisites', expectedVersion: input.version, actor: user, now },
    async ({ record, tx }) => {
      const employer = await findOrganisation(tx, record.employerId);
      if (!employer || input.requisites.bin !== employer.bin) {
        throw requisitesInvalid([binNotOwn('requisites.bin', employer?.bin ?? '')]);
      }
      await updateApplicationRequisites(tx, { id, requisites: input.requisites, now });
      await overwriteEmployerRequisites(tx, {
        organisationId: record.employerId,
        requisites: input.requisites,
        userId: user.id,
        now,
      });
    },
  );
}

/** B03-1.2: contacts, programme, centre and positions replace the previous ones, or nothing changes at all. */
export async function saveApplicationForm(
  { db, clock }: SubsidizedJobsDeps,
  user: SessionUser,
  id: string,
  form: ApplicationFormInput,
): Promise<void> {
  const now = clock.now();
  const today = dateInKazakhstan(now);
  await performActivity(
    db,
    applicationWorkflow,
    { id, action: 'save_form', expectedVersion: form.version, actor: user, now },
    async ({ record, tx }) => {
      const programme = await findProgrammeInForce(tx, form.programmeCode, today);
      const centre = await findOrganisation(tx, form.centreId);
      const errors: FieldError[] = [];
      if (centre?.kind !== 'centre') errors.push({ field: 'centreId', code: FieldCode.centreUnknown });
      // Once sent, the application stays with the centre that returned it.
      else if (record.revision > 0 && form.centreId !== record.centreId)
        errors.push({ field: 'centreId', code: FieldCode.centreFixed });
      // The jobs are in the region of the centre that organises them.
      else
        for (const [index, p] of form.positions.entries())
          if (regionOfKato(p.district) !== centre.region)
            errors.push({ field: `positions.${index}.district`, code: FieldCode.districtNotInRegion });
      errors.push(
        ...formRuleErrors({
          programme,
          positions: form.positions,
          indicators: await listIndicators(tx),
          applicationDate: today,
        }),
        ...startDateErrors(form.plannedStartDate, today, false),
      );
      if (!programme || errors.length > 0) throw formInvalid(errors);
      await replaceApplicationForm(tx, {
        id,
        programmeCode: programme.code,
        programmeVersionId: programme.id,
        centreId: form.centreId,
        contactName: form.contactName,
        contactPhone: form.contactPhone,
        contactEmail: form.contactEmail,
        plannedStartDate: form.plannedStartDate,
        positions: form.positions.map((p) => ({ ...p, occupationName: occupationName(p.occupationCode)?.ru ?? '' })),
        now,
      });
    },
  );
}

// B03-1.3: the automatic check of the employer.

/**
 * Asks the registries (no transaction is open meanwhile: they may take seconds), then keeps their answer on the
 * application, passed or not, and audits it. When a registry cannot answer, nothing is kept: the employer tries later.
 */
export async function checkApplicationEmployer(
  { db, clock, govRegistries }: SubsidizedJobsDeps,
  user: SessionUser,
  id: string,
  input: { version: number },
): Promise<void> {
  const record = await loadVisibleRecord(db, id, user);
  if (record.version !== input.version) throw conflict();
  if (!govRegistries) throw govRegistriesUnavailable();
  const employer = await findOrganisation(db, record.employerId);
  if (!employer) throw notFound();
  let check: EmployerCheck;
  try {
    check = await checkEmployerOnRulesInForce(db, govRegistries, {
      bin: employer.bin,
      applicationDate: dateInKazakhstan(clock.now()),
    });
  } catch (error) {
    if (error instanceof DomainError && error.code === 'gov_registries.organisation_not_found') {
      throw employerNotRegistered(employer.bin);
    }
    throw error;
  }
  const now = clock.now();
  await performActivity(
    db,
    applicationWorkflow,
    {
      id,
      action: 'check_employer',
      expectedVersion: input.version,
      actor: user,
      now,
      details: { eligible: check.eligible, failed: check.conditions.filter((c) => !c.passed).map((c) => c.code) },
    },
    async ({ record: locked, tx }) => {
      await storeCheckResult(tx, { id, check, checkedAt: now, now });
      await auditEmployerCheck(tx, {
        at: now,
        actor: { id: user.id, role: user.role, centreId: locked.centreId },
        check,
        organisationId: locked.employerId,
        subject: { type: APPLICATION_SUBJECT, id },
      });
    },
  );
}

// B03-1.4: sign with ЭЦП and send to the centre.

function parseCheck(stored: unknown): EmployerCheck | null {
  const parsed = employerCheck.safeParse(stored);
  return parsed.success ? parsed.data : null;
}

const localizedOf = (row: { kk: string; ru: string; en: string | null }): LocalizedText => ({
  kk: row.kk,
  ru: row.ru,
  ...(row.en ? { en: row.en } : {}),
});

function positionInputOf(p: PositionRow): PositionInput & { ordinal: number; occupationName: string } {
  return {
    ordinal: p.ordinal,
    occupationCode: p.occupation_code,
    occupationName: p.occupation_name,
    jobs: p.jobs,
    monthlyWage: p.monthly_wage,
    schedule: p.schedule,
    workplace: p.workplace,
    district: p.district_code ?? '',
    durationMonths: p.duration_months,
    requirements: p.requirements,
  };
}

/**
 * The guard has the requisites, the form and a fresh eligible check; the form is checked again against the
 * programme version in force today, and the document to sign is built and kept. All in one transaction.
 */
export async function prepareApplicationSignature(
  { db, clock }: SubsidizedJobsDeps,
  user: SessionUser,
  id: string,
  input: { version: number },
): Promise<void> {
  const now = clock.now();
  const today = dateInKazakhstan(now);
  await db.transaction().execute(async (tx) => {
    const { record } = await applyActionIn(tx, applicationWorkflow, {
      id,
      action: 'prepare_signature',
      expectedVersion: input.version,
      actor: user,
      input: {},
      now,
    });
    const application = await findApplication(tx, id);
    if (!application?.requisites || !application.checked_at) throw conflict();
    const positions = (await listPositions(tx, id)).map(positionInputOf);
    const programme = await findProgrammeInForce(tx, application.programme_code, today);
    const indicators = await listIndicators(tx);
    const errors = [
      ...formRuleErrors({ programme, positions, indicators, applicationDate: today }),
      ...startDateErrors(application.planned_start_date, today, true),
      // An old free-text district that named no КАТО district is chosen again before signing.
      ...positions.flatMap((p, index) =>
        p.district === '' ? [{ field: `positions.${index}.district`, code: 'validation.district_unknown' }] : [],
      ),
    ];
    if (!programme || !application.planned_start_date || errors.length > 0) throw formInvalid(errors);
    const check = parseCheck(application.check_result);
    if (!check) throw conflict();
    const content = buildApplicationContent({
      id,
      revision: record.revision + 1,
      programme,
      centre: {
        id: application.centre_id,
        name: localizedOf({
          kk: application.centre_name_kk,
          ru: application.centre_name_ru,
          en: application.centre_name_en,
        }),
      },
      requisites: application.requisites,
      contacts: {
        name: application.contact_name ?? '',
        phone: application.contact_phone ?? '',
        email: application.contact_email ?? '',
      },
      positions,
      indicators,
      plannedStartDate: application.planned_start_date,
      applicationDate: today,
      check: { eligible: check.eligible, checkedAt: application.checked_at.toISOString(), sources: check.sources },
    });
    const document = await createSignedDocument(tx, {
      subjectType: APPLICATION_SUBJECT,
      subjectId: id,
      kind: 'application',
      content: encodeApplicationContent(content),
      mediaType: 'application/json',
      createdBy: user.id,
      now,
    });
    await setPendingDocument(tx, { id, documentId: document.id, programmeVersionId: programme.id, now });
  });
}

/** Back to the form from the signing step: a draft, or a returned application if the centre had it before. */
export async function editApplication(
  { db, clock }: SubsidizedJobsDeps,
  user: SessionUser,
  id: string,
  input: { version: number },
): Promise<void> {
  const now = clock.now();
  await db.transaction().execute(async (tx) => {
    const current = await applicationWorkflow.load(tx, id);
    await applyActionIn(tx, applicationWorkflow, {
      id,
      action: current && current.revision > 0 ? 'edit_returned' : 'edit',
      expectedVersion: input.version,
      actor: user,
      input: {},
      now,
    });
    await setPendingDocument(tx, { id, documentId: null, now });
  });
}

/**
 * Verifies the employer's ЭЦП over the pending document (its BIN, and a head's or signing right) and, in the same
 * transaction as the signature's record, sends the application: revision n+1 with the signed content, the number on
 * the first submission, and the centre's specialists told. A refused signature leaves the application as it was.
 */
export async function signApplication(
  { db, clock, signatures }: SubsidizedJobsDeps,
  user: SessionUser,
  id: string,
  input: { version: number; cms: Uint8Array },
): Promise<void> {
  const record = await loadVisibleRecord(db, id, user);
  if (record.version !== input.version) throw conflict();
  if (!record.pendingDocumentId) throw new DomainError('workflow.action_not_allowed', { status: record.status });
  const employer = await findOrganisation(db, record.employerId);
  if (!employer) throw notFound();
  const document = await getSignedDocument(db, record.pendingDocumentId);
  const content = JSON.parse(new TextDecoder().decode(document.content)) as { revision: number };
  const now = clock.now();
  await recordSignature(
    { db, services: signatures, now, actor: { id: user.id, role: user.role, organisationId: user.organisationId } },
    {
      documentId: document.id,
      cms: input.cms,
      expectedParty: { kind: 'employer', bin: employer.bin },
      step: 'B03-1.4',
      onAccepted: async (tx) => {
        const { record: sent } = await applyActionIn(tx, applicationWorkflow, {
          id,
          action: 'sign_and_send',
          expectedVersion: input.version,
          actor: user,
          input: {},
          now,
        });
        const revision = sent.revision + 1;
        // Someone prepared another document since this one was read: the signature is for a stale one.
        if (sent.pendingDocumentId !== document.id || content.revision !== revision) throw conflict();
        const application = await findApplication(tx, id);
        if (!application) throw notFound();
        const number =
          application.number ?? (await nextApplicationNumber(tx, Number(dateInKazakhstan(now).slice(0, 4))));
        await recordSubmission(tx, {
          id,
          revision,
          number,
          content,
          documentId: document.id,
          submittedBy: user.id,
          now,
        });
        for (const userId of await listCentreSpecialists(tx, application.centre_id)) {
          await notify(tx, {
            userId,
            template: revision === 1 ? 'subsidy.application_submitted' : 'subsidy.application_resubmitted',
            params: { number, revision, employerKk: employer.name_kk, employerRu: employer.name_ru },
            link: `/staff/applications/${id}`,
            now,
          });
        }
      },
    },
  );
}

// Reading: who sees what, the application view, the list and the differences between revisions.

/** The engine's scoping, and a draft is the employer's alone until it is first sent. */
function isReadableBy(
  record: { employerId: string; centreId: string | null; revision: number },
  user: SessionUser,
): boolean {
  if (!isApplicationVisibleTo(record, user)) return false;
  return !(isStaffRole(user.role) && record.revision === 0);
}

async function loadVisibleRecord(db: Db, id: string, user: SessionUser): Promise<ApplicationRecord> {
  const record = await db.transaction().execute((tx) => applicationWorkflow.load(tx, id));
  if (!record || !isReadableBy(record, user)) throw notFound();
  return record;
}

/** The employer's users and the centre's staff read the application's documents (the signatures module asks). */
export const applicationDocumentAccess: DocumentAccessRule = async ({ db, user, document }) => {
  const row = await db
    .selectFrom('subsidy_applications')
    .select(['employer_id', 'centre_id', 'revision'])
    .where('id', '=', document.subjectId)
    .executeTakeFirst();
  return (
    row !== undefined &&
    isReadableBy({ employerId: row.employer_id, centreId: row.centre_id, revision: row.revision }, user)
  );
};

const pick = (locale: Locale, names: { kk: string | null; ru: string | null; en: string | null }, fallback: string) =>
  (locale === 'kk' ? names.kk : locale === 'en' ? (names.en ?? names.ru) : names.ru) ?? fallback;

export { ageInWorkingDays };

/** An administrator sets both abandonment settings; the audit entry keeps the values they replaced. */
export async function setAbandonmentSettings(
  { db, clock }: { db: Db; clock: Clock },
  { actor, input }: { actor: { id: string; role: string }; input: AbandonmentSettings },
): Promise<AbandonmentSettings> {
  const now = clock.now();
  return db.transaction().execute(async (tx) => {
    const previous = await getAbandonmentSettings(tx);
    await upsertApplicationSetting(tx, {
      key: AbandonmentSetting.closeAfter,
      value: input.closeAfterWorkingDays,
      userId: actor.id,
      now,
    });
    await upsertApplicationSetting(tx, {
      key: AbandonmentSetting.noticeAfter,
      value: input.noticeAfterWorkingDays,
      userId: actor.id,
      now,
    });
    await appendAudit(tx, {
      at: now,
      actorId: actor.id,
      actorRole: actor.role,
      action: 'subsidy_application_settings.set',
      subjectType: 'subsidy_application_settings',
      subjectId: 'abandonment',
      details: { ...input, previous },
    });
    return getAbandonmentSettings(tx);
  });
}

/** The administrator's abandonment settings, each defaulted when not set. */
export async function getAbandonmentSettings(db: DbOrTx): Promise<AbandonmentSettings> {
  const rows = await listApplicationSettings(db);
  const value = (key: string) => rows.find((r) => r.key === key)?.value;
  return {
    closeAfterWorkingDays: value(AbandonmentSetting.closeAfter) ?? defaultAbandonmentSettings.closeAfterWorkingDays,
    noticeAfterWorkingDays: value(AbandonmentSetting.noticeAfter) ?? defaultAbandonmentSettings.noticeAfterWorkingDays,
  };
}

function checkViewOf(stored: unknown, checkedAt: Date | null): CheckView | null {
  const check = parseCheck(stored);
  if (!check || !checkedAt) return null;
  return {
    eligible: check.eligible,
    checkedAt: checkedAt.toISOString(),
    applicationDate: check.applicationDate,
    conditions: check.conditions.map((c) => ({ code: c.code, passed: c.passed, source: c.source })),
    sources: check.sources,
    byCentre: check.byCentre ?? [],
    suspended: check.suspended ?? [],
  };
}

/** The figures as a signed (or about to be signed) document states them; null when it states none. */
function figuresOfContent(content: unknown, jobs: number): SubsidyFigures | null {
  const parsed = signedFiguresOf.safeParse(content);
  return parsed.success && parsed.data.figures ? figuresOfSnapshot(parsed.data.figures, jobs) : null;
}
const signedFiguresOf = z.object({ figures: subsidyFiguresSnapshot.nullable() });

/**
 * The figures a reader sees: once signed, those of the last signed revision, as signed (an administrator's later
 * МРП changes none); while a document waits for the signature, the document's; while the employer edits, the form's
 * at today's МРП/МЗП.
 */
async function figuresToShow(
  db: DbOrTx,
  row: ApplicationRow,
  positions: readonly PositionRow[],
  today: string,
): Promise<{ figures: SubsidyFigures; basis: 'live' | 'pending' | 'signed' }> {
  const jobs = positions.reduce((sum, p) => sum + p.jobs, 0);
  if (row.status === ApplicationStatus.awaitingSignature && row.pending_document_id) {
    const document = await getSignedDocument(db, row.pending_document_id);
    const pending = figuresOfContent(JSON.parse(new TextDecoder().decode(document.content)), jobs);
    if (pending) return { figures: pending, basis: 'pending' };
  }
  const editing = row.status === ApplicationStatus.draft || row.status === ApplicationStatus.returned;
  if (!editing && row.revision > 0) {
    const signed = figuresOfContent(await findRevisionContent(db, row.id, row.revision), jobs);
    if (signed) return { figures: signed, basis: 'signed' };
  }
  const programme = row.programme_version_id ? await findProgrammeVersion(db, row.programme_version_id) : null;
  const figures = subsidyFigures(
    programme,
    positions.map((p) => ({ monthlyWage: p.monthly_wage, jobs: p.jobs, durationMonths: p.duration_months })),
    await listIndicators(db),
    row.planned_start_date,
    today,
  );
  return { figures, basis: 'live' };
}

export async function getApplicationView(
  { db, clock }: SubsidizedJobsDeps,
  user: SessionUser,
  id: string,
  locale: Locale,
): Promise<ApplicationView> {
  const now = clock.now();
  const record = await loadVisibleRecord(db, id, user);
  const row = await findApplication(db, id);
  if (!row) throw notFound();
  const positions = await listPositions(db, id);
  const revisions = await listRevisions(db, id);
  const remarks = await listRemarks(db, id);
  const consultations = await listConsultations(db, id);
  const { figures, basis } = await figuresToShow(db, row, positions, dateInKazakhstan(now));
  return {
    id: row.id,
    number: row.number,
    status: row.status,
    version: row.version,
    employer: {
      id: row.employer_id,
      bin: row.employer_bin,
      name: pick(locale, { kk: row.employer_name_kk, ru: row.employer_name_ru, en: row.employer_name_en }, ''),
    },
    centre: {
      id: row.centre_id,
      name: pick(locale, { kk: row.centre_name_kk, ru: row.centre_name_ru, en: row.centre_name_en }, ''),
    },
    programme: {
      code: row.programme_code,
      versionId: row.programme_version_id,
      name: pick(
        locale,
        { kk: row.programme_name_kk, ru: row.programme_name_ru, en: row.programme_name_en },
        row.programme_code,
      ),
    },
    requisites: row.requisites,
    contactName: row.contact_name,
    contactPhone: row.contact_phone,
    contactEmail: row.contact_email,
    positions: positions.map((p, i) => ({
      ...positionInputOf(p),
      districtAsWritten: p.district,
      id: p.id,
      occupationName: occupationName(p.occupation_code)?.[locale] ?? p.occupation_name,
      monthlySubsidy: figures.perPosition[i] ?? null,
    })),
    totals: { jobs: figures.jobs, monthlySubsidy: figures.monthlySubsidy, contractTotal: figures.contractTotal },
    plannedStartDate: row.planned_start_date,
    figures: figures.snapshot ? { basis, snapshot: figures.snapshot } : null,
    check: checkViewOf(row.check_result, row.checked_at),
    pendingDocumentId: row.pending_document_id,
    revision: row.revision,
    revisions: revisions.map((r) => ({
      revision: r.revision,
      documentId: r.document_id,
      submittedAt: r.submitted_at.toISOString(),
    })),
    remarks: remarks.map((r) => ({
      id: r.id,
      revision: r.revision,
      field: r.field,
      text: r.text,
      authorName: r.author_name,
      createdAt: r.created_at.toISOString(),
    })),
    consultations: consultations.map((c) => ({
      id: c.id,
      givenOn: c.given_on,
      channel: c.channel,
      topic: c.topic,
      summary: c.summary,
      givenByName: c.given_by_name,
    })),
    decision:
      row.decision && row.decided_at
        ? {
            decision: row.decision,
            approvedJobs: row.approved_jobs,
            reason: row.decision_reason,
            decidedAt: row.decided_at.toISOString(),
          }
        : null,
    submittedAt: row.submitted_at?.toISOString() ?? null,
    createdAt: row.created_at.toISOString(),
    updatedAt: row.updated_at.toISOString(),
    // The age counts from the first submission: a correction does not make an old application young again.
    ageWorkingDays: ageInWorkingDays(
      row.first_submitted_at ?? row.submitted_at,
      row.decided_at ?? row.closed_at ?? now,
    ),
    actions: availableActions(applicationWorkflow, record, user, now),
    firstSubmittedAt: row.first_submitted_at?.toISOString() ?? null,
    waiting:
      row.status === 'returned' && row.returned_at
        ? {
            returnedAt: row.returned_at.toISOString(),
            workingDays: ageInWorkingDays(row.returned_at, now) ?? 0,
            closeAfterWorkingDays: record.closeAfterWorkingDays,
            noticeSentAt: row.abandonment_notice_at?.toISOString() ?? null,
          }
        : null,
    closure: row.closed_at ? { closedAt: row.closed_at.toISOString(), reason: row.closed_reason ?? '' } : null,
  };
}

function scopeOf(user: SessionUser): ApplicationScope {
  if (user.role === Role.administrator) return { kind: 'all' };
  const employerId = employerIdOf(user);
  if (employerId) return { kind: 'employer', employerId };
  const centreId = centreIdOf(user);
  if (centreId) return { kind: 'centre', centreId };
  throw forbidden();
}

/** The employer's own applications, the centre's once sent, or all for an administrator; newest first. */
export async function listApplicationsFor(
  { db, clock }: SubsidizedJobsDeps,
  user: SessionUser,
  query: Parameters<typeof listApplications>[2],
  locale: Locale,
) {
  const now = clock.now();
  const { items, total } = await listApplications(db, scopeOf(user), query);
  const settings = await getAbandonmentSettings(db);
  return {
    total,
    items: items.map((a) => ({
      id: a.id,
      number: a.number,
      status: a.status,
      employerName: pick(locale, { kk: a.employer_name_kk, ru: a.employer_name_ru, en: a.employer_name_en }, ''),
      employerBin: a.employer_bin,
      programmeName: pick(
        locale,
        { kk: a.programme_name_kk, ru: a.programme_name_ru, en: a.programme_name_en },
        a.programme_code,
      ),
      jobs: a.jobs,
      submittedAt: a.submitted_at?.toISOString() ?? null,
      updatedAt: a.updated_at.toISOString(),
      ageWorkingDays: ageInWorkingDays(a.first_submitted_at ?? a.submitted_at, a.decided_at ?? a.closed_at ?? now),
      version: a.version,
      revision: a.revision,
      firstSubmittedAt: a.first_submitted_at?.toISOString() ?? null,
      revisionAgeWorkingDays: ageInWorkingDays(a.submitted_at, a.decided_at ?? a.closed_at ?? now),
      waitingWorkingDays: a.status === 'returned' ? ageInWorkingDays(a.returned_at, now) : null,
      closeAfterWorkingDays: a.status === 'returned' ? settings.closeAfterWorkingDays : null,
      noticeSentAt: a.abandonment_notice_at?.toISOString() ?? null,
      closable: mayCloseAsAbandoned(
        {
          status: a.status,
          returnedAt: a.returned_at,
          abandonmentNoticeAt: a.abandonment_notice_at,
          closeAfterWorkingDays: settings.closeAfterWorkingDays,
        },
        user,
        now,
      ),
    })),
  };
}

/** What changed between two signed revisions (B03-2.3: the centre sees what the employer corrected). */
export async function getRevisionDiff(
  { db }: SubsidizedJobsDeps,
  user: SessionUser,
  id: string,
  input: { from: number; to: number },
): Promise<{ from: number; to: number; changes: RevisionChange[] }> {
  await loadVisibleRecord(db, id, user);
  const before = await findRevisionContent(db, id, input.from);
  const after = await findRevisionContent(db, id, input.to);
  if (before === undefined || after === undefined) throw notFound();
  return { ...input, changes: diffRevisionContents(before, after, { ignore: ['revision'] }) };
}

// The ways out: the employer withdraws, the centre closes a returned application the employer abandoned.

/** The employer withdraws the application before the centre's decision is entered, with a reason the centre reads. */
export async function withdrawApplication(
  { db, clock }: SubsidizedJobsDeps,
  user: SessionUser,
  id: string,
  input: { version: number; reason: string },
): Promise<void> {
  await applyAction(db, applicationWorkflow, {
    id,
    action: 'withdraw',
    expectedVersion: input.version,
    actor: user,
    input: { reason: input.reason },
    now: clock.now(),
    comment: input.reason,
  });
}

/** B03-2.3: the centre closes a returned application the employer was told of and did not correct in time. */
export async function closeAbandonedApplication(
  { db, clock }: SubsidizedJobsDeps,
  user: SessionUser,
  id: string,
  input: { version: number },
): Promise<void> {
  await applyAction(db, applicationWorkflow, {
    id,
    action: 'close_abandoned',
    expectedVersion: input.version,
    actor: user,
    input: {},
    now: clock.now(),
  });
}
