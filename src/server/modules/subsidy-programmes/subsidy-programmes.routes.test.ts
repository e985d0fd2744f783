// The programme and МРП/МЗП routes: public reading, administrator-only writes, field errors, the closing of the
// version a new one follows, and the audit entry each change leaves.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { countRows, seedTestWorld, type TestWorld } from '../../../../tests/support/fixtures';
import { buildTestApp, logIn, problemOf } from '../../../../tests/support/test-app';
import { useTestDatabase } from '../../../../tests/support/test-database';
import type {
  NewProgrammeVersionInput,
  ParticipantRulesResponse,
  ProgrammesResponse,
} from '../../../shared/api/subsidy-programmes';
import { categoriesOn } from '../../../shared/seekers/categories';
import { indicatorsByYear, programmeCatalogue } from '../../../shared/subsidy/programmes';
import type { Db } from '../../platform/db/database';
import type { App } from '../../platform/http';
import { seedProgrammeCatalogue } from './subsidy-programmes.repository';
import { findParticipantLimits } from './subsidy-programmes.usecases';

let db: Db;
let app: App;
let world: TestWorld;

const NOW = '2026-03-02T05:00:00Z';
const PROGRAMMES = '/api/admin/subsidy/programmes';

/** A complete, valid new version; each test changes what it is about. */
function newVersion(overrides: Partial<NewProgrammeVersionInput> = {}): NewProgrammeVersionInput {
  return {
    code: 'social_jobs',
    name: { kk: 'Әлеуметтік жұмыс орындары', ru: 'Социальные рабочие места', en: 'Social jobs' },
    targetGroups: ['unemployed', 'target_groups'],
    minParticipantAge: null,
    maxParticipantAge: null,
    maxDurationMonths: 12,
    formula: { kind: 'wage_share', percent: 40, capMrp: 30 },
    validFrom: '2026-07-01',
    validTo: null,
    source: 'Приказ МТСЗН РК (тестовая редакция) от 01.06.2026',
    certainty: { participants: 'verified', duration: 'verified', formula: 'unconfirmed' },
    ...overrides,
  };
}

const auditOf = (action: string) =>
  db.selectFrom('audit_log').selectAll().where('action', '=', action).orderBy('seq').execute();

async function programmes(query = ''): Promise<ProgrammesResponse> {
  const response = await app.inject({ method: 'GET', url: `/api/subsidy/programmes${query}` });
  expect(response.statusCode).toBe(200);
  return response.json();
}

beforeAll(async () => {
  ({ db } = await useTestDatabase());
  world = await seedTestWorld(db);
  await seedProgrammeCatalogue(db, {
    programmes: programmeCatalogue,
    indicators: indicatorsByYear,
    now: new Date(NOW),
  });
  ({ app } = await buildTestApp(db, { now: NOW }));
});

afterAll(async () => {
  await app.close();
});

