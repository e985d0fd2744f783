// Districts as КАТО codes end to end over HTTP: what the seeker and the employer choose in their languages meets in
// B03-2.1's counts, an unknown code is refused, and the old free texts are mapped by the migration.
import { Migrator, sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrations } from '../../../../migrations';
import { seedTestWorld, type TestWorld } from '../../../../tests/support/fixtures';
import { buildTestApp, type Caller, logIn, problemOf } from '../../../../tests/support/test-app';
import { useTestDatabase } from '../../../../tests/support/test-database';
import kkErrors from '../../../shared/i18n/kk.errors.json';
import ruErrors from '../../../shared/i18n/ru.errors.json';
import { indicatorsByYear, programmeCatalogue } from '../../../shared/subsidy/programmes';
import { type Db, openDatabase } from '../../platform/db/database';
import type { App } from '../../platform/http';
import { insertSubmittedApplication as insertLegacyApplication } from '../commission/commission.fixtures';
import { insertOrganisation, insertUser, makeBin, makeIin } from '../identity/identity.fixtures';
import { insertSeekerRegistration } from '../seekers';
import { seedProgrammeCatalogue } from '../subsidy-programmes';
import { insertSubmittedApplication } from './subsidy-review.fixtures';

let db: Db;
let app: App;
let world: TestWorld;
const callers: Record<string, Caller> = {};

beforeAll(async () => {
  ({ db } = await useTestDatabase());
  world = await seedTestWorld(db);
  await seedProgrammeCatalogue(db, {
    programmes: programmeCatalogue,
    indicators: indicatorsByYear,
    now: new Date('2026-01-01T00:00:00Z'),
  });
  ({ app } = await buildTestApp(db, { now: '2026-03-02T05:00:00Z' }));
  for (const login of ['seeker@test.kz', 'employer.a@test.kz', 'specialist.astana@test.kz']) {
    callers[login.split('@')[0]!] = await logIn(app, login);
  }
});

afterAll(async () => {
  await app.close();
});

const profile = {
  region: 'astana',
  rural: false,
  occupationCode: '7212',
  hasDisability: true,
  hasWorkExperience: true,
  educationLevel: 'vocational',
  graduationYear: null,
  phone: null,
};
const saveProfile = (district: string, language: 'kk' | 'ru', extra: object = {}) =>
  app.inject({
    method: 'PUT',
    url: '/api/seekers/me/profile',
    headers: { ...callers.seeker!.headers, 'accept-language': language },
    payload: { ...profile, district, version: 0, ...extra },
  });

const position = {
  occupationCode: '7212',
  jobs: 2,
  monthlyWage: 150_000,
  schedule: 'full_time',
  workplace: 'г. Астана, ул. Сығанақ, 10',
  durationMonths: 12,
  requirements: '',
};
async function saveForm(district: string) {
  const draft = await app.inject({
    method: 'POST',
    url: '/api/subsidy/applications',
    headers: callers['employer.a']!.headers,
    payload: { programmeCode: 'social_jobs', centreId: world.centres.astana },
  });
  expect(draft.statusCode, draft.body).toBe(201);
  const response = await app.inject({
    method: 'PUT',
    url: `/api/subsidy/applications/${draft.json().id}/form`,
    headers: { ...callers['employer.a']!.headers, 'accept-language': 'ru' },
    payload: {
      version: draft.json().version,
      programmeCode: 'social_jobs',
      centreId: world.centres.astana,
      contactName: 'Айгерім Сапарова',
      contactPhone: '+7 701 123 45 67',
      contactEmail: 'hr@a.kz',
      positions: [{ ...position, district }],
    },
  });
  return { id: draft.json().id as string, response };
}

