// The employer's side of an application through the API (B03-1.1–1.4): requisites, form, the registries' check against
// a simulator over real HTTP, the ЭЦП signature with the test PKI, and who may read what.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { countRows, seedTestWorld, sessionUserOf, type TestWorld } from '../../../../tests/support/fixtures';
import { type Caller, logIn, problemOf } from '../../../../tests/support/test-app';
import { testPasswordHash, useTestDatabase } from '../../../../tests/support/test-database';
import type { ApplicationView, PositionInput } from '../../../shared/api/subsidized-jobs';
import { canonicalJson } from '../../../shared/canonical-json';
import { Role } from '../../../shared/roles';
import { indicatorsByYear, programmeCatalogue } from '../../../shared/subsidy/programmes';
import { buildApp } from '../../app';
import { loadConfig } from '../../config';
import { createTestClock } from '../../platform/clock';
import type { Db } from '../../platform/db/database';
import type { App } from '../../platform/http';
import { applyAction } from '../../platform/workflow/workflow';
import {
  createGovRegistriesClient,
  employerConditionCatalogue,
  type SimulatorDataset,
  seedEmployerConditions,
  startGovSimulator,
} from '../gov-registries';
import { insertOrganisation, insertUser, makeBin, makeIin } from '../identity/identity.fixtures';
import { createSignatureServices } from '../signatures';
import { createSignatureTestKit, type SignatureTestKit, testIdentities } from '../signatures/signatures.fixtures';
import { seedProgrammeCatalogue } from '../subsidy-programmes';
import { registryEntry, requisitesFor } from './subsidized-jobs.fixtures';
import { applicationWorkflow, CHECK_VALID_MS } from './subsidized-jobs.workflow';

const start = '2026-03-02T05:00:00.000Z'; // Monday, 10:00 in Astana
const debtor = { bin: makeBin('1204', 30), iin: makeIin('1972-03-12', 'male', 30), login: 'employer.debt@test.kz' };
const young = { bin: makeBin('2510', 40), iin: makeIin('1990-04-13', 'female', 40), login: 'employer.young@test.kz' };
/** Not in the registries' dataset at all. */
const unknown = { bin: makeBin('1901', 50), iin: makeIin('1988-01-14', 'male', 50), login: 'employer.unknown@test.kz' };

let db: Db;
let world: TestWorld;
let clock: ReturnType<typeof createTestClock>;
let kit: SignatureTestKit;
let simulator: Awaited<ReturnType<typeof startGovSimulator>>;
let app: App;
/** The same app but with a registry gateway nobody listens on. */
let unreachableApp: App;
/** The same app with a registry client that gives up after 300 ms. */
let impatientApp: App;
let employerA: Caller;
let employerB: Caller;
let employerDebtor: Caller;
let employerYoung: Caller;
let employerUnknown: Caller;
let specialistAstana: Caller;
let specialistAlmaty: Caller;
let admin: Caller;

const dataset: SimulatorDataset = {
  organisations: {
    [testIdentities.employerA.bin]: registryEntry({}),
    [testIdentities.employerB.bin]: registryEntry({
      name: { kk: '«Б» ЖШС', ru: 'ТОО «Б»' },
      registrationDate: '2018-11-05',
      headFullName: 'Бақыт Бекова',
      headIin: testIdentities.employerB.iin,
    }),
    [debtor.bin]: registryEntry({
      name: { kk: '«Қарыз» ЖШС', ru: 'ТОО «Карыз»' },
      headIin: debtor.iin,
      taxDebtTenge: 1_245_300,
    }),
    // Registered five months before the test's today: not yet operating a year.
    [young.bin]: registryEntry({
      name: { kk: '«Жас» ЖШС', ru: 'ТОО «Жас»' },
      headIin: young.iin,
      registrationDate: '2025-10-01',
    }),
  },
};

/** Two accountants at 150 000 for 12 months and a gardener at 100 000 for 6: 35 % social jobs, figures by hand below. */
const positions: PositionInput[] = [
  {
    occupationCode: '2411',
    jobs: 2,
    monthlyWage: 150_000,
    schedule: 'full_time',
    workplace: 'г. Астана, ул. Бейбітшілік, 14',
    district: '711110000',
    durationMonths: 12,
    requirements: 'Среднее специальное образование',
  },
  {
    occupationCode: '9214',
    jobs: 1,
    monthlyWage: 100_000,
    schedule: 'shift',
    workplace: 'г. Астана, парк у ул. Бейбітшілік',
    district: '711110000',
    durationMonths: 6,
    requirements: '',
  },
];

const formOf = (version: number, overrides: Record<string, unknown> = {}) => ({
  version,
  programmeCode: 'social_jobs',
  centreId: world.centres.astana,
  contactName: 'Айгерім Сапарова',
  contactPhone: '+7 701 123 45 67',
  contactEmail: 'HR@A.KZ',
  positions,
  plannedStartDate: '2026-04-01',
  ...overrides,
});

const url = (id: string, action = '') => `/api/subsidy/applications/${id}${action}`;

async function call(caller: Caller, method: 'GET' | 'POST' | 'PUT', path: string, payload?: object, on = app) {
  return on.inject({ method, url: path, headers: caller.headers, ...(payload === undefined ? {} : { payload }) });
}

async function ok(caller: Caller, method: 'GET' | 'POST' | 'PUT', path: string, payload?: object, on = app) {
  const response = await call(caller, method, path, payload, on);
  expect(response.statusCode, response.body).toBeLessThan(300);
  return response.json() as ApplicationView;
}

async function createDraft(caller: Caller, centreId = world.centres.astana): Promise<ApplicationView> {
  const response = await call(caller, 'POST', '/api/subsidy/applications', { programmeCode: 'social_jobs', centreId });
  expect(response.statusCode, response.body).toBe(201);
  return response.json();
}

/** A draft with requisites and form: everything but the check. */
async function filledDraft(caller: Caller, who: { bin: string; iin: string }, centreId = world.centres.astana) {
  let view = await createDraft(caller, centreId);
  view = await ok(caller, 'PUT', url(view.id, '/requisites'), {
    version: view.version,
    requisites: requisitesFor(who),
  });
  return ok(caller, 'PUT', url(view.id, '/form'), formOf(view.version, { centreId }));
}

async function checkedDraft(caller: Caller, who: { bin: string; iin: string }, centreId = world.centres.astana) {
  const view = await filledDraft(caller, who, centreId);
  return ok(caller, 'POST', url(view.id, '/check'), { version: view.version });
}

