// The centre's review of applications over HTTP (B03-2.1–2.4): figures on seeded data, the checklist, remarks,
// consultations, who may act, and what another centre sees.
import { readSheet } from 'read-excel-file/node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { countRows, seedTestWorld, type TestWorld } from '../../../../tests/support/fixtures';
import { buildTestApp, type Caller, logIn, problemOf } from '../../../../tests/support/test-app';
import { testPasswordHash, useTestDatabase } from '../../../../tests/support/test-database';
import { Role } from '../../../shared/roles';
import { indicatorsByYear, programmeCatalogue } from '../../../shared/subsidy/programmes';
import type { Db } from '../../platform/db/database';
import { mediaTypes } from '../../platform/documents/http';
import type { App } from '../../platform/http';
import { insertUser, makeIin } from '../identity/identity.fixtures';
import { insertSeekerRegistration, upsertSeekerProfile } from '../seekers';
import { seedProgrammeCatalogue } from '../subsidy-programmes';
import { insertSubmittedApplication } from './subsidy-review.fixtures';

let db: Db;
let app: App;
let world: TestWorld;
const callers: Record<string, Caller> = {};
const seekerNames: string[] = [];
const seekerIins: string[] = [];
const seekerIds: string[] = [];

type SeekerSpec = {
  name: string;
  birthDate: string;
  centre: 'astana' | 'almaty';
  occupation: string;
  district: string;
  kind?: 'unemployed' | 'job_seeker';
  status?: 'registered' | 'requested';
  categories?: string[];
  hasDisability?: boolean;
  hasWorkExperience?: boolean;
  cvVisibility?: 'employers' | 'centre' | 'none';
};

// Who qualifies for what on 2026-02-28 (see the expected figures in the B03-2.1 tests).
const seekers: SeekerSpec[] = [
  // S1: 22, unemployed graduate, hides the CV: social jobs (youth) and youth practice; lives in Есіл.
  {
    name: 'Сәкен Жасұлы',
    birthDate: '2003-05-01',
    centre: 'astana',
    occupation: '7212',
    district: '711210000',
    categories: ['graduate'],
    hasWorkExperience: false,
    cvVisibility: 'none',
  },
  // S2: 56, unemployed: social jobs (over 50), not youth practice; lives in Алматы district.
  { name: 'Болат Үлкенов', birthDate: '1970-01-10', centre: 'astana', occupation: '7212', district: '711110000' },
  // S3: 30, a job seeker but not registered as unemployed: counted by occupation only.
  {
    name: 'Дана Іздеуші',
    birthDate: '1995-06-01',
    centre: 'astana',
    occupation: '7212',
    district: '711210000',
    kind: 'job_seeker',
  },
  // S4: 40, unemployed with a disability: social jobs; Сарыарқа chosen in Kazakh, the position's in Russian: one code.
  {
    name: 'Нұрлан Сарыарқалық',
    birthDate: '1985-03-03',
    centre: 'astana',
    occupation: '9112',
    district: '711310000',
    hasDisability: true,
  },
  // S5: registered at another centre: not Astana's supply.
  { name: 'Алма Алматылық', birthDate: '2000-01-01', centre: 'almaty', occupation: '7212', district: '751410000' },
  // S6: registration only requested: not counted.
  {
    name: 'Ерлан Күтуші',
    birthDate: '2001-01-01',
    centre: 'astana',
    occupation: '7212',
    district: '711210000',
    status: 'requested',
  },
  // S7: 45, unemployed, in no target group: counted by occupation only.
  { name: 'Гүлнәр Орташа', birthDate: '1980-07-07', centre: 'astana', occupation: '9112', district: '711310000' },
];

let a1: Awaited<ReturnType<typeof insertSubmittedApplication>>;
let a2: Awaited<ReturnType<typeof insertSubmittedApplication>>;

const submitted = (day: string) => new Date(`${day}T05:00:00Z`);

