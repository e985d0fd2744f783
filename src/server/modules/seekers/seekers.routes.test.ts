// The seeker registry over HTTP (ФК-А.01): the seeker's request, the specialist's decision through the workflow,
// scoping by centre, compare-and-set on versions, one open registration per person, search and assisted mode.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { countRows, seedTestWorld, type TestWorld } from '../../../../tests/support/fixtures';
import { buildTestApp, type Caller, logIn, problemOf, type TestApp } from '../../../../tests/support/test-app';
import { testPasswordHash, useTestDatabase } from '../../../../tests/support/test-database';
import type { MySeekerView, RegistrationDetail, RegistryResponse } from '../../../shared/api/seekers';
import { Role } from '../../../shared/roles';
import { indicatorsByYear, programmeCatalogue } from '../../../shared/subsidy/programmes';
import type { Db } from '../../platform/db/database';
import { insertUser, makeIin } from '../identity/identity.fixtures';
import { seedProgrammeCatalogue } from '../subsidy-programmes';

let db: Db;
let world: TestWorld;
let built: TestApp;
const callers: Record<string, Caller> = {};

const profile = {
  region: 'astana',
  district: '711310000',
  rural: false,
  occupationCode: '4110',
  hasDisability: false,
  hasWorkExperience: false,
  educationLevel: 'vocational',
  graduationYear: 2023,
  phone: '+7 701 123 45 67',
};

beforeAll(async () => {
  ({ db } = await useTestDatabase());
  world = await seedTestWorld(db);
  // The youth and over-50 bounds of the suggested categories are data, seeded with the programmes.
  await seedProgrammeCatalogue(db, { programmes: programmeCatalogue, indicators: indicatorsByYear, now: new Date() });
  const passwordHash = await testPasswordHash();
  await insertUser(db, {
    login: 'assistance.almaty@test.kz',
    fullName: 'Алматы көмекші',
    role: Role.employmentAssistanceSpecialist,
    organisationId: world.centres.almaty,
    passwordHash,
  });
  for (const [login, birth, serial] of [
    ['second.seeker@test.kz', '1970-04-10', 51],
    ['third.seeker@test.kz', '1999-09-09', 52],
  ] as const) {
    await insertUser(db, {
      login,
      fullName: login === 'second.seeker@test.kz' ? 'Серік Әлиев' : 'Дана Омарова',
      role: Role.jobSeeker,
      iin: makeIin(birth, 'male', serial),
      passwordHash,
    });
  }
  built = await buildTestApp(db);
  for (const [key, login] of Object.entries({
    seeker: 'seeker@test.kz',
    second: 'second.seeker@test.kz',
    third: 'third.seeker@test.kz',
    assistance: 'assistance.astana@test.kz',
    assistanceAlmaty: 'assistance.almaty@test.kz',
    specialist: 'specialist.astana@test.kz',
    head: 'head.astana@test.kz',
    employer: 'employer.a@test.kz',
  })) {
    callers[key] = await logIn(built.app, login);
  }
});

afterAll(async () => {
  await built.app.close();
});

const call = (method: 'GET' | 'POST' | 'PUT', url: string, who: string, payload?: object) =>
  built.app.inject({ method, url, headers: callers[who]!.headers, ...(payload ? { payload } : {}) });

async function requestAt(who: string, centreId: string, kind = 'unemployed', p: object = profile) {
  const me = (await call('GET', '/api/seekers/me', who)).json() as MySeekerView;
  if (!me.profile)
    expect((await call('PUT', '/api/seekers/me/profile', who, { ...p, version: 0 })).statusCode).toBe(200);
  const response = await call('POST', '/api/seekers/me/registrations', who, { centreId, kind });
  expect(response.statusCode).toBe(201);
  return response.json() as { id: string; version: number; status: string };
}

