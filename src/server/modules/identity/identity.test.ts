// Sign-in, sessions, CSRF, language and scoping: who may see which organisation and which record history.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { countRows, seedTestWorld, type TestWorld } from '../../../../tests/support/fixtures';
import { buildTestApp, logIn, type TestApp } from '../../../../tests/support/test-app';
import { TEST_PASSWORD, useTestDatabase } from '../../../../tests/support/test-database';
import { appendAudit } from '../../platform/audit/audit';
import { hashToken } from '../../platform/auth/sessions';
import type { Db } from '../../platform/db/database';
import type { App } from '../../platform/http';
import { notify } from '../../platform/notifications/notifications';

let db: Db;
let world: TestWorld;
let app: App;
const opened: TestApp[] = [];

/** A fresh app: its own login throttle and its own clock. */
/** A new app with nothing counted yet: the throttle lives in the database, and every test signs in from one address. */
async function freshApp(): Promise<TestApp> {
  await db.deleteFrom('login_failures').execute();
  const built = await buildTestApp(db);
  opened.push(built);
  return built;
}

const login = (target: App, body: { login: string; password: string }, headers: Record<string, string> = {}) =>
  target.inject({ method: 'POST', url: '/api/auth/login', payload: body, headers });

const auditActions = async (userId: string) =>
  (
    await db
      .selectFrom('audit_log')
      .select(['action', 'details'])
      .where('subject_type', '=', 'user')
      .where('subject_id', '=', userId)
      .orderBy('seq')
      .execute()
  ).map((r) => ({ action: r.action, details: r.details }));

beforeAll(async () => {
  ({ db } = await useTestDatabase());
  world = await seedTestWorld(db);
  ({ app } = await freshApp());
});

afterAll(async () => {
  for (const built of opened) await built.app.close();
});

describe('organisation scoping', () => {
  it('an employer user sees its own organisation', async () => {
    const employer = await logIn(app, 'employer.a@test.kz');
    const response = await app.inject({
      method: 'GET',
      url: `/api/organisations/${world.employers.a}`,
      headers: employer.headers,
    });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({ id: world.employers.a, kind: 'employer', name: { ru: 'ТОО «А»' } });
  });

  it("another employer's organisation answers 404, not 403, to an employer user", async () => {
    const employer = await logIn(app, 'employer.a@test.kz');
    for (const id of [world.employers.b, world.centres.astana]) {
      const response = await app.inject({ method: 'GET', url: `/api/organisations/${id}`, headers: employer.headers });
      expect(response.statusCode).toBe(404);
      expect(response.json().code).toBe('record.not_found');
    }
  });

  it('a specialist of Astana sees its centre and employers; the Almaty centre answers 404', async () => {
    const specialist = await logIn(app, 'specialist.astana@test.kz');
    const own = await app.inject({
      method: 'GET',
      url: `/api/organisations/${world.centres.astana}`,
      headers: specialist.headers,
    });
    expect(own.statusCode).toBe(200);
    expect(own.json()).toMatchObject({ id: world.centres.astana, kind: 'centre', region: 'astana' });
    const employer = await app.inject({
      method: 'GET',
      url: `/api/organisations/${world.employers.b}`,
      headers: specialist.headers,
    });
    expect(employer.statusCode).toBe(200);
    const other = await app.inject({
      method: 'GET',
      url: `/api/organisations/${world.centres.almaty}`,
      headers: specialist.headers,
    });
    expect(other.statusCode).toBe(404);
    expect(other.json().code).toBe('record.not_found');
  });

  it('a job seeker sees no organisation, and an unknown id answers 404 like a hidden one', async () => {
    const seeker = await logIn(app, 'seeker@test.kz');
    const hidden = await app.inject({
      method: 'GET',
      url: `/api/organisations/${world.employers.a}`,
      headers: seeker.headers,
    });
    expect(hidden.statusCode).toBe(404);
    const admin = await logIn(app, 'admin@test.kz');
    const unknown = await app.inject({
      method: 'GET',
      url: '/api/organisations/00000000-0000-4000-8000-000000000000',
      headers: admin.headers,
    });
    expect(unknown.statusCode).toBe(404);
    expect(unknown.json().code).toBe(hidden.json().code);
  });

  it('B03-1.2 anyone may list the employment centres an application can go to, with their names in kk and ru', async () => {
    const response = await app.inject({ method: 'GET', url: '/api/centres' });
    expect(response.statusCode).toBe(200);
    const items = response.json().items as { id: string; name: { kk: string; ru: string }; region: string }[];
    expect(items.map((c) => c.id).sort()).toEqual([world.centres.astana, world.centres.almaty].sort());
    expect(items.find((c) => c.id === world.centres.astana)).toMatchObject({
      name: { kk: 'Астана ЕМО', ru: 'ЦТМ Астана' },
      region: 'astana',
    });
  });

  it("a record's history belonging to Almaty answers 404 to an Astana specialist and 200 to an Almaty one", async () => {
    for (const [i, toStatus] of ['submitted', 'approved'].entries()) {
      await appendAudit(db, {
        at: new Date(`2026-03-02T0${6 + i}:00:00Z`),
        actorId: world.users.specialistAlmaty,
        actorRole: 'employer_relations_specialist',
        action: 'subsidy-application.approve',
        step: 'B03-2.3',
        subjectType: 'scoping_subject',
        subjectId: 'almaty-record-1',
        centreId: world.centres.almaty,
        fromStatus: 'draft',
        toStatus,
        details: { comment: `note ${i}` },
      });
    }
    const url = '/api/audit/history?subjectType=scoping_subject&subjectId=almaty-record-1';
    const astana = await logIn(app, 'specialist.astana@test.kz');
    const refused = await app.inject({ method: 'GET', url, headers: astana.headers });
    expect(refused.statusCode).toBe(404);
    expect(refused.json().code).toBe('record.not_found');

    const almaty = await logIn(app, 'specialist.almaty@test.kz');
    const shown = await app.inject({ method: 'GET', url, headers: almaty.headers });
    expect(shown.statusCode).toBe(200);
    expect(shown.json().items).toMatchObject([
      { step: 'B03-2.3', toStatus: 'submitted', actorName: 'specialist.almaty', comment: 'note 0' },
      { step: 'B03-2.3', toStatus: 'approved', comment: 'note 1' },
    ]);
  });
});