async function seedSeekers() {
  const passwordHash = await testPasswordHash();
  for (const [i, s] of seekers.entries()) {
    const iin = makeIin(s.birthDate, i % 2 ? 'female' : 'male', 700 + i);
    const userId = await insertUser(db, {
      login: `review.seeker${i + 1}@test.kz`,
      fullName: s.name,
      role: Role.jobSeeker,
      iin,
      passwordHash,
    });
    seekerNames.push(s.name);
    seekerIins.push(iin);
    seekerIds.push(userId);
    await upsertSeekerProfile(db, {
      userId,
      birthDate: s.birthDate,
      sex: i % 2 ? 'female' : 'male',
      region: s.centre,
      district: s.district,
      rural: false,
      occupationCode: s.occupation,
      hasDisability: s.hasDisability ?? false,
      hasWorkExperience: s.hasWorkExperience ?? true,
      educationLevel: 'vocational',
      graduationYear: null,
      phone: '+77015550000',
      cvVisibility: s.cvVisibility ?? 'centre',
      now: new Date('2026-01-10T05:00:00Z'),
    });
    const status = s.status ?? 'registered';
    await insertSeekerRegistration(db, {
      seekerId: userId,
      centreId: world.centres[s.centre],
      kind: s.kind ?? 'unemployed',
      status,
      categories: s.categories ?? [],
      requestedAt: new Date('2026-01-09T05:00:00Z'),
      decidedAt: status === 'registered' ? new Date('2026-01-10T05:00:00Z') : null,
      decidedBy: status === 'registered' ? world.users.assistanceAstana : null,
      createdBy: userId,
    });
  }
}

beforeAll(async () => {
  ({ db } = await useTestDatabase());
  world = await seedTestWorld(db);
  await seedProgrammeCatalogue(db, {
    programmes: programmeCatalogue,
    indicators: indicatorsByYear,
    now: new Date('2026-01-01T00:00:00Z'),
  });
  await seedSeekers();
  const astana = { employerId: world.employers.a, centreId: world.centres.astana, submittedBy: world.users.employerA };
  a1 = await insertSubmittedApplication(db, {
    ...astana,
    programmeCode: 'social_jobs',
    submittedAt: submitted('2026-02-10'),
    positions: [
      { occupationCode: '7212', jobs: 3, district: '711210000' },
      { occupationCode: '9112', jobs: 1, district: '711310000' },
    ],
  });
  a2 = await insertSubmittedApplication(db, {
    ...astana,
    programmeCode: 'youth_practice',
    submittedAt: submitted('2026-02-20'),
    positions: [{ occupationCode: '7212', jobs: 2, district: '711110000' }],
  });
  // Outside the report: submitted in January, and one sent to the Almaty centre.
  await insertSubmittedApplication(db, {
    employerId: world.employers.b,
    centreId: world.centres.astana,
    submittedBy: world.users.employerB,
    submittedAt: submitted('2026-01-15'),
    positions: [{ occupationCode: '7212', jobs: 10 }],
  });
  await insertSubmittedApplication(db, {
    employerId: world.employers.b,
    centreId: world.centres.almaty,
    submittedBy: world.users.employerB,
    submittedAt: submitted('2026-02-12'),
    positions: [{ occupationCode: '7212', jobs: 7 }],
  });
  ({ app } = await buildTestApp(db, { now: '2026-03-02T05:00:00Z' }));
  for (const login of [
    'specialist.astana@test.kz',
    'head.astana@test.kz',
    'analyst.astana@test.kz',
    'specialist.almaty@test.kz',
    'employer.a@test.kz',
    'admin@test.kz',
  ]) {
    callers[login.split('@')[0]!] = await logIn(app, login);
  }
});

afterAll(async () => {
  await app.close();
});

const specialist = () => callers['specialist.astana']!.headers;
const otherCentre = () => callers['specialist.almaty']!.headers;

async function applicationRow(id: string) {
  return db.selectFrom('subsidy_applications').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
}

async function newSubmitted(overrides: Partial<Parameters<typeof insertSubmittedApplication>[1]> = {}) {
  return insertSubmittedApplication(db, {
    employerId: world.employers.a,
    centreId: world.centres.astana,
    submittedBy: world.users.employerA,
    // March: outside the February report of the B03-2.1 tests.
    submittedAt: submitted('2026-03-01'),
    positions: [{ occupationCode: '5120', jobs: 1 }],
    ...overrides,
  });
}