describe('the seeker registry', () => {
  let registrationId: string;

  it('A01-1 a seeker saves a profile with the birth date and sex of their IIN, then requests registration', async () => {
    const saved = await call('PUT', '/api/seekers/me/profile', 'seeker', { ...profile, version: 0 });
    expect(saved.statusCode).toBe(200);
    expect(saved.json()).toMatchObject({ birthDate: '2001-02-03', sex: 'female', version: 1 });
    const stale = await call('PUT', '/api/seekers/me/profile', 'seeker', {
      ...profile,
      district: '711210000',
      version: 0,
    });
    expect(problemOf(stale)).toMatchObject({ status: 409, body: { code: 'seekers.profile_changed' } });
    const request = await call('POST', '/api/seekers/me/registrations', 'seeker', {
      centreId: world.centres.astana,
      kind: 'unemployed',
    });
    expect(request.statusCode).toBe(201);
    expect(request.json()).toMatchObject({ status: 'requested', kind: 'unemployed', categories: [] });
    registrationId = request.json().id;
  });

  it('A01-1 one open registration per person: a second request is 409', async () => {
    const again = await call('POST', '/api/seekers/me/registrations', 'seeker', {
      centreId: world.centres.almaty,
      kind: 'job_seeker',
    });
    expect(problemOf(again)).toMatchObject({ status: 409, body: { code: 'seekers.open_registration_exists' } });
  });

  it('A01-2 a specialist of another centre gets 404; employers and employer-relations specialists 403', async () => {
    for (const url of [`/api/seekers/registrations/${registrationId}`]) {
      expect((await call('GET', url, 'assistanceAlmaty')).statusCode).toBe(404);
      expect((await call('GET', url, 'employer')).statusCode).toBe(403);
      expect((await call('GET', url, 'specialist')).statusCode).toBe(403);
    }
    const accept = await call('POST', `/api/seekers/registrations/${registrationId}/accept`, 'assistanceAlmaty', {
      version: 1,
      categories: [],
    });
    expect(accept.statusCode).toBe(404);
    const list = (await call('GET', '/api/seekers/registrations', 'assistanceAlmaty')).json() as RegistryResponse;
    expect(list.items.map((i) => i.id)).not.toContain(registrationId);
    expect((await call('GET', '/api/seekers/registrations', 'employer')).statusCode).toBe(403);
    expect((await call('GET', '/api/seekers/me', 'assistance')).statusCode).toBe(403);
  });

  it('A01-2 the specialist sees the request with suggested categories and the actions they may take', async () => {
    const detail = (
      await call('GET', `/api/seekers/registrations/${registrationId}`, 'assistance')
    ).json() as RegistrationDetail;
    expect(detail.person.iin).toBe(makeIin('2001-02-03', 'female', 3));
    expect(new Set(detail.suggestedCategories)).toEqual(new Set(['youth', 'no_work_experience']));
    expect(detail.actions.map((a) => a.action).sort()).toEqual(['accept', 'refuse']);
  });

  it('A01-2 categories outside the list are refused; a stale version is 409', async () => {
    const unknown = await call('POST', `/api/seekers/registrations/${registrationId}/accept`, 'assistance', {
      version: 1,
      categories: ['youth', 'astronaut'],
    });
    expect(problemOf(unknown)).toMatchObject({ status: 400, body: { code: 'validation.failed' } });
    const stale = await call('POST', `/api/seekers/registrations/${registrationId}/accept`, 'assistance', {
      version: 7,
      categories: ['youth'],
    });
    expect(problemOf(stale)).toMatchObject({ status: 409, body: { code: 'workflow.conflict' } });
  });

  it('A01-2 accepted with categories, the seeker sees "registered as unemployed", the categories and a notice', async () => {
    const accepted = await call('POST', `/api/seekers/registrations/${registrationId}/accept`, 'assistance', {
      version: 1,
      categories: ['youth', 'graduate', 'no_work_experience'],
    });
    expect(accepted.statusCode).toBe(200);
    // Once registered, what is left to do is to end the registration (A01-4).
    expect((accepted.json() as RegistrationDetail).actions).toEqual([{ action: 'deregister', step: 'A01-4' }]);
    const me = (await call('GET', '/api/seekers/me', 'seeker')).json() as MySeekerView;
    expect(me.registration).toMatchObject({
      status: 'registered',
      kind: 'unemployed',
      categories: ['youth', 'graduate', 'no_work_experience'],
      centre: { id: world.centres.astana },
    });
    const notice = await db
      .selectFrom('notifications')
      .select(['template', 'link'])
      .where('user_id', '=', world.users.seeker)
      .where('template', '=', 'seekers.registered')
      .executeTakeFirst();
    expect(notice).toEqual({ template: 'seekers.registered', link: '/seeker' });
    const mail = await db
      .selectFrom('outbound_mail')
      .select('subject')
      .where('user_id', '=', world.users.seeker)
      .orderBy('created_at', 'desc')
      .executeTakeFirstOrThrow();
    expect(mail.subject).toMatch(/безработный|жұмыссыз|unemployed/);
    const audit = await db
      .selectFrom('audit_log')
      .select(['step', 'from_status', 'to_status', 'actor_id'])
      .where('subject_id', '=', registrationId)
      .orderBy('seq')
      .execute();
    expect(audit).toEqual([
      { step: 'A01-1', from_status: null, to_status: 'requested', actor_id: world.users.seeker },
      { step: 'A01-2', from_status: 'requested', to_status: 'registered', actor_id: world.users.assistanceAstana },
    ]);
    const again = await call('POST', `/api/seekers/registrations/${registrationId}/refuse`, 'assistance', {
      version: 2,
      reason: 'late',
    });
    expect(problemOf(again)).toMatchObject({ status: 409, body: { code: 'workflow.action_not_allowed' } });
  });

  it('A01-3 a refusal needs a reason, which the seeker then sees; they may ask again', async () => {
    const { id } = await requestAt('second', world.centres.astana, 'job_seeker', {
      ...profile,
      hasWorkExperience: true,
    });
    const empty = await call('POST', `/api/seekers/registrations/${id}/refuse`, 'assistance', {
      version: 1,
      reason: '   ',
    });
    expect(problemOf(empty)).toMatchObject({ status: 400, body: { code: 'validation.failed' } });
    const refused = await call('POST', `/api/seekers/registrations/${id}/refuse`, 'assistance', {
      version: 1,
      reason: 'Жұмыс орны бар: ЕСУТД бойынша еңбек шарты күшінде',
    });
    expect(refused.statusCode).toBe(200);
    const me = (await call('GET', '/api/seekers/me', 'second')).json() as MySeekerView;
    expect(me.registration).toMatchObject({
      status: 'refused',
      refusalReason: 'Жұмыс орны бар: ЕСУТД бойынша еңбек шарты күшінде',
    });
    await requestAt('second', world.centres.astana, 'job_seeker');
  });

  it('A01-3 the database itself refuses a refusal without a reason, and a reason without a refusal, at commit', async () => {
    const { id } = await db
      .selectFrom('seeker_registrations')
      .select('id')
      .where('status', '=', 'requested')
      .executeTakeFirstOrThrow();
    await expect(
      db
        .transaction()
        .execute((tx) =>
          tx.updateTable('seeker_registrations').set({ status: 'refused' }).where('id', '=', id).execute(),
        ),
    ).rejects.toThrow(/refusal needs a reason/);
    await expect(
      db
        .transaction()
        .execute((tx) =>
          tx.updateTable('seeker_registrations').set({ refusal_reason: 'x' }).where('id', '=', id).execute(),
        ),
    ).rejects.toThrow(/refusal needs a reason/);
    const row = await db
      .selectFrom('seeker_registrations')
      .select(['status', 'refusal_reason'])
      .where('id', '=', id)
      .executeTakeFirstOrThrow();
    expect(row).toEqual({ status: 'requested', refusal_reason: null });
  });

  it('A01-2 the registry searches by name, IIN, occupation, category, district and status', async () => {
    const { id: thirdId } = await requestAt('third', world.centres.astana, 'unemployed', {
      ...profile,
      district: '711210000',
      occupationCode: '9214',
    });
    const search = async (query: string) =>
      ((await call('GET', `/api/seekers/registrations?${query}`, 'assistance')).json() as RegistryResponse).items.map(
        (i) => i.fullName,
      );
    // four registrations: the accepted one, Серік's refused and renewed ones, Дана's request
    expect((await search('')).length).toBe(4);
    expect(await search('q=%D0%94%D0%B0%D0%BD%D0%B0')).toEqual(['Дана Омарова']);
    expect(await search(`q=${makeIin('1970-04-10', 'male', 51).slice(0, 8)}`)).toEqual(['Серік Әлиев', 'Серік Әлиев']);
    expect(await search('occupation=9214')).toEqual(['Дана Омарова']);
    expect(await search('category=graduate')).toEqual(['seeker']);
    expect(await search('district=711210000')).toEqual(['Дана Омарова']);
    expect((await search('status=requested')).sort()).toEqual(['Дана Омарова', 'Серік Әлиев']);
    const bad = await call('GET', '/api/seekers/registrations?category=astronaut', 'assistance');
    expect(bad.statusCode).toBe(400);
    // requests to decide on come first
    const all = ((await call('GET', '/api/seekers/registrations', 'assistance')).json() as RegistryResponse).items;
    expect(all.map((i) => i.status).slice(0, 2)).toEqual(['requested', 'requested']);
    expect(
      all
        .map((i) => i.status)
        .slice(2)
        .sort(),
    ).toEqual(['refused', 'registered']);
    expect(all.map((i) => i.id)).toContain(thirdId);
  });
});

