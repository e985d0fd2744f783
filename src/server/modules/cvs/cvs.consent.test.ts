// The seeker's consent and everything that must respect it: the CV page, its PDF and photo, and the search.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { countRows, seedTestWorld, type TestWorld } from '../../../../tests/support/fixtures';
import { buildTestApp, type Caller, logIn, problemOf, type TestApp } from '../../../../tests/support/test-app';
import { testPasswordHash, useTestDatabase } from '../../../../tests/support/test-database';
import {
  CV_SEARCH_PAGE_SIZE,
  type CvInputDraft,
  type CvSearchResponse,
  type CvView,
  type CvVisibility,
} from '../../../shared/api/cvs';
import { Role } from '../../../shared/roles';
import type { Db } from '../../platform/db/database';
import { insertUser, makeIin } from '../identity/identity.fixtures';
import { makePng, registerSeekerAtCentre, sampleCv } from './cvs.fixtures';

let db: Db;
let world: TestWorld;
let built: TestApp;
const people = {} as Record<
  'seeker' | 'seekerB' | 'seekerC' | 'noIin' | 'employer' | 'employerB' | 'astana' | 'astanaHead' | 'almaty' | 'admin',
  Caller
>;
const ids = {} as Record<'seekerB' | 'seekerC' | 'noIin', string>;

beforeAll(async () => {
  ({ db } = await useTestDatabase());
  world = await seedTestWorld(db);
  const passwordHash = await testPasswordHash();
  ids.seekerB = await insertUser(db, {
    login: 'b.seeker@test.kz',
    fullName: 'Бақыт Серікұлы Омаров',
    role: Role.jobSeeker,
    iin: makeIin('1990-10-20', 'male', 51),
    passwordHash,
  });
  ids.seekerC = await insertUser(db, {
    login: 'c.seeker@test.kz',
    fullName: 'Сәуле Маратқызы Ахметова',
    role: Role.jobSeeker,
    iin: makeIin('1985-03-09', 'female', 52),
    passwordHash,
  });
  ids.noIin = await insertUser(db, {
    login: 'noiin.seeker@test.kz',
    fullName: 'Без ИИН',
    role: Role.jobSeeker,
    passwordHash,
  });
  built = await buildTestApp(db);
  const now = built.clock.now();
  // The first seeker is registered at Astana, the second has asked Astana to register them, the third is Almaty's.
  await registerSeekerAtCentre(db, { seekerId: world.users.seeker, centreId: world.centres.astana, now });
  await registerSeekerAtCentre(db, { seekerId: ids.seekerB, centreId: world.centres.astana, status: 'requested', now });
  await registerSeekerAtCentre(db, { seekerId: ids.seekerC, centreId: world.centres.almaty, now });
  for (const [key, login] of Object.entries({
    seeker: 'seeker@test.kz',
    seekerB: 'b.seeker@test.kz',
    seekerC: 'c.seeker@test.kz',
    noIin: 'noiin.seeker@test.kz',
    employer: 'employer.a@test.kz',
    employerB: 'employer.b@test.kz',
    astana: 'assistance.astana@test.kz',
    astanaHead: 'head.astana@test.kz',
    almaty: 'specialist.almaty@test.kz',
    admin: 'admin@test.kz',
  })) {
    people[key as keyof typeof people] = await logIn(built.app, login);
  }
});

afterAll(async () => {
  await built.app.close();
});

type Who = keyof typeof people;
const get = (url: string, who: Who) => built.app.inject({ method: 'GET', url, headers: people[who].headers });
const put = (url: string, who: Who, payload: unknown) =>
  built.app.inject({ method: 'PUT', url, headers: people[who].headers, payload: payload as object });

async function createCv(who: Who, overrides: Partial<CvInputDraft> = {}): Promise<CvView> {
  const response = await built.app.inject({
    method: 'POST',
    url: '/api/cvs',
    headers: people[who].headers,
    payload: sampleCv(overrides),
  });
  expect(response.statusCode, response.body).toBe(201);
  return response.json() as CvView;
}

async function setConsent(who: Who, cvVisibility: CvVisibility) {
  const response = await put('/api/seekers/me/consent', who, {
    cvVisibility,
    region: 'astana',
    district: '711310000',
  });
  expect(response.statusCode, response.body).toBe(200);
  return response.json();
}

async function search(who: Who, query: Record<string, string>): Promise<CvSearchResponse> {
  const response = await get(`/api/cvs/search?${new URLSearchParams(query)}`, who);
  expect(response.statusCode, response.body).toBe(200);
  return response.json() as CvSearchResponse;
}

const foundIds = async (who: Who, query: Record<string, string>) => (await search(who, query)).items.map((i) => i.id);