async function startReviewOf(id: string, version: number) {
  const response = await app.inject({
    method: 'POST',
    url: `/api/subsidy/applications/${id}/start-review`,
    headers: specialist(),
    payload: { version },
  });
  expect(response.statusCode, response.body).toBe(200);
  return response.json() as { status: string; version: number };
}

describe('B03-2.2 start of the review', () => {
  it('B03-2.2 the specialist takes a submitted application under review, audited under the step', async () => {
    const app1 = await newSubmitted();
    const actionsOf = async () => {
      const view = await app.inject({
        method: 'GET',
        url: `/api/subsidy/applications/${app1.id}`,
        headers: specialist(),
      });
      return (view.json().actions as { action: string }[]).map((a) => a.action).sort();
    };
    expect(await actionsOf()).toEqual(['assess_demand_supply', 'log_consultation', 'start_review']);
    expect(await startReviewOf(app1.id, app1.version)).toMatchObject({ status: 'under_review', version: 7 });
    expect(await actionsOf()).toEqual(
      expect.arrayContaining(['assess_demand_supply', 'log_consultation', 'record_compliance', 'return_with_remarks']),
    );
    const audit = await db
      .selectFrom('audit_log')
      .selectAll()
      .where('subject_id', '=', app1.id)
      .where('action', '=', 'subsidy-application.start_review')
      .executeTakeFirstOrThrow();
    expect(audit).toMatchObject({ step: 'B03-2.2', from_status: 'submitted', to_status: 'under_review' });
  });

  it('B03-2.2 a stale version answers 409 and changes nothing', async () => {
    const app1 = await newSubmitted();
    const response = await app.inject({
      method: 'POST',
      url: `/api/subsidy/applications/${app1.id}/start-review`,
      headers: specialist(),
      payload: { version: app1.version - 1 },
    });
    expect(problemOf(response)).toMatchObject({ status: 409, body: { code: 'workflow.conflict' } });
    expect((await applicationRow(app1.id)).status).toBe('submitted');
  });

  it('B03-2.2 the head and the analyst may read but not act as the specialist (403)', async () => {
    const app1 = await newSubmitted();
    for (const who of ['head.astana', 'analyst.astana']) {
      const response = await app.inject({
        method: 'POST',
        url: `/api/subsidy/applications/${app1.id}/start-review`,
        headers: callers[who]!.headers,
        payload: { version: app1.version },
      });
      expect(problemOf(response), who).toMatchObject({ status: 403, body: { code: 'auth.forbidden' } });
    }
    expect((await applicationRow(app1.id)).status).toBe('submitted');
  });
});