describe('sign-in', () => {
  it('a wrong password answers 401 auth.invalid_credentials in Russian by default and writes auth.login_failed', async () => {
    const { app: fresh } = await freshApp();
    const response = await login(fresh, { login: 'head.astana@test.kz', password: 'wrong-password' });
    expect(response.statusCode).toBe(401);
    expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(response.json()).toMatchObject({
      code: 'auth.invalid_credentials',
      status: 401,
      detail: 'Неверный логин или пароль.',
    });
    expect(response.cookies.find((c) => c.name === 'jumys_session')).toBeUndefined();
    expect(await auditActions(world.users.headAstana)).toEqual([
      { action: 'auth.login_failed', details: { reason: 'wrong_password' } },
    ]);
  });

  it('the same refusal is in Kazakh when the request asks for kk', async () => {
    const { app: fresh } = await freshApp();
    const response = await login(
      fresh,
      { login: 'head.astana@test.kz', password: 'wrong-password' },
      { 'accept-language': 'kk-KZ,kk;q=0.9,ru;q=0.8' },
    );
    expect(response.statusCode).toBe(401);
    expect(response.json()).toMatchObject({
      code: 'auth.invalid_credentials',
      detail: 'Логин немесе құпиясөз қате.',
    });
  });

  it('an unknown login is refused the same way and audited without a user', async () => {
    const { app: fresh } = await freshApp();
    const response = await login(fresh, { login: 'nobody@test.kz', password: TEST_PASSWORD });
    expect(response.statusCode).toBe(401);
    expect(response.json().code).toBe('auth.invalid_credentials');
    const entry = await db
      .selectFrom('audit_log')
      .selectAll()
      .where('action', '=', 'auth.login_failed')
      .where('subject_id', '=', 'unknown')
      .executeTakeFirstOrThrow();
    expect(entry).toMatchObject({ actor_id: null, details: { reason: 'unknown_login' } });
  });

  it('after 5 failures the 6th attempt answers 429 auth.too_many_attempts even with the right password', async () => {
    const { app: fresh } = await freshApp();
    const sessionsBefore = await countRows(db, 'sessions');
    for (let i = 0; i < 5; i++) {
      const failed = await login(fresh, { login: 'analyst.astana@test.kz', password: `wrong-${i}` });
      expect(failed.statusCode).toBe(401);
    }
    const blocked = await login(fresh, { login: 'analyst.astana@test.kz', password: TEST_PASSWORD });
    expect(blocked.statusCode).toBe(429);
    expect(blocked.json()).toMatchObject({ code: 'auth.too_many_attempts', status: 429 });
    expect(blocked.json().detail).toContain('15');
    expect(await countRows(db, 'sessions')).toBe(sessionsBefore);
  });

  it('the throttle counts per address too: another login from the same address is refused after 5 failures', async () => {
    const { app: fresh } = await freshApp();
    const from = { 'x-forwarded-for': '203.0.113.7' };
    for (let i = 0; i < 5; i++) {
      await login(fresh, { login: `guess${i}@test.kz`, password: 'x' }, from);
    }
    const blocked = await login(fresh, { login: 'employer.b@test.kz', password: TEST_PASSWORD }, from);
    expect(blocked.statusCode).toBe(429);
    const elsewhere = await login(fresh, { login: 'employer.b@test.kz', password: TEST_PASSWORD });
    expect(elsewhere.statusCode).toBe(200);
  });

  it('a successful login sets an HttpOnly SameSite=Lax session cookie and writes auth.login', async () => {
    const { app: fresh } = await freshApp();
    const sessionsBefore = await countRows(db, 'sessions');
    const response = await login(fresh, { login: 'Employer.B@test.kz', password: TEST_PASSWORD });
    expect(response.statusCode).toBe(200);
    const cookie = response.cookies.find((c) => c.name === 'jumys_session');
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Lax', path: '/' });
    expect(cookie?.value.length).toBeGreaterThanOrEqual(40);
    const body = response.json();
    expect(body.user).toMatchObject({ login: 'employer.b@test.kz', role: 'employer_representative' });
    expect(body.user.organisation).toMatchObject({ id: world.employers.b, kind: 'employer' });
    expect(body.csrfToken).toEqual(expect.any(String));
    expect(await countRows(db, 'sessions')).toBe(sessionsBefore + 1);
    // Only the token's hash is stored: the cookie value itself is nowhere in the table.
    const stored = await db.selectFrom('sessions').selectAll().where('id', '=', hashToken(cookie!.value)).execute();
    expect(stored).toMatchObject([{ user_id: world.users.employerB, csrf_token: body.csrfToken }]);
    expect(await db.selectFrom('sessions').select('id').where('id', '=', cookie!.value).execute()).toEqual([]);
    expect((await auditActions(world.users.employerB)).map((e) => e.action)).toContain('auth.login');
  });
});

