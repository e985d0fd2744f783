// The head of a joined employer invites colleagues by e-mail and gives or takes their rights.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { countRows, seedTestWorld, sessionUserOf, type TestWorld } from '../../../../tests/support/fixtures';
import { type Caller, logIn, problemOf } from '../../../../tests/support/test-app';
import { useTestDatabase } from '../../../../tests/support/test-database';
import { EmployerRight } from '../../../shared/api/accounts';
import type { Db } from '../../platform/db/database';
import { makeBin, makeIin } from '../identity/identity.fixtures';
import { createJoiningKit, freshIp, type JoiningKit } from './accounts.fixtures';
import { hasRight } from './accounts.invitations';

const start = '2026-03-02T05:00:00Z';
const password = 'Hamkasym-2026';
let db: Db;
let world: TestWorld;
let kit: JoiningKit;
let head: Caller;
let headId: string;

beforeAll(async () => {
  ({ db } = await useTestDatabase());
  world = await seedTestWorld(db);
  kit = await createJoiningKit(db, { start, employerABin: makeBin('1503', 10) });
  const signed = await kit.signedNonce('alatau-head');
  const joined = await kit.app.inject({
    method: 'POST',
    url: '/api/accounts/employers/join',
    payload: { ...signed, email: 'head@alatau.kz', locale: 'ru' },
    headers: freshIp(),
  });
  expect(joined.statusCode).toBe(201);
  const cookie = `jumys_session=${joined.cookies.find((c) => c.name === 'jumys_session')!.value}`;
  head = { cookie, csrfToken: joined.json().csrfToken, headers: { cookie, 'x-csrf-token': joined.json().csrfToken } };
  headId = joined.json().user.id;
});

afterAll(async () => {
  await kit.close();
});

const call = (method: 'GET' | 'POST' | 'PUT' | 'DELETE', url: string, caller?: Caller, payload?: object) =>
  kit.app.inject({ method, url, headers: caller?.headers ?? {}, ...(payload ? { payload } : {}) });

async function invite(email: string, rights: string[], caller = head, locale = 'ru') {
  return call('POST', '/api/accounts/invitations', caller, { email, rights, locale });
}