describe('B03-2.1 demand and supply', () => {
  const reportUrl = (query: string) => `/api/subsidy/demand-supply?${query}`;

  it('B03-2.1 counts the jobs asked for in the period against the registered seekers who qualify', async () => {
    const response = await app.inject({
      method: 'GET',
      url: reportUrl('from=2026-02-01&to=2026-02-28'),
      headers: specialist(),
    });
    expect(response.statusCode, response.body).toBe(200);
    const report = response.json();
    expect(report).toMatchObject({
      centre: { id: world.centres.astana },
      from: '2026-02-01',
      to: '2026-02-28',
      onDate: '2026-02-28',
      programmeCode: null,
    });
    const figures = report.rows.map((r: Record<string, unknown>) => ({
      programme: r.programmeCode,
      occupation: r.occupationCode,
      applications: r.applications,
      jobs: r.jobsRequested,
      districts: r.districts,
      seekers: r.seekers,
      shortfall: r.shortfall,
    }));
    expect(figures).toEqual([
      {
        programme: 'social_jobs',
        occupation: '7212',
        applications: 1,
        jobs: 3,
        districts: ['711210000'],
        seekers: { byOccupation: 3, qualifying: 2, qualifyingInDistrict: 1 },
        shortfall: 1,
      },
      {
        programme: 'social_jobs',
        occupation: '9112',
        applications: 1,
        jobs: 1,
        districts: ['711310000'],
        seekers: { byOccupation: 2, qualifying: 1, qualifyingInDistrict: 1 },
        shortfall: 0,
      },
      {
        programme: 'youth_practice',
        occupation: '7212',
        applications: 1,
        jobs: 2,
        districts: ['711110000'],
        seekers: { byOccupation: 3, qualifying: 1, qualifyingInDistrict: 0 },
        shortfall: 1,
      },
    ]);
    // Each person once in the totals: S1, S2, S3, S4, S7 by occupation; S1, S2, S4 qualify; S1, S4 in the district.
    expect(report.totals).toEqual({
      applications: 2,
      jobsRequested: 6,
      seekers: { byOccupation: 5, qualifying: 3, qualifyingInDistrict: 2 },
      shortfall: 2,
    });
    expect(report.rows[0].programmeName.ru).toBe('Социальные рабочие места');
    expect(report.rows[0].occupationName.kk).toBe('Дәнекерлеуші');
  });

  it('B03-2.1 filters by programme, and the analyst and the head may read it', async () => {
    for (const who of ['analyst.astana', 'head.astana']) {
      const response = await app.inject({
        method: 'GET',
        url: reportUrl('from=2026-02-01&to=2026-02-28&programme=youth_practice'),
        headers: callers[who]!.headers,
      });
      expect(response.statusCode, who).toBe(200);
      const report = response.json();
      expect(report.rows).toHaveLength(1);
      expect(report.totals).toMatchObject({ applications: 1, jobsRequested: 2 });
    }
  });

  it('B03-2.1 consent: counts only — no seeker name, IIN, id or phone leaves the report, hidden CVs still counted', async () => {
    const response = await app.inject({
      method: 'GET',
      url: reportUrl('from=2026-02-01&to=2026-02-28'),
      headers: specialist(),
    });
    for (const secret of [...seekerNames, ...seekerIins, ...seekerIds, '+77015550000']) {
      expect(response.body).not.toContain(secret);
    }
    // S1 hides the CV (cv_visibility 'none') and is still one of the two who qualify for the welder row.
    expect(response.json().rows[0].seekers.qualifying).toBe(2);
  });

  it("B03-2.1 the report downloads as a real XLSX with the same figures, in the reader's language", async () => {
    const response = await app.inject({
      method: 'GET',
      url: '/api/subsidy/demand-supply.xlsx?from=2026-02-01&to=2026-02-28',
      headers: { ...specialist(), 'accept-language': 'kk' },
    });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe(mediaTypes.xlsx);
    expect(String(response.headers['content-disposition'])).toMatch(/^attachment; filename="/);
    expect(String(response.headers['content-disposition'])).toContain("filename*=UTF-8''");
    expect(response.headers['cache-control']).toBe('no-store');
    const rows = (await readSheet(response.rawPayload, 1, { trim: false })) as unknown as unknown[][];
    expect(String(rows[0]![0])).toContain('Астана ЕМО');
    expect(rows[1]).toEqual([
      'Бағдарлама',
      'Кәсіп коды',
      'Кәсіп',
      'Өтінімдер',
      'Сұралған жұмыс орындары',
      'Аудандар',
      'Кәсібі бойынша тіркелген ізденушілер',
      'Мақсатты топқа сәйкес келетіндер',
      'Солардың ішінде сол аудандағылар',
      'Жетіспеушілік',
    ]);
    expect(rows[2]).toEqual(['Әлеуметтік жұмыс орындары', '7212', 'Дәнекерлеуші', 1, 3, 'Есіл ауданы', 3, 2, 1, 1]);
    expect(rows.at(-1)).toEqual(['Барлығы', null, null, 2, 6, null, 5, 3, 2, 2]);
    const text = response.rawPayload.toString('latin1');
    for (const secret of [...seekerIins, ...seekerIds]) expect(text).not.toContain(secret);
  });

  it('B03-2.1 refuses a period that ends before it starts or spans more than a year', async () => {
    for (const query of ['from=2026-02-10&to=2026-02-01', 'from=2025-01-01&to=2026-02-01']) {
      const response = await app.inject({ method: 'GET', url: reportUrl(query), headers: specialist() });
      expect(problemOf(response), query).toMatchObject({
        status: 400,
        body: { code: 'subsidy_review.period_invalid' },
      });
    }
  });

  it('B03-2.1 an employer and an administrator without a centre may not read the centre report (403)', async () => {
    for (const who of ['employer.a', 'admin']) {
      const response = await app.inject({
        method: 'GET',
        url: reportUrl('from=2026-02-01&to=2026-02-28'),
        headers: callers[who]!.headers,
      });
      expect(response.statusCode, who).toBe(403);
    }
  });

  it("B03-2.1 assesses one application's positions and keeps the figures on it with the time", async () => {
    const response = await app.inject({
      method: 'POST',
      url: `/api/subsidy/applications/${a1.id}/demand-supply`,
      headers: specialist(),
    });
    expect(response.statusCode, response.body).toBe(200);
    const assessment = response.json();
    expect(assessment).toMatchObject({
      assessedAt: '2026-03-02T05:00:00.000Z',
      assessedBy: { id: world.users.specialistAstana },
      revision: 1,
      programmeCode: 'social_jobs',
      onDate: '2026-03-02',
      totals: { jobs: 4, seekers: { byOccupation: 5, qualifying: 3, qualifyingInDistrict: 2 }, shortfall: 1 },
    });
    expect(assessment.positions.map((p: { seekers: unknown; shortfall: number }) => [p.seekers, p.shortfall])).toEqual([
      [{ byOccupation: 3, qualifying: 2, qualifyingInDistrict: 1 }, 1],
      [{ byOccupation: 2, qualifying: 1, qualifyingInDistrict: 1 }, 0],
    ]);
    for (const secret of [...seekerNames, ...seekerIins, ...seekerIds]) expect(response.body).not.toContain(secret);
    expect((await applicationRow(a1.id)).demand_supply).toEqual(assessment);
    const stored = await app.inject({
      method: 'GET',
      url: `/api/subsidy/applications/${a1.id}/demand-supply`,
      headers: callers['head.astana']!.headers,
    });
    expect(stored.json()).toEqual({ assessment });
  });

  it("B03-2.1 only the specialist of the application's centre may assess it", async () => {
    const head = await app.inject({
      method: 'POST',
      url: `/api/subsidy/applications/${a2.id}/demand-supply`,
      headers: callers['head.astana']!.headers,
    });
    expect(head.statusCode).toBe(403);
    const other = await app.inject({
      method: 'POST',
      url: `/api/subsidy/applications/${a2.id}/demand-supply`,
      headers: otherCentre(),
    });
    expect(problemOf(other)).toMatchObject({ status: 404, body: { code: 'record.not_found' } });
    expect((await applicationRow(a2.id)).demand_supply).toBeNull();
  });
});

describe('B03-2.2 compliance', () => {
  type Item = { id: string; kind: string; result: string; reason: string | null; params: Record<string, unknown> };
  const checklistOf = async (id: string, headers = specialist()) => {
    const response = await app.inject({ method: 'GET', url: `/api/subsidy/applications/${id}/compliance`, headers });
    expect(response.statusCode, response.body).toBe(200);
    return response.json() as { revision: number; items: Item[]; summary: Record<string, number> };
  };
  const itemOf = (checklist: { items: Item[] }, id: string) => checklist.items.find((i) => i.id === id)!;

  it('B03-2.2 automatic items reflect a failed registry condition, a wage under the МЗП and a too long duration', async () => {
    const app1 = await newSubmitted({
      failingConditions: ['no_tax_debt'],
      positions: [
        { occupationCode: '5120', jobs: 2, monthlyWage: 80_000 },
        { occupationCode: '9112', jobs: 1, durationMonths: 24 },
      ],
    });
    const checklist = await checklistOf(app1.id);
    expect(itemOf(checklist, 'condition_no_tax_debt')).toMatchObject({
      kind: 'auto',
      result: 'failed',
      reason: 'condition_no_tax_debt.failed',
      params: { hasTaxDebt: true, taxDebtAmountTenge: 1_250_000 },
    });
    expect(itemOf(checklist, 'condition_active')).toMatchObject({ result: 'passed' });
    expect(itemOf(checklist, 'programme_in_force')).toMatchObject({ result: 'passed' });
    expect(itemOf(checklist, 'positions_present')).toMatchObject({
      result: 'passed',
      params: { positions: 2, jobs: 3 },
    });
    expect(itemOf(checklist, 'wage_at_least_mzp.1')).toMatchObject({
      result: 'failed',
      params: { wage: 80_000, mzp: 85_000, position: 1 },
    });
    expect(itemOf(checklist, 'wage_at_least_mzp.2')).toMatchObject({ result: 'passed' });
    expect(itemOf(checklist, 'duration_within_maximum.2')).toMatchObject({
      result: 'failed',
      params: { duration: 24, maximum: 12 },
    });
    // Not yet assessed (B03-2.1), and the manual items not yet checked: unknown, with the reason.
    expect(itemOf(checklist, 'target_group_available.1')).toMatchObject({ result: 'unknown', reason: 'not_assessed' });
    expect(itemOf(checklist, 'earlier_contracts_fulfilled')).toMatchObject({
      kind: 'manual',
      result: 'unknown',
      reason: 'not_checked',
    });
    expect(checklist.summary.failed).toBe(3);
  });

  it('B03-2.2 target-group availability comes from the stored B03-2.1 assessment', async () => {
    const checklist = await checklistOf(a1.id);
    expect(itemOf(checklist, 'target_group_available.1')).toMatchObject({
      result: 'failed',
      params: { jobs: 3, qualifying: 2 },
    });
    expect(itemOf(checklist, 'target_group_available.2')).toMatchObject({ result: 'passed' });
  });

  it('B03-2.2 a manual item is saved for the current revision and asked afresh for the next one', async () => {
    const app1 = await newSubmitted();
    const put = (headers = specialist()) =>
      app.inject({
        method: 'PUT',
        url: `/api/subsidy/applications/${app1.id}/compliance/earlier_contracts_fulfilled`,
        headers,
        payload: { result: 'passed', note: 'Договор 2025 года исполнен, 1 участник принят на постоянную работу.' },
      });
    // Before the review starts the checklist is read-only.
    expect(problemOf(await put())).toMatchObject({ status: 409, body: { code: 'workflow.action_not_allowed' } });
    await startReviewOf(app1.id, app1.version);
    expect(problemOf(await put(callers['head.astana']!.headers))).toMatchObject({ status: 403 });
    expect(problemOf(await put(otherCentre()))).toMatchObject({ status: 404 });

    const saved = await put();
    expect(saved.statusCode, saved.body).toBe(200);
    expect(itemOf(saved.json(), 'earlier_contracts_fulfilled')).toMatchObject({
      result: 'passed',
      reason: null,
      note: 'Договор 2025 года исполнен, 1 участник принят на постоянную работу.',
      checkedBy: 'specialist.astana',
    });
    const rows = await db
      .selectFrom('subsidy_compliance_checks')
      .selectAll()
      .where('application_id', '=', app1.id)
      .execute();
    expect(rows).toMatchObject([{ revision: 1, item: 'earlier_contracts_fulfilled', result: 'passed' }]);

    // The employer corrects and re-signs (B03-1.4, the employer module's): revision 2 reaches the centre.
    await db
      .updateTable('subsidy_applications')
      .set((eb) => ({ status: 'submitted', revision: 2, version: eb('version', '+', 1) }))
      .where('id', '=', app1.id)
      .execute();
    const resubmitted = await applicationRow(app1.id);
    await startReviewOf(app1.id, resubmitted.version);
    const checklist = await checklistOf(app1.id);
    expect(checklist.revision).toBe(2);
    expect(itemOf(checklist, 'earlier_contracts_fulfilled')).toMatchObject({ result: 'unknown', note: null });
    expect(await countRows(db, 'subsidy_compliance_checks')).toBeGreaterThanOrEqual(1);
  });

  it('B03-2.2 refuses an item that is not a manual check, and another centre sees nothing (404)', async () => {
    const response = await app.inject({
      method: 'PUT',
      url: `/api/subsidy/applications/${a1.id}/compliance/condition_no_tax_debt`,
      headers: specialist(),
      payload: { result: 'passed' },
    });
    expect(problemOf(response)).toMatchObject({ status: 400, body: { code: 'validation.failed' } });
    const other = await app.inject({
      method: 'GET',
      url: `/api/subsidy/applications/${a1.id}/compliance`,
      headers: otherCentre(),
    });
    expect(problemOf(other)).toMatchObject({ status: 404, body: { code: 'record.not_found' } });
  });
});

describe('B03-2.3 remarks', () => {
  const remarks = [
    { field: 'wage', text: 'Укажите заработную плату не ниже МЗП (85 000 ₸).' },
    { text: 'Приложите штатное расписание.' },
  ];

  it('B03-2.3 a remark returns the application to the employer, who is notified by inbox and e-mail', async () => {
    const app1 = await newSubmitted();
    const { version } = await startReviewOf(app1.id, app1.version);
    const response = await app.inject({
      method: 'POST',
      url: `/api/subsidy/applications/${app1.id}/return`,
      headers: specialist(),
      payload: { version, remarks },
    });
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json()).toMatchObject({ id: app1.id, status: 'returned', version: version + 1 });
    expect((await applicationRow(app1.id)).status).toBe('returned');

    const stored = await db
      .selectFrom('subsidy_application_remarks')
      .selectAll()
      .where('application_id', '=', app1.id)
      .execute();
    expect(stored).toHaveLength(2);
    expect(stored.find((r) => r.field !== null)).toMatchObject({
      revision: 1,
      field: 'wage',
      author_id: world.users.specialistAstana,
    });
    expect(stored.find((r) => r.field === null)).toMatchObject({ revision: 1, text: 'Приложите штатное расписание.' });

    const notices = await db
      .selectFrom('notifications')
      .selectAll()
      .where('user_id', '=', world.users.employerA)
      .where('template', '=', 'subsidy.application_returned')
      .execute();
    expect(notices.some((n) => n.link === `/employer/applications/${app1.id}`)).toBe(true);
    const mail = await db
      .selectFrom('outbound_mail')
      .selectAll()
      .where('user_id', '=', world.users.employerA)
      .where('subject', '=', `Заявка ${app1.number} возвращена с замечаниями`)
      .execute();
    expect(mail).toHaveLength(1);
    expect(mail[0]!.body).toContain('(количество: 2)');
    const view = await app.inject({
      method: 'GET',
      url: `/api/subsidy/applications/${app1.id}`,
      headers: callers['employer.a']!.headers,
    });
    expect(view.json()).toMatchObject({ status: 'returned' });
    expect(view.json().remarks).toHaveLength(2);

    const audit = await db
      .selectFrom('audit_log')
      .selectAll()
      .where('subject_id', '=', app1.id)
      .where('step', '=', 'B03-2.3')
      .executeTakeFirstOrThrow();
    expect(audit).toMatchObject({ from_status: 'under_review', to_status: 'returned' });
  });

  it('B03-2.3 another centre gets 404, the employer and the head 403, a stale version 409 — and nothing changes', async () => {
    const app1 = await newSubmitted();
    const { version } = await startReviewOf(app1.id, app1.version);
    const returnAs = (headers: Record<string, string>, v = version) =>
      app.inject({
        method: 'POST',
        url: `/api/subsidy/applications/${app1.id}/return`,
        headers,
        payload: { version: v, remarks },
      });
    expect(problemOf(await returnAs(otherCentre()))).toMatchObject({ status: 404, body: { code: 'record.not_found' } });
    expect(problemOf(await returnAs(callers['employer.a']!.headers))).toMatchObject({
      status: 403,
      body: { code: 'auth.forbidden' },
    });
    expect(problemOf(await returnAs(callers['head.astana']!.headers))).toMatchObject({ status: 403 });
    expect(problemOf(await returnAs(specialist(), version - 1))).toMatchObject({
      status: 409,
      body: { code: 'workflow.conflict' },
    });
    expect((await applicationRow(app1.id)).status).toBe('under_review');
    const count = await db
      .selectFrom('subsidy_application_remarks')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('application_id', '=', app1.id)
      .executeTakeFirstOrThrow();
    expect(Number(count.n)).toBe(0);
  });

  it('B03-2.3 needs 1 to 20 remarks, and only an application under review can be returned', async () => {
    const app1 = await newSubmitted();
    const empty = await app.inject({
      method: 'POST',
      url: `/api/subsidy/applications/${app1.id}/return`,
      headers: specialist(),
      payload: { version: app1.version, remarks: [] },
    });
    expect(problemOf(empty)).toMatchObject({ status: 400, body: { code: 'validation.failed' } });
    expect(problemOf(empty).body.errors).toMatchObject([{ field: 'remarks', code: 'validation.remarks_count' }]);
    const unknownField = await app.inject({
      method: 'POST',
      url: `/api/subsidy/applications/${app1.id}/return`,
      headers: specialist(),
      payload: { version: app1.version, remarks: [{ field: 'salary', text: 'Поднять' }] },
    });
    expect(problemOf(unknownField).body.errors).toMatchObject([{ field: 'remarks.0.field' }]);
    const notUnderReview = await app.inject({
      method: 'POST',
      url: `/api/subsidy/applications/${app1.id}/return`,
      headers: specialist(),
      payload: { version: app1.version, remarks },
    });
    expect(problemOf(notUnderReview)).toMatchObject({ status: 409, body: { code: 'workflow.action_not_allowed' } });
  });
});