describe('session', () => {
  it('GET /api/session answers a null user to an anonymous caller and the user to a signed-in one', async () => {
    const anonymous = await app.inject({ method: 'GET', url: '/api/session' });
    expect(anonymous.json()).toEqual({ user: null, csrfToken: null });
    const seeker = await logIn(app, 'seeker@test.kz');
    const signedIn = await app.inject({ method: 'GET', url: '/api/session', headers: { cookie: seeker.cookie } });
    expect(signedIn.json()).toMatchObject({
      user: { id: world.users.seeker, role: 'job_seeker', organisation: null },
      csrfToken: seeker.csrfToken,
    });
  });

  it('logout deletes the session, writes auth.logout, and the cookie no longer works', async () => {
    const caller = await logIn(app, 'assistance.astana@test.kz');
    const before = await countRows(db, 'sessions');
    const response = await app.inject({ method: 'POST', url: '/api/auth/logout', headers: caller.headers });
    expect(response.statusCode).toBe(204);
    expect(response.headers['set-cookie']).toMatch(/jumys_session=;/);
    expect(await countRows(db, 'sessions')).toBe(before - 1);
    expect((await auditActions(world.users.assistanceAstana)).map((e) => e.action)).toEqual([
      'auth.login',
      'auth.logout',
    ]);
    const after = await app.inject({ method: 'GET', url: '/api/notifications', headers: caller.headers });
    expect(after.statusCode).toBe(401);
    expect(after.json().code).toBe('auth.session_expired');
  });

  it('a session expires after SESSION_TTL (12 h): the cookie then answers 401 auth.session_expired', async () => {
    const { app: fresh, clock } = await freshApp();
    const caller = await logIn(fresh, 'head.astana@test.kz');
    clock.advance(12 * 3_600_000 - 60_000);
    const stillValid = await fresh.inject({ method: 'GET', url: '/api/notifications', headers: caller.headers });
    expect(stillValid.statusCode).toBe(200);
    clock.advance(60_000);
    const expired = await fresh.inject({ method: 'GET', url: '/api/notifications', headers: caller.headers });
    expect(expired.statusCode).toBe(401);
    expect(expired.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(expired.json().code).toBe('auth.session_expired');
  });

  it('a disabled user is signed out at once', async () => {
    const { app: fresh } = await freshApp();
    const caller = await logIn(fresh, 'employer.b@test.kz');
    await db.updateTable('users').set({ disabled_at: new Date() }).where('id', '=', world.users.employerB).execute();
    try {
      const response = await fresh.inject({ method: 'GET', url: '/api/notifications', headers: caller.headers });
      expect(response.statusCode).toBe(401);
      const again = await login(fresh, { login: 'employer.b@test.kz', password: TEST_PASSWORD });
      expect(again.statusCode).toBe(401);
    } finally {
      await db.updateTable('users').set({ disabled_at: null }).where('id', '=', world.users.employerB).execute();
    }
  });
});

describe('CSRF', () => {
  const unread = async () =>
    (
      await db
        .selectFrom('notifications')
        .select('id')
        .where('user_id', '=', world.users.seeker)
        .where('read_at', 'is', null)
        .execute()
    ).length;

  beforeAll(async () => {
    await notify(db, {
      userId: world.users.seeker,
      template: 'account.welcome',
      params: { name: 'S' },
      now: new Date(),
    });
  });

  it('a POST with the session cookie but no or a wrong x-csrf-token answers 403 auth.csrf_failed and changes nothing', async () => {
    const seeker = await logIn(app, 'seeker@test.kz');
    const auditBefore = await countRows(db, 'audit_log');
    for (const headers of [{ cookie: seeker.cookie }, { cookie: seeker.cookie, 'x-csrf-token': 'forged-token' }]) {
      const response = await app.inject({ method: 'POST', url: '/api/notifications/read-all', headers });
      expect(response.statusCode).toBe(403);
      expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(response.json().code).toBe('auth.csrf_failed');
    }
    const logout = await app.inject({ method: 'POST', url: '/api/auth/logout', headers: { cookie: seeker.cookie } });
    expect(logout.statusCode).toBe(403);
    expect(await unread()).toBe(1);
    expect(await countRows(db, 'audit_log')).toBe(auditBefore);
    const session = await app.inject({ method: 'GET', url: '/api/session', headers: { cookie: seeker.cookie } });
    expect(session.json().user).not.toBeNull();
  });

  it('another session’s CSRF token does not work for this session', async () => {
    const mine = await logIn(app, 'seeker@test.kz');
    const theirs = await logIn(app, 'employer.a@test.kz');
    const response = await app.inject({
      method: 'POST',
      url: '/api/notifications/read-all',
      headers: { cookie: mine.cookie, 'x-csrf-token': theirs.csrfToken },
    });
    expect(response.statusCode).toBe(403);
    expect(await unread()).toBe(1);
  });

  it('a POST with a foreign Origin answers 403 even with the right token; the own origin passes', async () => {
    const seeker = await logIn(app, 'seeker@test.kz');
    const foreign = await app.inject({
      method: 'POST',
      url: '/api/notifications/read-all',
      headers: { ...seeker.headers, host: 'jumys.kz', origin: 'https://evil.example' },
    });
    expect(foreign.statusCode).toBe(403);
    expect(foreign.json().code).toBe('auth.csrf_failed');
    expect(await unread()).toBe(1);
    const own = await app.inject({
      method: 'POST',
      url: '/api/notifications/read-all',
      headers: { ...seeker.headers, host: 'jumys.kz', origin: 'https://jumys.kz' },
    });
    expect(own.statusCode).toBe(204);
    expect(await unread()).toBe(0);
  });

  it('a sign-in posted from a foreign or opaque Origin is refused with 403 (login CSRF)', async () => {
    const { app: fresh } = await freshApp();
    for (const origin of ['https://evil.example', 'null']) {
      const response = await login(
        fresh,
        { login: 'seeker@test.kz', password: TEST_PASSWORD },
        { host: 'jumys.kz', origin },
      );
      expect(response.statusCode, origin).toBe(403);
      expect(response.json().code, origin).toBe('auth.csrf_failed');
    }
  });
});

describe('language preference', () => {
  it('PUT /api/me/locale changes the user’s locale, visible in GET /api/session and in later messages', async () => {
    const caller = await logIn(app, 'specialist.almaty@test.kz');
    const response = await app.inject({
      method: 'PUT',
      url: '/api/me/locale',
      headers: caller.headers,
      payload: { locale: 'kk' },
    });
    expect(response.statusCode).toBe(204);
    const session = await app.inject({ method: 'GET', url: '/api/session', headers: caller.headers });
    expect(session.json().user.locale).toBe('kk');
    const row = await db.selectFrom('users').select('locale').where('id', '=', world.users.specialistAlmaty).execute();
    expect(row).toEqual([{ locale: 'kk' }]);
    const problem = await app.inject({
      method: 'GET',
      url: `/api/organisations/${world.centres.astana}`,
      headers: caller.headers,
    });
    expect(problem.json().detail).toBe('Жазба табылмады.');
  });

  it('an unknown locale is refused with 400 validation.failed and nothing changes', async () => {
    const caller = await logIn(app, 'analyst.astana@test.kz');
    const response = await app.inject({
      method: 'PUT',
      url: '/api/me/locale',
      headers: caller.headers,
      payload: { locale: 'de' },
    });
    expect(response.statusCode).toBe(400);
    expect(response.json()).toMatchObject({ code: 'validation.failed', errors: [{ field: 'locale' }] });
    const row = await db.selectFrom('users').select('locale').where('id', '=', world.users.analystAstana).execute();
    expect(row).toEqual([{ locale: 'ru' }]);
  });
});