describe('B03-2.1 districts by КАТО code', () => {
  it('B03-2.1 a seeker who chose "Есіл ауданы" in Kazakh and a position chosen in Russian ("Есильский район") are counted together', async () => {
    // The seeker's picker in Kazakh shows "Есіл ауданы"; it sends the code.
    const saved = await saveProfile('711210000', 'kk');
    expect(saved.statusCode, saved.body).toBe(200);
    expect(saved.json()).toMatchObject({ district: '711210000', districtAsWritten: 'район Есиль' });
    await insertSeekerRegistration(db, {
      seekerId: world.users.seeker,
      centreId: world.centres.astana,
      kind: 'unemployed',
      status: 'registered',
      categories: [],
      requestedAt: new Date('2026-03-02T04:00:00Z'),
      decidedAt: new Date('2026-03-02T04:30:00Z'),
      decidedBy: world.users.assistanceAstana,
      createdBy: world.users.seeker,
    });

    // The employer's picker in Russian: the same code, saved on the position.
    const form = await saveForm('711210000');
    expect(form.response.statusCode, form.response.body).toBeLessThan(300);
    const view = await app.inject({
      method: 'GET',
      url: `/api/subsidy/applications/${form.id}`,
      headers: callers['employer.a']!.headers,
    });
    expect(view.json().positions[0]).toMatchObject({ district: '711210000', districtAsWritten: 'район Есиль' });

    // Submitted with that position, it meets the seeker in the centre's report and in the application's assessment.
    const submitted = await insertSubmittedApplication(db, {
      employerId: world.employers.a,
      centreId: world.centres.astana,
      submittedBy: world.users.employerA,
      submittedAt: new Date('2026-03-01T05:00:00Z'),
      programmeCode: 'social_jobs',
      positions: [{ occupationCode: '7212', jobs: 2, district: '711210000' }],
    });
    const report = await app.inject({
      method: 'GET',
      url: '/api/subsidy/demand-supply?from=2026-03-01&to=2026-03-02',
      headers: callers['specialist.astana']!.headers,
    });
    expect(report.statusCode, report.body).toBe(200);
    expect(report.json().rows).toEqual([
      expect.objectContaining({
        occupationCode: '7212',
        districts: ['711210000'],
        seekers: { byOccupation: 1, qualifying: 1, qualifyingInDistrict: 1 },
      }),
    ]);
    const assessed = await app.inject({
      method: 'POST',
      url: `/api/subsidy/applications/${submitted.id}/demand-supply`,
      headers: callers['specialist.astana']!.headers,
    });
    expect(assessed.json().positions[0].seekers).toEqual({ byOccupation: 1, qualifying: 1, qualifyingInDistrict: 1 });
  });

  it("an unknown code (or a name typed instead of a code) is refused with a clear message in the caller's language", async () => {
    for (const district of ['711990000', 'Есіл ауданы']) {
      const refused = problemOf(await saveProfile(district, 'kk', { version: 1 }));
      expect(refused.status, district).toBe(400);
      expect(refused.body.errors).toEqual([
        { field: 'district', code: 'validation.district_unknown', message: kkErrors['validation.district_unknown'] },
      ]);
    }
    const form = await saveForm('711990000');
    expect(problemOf(form.response).body.errors).toEqual([
      {
        field: 'positions.0.district',
        code: 'validation.district_unknown',
        message: ruErrors['validation.district_unknown'],
      },
    ]);
  });

  it("a district of another region is refused: the seeker's region, the centre's region for a position", async () => {
    const seeker = problemOf(await saveProfile('751410000', 'ru', { version: 1 }));
    expect(seeker).toMatchObject({ status: 422, body: { code: 'seekers.district_not_in_region' } });
    // An Almaty district for the Astana centre.
    const form = problemOf((await saveForm('751410000')).response);
    expect(form.status).toBe(422);
    expect(form.body.errors).toEqual([
      expect.objectContaining({ field: 'positions.0.district', code: 'subsidized_jobs.district_not_in_region' }),
    ]);
  });
});

describe('migration 0011 maps the old free-text districts', () => {
  it('maps a text naming a district of its region in either language, and keeps any other text with no code', async () => {
    const handle = await openDatabase({ dataDir: ':memory:' });
    try {
      const legacy = handle.db;
      const migrator = new Migrator({ db: legacy, provider: { getMigrations: async () => migrations } });
      expect((await migrator.migrateTo('0010-text-search')).error).toBeUndefined();
      const centre = await insertOrganisation(legacy, {
        kind: 'centre',
        bin: makeBin('0904', 8),
        nameKk: 'Астана ЕМО',
        nameRu: 'ЦТМ Астаны',
        region: 'astana',
      });
      const employer = await insertOrganisation(legacy, {
        kind: 'employer',
        bin: makeBin('1504', 9),
        nameKk: 'А ЖШС',
        nameRu: 'ТОО «А»',
        region: 'astana',
      });
      const representative = await insertUser(legacy, {
        login: 'legacy.employer@test.kz',
        fullName: 'Legacy',
        role: 'employer_representative',
        organisationId: employer,
        passwordHash: 'x',
      });
      const seekers: Record<string, string> = {};
      for (const [index, district] of ['Есіл ауданы', 'Есильский район', 'сарыарқа  ауданы', 'Левый берег'].entries()) {
        const userId = await insertUser(legacy, {
          login: `legacy.seeker${index}@test.kz`,
          fullName: `Legacy ${index}`,
          role: 'job_seeker',
          iin: makeIin('1990-01-01', 'male', 900 + index),
          passwordHash: 'x',
        });
        await sql`insert into seeker_profiles (user_id, birth_date, sex, region, district, updated_at)
          values (${userId}, '1990-01-01', 'male', 'astana', ${district}, now())`.execute(legacy);
        seekers[district] = userId;
      }
      // The schema as of 0010 has no participant rules (0013): only the programmes and indicators of that time.
      await seedProgrammeCatalogue(legacy, {
        programmes: programmeCatalogue,
        indicators: indicatorsByYear,
        participantRules: [],
        now: new Date('2026-03-01T05:00:00Z'),
      });
      const application = await insertLegacyApplication(legacy, {
        employerId: employer,
        centreId: centre,
        submittedBy: representative,
        positions: [{ occupationCode: '7212', jobs: 1 }],
        submittedAt: new Date('2026-03-01T05:00:00Z'),
      });

      expect((await migrator.migrateToLatest()).error).toBeUndefined();
      const profiles = await sql<{ user_id: string; district: string; district_code: string | null }>`
        select user_id, district, district_code from seeker_profiles`.execute(legacy);
      const codeOf = (district: string) => profiles.rows.find((r) => r.user_id === seekers[district]);
      expect(codeOf('Есіл ауданы')).toMatchObject({ district_code: '711210000' });
      expect(codeOf('Есильский район')).toMatchObject({ district_code: '711210000' });
      expect(codeOf('сарыарқа  ауданы')).toMatchObject({ district_code: '711310000' });
      // Nothing lost: a text that names no district keeps no code and stays as typed, for a person to correct.
      expect(codeOf('Левый берег')).toMatchObject({ district_code: null, district: 'Левый берег' });
      const positions = await sql<{ district: string; district_code: string | null }>`
        select district, district_code from subsidy_application_positions where application_id = ${application.id}`.execute(
        legacy,
      );
      expect(positions.rows).toEqual([{ district: 'Есіл ауданы', district_code: '711210000' }]);
    } finally {
      await handle.close();
    }
  });
});