/** The invitation link of the latest letter to an address, as the colleague would read it. */
async function invitationToken(to: string): Promise<string> {
  const mail = await db
    .selectFrom('outbound_mail')
    .select(['body'])
    .where('to_address', '=', to)
    .orderBy('created_at', 'desc')
    .orderBy('id')
    .execute();
  const match = mail[0]?.body.match(/https:\/\/jumys\.test\/invitation#token=([A-Za-z0-9_-]{43})/);
  if (!match) throw new Error(`no invitation link in the mail to ${to}`);
  return match[1]!;
}

const colleague = (n: number, overrides: Record<string, unknown> = {}) => ({
  fullName: `Әсел Маратқызы Қасымова ${n}`,
  iin: makeIin(`1992-04-0${(n % 9) + 1}`, 'female', 700 + n),
  password,
  locale: 'kk',
  ...overrides,
});

async function acceptInvitation(token: string, person: Record<string, unknown>) {
  return call('POST', '/api/accounts/invitations/accept', undefined, { token, ...person });
}

describe('inviting a colleague', () => {
  it('the head invites by e-mail; the colleague sees whose invitation it is, accepts once, and works with the given rights', async () => {
    const sent = await invite('Asel@Alatau.kz', [EmployerRight.submitApplications], head, 'kk');
    expect(sent.statusCode).toBe(201);
    const mail = await db
      .selectFrom('outbound_mail')
      .selectAll()
      .where('to_address', '=', 'asel@alatau.kz')
      .executeTakeFirstOrThrow();
    expect(mail).toMatchObject({ locale: 'kk', user_id: null, subject: 'Jumys: «Алатау Цифрлық» ЖШС ұйымына шақыру' });
    expect(mail.body).toContain('Ерлан Болатұлы Сәтбаев сізді Jumys жүйесінде «Алатау Цифрлық» ЖШС ұйымының');
    expect(mail.body).toContain('7 күн');
    const token = await invitationToken('asel@alatau.kz');

    const open = await call('GET', '/api/accounts/invitations', head);
    expect(open.json().items).toEqual([
      expect.objectContaining({
        email: 'asel@alatau.kz',
        rights: ['submit_applications'],
        invitedBy: 'Ерлан Болатұлы Сәтбаев',
      }),
    ]);

    const preview = await call('POST', '/api/accounts/invitations/preview', undefined, { token });
    expect(preview.statusCode).toBe(200);
    expect(preview.json()).toEqual({
      organisation: { kk: '«Алатау Цифрлық» ЖШС', ru: 'ТОО «Алатау Цифровой»' },
      rights: ['submit_applications'],
    });

    kit.clock.advance(60 * 60_000); // the colleague reads the mail an hour later
    const person = colleague(1);
    const accepted = await acceptInvitation(token, person);
    expect(accepted.statusCode).toBe(201);
    expect(accepted.json().user).toMatchObject({
      login: 'asel@alatau.kz',
      role: 'employer_representative',
      locale: 'kk',
    });
    const user = await db
      .selectFrom('users')
      .selectAll()
      .where('login', '=', 'asel@alatau.kz')
      .executeTakeFirstOrThrow();
    const headRow = await db.selectFrom('users').select('organisation_id').where('id', '=', headId).executeTakeFirst();
    expect(user).toMatchObject({
      iin: person.iin,
      full_name: person.fullName,
      organisation_id: headRow!.organisation_id,
      rights: ['submit_applications'],
    });
    // The link came to that mailbox, so the address is confirmed and the password works at once.
    expect(user.email_confirmed_at).not.toBeNull();
    const asel = await logIn(kit.app, 'asel@alatau.kz', password);
    const me = await sessionUserOf(db, user.id);
    expect(hasRight(me, EmployerRight.submitApplications)).toBe(true);
    expect(hasRight(me, EmployerRight.manageUsers)).toBe(false);
    expect(hasRight(me, EmployerRight.signContracts)).toBe(false);

    // The link works once.
    const again = await acceptInvitation(token, colleague(2));
    expect(problemOf(again)).toMatchObject({ status: 410, body: { code: 'accounts.link_invalid' } });
    const previewAgain = await call('POST', '/api/accounts/invitations/preview', undefined, { token });
    expect(problemOf(previewAgain)).toMatchObject({ status: 410 });
    expect((await call('GET', '/api/accounts/invitations', head)).json().items).toEqual([]);

    // Without the right to manage users the colleague cannot invite, nor see or change others' rights.
    const refused = await invite('friend@mail.kz', [], asel);
    expect(problemOf(refused)).toMatchObject({ status: 403, body: { code: 'accounts.manage_users_required' } });
    expect(problemOf(await call('GET', '/api/accounts/invitations', asel))).toMatchObject({ status: 403 });
    const grab = await call('PUT', `/api/accounts/organisation-users/${user.id}/rights`, asel, {
      rights: ['manage_users'],
    });
    expect(problemOf(grab)).toMatchObject({ status: 403, body: { code: 'accounts.manage_users_required' } });
    // Looking at the colleagues is allowed, without the controls.
    const list = await call('GET', '/api/accounts/organisation-users', asel);
    expect(list.json()).toMatchObject({ canManage: false });
    expect(list.json().items.map((u: { fullName: string; isMe: boolean }) => [u.fullName, u.isMe])).toEqual([
      ['Ерлан Болатұлы Сәтбаев', false],
      [person.fullName, true],
    ]);

    const audit = await db
      .selectFrom('audit_log')
      .select('action')
      .where('organisation_id', '=', headRow!.organisation_id)
      .where('action', 'like', 'accounts.invitation%')
      .orderBy('seq')
      .execute();
    expect(audit.map((a) => a.action)).toEqual(['accounts.invitation_sent', 'accounts.invitation_accepted']);
  });

  it('an invitation expires after 7 days', async () => {
    await invite('late@alatau.kz', []);
    const token = await invitationToken('late@alatau.kz');
    kit.clock.advance(7 * 24 * 60 * 60_000 + 1000);
    try {
      const late = await acceptInvitation(token, colleague(3));
      expect(problemOf(late)).toMatchObject({ status: 410, body: { code: 'accounts.link_invalid' } });
    } finally {
      kit.clock.advance(-(7 * 24 * 60 * 60_000 + 1000));
    }
    expect(await db.selectFrom('users').select('id').where('login', '=', 'late@alatau.kz').execute()).toEqual([]);
    const open = (await call('GET', '/api/accounts/invitations', head)).json().items as { email: string }[];
    expect(open.map((i) => i.email)).toEqual(['late@alatau.kz']);
  });

  it('a revoked invitation no longer works; a newer one to the same address replaces the older', async () => {
    await invite('twice@alatau.kz', []);
    const older = await invitationToken('twice@alatau.kz');
    await invite('twice@alatau.kz', [EmployerRight.signContracts]);
    const newer = await invitationToken('twice@alatau.kz');
    expect(problemOf(await acceptInvitation(older, colleague(4)))).toMatchObject({ status: 410 });

    const listed = (await call('GET', '/api/accounts/invitations', head)).json().items as {
      id: string;
      email: string;
    }[];
    const open = listed.filter((i) => i.email === 'twice@alatau.kz');
    expect(open).toEqual([expect.objectContaining({ rights: ['sign_contracts'] })]);
    const revoked = await call('DELETE', `/api/accounts/invitations/${open[0]!.id}`, head);
    expect(revoked.statusCode).toBe(204);
    expect(problemOf(await acceptInvitation(newer, colleague(4)))).toMatchObject({
      status: 410,
      body: { code: 'accounts.link_invalid' },
    });
    expect(problemOf(await call('DELETE', `/api/accounts/invitations/${open[0]!.id}`, head))).toMatchObject({
      status: 404,
    });
  });

  it('another employer cannot revoke or see this organisation’s invitations, nor change its users’ rights', async () => {
    await invite('third@alatau.kz', []);
    const open = (await call('GET', '/api/accounts/invitations', head)).json().items as { id: string }[];
    const employerA = await logIn(kit.app, 'employer.a@test.kz');
    expect((await call('GET', '/api/accounts/invitations', employerA)).json().items).toEqual([]);
    expect(problemOf(await call('DELETE', `/api/accounts/invitations/${open[0]!.id}`, employerA))).toMatchObject({
      status: 404,
    });
    const change = await call('PUT', `/api/accounts/organisation-users/${headId}/rights`, employerA, { rights: [] });
    expect(problemOf(change)).toMatchObject({ status: 404 });
    const seeker = await logIn(kit.app, 'seeker@test.kz');
    expect(problemOf(await invite('x@mail.kz', [], seeker))).toMatchObject({
      status: 403,
      body: { code: 'auth.forbidden' },
    });
    expect((await invite('x@mail.kz', [])).statusCode).toBe(201);
  });

  it('an invitation to an address or an IIN that already has an account is refused clearly', async () => {
    const taken = await invite('seeker@test.kz', []);
    expect(problemOf(taken)).toMatchObject({ status: 409, body: { code: 'accounts.email_taken' } });
    await invite('newcomer@alatau.kz', []);
    const token = await invitationToken('newcomer@alatau.kz');
    const users = await countRows(db, 'users');
    const sameIin = await acceptInvitation(token, colleague(5, { iin: makeIin('2001-02-03', 'female', 3) }));
    expect(problemOf(sameIin)).toMatchObject({ status: 409, body: { code: 'accounts.iin_taken' } });
    expect(await countRows(db, 'users')).toBe(users);
    // The refusal left the link usable: the person may still accept with their own IIN.
    expect((await acceptInvitation(token, colleague(6))).statusCode).toBe(201);
  });
});

describe('rights of colleagues', () => {
  it('the head gives and takes rights; the last one who can manage users cannot drop that right', async () => {
    const users = (await call('GET', '/api/accounts/organisation-users', head)).json();
    expect(users.canManage).toBe(true);
    const asel = users.items.find((u: { email: string }) => u.email === 'asel@alatau.kz');

    const alone = await call('PUT', `/api/accounts/organisation-users/${headId}/rights`, head, {
      rights: ['submit_applications'],
    });
    expect(problemOf(alone)).toMatchObject({ status: 422, body: { code: 'accounts.last_manager' } });
    expect(alone.json().detail).toContain('хотя бы один');
    const headRights = await db.selectFrom('users').select('rights').where('id', '=', headId).executeTakeFirst();
    expect(headRights?.rights).toEqual(['manage_users', 'submit_applications', 'sign_contracts']);

    const given = await call('PUT', `/api/accounts/organisation-users/${asel.id}/rights`, head, {
      rights: ['sign_contracts', 'manage_users', 'manage_users'],
    });
    expect(given.statusCode).toBe(204);
    const aselRow = await db.selectFrom('users').select('rights').where('id', '=', asel.id).executeTakeFirst();
    expect(aselRow?.rights).toEqual(['manage_users', 'sign_contracts']);

    // With a second manager, the head may step back; the change applies to the next request, no new sign-in needed.
    const stepBack = await call('PUT', `/api/accounts/organisation-users/${headId}/rights`, head, {
      rights: ['submit_applications', 'sign_contracts'],
    });
    expect(stepBack.statusCode).toBe(204);
    expect(problemOf(await invite('later@alatau.kz', []))).toMatchObject({ status: 403 });

    const audit = await db
      .selectFrom('audit_log')
      .select(['subject_id', 'details'])
      .where('action', '=', 'accounts.rights_changed')
      .orderBy('seq')
      .execute();
    expect(audit).toEqual([
      { subject_id: asel.id, details: { given: ['manage_users', 'sign_contracts'], taken: ['submit_applications'] } },
      { subject_id: headId, details: { given: [], taken: ['manage_users'] } },
    ]);
  });

  it('rights can be sent only from the known list', async () => {
    const response = await call('PUT', `/api/accounts/organisation-users/${headId}/rights`, head, {
      rights: ['delete_everything'],
    });
    expect(problemOf(response)).toMatchObject({ status: 400, body: { code: 'validation.failed' } });
  });

  it('seeded employer heads hold every right', async () => {
    const employerA = await sessionUserOf(db, world.users.employerA);
    expect(hasRight(employerA, EmployerRight.manageUsers)).toBe(true);
    const seeker = await sessionUserOf(db, world.users.seeker);
    expect(hasRight(seeker, EmployerRight.manageUsers)).toBe(false);
  });
});