async function documentBytes(caller: Caller, documentId: string): Promise<Uint8Array> {
  const response = await call(caller, 'GET', `/api/signatures/documents/${documentId}/content`);
  expect(response.statusCode).toBe(200);
  return new Uint8Array(response.rawPayload);
}

/** Prepares, signs the document's bytes with the named test certificate and sends. */
async function signAndSend(caller: Caller, view: ApplicationView, certificate = 'employer-a') {
  const prepared = await ok(caller, 'POST', url(view.id, '/prepare-signature'), { version: view.version });
  const bytes = await documentBytes(caller, prepared.pendingDocumentId!);
  clock.advance(60_000);
  const cms = Buffer.from(await kit.sign(certificate, bytes, clock.now())).toString('base64');
  const response = await call(caller, 'POST', url(view.id, '/sign'), { version: prepared.version, cms });
  return { prepared, bytes, response };
}

async function insertEmployer(who: { bin: string; iin: string; login: string }, nameRu: string) {
  const organisationId = await insertOrganisation(db, {
    kind: 'employer',
    bin: who.bin,
    nameKk: nameRu,
    nameRu,
    region: 'astana',
  });
  await insertUser(db, {
    login: who.login,
    fullName: nameRu,
    role: Role.employerRepresentative,
    organisationId,
    iin: who.iin,
    passwordHash: await testPasswordHash(),
  });
}

async function buildWith(registries: { baseUrl: string; timeoutMs: number }) {
  // Sessions outlive the clock's moves of a day and more.
  const config = loadConfig({ LOG_LEVEL: 'silent', TRUST_STORE_DIR: kit.trustDir, SESSION_TTL_HOURS: '720' });
  const built = await buildApp({
    db,
    config,
    clock,
    signatures: createSignatureServices(config),
    govRegistries: createGovRegistriesClient(registries),
  });
  await built.ready();
  return built;
}

const setOutage = (on: boolean) =>
  fetch(`${simulator.url}/__sim/outage`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ on }),
  });
const setLatency = (ms: number) =>
  fetch(`${simulator.url}/__sim/latency`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ ms }),
  });

beforeAll(async () => {
  ({ db } = await useTestDatabase());
  world = await seedTestWorld(db);
  await insertEmployer(debtor, 'ТОО «Карыз»');
  await insertEmployer(young, 'ТОО «Жас»');
  await insertEmployer(unknown, 'ТОО «Белгісіз»');
  await seedProgrammeCatalogue(db, {
    programmes: programmeCatalogue,
    indicators: indicatorsByYear,
    now: new Date(start),
  });
  // The conditions as shipped, without the reported 2026 suspension: its own test enters it as an administrator.
  await seedEmployerConditions(db, { entries: employerConditionCatalogue, now: new Date(start) });
  clock = createTestClock(start);
  kit = await createSignatureTestKit(new Date(start));
  simulator = await startGovSimulator({ dataset, clock });
  app = await buildWith({ baseUrl: simulator.url, timeoutMs: 2000 });
  unreachableApp = await buildWith({ baseUrl: 'http://127.0.0.1:1', timeoutMs: 1000 });
  impatientApp = await buildWith({ baseUrl: simulator.url, timeoutMs: 300 });
  employerA = await logIn(app, 'employer.a@test.kz');
  employerB = await logIn(app, 'employer.b@test.kz');
  employerDebtor = await logIn(app, debtor.login);
  employerYoung = await logIn(app, young.login);
  employerUnknown = await logIn(app, unknown.login);
  specialistAstana = await logIn(app, 'specialist.astana@test.kz');
  specialistAlmaty = await logIn(app, 'specialist.almaty@test.kz');
  admin = await logIn(app, 'admin@test.kz');
});

afterAll(async () => {
  await Promise.all([app.close(), unreachableApp.close(), impatientApp.close()]);
  await simulator.close();
  kit.cleanUp();
});

beforeEach(async () => {
  clock.set(start);
  await setOutage(false);
  await setLatency(0);
});

describe('B03-1.1 contract requisites', () => {
  it('B03-1.1 the employer saves its requisites on the organisation, the form prefilled from the business registry', async () => {
    const empty = await call(employerA, 'GET', '/api/employer/requisites');
    expect(empty.statusCode).toBe(200);
    expect(empty.json()).toEqual({
      requisites: null,
      version: 0,
      prefill: {
        legalNameKk: '«А» ЖШС',
        legalNameRu: 'ТОО «А»',
        bin: testIdentities.employerA.bin,
        legalForm: 'too',
        registrationDate: '2015-03-17',
        okedCode: '41201',
        legalAddress: 'г. Астана, район Алматы, ул. Бейбітшілік, 14',
        region: 'astana',
        headFullName: 'Арман Ақынов',
        headIin: testIdentities.employerA.iin,
      },
    });

    const requisites = requisitesFor(testIdentities.employerA);
    const saved = await call(employerA, 'PUT', '/api/employer/requisites', { version: 0, requisites });
    expect(saved.statusCode, saved.body).toBe(200);
    expect(saved.json()).toMatchObject({ requisites, version: 1 });
    expect((await call(employerA, 'GET', '/api/employer/requisites')).json()).toMatchObject({ requisites, version: 1 });

    const audit = await db
      .selectFrom('audit_log')
      .selectAll()
      .where('action', '=', 'employer_requisites.saved')
      .executeTakeFirstOrThrow();
    expect(audit).toMatchObject({ step: 'B03-1.1', subject_id: world.employers.a, actor_id: world.users.employerA });
    expect(JSON.stringify(audit.details)).not.toContain(testIdentities.employerA.iin);

    // A new application starts from the organisation's requisites.
    const draft = await createDraft(employerA);
    expect(draft.requisites).toEqual(requisites);
  });

  it('B03-1.1 refuses another organisation’s BIN beside the field, and a saved version someone else changed', async () => {
    const foreign = await call(employerA, 'PUT', '/api/employer/requisites', {
      version: 1,
      requisites: requisitesFor(testIdentities.employerB),
    });
    expect(problemOf(foreign)).toMatchObject({ status: 422, body: { code: 'subsidized_jobs.requisites_invalid' } });
    expect(foreign.json().errors).toEqual([
      {
        field: 'requisites.bin',
        code: 'subsidized_jobs.bin_not_own',
        message: `Укажите БИН своей организации: ${testIdentities.employerA.bin}.`,
      },
    ]);
    const badIban = await call(employerA, 'PUT', '/api/employer/requisites', {
      version: 1,
      requisites: { ...requisitesFor(testIdentities.employerA), iban: 'KZ000000000000000000' },
    });
    expect(problemOf(badIban).status).toBe(400);
    expect(badIban.json().errors).toEqual([
      expect.objectContaining({ field: 'requisites.iban', code: 'validation.iban_invalid' }),
    ]);
  });

  it('B03-1.1 two concurrent saves of the same version: one wins, the other gets 409', async () => {
    const { version } = (await call(employerB, 'GET', '/api/employer/requisites')).json();
    const requisites = requisitesFor(testIdentities.employerB, 'almaty');
    const answers = await Promise.all(
      ['+77272000001', '+77272000002'].map((phone) =>
        call(employerB, 'PUT', '/api/employer/requisites', { version, requisites: { ...requisites, phone } }),
      ),
    );
    expect(answers.map((a) => a.statusCode).sort()).toEqual([200, 409]);
    expect(answers.find((a) => a.statusCode === 409)!.json().code).toBe('workflow.conflict');
  });

  it('gives an empty prefill, not an error, when the business registry cannot answer', async () => {
    const response = await call(employerB, 'GET', '/api/employer/requisites', undefined, unreachableApp);
    expect(response.statusCode).toBe(200);
    expect(response.json().prefill).toEqual({});
  });
});