describe('the seeker’s consent', () => {
  it('is "centre" for a seeker without a profile, and the first choice needs the region and district (422 naming both)', async () => {
    expect((await get('/api/seekers/me/consent', 'seekerC')).json()).toEqual({
      cvVisibility: 'centre',
      profileExists: false,
    });
    const profilesBefore = await countRows(db, 'seeker_profiles');
    const auditBefore = await countRows(db, 'audit_log');
    const refused = await put('/api/seekers/me/consent', 'seekerC', { cvVisibility: 'employers' });
    expect(problemOf(refused)).toMatchObject({ status: 422, body: { code: 'cvs.profile_location_required' } });
    expect(refused.json().errors.map((e: { field: string }) => e.field)).toEqual(['region', 'district']);
    expect(refused.json().detail).toContain('регион и район');

    const halfway = await put('/api/seekers/me/consent', 'seekerC', { cvVisibility: 'employers', region: 'almaty' });
    expect(halfway.json().errors.map((e: { field: string }) => e.field)).toEqual(['district']);
    const kazakh = await built.app.inject({
      method: 'PUT',
      url: '/api/seekers/me/consent',
      headers: { ...people.seekerC.headers, 'accept-language': 'kk' },
      payload: { cvVisibility: 'employers' },
    });
    expect(kazakh.json().detail).toContain('өңір мен ауданды');
    expect(await countRows(db, 'seeker_profiles')).toBe(profilesBefore);
    expect(await countRows(db, 'audit_log')).toBe(auditBefore);
  });

  it('the first choice creates a minimal profile: birth date and sex from the IIN, what the CVs say, audited without personal data', async () => {
    await createCv('seekerB', { occupationCode: '3313' });
    const response = await put('/api/seekers/me/consent', 'seekerB', {
      cvVisibility: 'employers',
      region: 'astana',
      district: '711210000',
    });
    expect(response.json()).toEqual({ cvVisibility: 'employers', profileExists: true });

    const profile = await db
      .selectFrom('seeker_profiles')
      .selectAll()
      .where('user_id', '=', ids.seekerB)
      .executeTakeFirstOrThrow();
    expect(profile).toMatchObject({
      birth_date: '1990-10-20',
      sex: 'male',
      region: 'astana',
      district_code: '711210000',
      district: 'район Есиль',
      occupation_code: '3313',
      has_work_experience: true,
      education_level: 'higher',
      graduation_year: 2019,
      cv_visibility: 'employers',
      phone: null,
    });

    const audit = await db
      .selectFrom('audit_log')
      .selectAll()
      .where('action', '=', 'cvs.consent_set')
      .where('subject_id', '=', ids.seekerB)
      .execute();
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ actor_id: ids.seekerB, actor_role: 'job_seeker', subject_type: 'seeker_profile' });
    const details = typeof audit[0]!.details === 'string' ? JSON.parse(audit[0]!.details) : audit[0]!.details;
    expect(details).toEqual({ from: null, to: 'employers', profileCreated: true });
    const written = JSON.stringify(audit[0]);
    for (const personal of [makeIin('1990-10-20', 'male', 51), 'Омаров', 'b.seeker@test.kz', 'Есіл', '1990-10-20']) {
      expect(written).not.toContain(personal);
    }
  });

  it('later choices need no region, leave the profile as the registry keeps it, and are each audited', async () => {
    const changed = await put('/api/seekers/me/consent', 'seekerB', {
      cvVisibility: 'none',
      region: 'shymkent',
      district: '791110000',
    });
    expect(changed.json()).toEqual({ cvVisibility: 'none', profileExists: true });
    expect((await put('/api/seekers/me/consent', 'seekerB', { cvVisibility: 'centre' })).statusCode).toBe(200);
    const profile = await db
      .selectFrom('seeker_profiles')
      .select(['region', 'district_code', 'cv_visibility', 'version'])
      .where('user_id', '=', ids.seekerB)
      .executeTakeFirstOrThrow();
    expect(profile).toEqual({ region: 'astana', district_code: '711210000', cv_visibility: 'centre', version: 3 });
    const trail = await db
      .selectFrom('audit_log')
      .select('details')
      .where('action', '=', 'cvs.consent_set')
      .where('subject_id', '=', ids.seekerB)
      .orderBy('seq')
      .execute();
    expect(trail.map((row) => (typeof row.details === 'string' ? JSON.parse(row.details) : row.details))).toEqual([
      { from: null, to: 'employers', profileCreated: true },
      { from: 'employers', to: 'none', profileCreated: false },
      { from: 'none', to: 'centre', profileCreated: false },
    ]);
    expect((await get('/api/cvs', 'seekerB')).json().cvVisibility).toBe('centre');
  });

  it('a seeker without an IIN cannot make a profile by consenting (422)', async () => {
    const response = await put('/api/seekers/me/consent', 'noIin', {
      cvVisibility: 'employers',
      region: 'astana',
      district: '711210000',
    });
    expect(problemOf(response)).toMatchObject({ status: 422, body: { code: 'cvs.iin_missing' } });
    expect(await db.selectFrom('seeker_profiles').select('user_id').where('user_id', '=', ids.noIin).execute()).toEqual(
      [],
    );
  });
});