describe('GET /api/subsidy/programmes and /api/subsidy/indicators (public)', () => {
  it('gives anyone the six programmes in force today, each with its source and how sure each part is', async () => {
    const { onDate, items } = await programmes();
    expect(onDate).toBe('2026-03-02');
    expect(items.map((p) => p.code).sort()).toEqual(
      ['contract_of_generations', 'first_job', 'public_works', 'silver_age', 'social_jobs', 'youth_practice'].sort(),
    );
    expect(items.every((p) => p.inForce && p.source.length > 0)).toBe(true);
    const youth = items.find((p) => p.code === 'youth_practice')!;
    expect(youth).toMatchObject({
      version: 1,
      name: { kk: 'Жастар практикасы', ru: 'Молодёжная практика', en: 'Youth practice' },
      targetGroups: ['unemployed', 'graduate', 'youth'],
      minParticipantAge: null,
      maxParticipantAge: 35,
      maxDurationMonths: 12,
      formula: { kind: 'fixed_mrp', mrp: 30 },
      validFrom: '2023-07-01',
      validTo: null,
      certainty: { participants: 'unconfirmed', duration: 'secondary', formula: 'secondary' },
    });
    expect(youth.source).toContain('№ 275');
    expect(items.find((p) => p.code === 'silver_age')!.formula).toEqual({
      kind: 'wage_share_by_year',
      percentByYear: [70, 65, 60],
      capMrp: 30,
    });
    expect(items.find((p) => p.code === 'contract_of_generations')!.formula).toEqual({ kind: 'not_set' });
  });

  it('gives anyone МРП and МЗП by year with their source and certainty', async () => {
    const response = await app.inject({ method: 'GET', url: '/api/subsidy/indicators' });
    expect(response.statusCode).toBe(200);
    const { items } = response.json();
    expect(items.map((i: { year: number }) => i.year)).toEqual([2024, 2025, 2026]);
    expect(items[2]).toMatchObject({ year: 2026, mrp: 4325, mzp: 85_000, certainty: 'verified' });
    expect(items[2].source).toContain('08.12.2025');
  });
});