describe('B03-1.2 the application form', () => {
  it('B03-1.2 the employer fills in the form: positions, contacts, and the subsidy computed by the rules module', async () => {
    const draft = await createDraft(employerA);
    expect(draft).toMatchObject({
      status: 'draft',
      number: null,
      programme: { code: 'social_jobs', name: 'Социальные рабочие места' },
      centre: { id: world.centres.astana, name: 'ЦТМ Астана' },
      employer: { id: world.employers.a, bin: testIdentities.employerA.bin },
      positions: [],
    });
    const saved = await ok(employerA, 'PUT', url(draft.id, '/form'), formOf(draft.version));
    expect(saved).toMatchObject({
      status: 'draft',
      version: draft.version + 1,
      contactName: 'Айгерім Сапарова',
      contactPhone: '+77011234567',
      contactEmail: 'hr@a.kz',
      positions: [
        { ordinal: 1, occupationCode: '2411', occupationName: 'Бухгалтер', jobs: 2, monthlyWage: 150_000 },
        { ordinal: 2, occupationCode: '9214', occupationName: 'Рабочий по озеленению', durationMonths: 6 },
      ],
      // 35 % of 150 000 = 52 500 a job; of 100 000 = 35 000. A month: 2 × 52 500 + 35 000 = 140 000.
      // The contract: 52 500 × 12 × 2 + 35 000 × 6 = 1 260 000 + 210 000 = 1 470 000.
      totals: { jobs: 3, monthlySubsidy: 140_000, contractTotal: 1_470_000 },
    });
    expect(saved.positions.map((p) => p.monthlySubsidy)).toEqual([52_500, 35_000]);
    expect(saved.actions.map((a) => a.action)).toEqual(
      expect.arrayContaining(['save_requisites', 'save_form', 'check_employer']),
    );
    const inKazakh = await app.inject({
      method: 'GET',
      url: url(draft.id),
      headers: { ...employerA.headers, 'accept-language': 'kk' },
    });
    expect(inKazakh.json()).toMatchObject({
      programme: { name: 'Әлеуметтік жұмыс орындары' },
      positions: [{ occupationName: 'Бухгалтер' }, { occupationName: 'Көгалдандыру жұмысшысы' }],
    });

    // The form replaces what was there: one position now.
    const fewer = await ok(
      employerA,
      'PUT',
      url(draft.id, '/form'),
      formOf(saved.version, { positions: [positions[1]] }),
    );
    expect(fewer.positions).toHaveLength(1);
    expect(
      await db.selectFrom('subsidy_application_positions').selectAll().where('application_id', '=', draft.id).execute(),
    ).toHaveLength(1);
  });

  it('B03-1.2 a wage under the МЗП and a duration over the programme’s maximum answer 422 beside their fields, and nothing is saved', async () => {
    const draft = await createDraft(employerA);
    const saved = await ok(employerA, 'PUT', url(draft.id, '/form'), formOf(draft.version));
    const response = await call(
      employerA,
      'PUT',
      url(draft.id, '/form'),
      formOf(saved.version, {
        contactName: 'Другое имя',
        positions: [
          { ...positions[0], durationMonths: 13 },
          { ...positions[1], monthlyWage: 80_000 },
        ],
      }),
    );
    expect(problemOf(response)).toMatchObject({ status: 422, body: { code: 'subsidized_jobs.form_invalid' } });
    expect(response.json().errors).toEqual([
      {
        field: 'positions.0.durationMonths',
        code: 'subsidized_jobs.duration_over_maximum',
        message: 'Срок по этой программе — не более 12 мес.',
      },
      {
        field: 'positions.1.monthlyWage',
        code: 'subsidized_jobs.wage_below_mzp',
        message: 'Заработная плата не может быть ниже минимальной (МЗП): 85\u202F000 тенге в месяц.',
      },
    ]);
    const after = await ok(employerA, 'GET', url(draft.id));
    expect(after).toMatchObject({ version: saved.version, contactName: 'Айгерім Сапарова' });
    expect(after.positions.map((p) => p.monthlyWage)).toEqual([150_000, 100_000]);
  });

  it('B03-1.2 refuses a programme not in force or without a formula, and an organisation that is not a centre', async () => {
    const noFormula = await call(employerA, 'POST', '/api/subsidy/applications', {
      programmeCode: 'contract_of_generations',
      centreId: world.centres.astana,
    });
    expect(problemOf(noFormula).status).toBe(422);
    expect(noFormula.json().errors).toEqual([
      expect.objectContaining({ field: 'programmeCode', code: 'subsidized_jobs.programme_formula_not_set' }),
    ]);
    const unknown = await call(employerA, 'POST', '/api/subsidy/applications', {
      programmeCode: 'no_such_programme',
      centreId: world.employers.b,
    });
    expect(unknown.json().errors).toEqual([
      expect.objectContaining({ field: 'programmeCode', code: 'subsidized_jobs.programme_not_in_force' }),
      expect.objectContaining({ field: 'centreId', code: 'subsidized_jobs.centre_unknown' }),
    ]);
  });

  it('B03-1.2 two concurrent saves of the same version: one wins, the other gets 409', async () => {
    const draft = await createDraft(employerA);
    const answers = await Promise.all(
      ['Первый', 'Второй'].map((contactName) =>
        call(employerA, 'PUT', url(draft.id, '/form'), formOf(draft.version, { contactName })),
      ),
    );
    expect(answers.map((a) => a.statusCode).sort()).toEqual([200, 409]);
    const after = await ok(employerA, 'GET', url(draft.id));
    expect(after.version).toBe(draft.version + 1);
    expect(
      await db.selectFrom('subsidy_application_positions').selectAll().where('application_id', '=', draft.id).execute(),
    ).toHaveLength(2);
  });
});

