// A job seeker joins by ЭЦП: the person's own certificate gives the IIN and the name; one IIN is one account.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { countRows, seedTestWorld } from '../../../../tests/support/fixtures';
import { problemOf } from '../../../../tests/support/test-app';
import { useTestDatabase } from '../../../../tests/support/test-database';
import { maskIdentifier } from '../../../shared/iin-bin';
import type { Db } from '../../platform/db/database';
import { makeBin } from '../identity/identity.fixtures';
import { createJoiningKit, freshIp, type JoiningKit, joiningSeekers } from './accounts.fixtures';

const start = '2026-03-02T05:00:00Z';
let db: Db;
let kit: JoiningKit;

beforeAll(async () => {
  ({ db } = await useTestDatabase());
  await seedTestWorld(db);
  kit = await createJoiningKit(db, { start, employerABin: makeBin('1503', 10) });
});

afterAll(async () => {
  await kit.close();
});

async function join(certificate: string, email: string, locale = 'kk') {
  const signed = await kit.signedNonce(certificate);
  return kit.app.inject({
    method: 'POST',
    url: '/api/accounts/seekers/join',
    payload: { ...signed, email, locale },
    headers: freshIp(),
  });
}

const lastFailure = () =>
  db
    .selectFrom('audit_log')
    .select('details')
    .where('action', '=', 'auth.login_failed')
    .orderBy('seq', 'desc')
    .executeTakeFirstOrThrow();

describe('a job seeker joins by ЭЦП', () => {
  it('creates the account from the certificate (IIN, name with the patronymic), without a password, and signs in', async () => {
    const response = await join('seeker-aruzhan', 'Aruzhan@Mail.kz');
    expect(response.statusCode).toBe(201);
    expect(response.json()).toMatchObject({
      user: { role: 'job_seeker', login: 'aruzhan@mail.kz', fullName: 'Аружан Ерланқызы Тілеуова', locale: 'kk' },
      confirmationSentTo: 'aruzhan@mail.kz',
    });
    const user = await db
      .selectFrom('users')
      .select(['id', 'iin', 'password_hash', 'email_confirmed_at', 'organisation_id'])
      .where('login', '=', 'aruzhan@mail.kz')
      .executeTakeFirstOrThrow();
    expect(user).toMatchObject({
      iin: joiningSeekers.aruzhan.iin,
      password_hash: null,
      email_confirmed_at: null,
      organisation_id: null,
    });
    const mail = await db
      .selectFrom('outbound_mail')
      .select(['to_address', 'body'])
      .where('user_id', '=', user.id)
      .executeTakeFirstOrThrow();
    expect(mail.to_address).toBe('aruzhan@mail.kz');
    expect(mail.body).toMatch(/https:\/\/jumys\.test\/confirm-email#token=/);
    const audit = await db
      .selectFrom('audit_log')
      .select('details')
      .where('action', '=', 'accounts.seeker_registered')
      .where('subject_id', '=', user.id)
      .executeTakeFirstOrThrow();
    expect(audit.details).toMatchObject({ method: 'ecp', iin: maskIdentifier(joiningSeekers.aruzhan.iin) });
    expect(JSON.stringify(audit.details)).not.toContain(joiningSeekers.aruzhan.iin);

    // The session works at once: the seeker's own cabinet answers.
    const cookie = response.cookies.find((c) => c.name === 'jumys_session')!;
    const me = await kit.app.inject({
      method: 'GET',
      url: '/api/seekers/me',
      headers: { cookie: `jumys_session=${cookie.value}` },
    });
    expect(me.statusCode).toBe(200);
    expect(me.json()).toMatchObject({ fullName: 'Аружан Ерланқызы Тілеуова', hasIin: true, birthDate: '1999-06-12' });
  });

  it('one IIN, one account: the same certificate again is refused, and so is an IIN registered with a password', async () => {
    const users = await countRows(db, 'users');
    const again = await join('seeker-aruzhan', 'aruzhan.other@mail.kz');
    expect(problemOf(again)).toMatchObject({ status: 409, body: { code: 'accounts.signer_has_account' } });

    const registered = await kit.app.inject({
      method: 'POST',
      url: '/api/accounts/seekers',
      payload: {
        fullName: 'Болат Әбдіров',
        iin: joiningSeekers.bolat.iin,
        email: 'bolat@mail.kz',
        password: 'Jumys-bolat-2026',
        locale: 'ru',
      },
      headers: freshIp(),
    });
    expect(registered.statusCode).toBe(201);
    const byKey = await join('seeker-bolat', 'bolat.key@mail.kz');
    expect(problemOf(byKey)).toMatchObject({ status: 409, body: { code: 'accounts.signer_has_account' } });
    expect(await countRows(db, 'users')).toBe(users + 1);
    expect((await lastFailure()).details).toMatchObject({
      method: 'seeker_join',
      reason: 'accounts.signer_has_account',
    });
  });

  it("refuses an organisation's certificate and an e-mail already in use, and creates nothing", async () => {
    const users = await countRows(db, 'users');
    const organisation = await join('alatau-employee', 'asel@mail.kz', 'ru');
    expect(problemOf(organisation)).toMatchObject({ status: 422, body: { code: 'accounts.organisation_certificate' } });
    expect(organisation.json().detail).toContain('физического лица');
    const taken = await join('person', 'aruzhan@mail.kz');
    expect(problemOf(taken)).toMatchObject({ status: 409, body: { code: 'accounts.email_taken' } });
    expect(await countRows(db, 'users')).toBe(users);
  });

  it('refuses a signature over a nonce that was already used', async () => {
    const signed = await kit.signedNonce('person');
    const first = await kit.app.inject({
      method: 'POST',
      url: '/api/accounts/seekers/join',
      payload: { ...signed, email: 'dina@mail.kz', locale: 'ru' },
      headers: freshIp(),
    });
    expect(first.statusCode).toBe(201);
    const replay = await kit.app.inject({
      method: 'POST',
      url: '/api/accounts/seekers/join',
      payload: { ...signed, email: 'dina.again@mail.kz', locale: 'ru' },
      headers: freshIp(),
    });
    expect(problemOf(replay).body.code).toBe('signatures.nonce_invalid');
  });
});