describe('POST /api/admin/subsidy/programmes (administrator)', () => {
  it('refuses an anonymous caller (401) and every other role (403), changing nothing', async () => {
    const before = await countRows(db, 'subsidy_programme_versions');
    const anonymous = await app.inject({ method: 'POST', url: PROGRAMMES, payload: newVersion() });
    expect(problemOf(anonymous)).toMatchObject({ status: 401, body: { code: 'auth.unauthenticated' } });
    for (const login of ['specialist.astana@test.kz', 'head.astana@test.kz', 'employer.a@test.kz', 'seeker@test.kz']) {
      const caller = await logIn(app, login);
      const response = await app.inject({
        method: 'POST',
        url: PROGRAMMES,
        headers: caller.headers,
        payload: newVersion(),
      });
      expect(problemOf(response), login).toMatchObject({ status: 403, body: { code: 'auth.forbidden' } });
    }
    expect(await countRows(db, 'subsidy_programme_versions')).toBe(before);
  });

  it('answers each invalid field with its path and a message in the caller’s language', async () => {
    const admin = await logIn(app, 'admin@test.kz');
    const response = await app.inject({
      method: 'POST',
      url: PROGRAMMES,
      headers: { ...admin.headers, 'accept-language': 'ru' },
      payload: {
        ...newVersion(),
        code: 'Social Jobs',
        name: { kk: ' ', ru: 'Социальные рабочие места' },
        targetGroups: [],
        formula: { kind: 'wage_share', percent: 120 },
        source: '',
        certainty: { participants: 'verified', duration: 'probably', formula: 'verified' },
      },
    });
    const problem = problemOf(response);
    expect(problem).toMatchObject({ status: 400, body: { code: 'validation.failed' } });
    const errors = problem.body.errors as { field: string; code: string; message: string }[];
    expect(Object.fromEntries(errors.map((e) => [e.field, e.code]))).toMatchObject({
      code: 'validation.programme_code_invalid',
      'name.kk': 'validation.required',
      targetGroups: 'validation.target_groups_required',
      'formula.percent': 'validation.too_big',
      source: 'validation.required',
      'certainty.duration': 'validation.invalid_value',
    });
    expect(errors.find((e) => e.field === 'targetGroups')!.message).toBe('Выберите хотя бы одну группу участников.');
  });

  it('checks each formula kind’s own fields, and the age and date ranges', async () => {
    const admin = await logIn(app, 'admin@test.kz');
    const send = async (payload: object) =>
      problemOf(await app.inject({ method: 'POST', url: PROGRAMMES, headers: admin.headers, payload }));

    const missingMrp = await send({ ...newVersion(), formula: { kind: 'fixed_mrp' } });
    expect(missingMrp.body.errors).toEqual([
      expect.objectContaining({ field: 'formula.mrp', code: 'validation.required' }),
    ]);

    const fractionalYear = await send({
      ...newVersion(),
      formula: { kind: 'wage_share_by_year', percentByYear: [70, 65.5], capMrp: 30 },
    });
    expect(fractionalYear.body.errors).toEqual([
      expect.objectContaining({ field: 'formula.percentByYear.1', code: 'validation.integer_required' }),
    ]);

    const unknownKind = await send({ ...newVersion(), formula: { kind: 'bonus', percent: 10 } });
    expect(unknownKind.status).toBe(400);
    expect((unknownKind.body.errors as { field: string }[])[0]!.field).toMatch(/^formula/);

    const ranges = await send({
      ...newVersion(),
      minParticipantAge: 50,
      maxParticipantAge: 35,
      validFrom: '2026-07-01',
      validTo: '2026-06-30',
    });
    expect(ranges.body.errors).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ field: 'maxParticipantAge', code: 'validation.age_range_invalid' }),
        expect.objectContaining({ field: 'validTo', code: 'validation.valid_to_before_from' }),
      ]),
    );
    expect(await auditOf('subsidy_programmes.version_added')).toEqual([]);
  });

  it('adds version 2 from a future date and ends the open-ended version 1 the day before, in one audited change', async () => {
    const admin = await logIn(app, 'admin@test.kz');
    const response = await app.inject({
      method: 'POST',
      url: PROGRAMMES,
      headers: admin.headers,
      payload: newVersion(),
    });
    expect(response.statusCode).toBe(201);
    const created = response.json();
    expect(created).toMatchObject({
      code: 'social_jobs',
      version: 2,
      formula: { kind: 'wage_share', percent: 40, capMrp: 30 },
      validFrom: '2026-07-01',
      validTo: null,
      certainty: { formula: 'unconfirmed' },
      inForce: false,
    });

    const social = (await programmes('?all=true')).items.filter((p) => p.code === 'social_jobs');
    expect(social.map((p) => [p.version, p.validFrom, p.validTo, p.inForce])).toEqual([
      [1, '2023-07-01', '2026-06-30', true],
      [2, '2026-07-01', null, false],
    ]);
    // Today's answer is still version 1.
    expect((await programmes()).items.find((p) => p.code === 'social_jobs')).toMatchObject({ version: 1 });

    const [entry] = await auditOf('subsidy_programmes.version_added');
    expect(entry).toMatchObject({
      actor_id: world.users.admin,
      actor_role: 'administrator',
      subject_type: 'subsidy_programme_version',
      subject_id: created.id,
    });
    expect(entry!.details).toMatchObject({
      code: 'social_jobs',
      version: 2,
      validFrom: '2026-07-01',
      formula: { kind: 'wage_share', percent: 40, capMrp: 30 },
      closed: [{ id: social[0]!.id, version: 1, validTo: '2026-06-30' }],
    });
    expect(JSON.stringify(entry!.details)).not.toContain('admin@test.kz');
  });

  it('refuses (422) a version starting on or before the latest version’s start, changing nothing', async () => {
    const admin = await logIn(app, 'admin@test.kz');
    const versionsBefore = await db.selectFrom('subsidy_programme_versions').selectAll().orderBy('id').execute();
    const auditsBefore = await countRows(db, 'audit_log');
    for (const validFrom of ['2026-05-01', '2026-07-01']) {
      const problem = problemOf(
        await app.inject({
          method: 'POST',
          url: PROGRAMMES,
          headers: { ...admin.headers, 'accept-language': 'kk' },
          payload: newVersion({ validFrom }),
        }),
      );
      expect(problem).toMatchObject({ status: 422, body: { code: 'subsidy_programmes.starts_before_existing' } });
      expect(problem.body.detail).toBe('Жаңа нұсқа 2026-07-01 бастап қолданылатын 2-нұсқадан кейін күшіне енуі керек.');
      expect(problem.body.errors).toEqual([expect.objectContaining({ field: 'validFrom' })]);
    }
    expect(await db.selectFrom('subsidy_programme_versions').selectAll().orderBy('id').execute()).toEqual(
      versionsBefore,
    );
    expect(await countRows(db, 'audit_log')).toBe(auditsBefore);
  });

  it('closes a version that ends after the new start too, so two versions never overlap', async () => {
    const admin = await logIn(app, 'admin@test.kz');
    const add = (payload: NewProgrammeVersionInput) =>
      app.inject({ method: 'POST', url: PROGRAMMES, headers: admin.headers, payload });
    expect(
      (await add(newVersion({ code: 'seasonal_jobs', validFrom: '2026-01-01', validTo: '2026-12-31' }))).statusCode,
    ).toBe(201);
    expect((await add(newVersion({ code: 'seasonal_jobs', validFrom: '2026-10-01' }))).statusCode).toBe(201);
    const seasonal = (await programmes('?all=true')).items.filter((p) => p.code === 'seasonal_jobs');
    expect(seasonal.map((p) => [p.version, p.validFrom, p.validTo])).toEqual([
      [1, '2026-01-01', '2026-09-30'],
      [2, '2026-10-01', null],
    ]);
  });

  it('numbers versions added at the same moment one after the other, never alike', async () => {
    const admin = await logIn(app, 'admin@test.kz');
    const responses = await Promise.all(
      ['2027-01-01', '2027-02-01', '2027-03-01', '2027-04-01'].map((validFrom) =>
        app.inject({
          method: 'POST',
          url: PROGRAMMES,
          headers: admin.headers,
          payload: newVersion({ code: 'parallel_jobs', validFrom }),
        }),
      ),
    );
    // A version that lost the race to a later start is refused; none fails or shares a number.
    expect(responses.map((r) => r.statusCode).every((s) => s === 201 || s === 422)).toBe(true);
    const stored = (await programmes('?all=true')).items.filter((p) => p.code === 'parallel_jobs');
    expect(stored).toHaveLength(responses.filter((r) => r.statusCode === 201).length);
    expect(stored.map((p) => p.version)).toEqual(stored.map((_, i) => i + 1));
    expect(stored.filter((p) => p.validTo === null)).toHaveLength(1);
  });

  it('starts a new programme code at version 1, in force at once when it starts today', async () => {
    const admin = await logIn(app, 'admin@test.kz');
    const response = await app.inject({
      method: 'POST',
      url: PROGRAMMES,
      headers: admin.headers,
      payload: newVersion({
        code: 'green_jobs',
        name: { kk: 'Жасыл жұмыс орындары', ru: 'Зелёные рабочие места' },
        targetGroups: ['unemployed', 'youth'],
        minParticipantAge: 18,
        maxParticipantAge: 29,
        maxDurationMonths: null,
        formula: { kind: 'not_set' },
        validFrom: '2026-03-02',
      }),
    });
    expect(response.statusCode).toBe(201);
    expect(response.json()).toMatchObject({
      code: 'green_jobs',
      version: 1,
      inForce: true,
      formula: { kind: 'not_set' },
    });
    expect((await programmes()).items.find((p) => p.code === 'green_jobs')).toMatchObject({
      minParticipantAge: 18,
      maxParticipantAge: 29,
      maxDurationMonths: null,
    });
  });
});