describe('B03-1.3 the automatic check of the employer', () => {
  it('B03-1.3 asks the registries and keeps each condition with its source and time on the application, audited', async () => {
    const draft = await filledDraft(employerA, testIdentities.employerA);
    const checked = await ok(employerA, 'POST', url(draft.id, '/check'), { version: draft.version });
    expect(checked.version).toBe(draft.version + 1);
    expect(checked.check).toMatchObject({ eligible: true, checkedAt: start, applicationDate: '2026-03-02' });
    expect(checked.check!.conditions).toEqual([
      { code: 'active', passed: true, source: 'gbd_ul' },
      { code: 'operating_over_year', passed: true, source: 'gbd_ul' },
      { code: 'no_tax_debt', passed: true, source: 'kgd' },
      { code: 'no_social_debt', passed: true, source: 'kgd' },
      { code: 'no_wage_arrears', passed: true, source: 'esutd' },
      { code: 'regular_social_payments', passed: true, source: 'gfss' },
      { code: 'reliable_taxpayer', passed: true, source: 'kgd' },
    ]);
    expect(checked.check!.sources.map((s) => s.source).sort()).toEqual(['esutd', 'gbd_ul', 'gfss', 'kgd']);
    expect(checked.actions.map((a) => a.action)).toContain('prepare_signature');

    const audit = await db
      .selectFrom('audit_log')
      .selectAll()
      .where('subject_id', '=', draft.id)
      .where('action', 'in', ['gov_registries.checked', 'subsidy-application.check_employer'])
      .orderBy('seq')
      .execute();
    expect(audit.map((a) => [a.action, a.step, a.subject_type, a.centre_id])).toEqual([
      ['gov_registries.checked', null, 'subsidy_application', world.centres.astana],
      ['subsidy-application.check_employer', 'B03-1.3', 'subsidy_application', world.centres.astana],
    ]);
    expect(audit[0]!.details).toMatchObject({ eligible: true, failed: [] });
    expect(JSON.stringify(audit.map((a) => a.details))).not.toContain(testIdentities.employerA.iin);
  });

  it('submission is refused for tax debt: the check keeps the failed condition, signing is refused, nothing is sent', async () => {
    const draft = await filledDraft(employerDebtor, debtor);
    const checked = await ok(employerDebtor, 'POST', url(draft.id, '/check'), { version: draft.version });
    expect(checked.check!.eligible).toBe(false);
    expect(checked.check!.conditions.filter((c) => !c.passed)).toEqual([
      { code: 'no_tax_debt', passed: false, source: 'kgd' },
    ]);
    expect(checked.actions.map((a) => a.action)).not.toContain('prepare_signature');
    const documents = await countRows(db, 'signed_documents');
    const refused = await call(employerDebtor, 'POST', url(draft.id, '/prepare-signature'), {
      version: checked.version,
    });
    expect(problemOf(refused)).toMatchObject({
      status: 422,
      body: { code: 'subsidized_jobs.employer_not_eligible' },
    });
    expect(await ok(employerDebtor, 'GET', url(draft.id))).toMatchObject({
      status: 'draft',
      version: checked.version,
      pendingDocumentId: null,
    });
    expect(await countRows(db, 'signed_documents')).toBe(documents);
  });

  it('submission is refused for an employer operating under a year', async () => {
    const draft = await filledDraft(employerYoung, young);
    const checked = await ok(employerYoung, 'POST', url(draft.id, '/check'), { version: draft.version });
    expect(checked.check!.conditions.filter((c) => !c.passed).map((c) => c.code)).toEqual([
      'operating_over_year',
      // The months before it existed are months without payments.
      'regular_social_payments',
    ]);
    const refused = await call(employerYoung, 'POST', url(draft.id, '/prepare-signature'), {
      version: checked.version,
    });
    expect(problemOf(refused).body.code).toBe('subsidized_jobs.employer_not_eligible');
    expect((await ok(employerYoung, 'GET', url(draft.id))).status).toBe('draft');
  });

  it('an employer the business registry does not know cannot pass: 422 with its BIN, nothing kept', async () => {
    // Nothing to sign yet: the guard names what is missing first.
    const empty = await createDraft(employerUnknown);
    expect(empty.requisites).toBeNull();
    const noRequisites = await call(employerUnknown, 'POST', url(empty.id, '/prepare-signature'), {
      version: empty.version,
    });
    expect(problemOf(noRequisites)).toMatchObject({
      status: 422,
      body: { code: 'subsidized_jobs.requisites_missing', detail: 'Сначала заполните реквизиты для договора.' },
    });
    const withRequisites = await ok(employerUnknown, 'PUT', url(empty.id, '/requisites'), {
      version: empty.version,
      requisites: requisitesFor(unknown),
    });
    const noForm = await call(employerUnknown, 'POST', url(empty.id, '/prepare-signature'), {
      version: withRequisites.version,
    });
    expect(problemOf(noForm).body.code).toBe('subsidized_jobs.form_incomplete');

    const draft = await filledDraft(employerUnknown, unknown);
    const refused = await call(employerUnknown, 'POST', url(draft.id, '/check'), { version: draft.version });
    expect(problemOf(refused)).toMatchObject({
      status: 422,
      body: { code: 'subsidized_jobs.employer_not_registered', detail: expect.stringContaining(unknown.bin) },
    });
    expect(await ok(employerUnknown, 'GET', url(draft.id))).toMatchObject({ version: draft.version, check: null });
  });

  it('when the registries are down, unreachable or slow: 503 "try later", nothing kept, nothing can be sent', async () => {
    const draft = await filledDraft(employerA, testIdentities.employerA);
    await setOutage(true);
    const down = await call(employerA, 'POST', url(draft.id, '/check'), { version: draft.version });
    expect(problemOf(down)).toMatchObject({
      status: 503,
      body: {
        code: 'gov_registries.unavailable',
        detail: 'Сервис проверки сейчас недоступен. Повторите попытку позже.',
      },
    });
    await setOutage(false);
    const unreachable = await call(
      employerA,
      'POST',
      url(draft.id, '/check'),
      { version: draft.version },
      unreachableApp,
    );
    expect(problemOf(unreachable)).toMatchObject({ status: 503, body: { code: 'gov_registries.unavailable' } });
    await setLatency(1000);
    const slow = await call(employerA, 'POST', url(draft.id, '/check'), { version: draft.version }, impatientApp);
    expect(problemOf(slow)).toMatchObject({ status: 503, body: { code: 'gov_registries.unavailable' } });

    const after = await ok(employerA, 'GET', url(draft.id));
    expect(after).toMatchObject({ version: draft.version, check: null, status: 'draft' });
    const refused = await call(employerA, 'POST', url(draft.id, '/prepare-signature'), { version: after.version });
    expect(problemOf(refused)).toMatchObject({ status: 422, body: { code: 'subsidized_jobs.check_required' } });
  });

  it('a check older than a day is stale: signing is refused until the employer checks again', async () => {
    const checked = await checkedDraft(employerA, testIdentities.employerA);
    clock.advance(CHECK_VALID_MS + 60_000);
    const refused = await call(employerA, 'POST', url(checked.id, '/prepare-signature'), { version: checked.version });
    expect(problemOf(refused)).toMatchObject({
      status: 422,
      body: { code: 'subsidized_jobs.check_stale', detail: expect.stringContaining('устарел') },
    });
    const again = await ok(employerA, 'POST', url(checked.id, '/check'), { version: checked.version });
    expect(again.check!.checkedAt).toBe(clock.now().toISOString());
    const prepared = await ok(employerA, 'POST', url(checked.id, '/prepare-signature'), { version: again.version });
    expect(prepared.status).toBe('awaiting_signature');
  });
});