describe('assisted registration', () => {
  const body = (iin: string, extra: object = {}) => ({
    ...profile,
    iin,
    fullName: 'Айгүл Серікқызы Нұрланова',
    email: null,
    kind: 'unemployed',
    categories: ['over_50', 'rural'],
    rural: true,
    ...extra,
  });

  it('A01-1a refuses an IIN whose check digit is wrong, and creates nothing', async () => {
    const good = makeIin('1968-11-20', 'female', 61);
    const wrong = `${good.slice(0, 11)}${(Number(good[11]) + 1) % 10}`;
    const users = await countRows(db, 'users');
    const response = await call('POST', '/api/seekers/registrations/assisted', 'assistance', body(wrong));
    const problem = problemOf(response);
    expect(problem.status).toBe(400);
    expect(problem.body.errors).toEqual([expect.objectContaining({ field: 'iin', code: 'validation.iin_invalid' })]);
    expect(await countRows(db, 'users')).toBe(users);
  });

  it('A01-1a registers a person who came to the centre: a passwordless account, registered, assisted', async () => {
    const iin = makeIin('1968-11-20', 'female', 61);
    const response = await call('POST', '/api/seekers/registrations/assisted', 'assistance', body(iin));
    expect(response.statusCode).toBe(201);
    const detail = response.json() as RegistrationDetail;
    expect(detail.registration).toMatchObject({
      status: 'registered',
      assisted: true,
      categories: ['over_50', 'rural'],
    });
    expect(detail.profile).toMatchObject({ birthDate: '1968-11-20', sex: 'female', rural: true });
    const user = await db
      .selectFrom('users')
      .select(['login', 'password_hash', 'email', 'role'])
      .where('iin', '=', iin)
      .executeTakeFirstOrThrow();
    expect(user).toEqual({ login: `${iin}@assisted.jumys.kz`, password_hash: null, email: null, role: 'job_seeker' });
    const again = await call('POST', '/api/seekers/registrations/assisted', 'assistance', body(iin));
    expect(problemOf(again)).toMatchObject({ status: 409, body: { code: 'seekers.open_registration_exists' } });
  });

  it("A01-1a refuses an employer's IIN and is closed to employer-relations specialists", async () => {
    const employerIin = makeIin('1980-05-05', 'male', 1);
    const taken = await call('POST', '/api/seekers/registrations/assisted', 'assistance', body(employerIin));
    expect(problemOf(taken)).toMatchObject({ status: 409, body: { code: 'seekers.iin_not_seeker' } });
    const forbidden = await call(
      'POST',
      '/api/seekers/registrations/assisted',
      'specialist',
      body(makeIin('1990-01-01', 'male', 62)),
    );
    expect(forbidden.statusCode).toBe(403);
  });
});

