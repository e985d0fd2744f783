// A job seeker joins on their own (ФК-А.01 entry), confirms the e-mail by a one-time link, and anyone resets a password.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { countRows, seedTestWorld, type TestWorld } from '../../../../tests/support/fixtures';
import { buildTestApp, logIn, problemOf, type TestApp } from '../../../../tests/support/test-app';
import { TEST_PASSWORD, useTestDatabase } from '../../../../tests/support/test-database';
import type { Db } from '../../platform/db/database';
import { makeIin } from '../identity/identity.fixtures';

let db: Db;
let world: TestWorld;
let built: TestApp;

beforeAll(async () => {
  ({ db } = await useTestDatabase());
  world = await seedTestWorld(db);
  built = await buildTestApp(db);
});

afterAll(async () => {
  await built.app.close();
});

const post = (url: string, payload: unknown, headers: Record<string, string> = {}) =>
  built.app.inject({ method: 'POST', url, payload: payload as object, headers });

/** The one-time link of the latest mail to an address, as the person would read it. */
async function linkTokenFromMail(to: string): Promise<string> {
  const mail = await db
    .selectFrom('outbound_mail')
    .select(['body'])
    .where('to_address', '=', to)
    .orderBy('created_at', 'desc')
    .orderBy('id')
    .execute();
  const match = mail[0]?.body.match(/#token=([A-Za-z0-9_-]{43})/);
  if (!match) throw new Error(`no link in the mail to ${to}`);
  return match[1]!;
}

const newSeeker = (n: number, overrides: Record<string, unknown> = {}) => ({
  fullName: `Айжан Серікқызы ${n}`,
  iin: makeIin(`2000-04-0${n % 9 || 1}`, 'female', 900 + n),
  email: `aizhan${n}@mail.kz`,
  password: 'Qazaqstan-2026',
  locale: 'kk',
  ...overrides,
});

describe('seeker self-registration', () => {
  it('registers with a valid IIN, mails a confirmation link in the chosen language, and signs in only after confirming', async () => {
    const seeker = newSeeker(1);
    const response = await post('/api/accounts/seekers', seeker);
    expect(response.statusCode).toBe(201);
    const mail = await db.selectFrom('outbound_mail').selectAll().where('to_address', '=', seeker.email).execute();
    expect(mail).toHaveLength(1);
    expect(mail[0]).toMatchObject({ locale: 'kk', subject: 'Jumys: электрондық поштаны растаңыз' });
    // A link is not an inbox item: it would stay readable there after it has been used.
    const user = await db.selectFrom('users').selectAll().where('login', '=', seeker.email).executeTakeFirstOrThrow();
    expect(user).toMatchObject({
      role: 'job_seeker',
      iin: seeker.iin,
      email_confirmed_at: null,
      organisation_id: null,
    });
    expect(await db.selectFrom('notifications').select('id').where('user_id', '=', user.id).execute()).toEqual([]);

    const early = await post('/api/auth/login', { login: seeker.email, password: seeker.password });
    expect(problemOf(early)).toMatchObject({ status: 403, body: { code: 'auth.email_not_confirmed' } });

    const token = await linkTokenFromMail(seeker.email);
    expect((await post('/api/accounts/confirm-email', { token })).statusCode).toBe(200);
    const signedIn = await post('/api/auth/login', { login: seeker.email, password: seeker.password });
    expect(signedIn.statusCode).toBe(200);
    expect(signedIn.json().user).toMatchObject({ role: 'job_seeker', locale: 'kk' });

    const again = await post('/api/accounts/confirm-email', { token });
    expect(problemOf(again)).toMatchObject({ status: 410, body: { code: 'accounts.link_invalid' } });
  });

  it('one IIN is one account: a second registration with the same IIN is refused with 409 beside the field', async () => {
    const first = newSeeker(2);
    expect((await post('/api/accounts/seekers', first)).statusCode).toBe(201);
    const users = await countRows(db, 'users');
    const second = await post('/api/accounts/seekers', newSeeker(3, { iin: first.iin }), { 'accept-language': 'ru' });
    expect(problemOf(second)).toMatchObject({ status: 409, body: { code: 'accounts.iin_taken' } });
    expect(second.json().errors).toEqual([expect.objectContaining({ field: 'iin', code: 'accounts.iin_taken' })]);
    expect(second.json().detail).toContain('ИИН');
    expect(await countRows(db, 'users')).toBe(users);
  });

  it('two registrations racing with one IIN: exactly one account is made', async () => {
    const iin = makeIin('1999-09-09', 'male', 950);
    const outcomes = await Promise.all([4, 5].map((n) => post('/api/accounts/seekers', newSeeker(n, { iin }))));
    expect(outcomes.map((o) => o.statusCode).sort()).toEqual([201, 409]);
    expect(await db.selectFrom('users').select('id').where('iin', '=', iin).execute()).toHaveLength(1);
  });

  it('an e-mail already used and an IIN with a wrong check digit are refused with the field named', async () => {
    const taken = await post('/api/accounts/seekers', newSeeker(6, { email: 'seeker@test.kz' }));
    expect(problemOf(taken)).toMatchObject({ status: 409, body: { code: 'accounts.email_taken' } });
    const iin = makeIin('2001-01-01', 'male', 960);
    const wrongDigit = `${iin.slice(0, 11)}${(Number(iin[11]) + 1) % 10}`;
    const invalid = await post('/api/accounts/seekers', newSeeker(7, { iin: wrongDigit, password: 'short1' }));
    expect(problemOf(invalid)).toMatchObject({ status: 400, body: { code: 'validation.failed' } });
    expect(invalid.json().errors.map((e: { field: string; code: string }) => [e.field, e.code])).toEqual(
      expect.arrayContaining([
        ['iin', 'validation.iin_invalid'],
        ['password', 'validation.password_too_short'],
      ]),
    );
  });

  it('a confirmation link stops working after 24 hours', async () => {
    const seeker = newSeeker(8);
    expect((await post('/api/accounts/seekers', seeker)).statusCode).toBe(201);
    const token = await linkTokenFromMail(seeker.email);
    built.clock.advance(24 * 60 * 60_000 + 1000);
    try {
      expect(problemOf(await post('/api/accounts/confirm-email', { token }))).toMatchObject({
        status: 410,
        body: { code: 'accounts.link_invalid' },
      });
    } finally {
      built.clock.advance(-(24 * 60 * 60_000 + 1000));
    }
  });
});

describe('password reset', () => {
  it('answers the same for a known and an unknown address, and mails a link only to the known one', async () => {
    const before = await countRows(db, 'outbound_mail');
    const unknown = await post('/api/accounts/password-reset', { email: 'nobody@mail.kz' });
    const known = await post('/api/accounts/password-reset', { email: 'employer.b@test.kz' });
    expect([unknown.statusCode, known.statusCode]).toEqual([202, 202]);
    expect(unknown.json()).toEqual(known.json());
    expect(await countRows(db, 'outbound_mail')).toBe(before + 1);
  });

  it('the link sets a new password once, signs out every session, and then cannot be reused', async () => {
    const caller = await logIn(built.app, 'employer.a@test.kz');
    await post('/api/accounts/password-reset', { email: 'employer.a@test.kz' });
    const token = await linkTokenFromMail('employer.a@test.kz');
    const done = await post('/api/accounts/password-reset/complete', { token, password: 'Jana-parol-2026' });
    expect(done.statusCode).toBe(200);
    const session = await built.app.inject({ method: 'GET', url: '/api/notifications', headers: caller.headers });
    expect(session.statusCode).toBe(401);
    expect((await post('/api/auth/login', { login: 'employer.a@test.kz', password: TEST_PASSWORD })).statusCode).toBe(
      401,
    );
    expect(
      (await post('/api/auth/login', { login: 'employer.a@test.kz', password: 'Jana-parol-2026' })).statusCode,
    ).toBe(200);
    const reuse = await post('/api/accounts/password-reset/complete', { token, password: 'Ekinshi-parol-2026' });
    expect(problemOf(reuse)).toMatchObject({ status: 410, body: { code: 'accounts.link_invalid' } });
    const audit = await db
      .selectFrom('audit_log')
      .select('action')
      .where('subject_id', '=', world.users.employerA)
      .where('action', 'like', 'accounts.%')
      .orderBy('seq')
      .execute();
    expect(audit.map((a) => a.action)).toEqual(['accounts.password_reset_requested', 'accounts.password_reset']);
  });

  it('a reset link expires after an hour, and a newer link retires the older one', async () => {
    await post('/api/accounts/password-reset', { email: 'specialist.almaty@test.kz' });
    const older = await linkTokenFromMail('specialist.almaty@test.kz');
    await post('/api/accounts/password-reset', { email: 'specialist.almaty@test.kz' });
    const newer = await linkTokenFromMail('specialist.almaty@test.kz');
    expect(newer).not.toBe(older);
    expect(
      problemOf(await post('/api/accounts/password-reset/complete', { token: older, password: 'Taza-parol-2026' })),
    ).toMatchObject({ status: 410 });
    built.clock.advance(60 * 60_000 + 1000);
    try {
      expect(
        problemOf(await post('/api/accounts/password-reset/complete', { token: newer, password: 'Taza-parol-2026' })),
      ).toMatchObject({ status: 410, body: { code: 'accounts.link_invalid' } });
    } finally {
      built.clock.advance(-(60 * 60_000 + 1000));
    }
  });

  it('requests are throttled: the sixth within the window from one address answers 429', async () => {
    const { app } = await buildTestApp(db);
    try {
      const answers: number[] = [];
      for (let i = 0; i < 6; i++) {
        answers.push(
          (
            await app.inject({
              method: 'POST',
              url: '/api/accounts/password-reset',
              payload: { email: `x${i}@mail.kz` },
              // An address of its own: the count is in the database, where earlier tests' requests also are.
              headers: { 'x-forwarded-for': '198.51.100.23' },
            })
          ).statusCode,
        );
      }
      expect(answers).toEqual([202, 202, 202, 202, 202, 429]);
    } finally {
      await app.close();
    }
  });
});