describe('PUT /api/admin/subsidy/indicators/:year (administrator)', () => {
  const body = { mrp: 4_500, mzp: 90_000, source: 'Проект закона о республиканском бюджете', certainty: 'unconfirmed' };

  it('refuses an anonymous caller (401) and every other role (403), changing nothing', async () => {
    const anonymous = await app.inject({ method: 'PUT', url: '/api/admin/subsidy/indicators/2027', payload: body });
    expect(anonymous.statusCode).toBe(401);
    for (const login of [
      'specialist.astana@test.kz',
      'analyst.astana@test.kz',
      'employer.a@test.kz',
      'seeker@test.kz',
    ]) {
      const caller = await logIn(app, login);
      const response = await app.inject({
        method: 'PUT',
        url: '/api/admin/subsidy/indicators/2027',
        headers: caller.headers,
        payload: body,
      });
      expect(response.statusCode, login).toBe(403);
    }
    expect(await db.selectFrom('wage_indicators').select('year').where('year', '=', 2027).execute()).toEqual([]);
  });

  it('adds a year, then replaces a year’s values; each change audited with the values it replaced', async () => {
    const admin = await logIn(app, 'admin@test.kz');
    const added = await app.inject({
      method: 'PUT',
      url: '/api/admin/subsidy/indicators/2027',
      headers: admin.headers,
      payload: body,
    });
    expect(added.statusCode).toBe(200);
    expect(added.json()).toMatchObject({ year: 2027, mrp: 4_500, mzp: 90_000, certainty: 'unconfirmed' });

    const corrected = await app.inject({
      method: 'PUT',
      url: '/api/admin/subsidy/indicators/2026',
      headers: admin.headers,
      payload: {
        mrp: 4_325,
        mzp: 85_000,
        source: 'Закон РК о республиканском бюджете на 2026–2028 годы',
        certainty: 'verified',
      },
    });
    expect(corrected.statusCode).toBe(200);

    const { items } = (await app.inject({ method: 'GET', url: '/api/subsidy/indicators' })).json();
    expect(items.map((i: { year: number }) => i.year)).toEqual([2024, 2025, 2026, 2027]);
    expect(items[2].source).toBe('Закон РК о республиканском бюджете на 2026–2028 годы');
    const row = await db.selectFrom('wage_indicators').selectAll().where('year', '=', 2026).executeTakeFirstOrThrow();
    expect(row.updated_by).toBe(world.users.admin);

    const entries = await auditOf('subsidy_programmes.indicators_set');
    expect(entries.map((e) => [e.subject_type, e.subject_id, e.actor_id])).toEqual([
      ['wage_indicators', '2027', world.users.admin],
      ['wage_indicators', '2026', world.users.admin],
    ]);
    expect(entries[0]!.details).toMatchObject({ year: 2027, mrp: 4_500, mzp: 90_000, previous: null });
    expect(entries[1]!.details).toMatchObject({
      year: 2026,
      previous: { mrp: 4_325, mzp: 85_000, certainty: 'verified' },
    });
  });

  it('answers invalid values with their fields, and a year out of range', async () => {
    const admin = await logIn(app, 'admin@test.kz');
    const invalid = problemOf(
      await app.inject({
        method: 'PUT',
        url: '/api/admin/subsidy/indicators/2028',
        headers: admin.headers,
        payload: { mrp: 0, mzp: 85_000.5, source: ' ', certainty: 'maybe' },
      }),
    );
    expect(invalid.status).toBe(400);
    expect((invalid.body.errors as { field: string }[]).map((e) => e.field).sort()).toEqual(
      ['certainty', 'mrp', 'mzp', 'source'].sort(),
    );
    const badYear = problemOf(
      await app.inject({
        method: 'PUT',
        url: '/api/admin/subsidy/indicators/1999',
        headers: admin.headers,
        payload: body,
      }),
    );
    expect(badYear.status).toBe(400);
    expect(badYear.body.errors).toEqual([expect.objectContaining({ field: 'year' })]);
  });
});