describe('B03-1.4 sign with ЭЦП and send to the centre', () => {
  it('B03-1.4 the employer signs the canonical application: revision 1, a number, and the centre’s specialist is told', async () => {
    const checked = await checkedDraft(employerA, testIdentities.employerA);
    const { prepared, bytes, response } = await signAndSend(employerA, checked);
    expect(prepared).toMatchObject({ status: 'awaiting_signature', version: checked.version + 1 });
    expect(prepared.actions.map((a) => a.action).sort()).toEqual(['edit', 'sign_and_send', 'withdraw']);

    // What was signed: RFC 8785 JSON of the application as it stood, with the rules module's figures.
    const text = new TextDecoder().decode(bytes);
    const content = JSON.parse(text);
    expect(canonicalJson(content)).toBe(text);
    expect(content).toMatchObject({
      id: checked.id,
      revision: 1,
      programme: { code: 'social_jobs', version: 1, name: { ru: 'Социальные рабочие места' } },
      centre: { id: world.centres.astana, name: { ru: 'ЦТМ Астана' } },
      requisites: requisitesFor(testIdentities.employerA),
      contacts: { name: 'Айгерім Сапарова', phone: '+77011234567', email: 'hr@a.kz' },
      plannedStartDate: '2026-04-01',
      totals: { jobs: 3, monthlySubsidy: 140_000, contractTotal: 1_470_000 },
      // From 1 April 2026: the accountants' 12 months are Apr–Dec 2026 (9) and Jan–Mar 2027 (3), the gardener's 6
      // are Apr–Sep 2026. 2026: 9 × 52 500 × 2 + 6 × 35 000 = 945 000 + 210 000 = 1 155 000; 2027: 3 × 52 500 × 2 =
      // 315 000. 2027's МРП/МЗП are not published (the indicators say so), but 35 % of the wage uses neither, so the
      // year's figures are exact, not an estimate.
      figures: {
        plannedStartDate: '2026-04-01',
        computedOn: '2026-03-02',
        indicators: [
          { year: 2026, mrp: 4_325, mzp: 85_000, estimate: false, basedOnYear: 2026 },
          { year: 2027, mrp: 4_325, mzp: 85_000, estimate: true, basedOnYear: 2026 },
        ],
        byYear: [
          { year: 2026, total: 1_155_000, estimate: false },
          { year: 2027, total: 315_000, estimate: false },
        ],
        total: 1_470_000,
      },
      check: { eligible: true, checkedAt: start },
    });
    expect(content.positions.map((p: { monthlySubsidy: number }) => p.monthlySubsidy)).toEqual([52_500, 35_000]);

    expect(response.statusCode, response.body).toBe(200);
    const sent = response.json() as ApplicationView;
    expect(sent).toMatchObject({
      status: 'submitted',
      revision: 1,
      pendingDocumentId: null,
      revisions: [{ revision: 1, documentId: prepared.pendingDocumentId }],
      submittedAt: clock.now().toISOString(),
      ageWorkingDays: 0,
      // Until the centre's decision is entered, the employer may still withdraw it.
      actions: [{ action: 'withdraw', step: 'B03-1', to: 'withdrawn' }],
    });
    expect(sent.number).toMatch(/^СРМ-2026-\d{6}$/);
    const revision = await db
      .selectFrom('subsidy_application_revisions')
      .selectAll()
      .where('application_id', '=', checked.id)
      .executeTakeFirstOrThrow();
    expect(revision).toMatchObject({
      revision: 1,
      document_id: prepared.pendingDocumentId,
      submitted_by: world.users.employerA,
    });
    expect(revision.content).toEqual(content);

    const notices = await db
      .selectFrom('notifications')
      .selectAll()
      .where('template', '=', 'subsidy.application_submitted')
      .execute();
    expect(
      notices.filter((n) => (n.params as { number?: string }).number === sent.number).map((n) => n.user_id),
    ).toEqual([world.users.specialistAstana]);
    const inbox = await call(specialistAstana, 'GET', '/api/notifications');
    expect(JSON.stringify(inbox.json())).toContain(`Новая заявка ${sent.number}`);

    // The centre now has it: its specialist reads the application and the signed document, another centre does not.
    expect((await call(specialistAstana, 'GET', url(checked.id))).statusCode).toBe(200);
    expect(
      (await call(specialistAstana, 'GET', `/api/signatures/documents/${prepared.pendingDocumentId}`)).statusCode,
    ).toBe(200);
    expect(
      (await call(specialistAlmaty, 'GET', `/api/signatures/documents/${prepared.pendingDocumentId}`)).statusCode,
    ).toBe(404);
    expect((await call(employerB, 'GET', `/api/signatures/documents/${prepared.pendingDocumentId}`)).statusCode).toBe(
      404,
    );
    const audit = await db
      .selectFrom('audit_log')
      .select(['action', 'step', 'from_status', 'to_status'])
      .where('subject_id', '=', checked.id)
      .where('action', '=', 'subsidy-application.sign_and_send')
      .execute();
    expect(audit).toEqual([
      {
        action: 'subsidy-application.sign_and_send',
        step: 'B03-1.4',
        from_status: 'awaiting_signature',
        to_status: 'submitted',
      },
    ]);
  });

  it('a signature with another organisation’s certificate is refused with its reason, and the application is unchanged', async () => {
    const checked = await checkedDraft(employerA, testIdentities.employerA);
    const { prepared, response } = await signAndSend(employerA, checked, 'employer-a-in-b');
    expect(problemOf(response)).toMatchObject({
      status: 422,
      body: {
        code: 'signatures.wrong_signer_bin',
        detail: 'Сертификат принадлежит другой организации: БИН не совпадает.',
      },
    });
    expect(await ok(employerA, 'GET', url(checked.id))).toMatchObject({
      status: 'awaiting_signature',
      version: prepared.version,
      revision: 0,
      number: null,
      revisions: [],
      pendingDocumentId: prepared.pendingDocumentId,
    });
    expect(
      await db.selectFrom('signatures').selectAll().where('document_id', '=', prepared.pendingDocumentId!).execute(),
    ).toEqual([]);
    const refusal = await db
      .selectFrom('audit_log')
      .selectAll()
      .where('action', '=', 'signature.refused')
      .where('subject_id', '=', prepared.pendingDocumentId!)
      .executeTakeFirstOrThrow();
    expect(refusal.details).toMatchObject({ reason: 'signatures.wrong_signer_bin', kind: 'application' });
  });

  it('a stale version answers 409 before any signature is kept; "edit" goes back to the draft and drops the document', async () => {
    const checked = await checkedDraft(employerA, testIdentities.employerA);
    const prepared = await ok(employerA, 'POST', url(checked.id, '/prepare-signature'), { version: checked.version });
    const bytes = await documentBytes(employerA, prepared.pendingDocumentId!);
    const cms = Buffer.from(await kit.sign('employer-a', bytes, clock.now())).toString('base64');
    const stale = await call(employerA, 'POST', url(checked.id, '/sign'), { version: checked.version, cms });
    expect(problemOf(stale)).toMatchObject({ status: 409, body: { code: 'workflow.conflict' } });

    const edited = await ok(employerA, 'POST', url(checked.id, '/edit'), { version: prepared.version });
    expect(edited).toMatchObject({ status: 'draft', pendingDocumentId: null });
    // The document that was dropped can no longer be signed.
    const late = await call(employerA, 'POST', url(checked.id, '/sign'), { version: edited.version, cms });
    expect(problemOf(late)).toMatchObject({ status: 409, body: { code: 'workflow.action_not_allowed' } });
    expect(
      await db
        .selectFrom('subsidy_application_revisions')
        .selectAll()
        .where('application_id', '=', checked.id)
        .execute(),
    ).toEqual([]);
  });

  it('B03-1.4 returned with remarks, corrected and re-signed: two revisions kept, the number stays, and the differences shown', async () => {
    const checked = await checkedDraft(employerA, testIdentities.employerA);
    const first = (await signAndSend(employerA, checked)).response.json() as ApplicationView;
    const specialist = await sessionUserOf(db, world.users.specialistAstana, clock.now());
    const reviewing = await applyAction(db, applicationWorkflow, {
      id: checked.id,
      action: 'start_review',
      expectedVersion: first.version,
      actor: specialist,
      input: {},
      now: clock.now(),
    });
    await applyAction(db, applicationWorkflow, {
      id: checked.id,
      action: 'return_with_remarks',
      expectedVersion: reviewing.record.version,
      actor: specialist,
      input: {},
      now: clock.now(),
    });
    const returned = await ok(employerA, 'GET', url(checked.id));
    expect(returned.status).toBe('returned');
    const moved = await call(
      employerA,
      'PUT',
      url(checked.id, '/form'),
      formOf(returned.version, { centreId: world.centres.almaty }),
    );
    expect(moved.json().errors).toEqual([
      expect.objectContaining({ field: 'centreId', code: 'subsidized_jobs.centre_fixed' }),
    ]);
    const corrected = await ok(
      employerA,
      'PUT',
      url(checked.id, '/form'),
      formOf(returned.version, {
        positions: [
          { ...positions[0], monthlyWage: 160_000 },
          positions[1],
          { ...positions[1], jobs: 2, district: '711210000' },
        ],
      }),
    );
    // Preparing and going back keeps a returned application "returned", so the remarks stay in front of the employer.
    const prepared = await ok(employerA, 'POST', url(checked.id, '/prepare-signature'), { version: corrected.version });
    const back = await ok(employerA, 'POST', url(checked.id, '/edit'), { version: prepared.version });
    expect(back.status).toBe('returned');

    const { response } = await signAndSend(employerA, back);
    const second = response.json() as ApplicationView;
    expect(second).toMatchObject({ status: 'submitted', revision: 2, number: first.number });
    expect(second.revisions.map((r) => r.revision)).toEqual([1, 2]);
    const resubmitted = await db
      .selectFrom('notifications')
      .select(['user_id', 'params'])
      .where('template', '=', 'subsidy.application_resubmitted')
      .execute();
    expect(resubmitted).toEqual([
      { user_id: world.users.specialistAstana, params: expect.objectContaining({ number: first.number, revision: 2 }) },
    ]);

    for (const reader of [specialistAstana, employerA]) {
      const diff = await call(reader, 'GET', `${url(checked.id, '/diff')}?from=1&to=2`);
      expect(diff.statusCode, diff.body).toBe(200);
      const { changes } = diff.json() as { changes: { path: string; kind: string; before: unknown; after: unknown }[] };
      expect(changes).toEqual(
        expect.arrayContaining([
          { path: 'positions.0.monthlyWage', kind: 'changed', before: 150_000, after: 160_000 },
          { path: 'positions.0.monthlySubsidy', kind: 'changed', before: 52_500, after: 56_000 },
          {
            path: 'positions.2',
            kind: 'added',
            before: null,
            after: expect.objectContaining({ jobs: 2, district: '711210000' }),
          },
        ]),
      );
      expect(changes.map((c) => c.path)).not.toContain('revision');
    }
    const missing = await call(specialistAstana, 'GET', `${url(checked.id, '/diff')}?from=1&to=3`);
    expect(problemOf(missing).status).toBe(404);
  });
});