describe('B03-2.4 consultations', () => {
  const consultation = {
    givenOn: '2026-02-27',
    channel: 'phone',
    topic: 'Заработная плата по позиции «Сварщик»',
    summary: 'Разъяснили, что зарплата не может быть ниже МЗП, и как исправить заявку после замечаний.',
  };

  it('B03-2.4 a consultation is logged on the application, for the employer to see', async () => {
    const response = await app.inject({
      method: 'POST',
      url: `/api/subsidy/applications/${a2.id}/consultations`,
      headers: specialist(),
      payload: consultation,
    });
    expect(response.statusCode, response.body).toBe(201);
    expect(response.json()).toMatchObject({ ...consultation, givenByName: 'specialist.astana' });
    // The employer reads it with the application (GET /api/subsidy/applications/:id, the employer module's view).
    const view = await app.inject({
      method: 'GET',
      url: `/api/subsidy/applications/${a2.id}`,
      headers: callers['employer.a']!.headers,
    });
    expect(view.statusCode, view.body).toBe(200);
    expect(view.json().consultations).toMatchObject([{ ...consultation, givenByName: 'specialist.astana' }]);
    const rows = await db.selectFrom('subsidy_consultations').selectAll().where('application_id', '=', a2.id).execute();
    expect(rows).toMatchObject([
      {
        given_on: consultation.givenOn,
        channel: 'phone',
        topic: consultation.topic,
        summary: consultation.summary,
        given_by: world.users.specialistAstana,
      },
    ]);
    const audit = await db
      .selectFrom('audit_log')
      .selectAll()
      .where('subject_id', '=', a2.id)
      .where('step', '=', 'B03-2.4')
      .executeTakeFirstOrThrow();
    expect(audit.details).toMatchObject({ channel: 'phone' });
    expect(JSON.stringify(audit.details)).not.toContain(consultation.summary);
  });

  it('B03-2.4 refuses a date in the future, the head (403) and another centre (404)', async () => {
    const post = (headers: Record<string, string>, payload = consultation) =>
      app.inject({ method: 'POST', url: `/api/subsidy/applications/${a2.id}/consultations`, headers, payload });
    const before = await countRows(db, 'subsidy_consultations');
    const future = problemOf(await post(specialist(), { ...consultation, givenOn: '2026-03-03' }));
    expect(future).toMatchObject({ status: 422, body: { code: 'subsidy_review.consultation_in_future' } });
    expect(future.body.errors).toMatchObject([{ field: 'givenOn' }]);
    expect(problemOf(await post(callers['head.astana']!.headers))).toMatchObject({ status: 403 });
    expect(problemOf(await post(otherCentre()))).toMatchObject({ status: 404 });
    expect(problemOf(await post(callers['employer.a']!.headers))).toMatchObject({ status: 403 });
    expect(await countRows(db, 'subsidy_consultations')).toBe(before);
  });
});