describe('participant rules as dated data (GET public, POST administrator)', () => {
  const RULES = '/api/admin/subsidy/participant-rules';
  const youthFrom = (validFrom: string, years: number) => ({
    kind: 'youth_max_age',
    sex: 'any',
    validFrom,
    value: { years },
    source: 'Приказ МТСЗН РК (тестовая редакция) от 01.06.2026',
    certainty: 'secondary',
  });

  it('gives anyone the rules with their sources, the unconfirmed ones marked, the one of today in force', async () => {
    const response = await app.inject({ method: 'GET', url: '/api/subsidy/participant-rules' });
    expect(response.statusCode).toBe(200);
    const { onDate, items } = response.json() as ParticipantRulesResponse;
    expect(onDate).toBe('2026-03-02');
    expect(items.find((r) => r.kind === 'youth_max_age')).toMatchObject({
      value: { years: 35 },
      certainty: 'unconfirmed',
      inForce: true,
    });
    const women = items.filter((r) => r.kind === 'retirement_age' && r.sex === 'female');
    expect(women.map((r) => [r.validFrom, r.value, r.inForce])).toEqual([
      ['2023-01-01', { months: 732 }, true],
      ['2028-01-01', { months: 738 }, false],
      ['2029-01-01', { months: 744 }, false],
      ['2030-01-01', { months: 750 }, false],
      ['2031-01-01', { months: 756 }, false],
    ]);
    expect(items.every((r) => r.source.length > 0)).toBe(true);
  });

  it('refuses an anonymous caller (401) and every other role (403), changing nothing', async () => {
    const before = await countRows(db, 'subsidy_participant_rules');
    expect((await app.inject({ method: 'POST', url: RULES, payload: youthFrom('2026-07-01', 30) })).statusCode).toBe(
      401,
    );
    for (const login of ['specialist.astana@test.kz', 'employer.a@test.kz', 'seeker@test.kz']) {
      const caller = await logIn(app, login);
      const response = await app.inject({
        method: 'POST',
        url: RULES,
        headers: caller.headers,
        payload: youthFrom('2026-07-01', 30),
      });
      expect(response.statusCode, login).toBe(403);
    }
    expect(await countRows(db, 'subsidy_participant_rules')).toBe(before);
  });

  it('B03-2.1 an administrator dates a new youth bound: the categories follow it from that date, audited', async () => {
    const admin = await logIn(app, 'admin@test.kz');
    const invalid = await app.inject({
      method: 'POST',
      url: RULES,
      headers: admin.headers,
      payload: { ...youthFrom('2026-07-01', 30), sex: 'female', value: { months: 700 } },
    });
    expect(problemOf(invalid).status).toBe(400);
    expect((invalid.json().errors as { field: string }[]).map((e) => e.field).sort()).toEqual(['sex', 'value']);

    const saved = await app.inject({
      method: 'POST',
      url: RULES,
      headers: admin.headers,
      payload: youthFrom('2026-07-01', 30),
    });
    expect(saved.statusCode, saved.body).toBe(201);
    expect(saved.json()).toMatchObject({ kind: 'youth_max_age', value: { years: 30 }, inForce: false });
    expect((await findParticipantLimits(db, '2026-06-30')).youthMaxAge).toBe(35);
    expect((await findParticipantLimits(db, '2026-07-01')).youthMaxAge).toBe(30);
    // A 33-year-old is young on 30 June 2026 and not on 1 July, by the data alone.
    const facts = {
      birthDate: '1993-01-01',
      hasDisability: false,
      hasWorkExperience: true,
      rural: false,
      categories: [],
    };
    expect(categoriesOn(facts, '2026-06-30', await findParticipantLimits(db, '2026-06-30')).has('youth')).toBe(true);
    expect(categoriesOn(facts, '2026-07-01', await findParticipantLimits(db, '2026-07-01')).has('youth')).toBe(false);
    const [entry] = await auditOf('subsidy_programmes.participant_rule_set');
    expect(entry).toMatchObject({
      actor_id: world.users.admin,
      subject_type: 'subsidy_participant_rule',
      subject_id: 'youth_max_age:any:2026-07-01',
    });
    expect(entry!.details).toMatchObject({ value: { years: 30 }, previous: null });
  });
});