describe('figures that hold', () => {
  /** Youth practice, one job: the programme whose 30 МРП meets the wage. */
  const youthForm = (version: number, monthlyWage: number, overrides: Record<string, unknown> = {}) =>
    formOf(version, {
      programmeCode: 'youth_practice',
      positions: [{ ...positions[0], jobs: 1, monthlyWage, durationMonths: 12 }],
      ...overrides,
    });

  async function youthDraft(monthlyWage: number) {
    const response = await call(employerA, 'POST', '/api/subsidy/applications', {
      programmeCode: 'youth_practice',
      centreId: world.centres.astana,
    });
    let view = response.json() as ApplicationView;
    view = await ok(employerA, 'PUT', url(view.id, '/requisites'), {
      version: view.version,
      requisites: requisitesFor(testIdentities.employerA),
    });
    return ok(employerA, 'PUT', url(view.id, '/form'), youthForm(view.version, monthlyWage));
  }

  it('B03-1.2 the subsidy never exceeds the wage: youth practice at 120 000 is paid 120 000 a month, not 30 МРП', async () => {
    const draft = await youthDraft(120_000);
    // 30 МРП of 2026 = 30 × 4 325 = 129 750 > 120 000, so every month pays the wage: 12 × 120 000 = 1 440 000.
    expect(draft.positions.map((p) => p.monthlySubsidy)).toEqual([120_000]);
    expect(draft.totals).toEqual({ jobs: 1, monthlySubsidy: 120_000, contractTotal: 1_440_000 });
    expect(draft.figures!.snapshot.positions[0]!.periods).toEqual([
      { year: 2026, from: '2026-04', months: 9, monthlySubsidy: 120_000, cappedAtWage: true, estimate: false },
      { year: 2027, from: '2027-01', months: 3, monthlySubsidy: 120_000, cappedAtWage: true, estimate: true },
    ]);
  });

  it('B03-1.2 a year whose МРП is not published is priced at the latest one and marked as an estimate', async () => {
    const draft = await youthDraft(150_000);
    // From 1 April 2026: Apr–Dec 2026, 9 × 129 750 = 1 167 750; Jan–Mar 2027 at 2026's МРП (an estimate),
    // 3 × 129 750 = 389 250; 1 557 000 in all.
    expect(draft.figures).toMatchObject({
      basis: 'live',
      snapshot: {
        indicators: [
          { year: 2026, mrp: 4_325, estimate: false },
          { year: 2027, mrp: 4_325, estimate: true, basedOnYear: 2026 },
        ],
        byYear: [
          { year: 2026, total: 1_167_750, estimate: false },
          { year: 2027, total: 389_250, estimate: true },
        ],
        total: 1_557_000,
      },
    });
  });

  it('B03-1.2 the planned start date is kept, not before today and not more than a year ahead, each beside its field', async () => {
    const draft = await youthDraft(150_000);
    expect(draft.plannedStartDate).toBe('2026-04-01');
    const errorsFor = async (plannedStartDate: string) =>
      (await call(employerA, 'PUT', url(draft.id, '/form'), youthForm(draft.version, 150_000, { plannedStartDate })))
        .json()
        .errors.map((e: { field: string; code: string; message: string }) => [e.field, e.code, e.message]);
    // Today in Astana is 2026-03-02; a year ahead ends on 2027-03-01.
    expect(await errorsFor('2026-03-01')).toEqual([
      [
        'plannedStartDate',
        'subsidized_jobs.start_date_in_past',
        'Планируемая дата начала не может быть раньше сегодняшней (2026-03-02).',
      ],
    ]);
    expect(await errorsFor('2027-03-02')).toEqual([
      [
        'plannedStartDate',
        'subsidized_jobs.start_date_too_far',
        'Планируемая дата начала — не более чем на год вперёд, до 2027-03-01.',
      ],
    ]);
    const latest = await ok(
      employerA,
      'PUT',
      url(draft.id, '/form'),
      youthForm(draft.version, 150_000, {
        plannedStartDate: '2027-03-01',
      }),
    );
    expect(latest.plannedStartDate).toBe('2027-03-01');
  });

  it('B03-1.4 signing needs a planned start date, and one that has not passed meanwhile', async () => {
    const draft = await youthDraft(150_000);
    const undated = await ok(
      employerA,
      'PUT',
      url(draft.id, '/form'),
      youthForm(draft.version, 150_000, {
        plannedStartDate: null,
      }),
    );
    expect(undated.figures).toBeNull();
    const checked = await ok(employerA, 'POST', url(draft.id, '/check'), { version: undated.version });
    const refused = await call(employerA, 'POST', url(draft.id, '/prepare-signature'), { version: checked.version });
    expect(problemOf(refused)).toMatchObject({ status: 422, body: { code: 'subsidized_jobs.form_invalid' } });
    expect(refused.json().errors).toEqual([
      expect.objectContaining({ field: 'plannedStartDate', code: 'subsidized_jobs.start_date_required' }),
    ]);
    const today = await ok(
      employerA,
      'PUT',
      url(draft.id, '/form'),
      youthForm(checked.version, 150_000, {
        plannedStartDate: '2026-03-02',
      }),
    );
    clock.advance(24 * 60 * 60_000);
    const rechecked = await ok(employerA, 'POST', url(draft.id, '/check'), { version: today.version });
    const passed = await call(employerA, 'POST', url(draft.id, '/prepare-signature'), { version: rechecked.version });
    expect(passed.json().errors).toEqual([
      expect.objectContaining({ field: 'plannedStartDate', code: 'subsidized_jobs.start_date_in_past' }),
    ]);
    expect((await ok(employerA, 'GET', url(draft.id))).status).toBe('draft');
  });

  it('B03-1.4 the signed figures hold: an administrator’s later МРП changes none of them, only unsigned drafts', async () => {
    const draft = await youthDraft(150_000);
    const checked = await ok(employerA, 'POST', url(draft.id, '/check'), { version: draft.version });
    const { response } = await signAndSend(employerA, checked);
    expect(response.statusCode, response.body).toBe(200);
    const other = await youthDraft(150_000);

    const setMrp = (mrp: number) =>
      call(admin, 'PUT', '/api/admin/subsidy/indicators/2026', {
        mrp,
        mzp: 85_000,
        source: 'Закон о республиканском бюджете на 2026–2028 годы от 08.12.2025',
        certainty: 'verified',
      });
    expect((await setMrp(4_500)).statusCode).toBe(200);
    try {
      // Signed: 9 × 129 750 + 3 × 129 750 = 1 557 000, as on the day it was signed, for the employer and the centre.
      for (const reader of [employerA, specialistAstana]) {
        const signed = await ok(reader, 'GET', url(draft.id));
        expect(signed.figures).toMatchObject({
          basis: 'signed',
          snapshot: {
            total: 1_557_000,
            indicators: [
              { year: 2026, mrp: 4_325 },
              { year: 2027, mrp: 4_325 },
            ],
          },
        });
        expect(signed.totals).toEqual({ jobs: 1, monthlySubsidy: 129_750, contractTotal: 1_557_000 });
        expect(signed.positions[0]!.monthlySubsidy).toBe(129_750);
      }
      // Unsigned: priced anew at 30 × 4 500 = 135 000 a month; 12 × 135 000 = 1 620 000.
      const live = await ok(employerA, 'GET', url(other.id));
      expect(live.figures).toMatchObject({ basis: 'live', snapshot: { total: 1_620_000 } });
    } finally {
      expect((await setMrp(4_325)).statusCode).toBe(200);
    }
  });
});