describe('who sees a CV', () => {
  it("a hidden CV never appears in an employer's search, with consent 'none' or 'centre', nor opens for them (404)", async () => {
    const cv = await createCv('seeker', { desiredPosition: 'Жасырын қоймашы', occupationCode: '4321' });
    const queries: Record<string, string>[] = [
      {},
      { q: 'Жасырын' },
      { occupation: '4321' },
      { region: 'astana' },
      { q: 'seeker' },
    ];
    for (const visibility of ['none', 'centre'] as const) {
      await setConsent('seeker', visibility);
      for (const who of ['employer', 'employerB'] as const) {
        for (const query of queries) {
          expect(await foundIds(who, query), `${visibility} ${who} ${JSON.stringify(query)}`).not.toContain(cv.id);
        }
        for (const url of [`/api/cvs/${cv.id}/view`, `/api/cvs/${cv.id}/pdf`, `/api/cvs/${cv.id}/photo`]) {
          expect(problemOf(await get(url, who)), `${visibility} ${who} ${url}`).toMatchObject({
            status: 404,
            body: { code: 'record.not_found' },
          });
        }
      }
    }

    await setConsent('seeker', 'employers');
    for (const who of ['employer', 'employerB'] as const) {
      expect(await foundIds(who, { q: 'Жасырын' })).toContain(cv.id);
    }
    await setConsent('seeker', 'none');
    expect(await foundIds('employer', { q: 'Жасырын' })).not.toContain(cv.id);
  });

  it('an employer sees the CV page without the IIN or contacts; the seeker and their centre see them', async () => {
    await setConsent('seeker', 'employers');
    const cv = await createCv('seeker', { desiredPosition: 'Көрінетін есепші' });
    const iin = makeIin('2001-02-03', 'female', 3);

    const forEmployer = await get(`/api/cvs/${cv.id}/view`, 'employer');
    expect(forEmployer.statusCode).toBe(200);
    expect(forEmployer.json()).toMatchObject({
      id: cv.id,
      fullName: 'seeker',
      desiredPosition: 'Көрінетін есепші',
      viewer: 'employer',
      contacts: null,
    });
    expect(forEmployer.body).not.toContain(iin);
    expect(forEmployer.body).not.toContain('seeker@test.kz');

    const forCentre = await get(`/api/cvs/${cv.id}/view`, 'astana');
    expect(forCentre.json()).toMatchObject({ viewer: 'centre', contacts: { iin, email: 'seeker@test.kz' } });
    const forSeeker = await get(`/api/cvs/${cv.id}/view`, 'seeker');
    expect(forSeeker.json()).toMatchObject({ viewer: 'owner', contacts: { iin, email: 'seeker@test.kz' } });
    expect(problemOf(await get(`/api/cvs/${cv.id}/view`, 'admin')).status).toBe(404);
  });

  it('a specialist of another centre cannot see the CV (404), nor find it, whatever the consent', async () => {
    const cv = await createCv('seeker', { desiredPosition: 'Астаналық хатшы' });
    await put(`/api/cvs/${cv.id}/photo`, 'seeker', {
      version: cv.version,
      mediaType: 'image/png',
      dataBase64: Buffer.from(makePng()).toString('base64'),
    });
    for (const visibility of ['employers', 'centre'] as const) {
      await setConsent('seeker', visibility);
      for (const url of [`/api/cvs/${cv.id}/view`, `/api/cvs/${cv.id}/pdf`, `/api/cvs/${cv.id}/photo`]) {
        expect(problemOf(await get(url, 'almaty')), `${visibility} ${url}`).toMatchObject({
          status: 404,
          body: { code: 'record.not_found' },
        });
        expect((await get(url, 'astana')).statusCode, `${visibility} ${url}`).toBe(200);
      }
      expect(await foundIds('almaty', { q: 'Астаналық' })).toEqual([]);
      expect(await foundIds('astana', { q: 'Астаналық' })).toEqual([cv.id]);
    }
  });

  it("the centre's staff find the CVs of those registered or asking to be there, unless the seeker chose no one", async () => {
    await setConsent('seeker', 'centre');
    await setConsent('seekerB', 'centre');
    await setConsent('seekerC', 'employers');
    const mine = await createCv('seeker', { desiredPosition: 'Орталық іздеуі А' });
    const asked = await createCv('seekerB', { desiredPosition: 'Орталық іздеуі Б' });
    const almatys = await createCv('seekerC', { desiredPosition: 'Орталық іздеуі В' });

    for (const who of ['astana', 'astanaHead'] as const) {
      expect(new Set(await foundIds(who, { q: 'Орталық іздеуі' }))).toEqual(new Set([mine.id, asked.id]));
    }
    expect(await foundIds('almaty', { q: 'Орталық іздеуі' })).toEqual([almatys.id]);
    expect(await foundIds('employer', { q: 'Орталық іздеуі' })).toEqual([almatys.id]);

    await setConsent('seekerB', 'none');
    expect(await foundIds('astana', { q: 'Орталық іздеуі' })).toEqual([mine.id]);
    expect(problemOf(await get(`/api/cvs/${asked.id}/view`, 'astana')).status).toBe(404);

    await db
      .updateTable('seeker_registrations')
      .set({ status: 'deregistered', deregistration_reason: 'employed', deregistered_at: new Date() })
      .where('seeker_id', '=', world.users.seeker)
      .execute();
    expect(await foundIds('astana', { q: 'Орталық іздеуі' })).toEqual([]);
    expect(problemOf(await get(`/api/cvs/${mine.id}/view`, 'astana')).status).toBe(404);
    await db
      .updateTable('seeker_registrations')
      .set({ status: 'registered', deregistration_reason: null, deregistered_at: null })
      .where('seeker_id', '=', world.users.seeker)
      .execute();
  });

  it('filters by occupation, region and words, in any letter case, taking % and _ as plain characters', async () => {
    await setConsent('seeker', 'employers');
    const cook = await createCv('seeker', {
      desiredPosition: 'Аспаз-кондитер',
      occupationCode: '5120',
      region: 'almaty',
      skills: ['Ұлттық тағамдар'],
    });
    const clerk = await createCv('seeker', {
      desiredPosition: 'Іс жүргізуші 100%',
      occupationCode: '4110',
      region: 'astana',
    });

    expect(await foundIds('employer', { occupation: '5120', q: 'Аспаз' })).toEqual([cook.id]);
    expect(await foundIds('employer', { region: 'almaty', q: 'аспаз-КОНДИТЕР' })).toEqual([cook.id]);
    expect(await foundIds('employer', { q: 'ұлттық ТАҒАМ' })).toEqual([cook.id]);
    expect(await foundIds('employer', { region: 'astana', q: 'Аспаз' })).toEqual([]);
    expect(await foundIds('employer', { q: 'іс ЖҮРГІЗУШІ 100%' })).toEqual([clerk.id]);
    expect(await foundIds('employer', { q: 'Іс_жүргізуші' })).toEqual([]);
    // The owner's name finds their CVs too, in any case.
    expect(await foundIds('employer', { q: 'SeEkEr' })).toEqual(expect.arrayContaining([cook.id, clerk.id]));
    // An edited CV is found by its new words only.
    const edited = await put(`/api/cvs/${cook.id}`, 'seeker', {
      version: cook.version,
      cv: sampleCv({ desiredPosition: 'Наубайшы', occupationCode: '5120', region: 'almaty', skills: [] }),
    });
    expect(edited.statusCode, edited.body).toBe(200);
    expect(await foundIds('employer', { q: 'наубайшы' })).toEqual([cook.id]);
    expect(await foundIds('employer', { q: 'Аспаз' })).toEqual([]);
    const refused = await get('/api/cvs/search?occupation=0000', 'employer');
    expect(problemOf(refused)).toMatchObject({ status: 400, body: { code: 'validation.failed' } });
  });

  it(`pages by ${CV_SEARCH_PAGE_SIZE}, newest first`, async () => {
    await setConsent('seeker', 'employers');
    await setConsent('seekerC', 'employers');
    const made: string[] = [];
    for (let i = 0; i < CV_SEARCH_PAGE_SIZE + 1; i++) {
      built.clock.advance(1_000);
      made.push((await createCv(i % 2 ? 'seeker' : 'seekerC', { desiredPosition: `Беттеу ${i}` })).id);
    }
    const first = await search('employer', { q: 'Беттеу' });
    expect(first).toMatchObject({ page: 1, hasMore: true });
    expect(first.items.map((i) => i.id)).toEqual(made.slice(1).reverse());
    expect(first.items[0]).toMatchObject({ fullName: 'Сәуле Маратқызы Ахметова', desiredPosition: 'Беттеу 20' });
    expect(Object.keys(first.items[0]!)).not.toContain('contacts');
    const second = await search('employer', { q: 'Беттеу', page: '2' });
    expect(second).toMatchObject({ page: 2, hasMore: false });
    expect(second.items.map((i) => i.id)).toEqual([made[0]]);
  });
});