describe('deregistration and the head of centre', () => {
  const deregister = (id: string, who: string, body: object) =>
    call('POST', `/api/seekers/registrations/${id}/deregister`, who, body);

  /** A new seeker with an account, registered at Astana by the specialist: its registration id. */
  async function registeredSeeker(login: string, serial: number): Promise<string> {
    await insertUser(db, {
      login,
      fullName: `Тіркелген ${serial}`,
      role: Role.jobSeeker,
      iin: makeIin('1995-06-15', 'female', serial),
      passwordHash: await testPasswordHash(),
    });
    callers[login] = await logIn(built.app, login);
    const { id } = await requestAt(login, world.centres.astana, 'unemployed');
    const accepted = await call('POST', `/api/seekers/registrations/${id}/accept`, 'assistance', {
      version: 1,
      categories: ['youth'],
    });
    expect(accepted.statusCode).toBe(200);
    return id;
  }

  it('A01-2 the head of centre reads the registry and a registration, and takes no action on it', async () => {
    const id = await registeredSeeker('read.by.head@test.kz', 71);
    const list = await call('GET', '/api/seekers/registrations?q=71', 'head');
    expect(list.statusCode).toBe(200);
    const listed = await call('GET', '/api/seekers/registrations', 'head');
    expect((listed.json() as RegistryResponse).items.map((i) => i.id)).toContain(id);
    const detail = await call('GET', `/api/seekers/registrations/${id}`, 'head');
    expect(detail.statusCode).toBe(200);
    expect((detail.json() as RegistrationDetail).actions).toEqual([]);
    const refused = await deregister(id, 'head', { version: 2, reason: 'employed', note: null });
    expect(refused.statusCode).toBe(403);
    // The head of another centre does not exist for this record; neither do employers' representatives.
    await insertUser(db, {
      login: 'head.almaty@test.kz',
      fullName: 'Алматы басшысы',
      role: Role.centreHead,
      organisationId: world.centres.almaty,
      passwordHash: await testPasswordHash(),
    });
    callers.headAlmaty = await logIn(built.app, 'head.almaty@test.kz');
    expect(problemOf(await call('GET', `/api/seekers/registrations/${id}`, 'headAlmaty')).status).toBe(404);
    const almatyList = (await call('GET', '/api/seekers/registrations', 'headAlmaty')).json() as RegistryResponse;
    expect(almatyList.items.map((i) => i.id)).not.toContain(id);
    expect((await call('GET', '/api/seekers/registrations', 'employer')).statusCode).toBe(403);
  });

  it('A01-4 the specialist ends a registration on a ground; "other" needs a note; the seeker is told why', async () => {
    const id = await registeredSeeker('found.a.job@test.kz', 72);
    const noNote = await deregister(id, 'assistance', { version: 2, reason: 'other', note: '  ' });
    expect(problemOf(noNote)).toMatchObject({ status: 400, body: { code: 'validation.failed' } });
    expect(problemOf(noNote).body.errors).toEqual([
      expect.objectContaining({ field: 'note', code: 'validation.other_needs_note' }),
    ]);
    const unknown = await deregister(id, 'assistance', { version: 2, reason: 'bored', note: null });
    expect(problemOf(unknown).status).toBe(400);
    expect(
      problemOf(await deregister(id, 'assistanceAlmaty', { version: 2, reason: 'employed', note: null })).status,
    ).toBe(404);
    const stale = await deregister(id, 'assistance', { version: 1, reason: 'employed', note: null });
    expect(problemOf(stale)).toMatchObject({ status: 409, body: { code: 'workflow.conflict' } });

    const done = await deregister(id, 'assistance', { version: 2, reason: 'employed', note: 'ЖШС «Алма», 2026-11-20' });
    expect(done.statusCode).toBe(200);
    const detail = done.json() as RegistrationDetail;
    expect(detail.registration).toMatchObject({
      status: 'deregistered',
      deregistration: { reason: 'employed', note: 'ЖШС «Алма», 2026-11-20' },
    });
    expect(detail.actions).toEqual([]);
    const me = (await call('GET', '/api/seekers/me', 'found.a.job@test.kz')).json() as MySeekerView;
    expect(me.registration).toMatchObject({ id, status: 'deregistered', deregistration: { reason: 'employed' } });
    const mail = await db
      .selectFrom('outbound_mail as m')
      .innerJoin('users as u', 'u.id', 'm.user_id')
      .select(['m.subject', 'm.body'])
      .where('u.login', '=', 'found.a.job@test.kz')
      .orderBy('m.created_at', 'desc')
      .executeTakeFirstOrThrow();
    expect(`${mail.subject} ${mail.body}`).toMatch(
      /(Трудоустроен|Жұмысқа орналасты|Found a job) \(ЖШС «Алма», 2026-11-20\)/,
    );
    const audit = await db
      .selectFrom('audit_log')
      .select(['step', 'from_status', 'to_status'])
      .where('subject_id', '=', id)
      .orderBy('seq', 'desc')
      .executeTakeFirstOrThrow();
    expect(audit).toEqual({ step: 'A01-4', from_status: 'registered', to_status: 'deregistered' });
    const twice = await deregister(id, 'assistance', { version: 3, reason: 'employed', note: null });
    expect(problemOf(twice)).toMatchObject({ status: 409, body: { code: 'workflow.action_not_allowed' } });
    // Out of the registry, the person may ask again.
    const again = await call('POST', '/api/seekers/me/registrations', 'found.a.job@test.kz', {
      centreId: world.centres.astana,
      kind: 'job_seeker',
    });
    expect(again.statusCode).toBe(201);
  });

  it('A01-4a the seeker leaves the registry on their own request; no one else can do it for them', async () => {
    const id = await registeredSeeker('leaves@test.kz', 73);
    const withdraw = (who: string, version: number) =>
      call('POST', `/api/seekers/me/registrations/${id}/withdraw`, who, { version });
    expect(problemOf(await withdraw('seeker', 2)).status).toBe(404);
    expect((await withdraw('assistance', 2)).statusCode).toBe(403);
    const left = await withdraw('leaves@test.kz', 2);
    expect(left.statusCode).toBe(200);
    expect((left.json() as MySeekerView).registration).toMatchObject({
      status: 'deregistered',
      deregistration: { reason: 'own_request', note: null },
    });
    expect(problemOf(await withdraw('leaves@test.kz', 3))).toMatchObject({
      status: 409,
      body: { code: 'workflow.action_not_allowed' },
    });
    const detail = (await call('GET', `/api/seekers/registrations/${id}`, 'assistance')).json() as RegistrationDetail;
    expect(detail.registration.deregistration?.reason).toBe('own_request');
    const audit = await db
      .selectFrom('audit_log')
      .select(['step', 'actor_role'])
      .where('subject_id', '=', id)
      .orderBy('seq', 'desc')
      .executeTakeFirstOrThrow();
    expect(audit).toEqual({ step: 'A01-4a', actor_role: 'job_seeker' });
  });

  it('A01-4 A01-4a the centre and the seeker end one registration at once: one wins, the other hears 409', async () => {
    const id = await registeredSeeker('both.at.once@test.kz', 75);
    const [byCentre, bySeeker] = await Promise.all([
      deregister(id, 'assistance', { version: 2, reason: 'no_show', note: null }),
      call('POST', `/api/seekers/me/registrations/${id}/withdraw`, 'both.at.once@test.kz', { version: 2 }),
    ]);
    expect([byCentre.statusCode, bySeeker.statusCode].sort()).toEqual([200, 409]);
    const row = await db
      .selectFrom('seeker_registrations')
      .select(['status', 'version', 'deregistration_reason'])
      .where('id', '=', id)
      .executeTakeFirstOrThrow();
    expect(row.status).toBe('deregistered');
    expect(row.version).toBe(3);
    expect(row.deregistration_reason).toBe(byCentre.statusCode === 200 ? 'no_show' : 'own_request');
    const steps = await db
      .selectFrom('audit_log')
      .select('step')
      .where('subject_id', '=', id)
      .where('step', 'in', ['A01-4', 'A01-4a'])
      .execute();
    expect(steps).toHaveLength(1);
  });

  it('A01-4 the database refuses a deregistration without a ground, and a ground on an open registration', async () => {
    const id = await registeredSeeker('no.ground@test.kz', 74);
    await expect(
      db
        .transaction()
        .execute((tx) =>
          tx.updateTable('seeker_registrations').set({ status: 'deregistered' }).where('id', '=', id).execute(),
        ),
    ).rejects.toThrow(/deregistration needs a ground/);
    await expect(
      db
        .transaction()
        .execute((tx) =>
          tx.updateTable('seeker_registrations').set({ deregistration_reason: 'moved' }).where('id', '=', id).execute(),
        ),
    ).rejects.toThrow(/deregistration needs a ground/);
    const row = await db
      .selectFrom('seeker_registrations')
      .select(['status', 'deregistration_reason'])
      .where('id', '=', id)
      .executeTakeFirstOrThrow();
    expect(row).toEqual({ status: 'registered', deregistration_reason: null });
  });
});