describe('who reads and acts on an application', () => {
  it('another organisation’s employer and another centre’s specialist get 404; the centre sees no draft', async () => {
    const draft = await checkedDraft(employerA, testIdentities.employerA);
    for (const [method, path, payload] of [
      ['GET', url(draft.id), undefined],
      ['GET', `${url(draft.id, '/diff')}?from=1&to=2`, undefined],
      ['PUT', url(draft.id, '/form'), formOf(draft.version)],
      [
        'PUT',
        url(draft.id, '/requisites'),
        { version: draft.version, requisites: requisitesFor(testIdentities.employerB) },
      ],
      ['POST', url(draft.id, '/check'), { version: draft.version }],
      ['POST', url(draft.id, '/prepare-signature'), { version: draft.version }],
      ['POST', url(draft.id, '/edit'), { version: draft.version }],
      ['POST', url(draft.id, '/sign'), { version: draft.version, cms: 'AAAA' }],
    ] as const) {
      const response = await call(employerB, method, path, payload);
      expect(problemOf(response), `${method} ${path}`).toMatchObject({
        status: 404,
        body: { code: 'record.not_found' },
      });
    }
    // Before it is sent, the centre's own specialist does not see it either.
    expect(problemOf(await call(specialistAstana, 'GET', url(draft.id))).status).toBe(404);

    const { response } = await signAndSend(employerA, draft);
    expect(response.statusCode).toBe(200);
    expect((await call(specialistAstana, 'GET', url(draft.id))).statusCode).toBe(200);
    expect(problemOf(await call(specialistAlmaty, 'GET', url(draft.id))).status).toBe(404);
    expect(problemOf(await call(specialistAlmaty, 'GET', `${url(draft.id, '/diff')}?from=1&to=1`)).status).toBe(404);
    expect((await call(admin, 'GET', url(draft.id))).statusCode).toBe(200);
  });

  it('lists: the employer its own, the centre its sent ones with their age in working days, the administrator all', async () => {
    const sentDraft = await checkedDraft(employerB, testIdentities.employerB);
    const { response } = await signAndSend(employerB, sentDraft, 'employer-b');
    const sent = response.json() as ApplicationView;
    await createDraft(employerB);
    // Tuesday 10 March: 3, 4, 5, 6 and 10 March are working days; 9 March is the day off for 8 March (a Sunday).
    clock.set('2026-03-10T05:00:00Z');

    const own = (await call(employerB, 'GET', '/api/subsidy/applications')).json();
    expect(own.items.every((i: { employerBin: string }) => i.employerBin === testIdentities.employerB.bin)).toBe(true);
    expect(own.items.map((i: { status: string }) => i.status)).toEqual(expect.arrayContaining(['draft', 'submitted']));

    const queue = (await call(specialistAstana, 'GET', '/api/subsidy/applications')).json();
    expect(queue.items.every((i: { number: string | null }) => i.number !== null)).toBe(true);
    const item = queue.items.find((i: { id: string }) => i.id === sent.id);
    expect(item).toMatchObject({
      number: sent.number,
      status: 'submitted',
      employerName: 'ТОО «Б»',
      employerBin: testIdentities.employerB.bin,
      programmeName: 'Социальные рабочие места',
      jobs: 3,
      ageWorkingDays: 5,
    });
    expect(queue.total).toBe(queue.items.length);

    const byNumber = (
      await call(specialistAstana, 'GET', `/api/subsidy/applications?q=${encodeURIComponent(sent.number!)}`)
    ).json();
    expect(byNumber).toMatchObject({ total: 1, items: [{ id: sent.id }] });
    const byBin = (
      await call(specialistAstana, 'GET', `/api/subsidy/applications?q=${testIdentities.employerB.bin}`)
    ).json();
    expect(byBin.items.map((i: { id: string }) => i.id)).toContain(sent.id);
    const byName = (await call(specialistAstana, 'GET', '/api/subsidy/applications?q=%C2%AB%D0%91')).json();
    expect(byName.items.map((i: { id: string }) => i.id)).toContain(sent.id);
    const returned = (
      await call(specialistAstana, 'GET', '/api/subsidy/applications?status=returned&programmeCode=social_jobs')
    ).json();
    expect(returned.items.every((i: { status: string }) => i.status === 'returned')).toBe(true);

    expect(
      (await call(specialistAlmaty, 'GET', '/api/subsidy/applications')).json().items.map((i: { id: string }) => i.id),
    ).not.toContain(sent.id);
    expect(
      (await call(employerA, 'GET', '/api/subsidy/applications')).json().items.map((i: { id: string }) => i.id),
    ).not.toContain(sent.id);
    const all = (await call(admin, 'GET', '/api/subsidy/applications?limit=200')).json();
    expect(all.total).toBe(await countRows(db, 'subsidy_applications'));
  });

  it('answers 401 to an anonymous caller and 403 to a job seeker', async () => {
    expect((await app.inject({ method: 'GET', url: '/api/subsidy/applications' })).statusCode).toBe(401);
    const seeker = await logIn(app, 'seeker@test.kz');
    expect((await call(seeker, 'GET', '/api/subsidy/applications')).statusCode).toBe(403);
    expect(
      (
        await call(specialistAstana, 'POST', '/api/subsidy/applications', {
          programmeCode: 'social_jobs',
          centreId: world.centres.astana,
        })
      ).statusCode,
    ).toBe(403);
  });
});
