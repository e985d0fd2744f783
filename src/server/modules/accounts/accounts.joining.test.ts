// An employer joins by ЭЦП: the organisation comes from the business registry, the signer becomes its first user.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { countRows, seedTestWorld } from '../../../../tests/support/fixtures';
import { problemOf } from '../../../../tests/support/test-app';
import { useTestDatabase } from '../../../../tests/support/test-database';
import { maskIdentifier } from '../../../shared/iin-bin';
import type { Db } from '../../platform/db/database';
import { makeBin } from '../identity/identity.fixtures';
import { createJoiningKit, freshIp, type JoiningKit, joiningOrganisations, unregisteredBin } from './accounts.fixtures';
import { fullNameFromCommonName, regionOfAddress } from './accounts.joining';

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

beforeEach(async () => {
  await kit.setRegistryOutage(false);
});

async function join(certificate: string, body: { email: string; locale?: string }) {
  const signed = await kit.signedNonce(certificate);
  return kit.app.inject({
    method: 'POST',
    url: '/api/accounts/employers/join',
    payload: { ...signed, email: body.email, locale: body.locale ?? 'ru' },
    headers: freshIp(),
  });
}

const sessionCookieOf = (response: { cookies: { name: string; value: string }[] }) => {
  const cookie = response.cookies.find((c) => c.name === 'jumys_session');
  if (!cookie) throw new Error('no session cookie');
  return `jumys_session=${cookie.value}`;
};

const lastFailedJoin = async () =>
  db
    .selectFrom('audit_log')
    .select(['details'])
    .where('action', '=', 'auth.login_failed')
    .orderBy('seq', 'desc')
    .limit(1)
    .executeTakeFirstOrThrow();

describe('an employer joins by ЭЦП', () => {
  it('creates the organisation from the registry (names, region) and its first user from the certificate, with every right, and signs them in', async () => {
    const { alatau } = joiningOrganisations;
    const response = await join('alatau-head', { email: 'Satbayev@Alatau.kz', locale: 'kk' });
    expect(response.statusCode).toBe(201);
    const body = response.json();
    expect(body.organisation).toMatchObject({
      bin: alatau.bin,
      name: { kk: '«Алатау Цифрлық» ЖШС', ru: 'ТОО «Алатау Цифровой»' },
      legalForm: 'ТОО',
      registrationDate: '2016-09-20',
      address: 'г. Алматы, Бостандыкский район, пр. Аль-Фараби, 17',
      region: 'almaty',
    });
    expect(body.user).toMatchObject({
      login: 'satbayev@alatau.kz',
      role: 'employer_representative',
      locale: 'kk',
      fullName: 'Ерлан Болатұлы Сәтбаев',
      organisation: { kind: 'employer', region: 'almaty' },
    });
    expect(body.confirmationSentTo).toBe('satbayev@alatau.kz');

    const organisation = await db
      .selectFrom('organisations')
      .selectAll()
      .where('bin', '=', alatau.bin)
      .executeTakeFirstOrThrow();
    expect(organisation).toMatchObject({
      kind: 'employer',
      name_kk: '«Алатау Цифрлық» ЖШС',
      name_ru: 'ТОО «Алатау Цифровой»',
      region: 'almaty',
    });
    const user = await db
      .selectFrom('users')
      .selectAll()
      .where('organisation_id', '=', organisation.id)
      .executeTakeFirstOrThrow();
    expect(user).toMatchObject({
      login: 'satbayev@alatau.kz',
      email: 'satbayev@alatau.kz',
      iin: alatau.headIin,
      role: 'employer_representative',
      password_hash: null,
      // The ЭЦП proved the person, not the mailbox.
      email_confirmed_at: null,
      rights: ['manage_users', 'submit_applications', 'sign_contracts'],
    });

    // Signed in now: the session cookie reads the new account.
    const session = await kit.app.inject({
      method: 'GET',
      url: '/api/session',
      headers: { cookie: sessionCookieOf(response) },
    });
    expect(session.json().user).toMatchObject({ id: user.id, organisation: { id: organisation.id } });

    // A confirmation link went to the mailbox, in the chosen language; it confirms the address once.
    const mail = await db
      .selectFrom('outbound_mail')
      .selectAll()
      .where('to_address', '=', 'satbayev@alatau.kz')
      .executeTakeFirstOrThrow();
    expect(mail.locale).toBe('kk');
    expect(mail.body).toContain('«Алатау Цифрлық» ЖШС ұйымы Jumys жүйесіне қосылды');
    const token = mail.body.match(/https:\/\/jumys\.test\/confirm-email#token=([A-Za-z0-9_-]{43})/)?.[1];
    expect(token).toBeDefined();
    const confirmed = await kit.app.inject({ method: 'POST', url: '/api/accounts/confirm-email', payload: { token } });
    expect(confirmed.statusCode).toBe(200);
    const after = await db
      .selectFrom('users')
      .select('email_confirmed_at')
      .where('id', '=', user.id)
      .executeTakeFirst();
    expect(after?.email_confirmed_at).not.toBeNull();

    // And the next day the head signs in by ЭЦП as anyone else does.
    const signed = await kit.signedNonce('alatau-head');
    const login = await kit.app.inject({
      method: 'POST',
      url: '/api/auth/ecp/login',
      payload: signed,
      headers: freshIp(),
    });
    expect(login.statusCode).toBe(200);
    expect(login.json().user.id).toBe(user.id);

    const audit = await db
      .selectFrom('audit_log')
      .selectAll()
      .where('action', 'in', ['accounts.employer_joined', 'accounts.email_confirmed'])
      .where('organisation_id', '=', organisation.id)
      .orderBy('seq')
      .execute();
    expect(audit.map((a) => [a.action, a.actor_role])).toEqual([
      ['accounts.employer_joined', 'employer_representative'],
      ['accounts.email_confirmed', 'employer_representative'],
    ]);
    expect(audit[0]!.details).toMatchObject({
      bin: alatau.bin,
      region: 'almaty',
      signerIin: maskIdentifier(alatau.headIin),
      signerIsRegisteredHead: true,
      certificateRoles: ['organisation', 'firstHead'],
    });
    expect(JSON.stringify(audit[0]!.details)).not.toContain(alatau.headIin);
  });

  it('a person with signing right joins too; the name then comes from the certificate', async () => {
    const response = await join('baiterek-signing-right', { email: 'daniyar@baiterek.kz' });
    expect(response.statusCode).toBe(201);
    expect(response.json().organisation).toMatchObject({ region: 'karaganda', name: { ru: 'ТОО «Байтерек Курылыс»' } });
    expect(response.json().user.fullName).toBe('Данияр Нұрланов');
  });

  it('a certificate without a BIN is refused with a clear reason, and nothing is created', async () => {
    const [organisations, users] = [await countRows(db, 'organisations'), await countRows(db, 'users')];
    const response = await join('person', { email: 'dina@mail.kz' });
    expect(problemOf(response)).toMatchObject({ status: 422, body: { code: 'accounts.certificate_without_bin' } });
    expect(response.json().detail).toContain('БИН');
    expect([await countRows(db, 'organisations'), await countRows(db, 'users')]).toEqual([organisations, users]);
    expect((await lastFailedJoin()).details).toMatchObject({
      method: 'employer_join',
      reason: 'accounts.certificate_without_bin',
    });
  });

  it('an employee without the right to act for the organisation cannot join it', async () => {
    const response = await join('alatau-employee', { email: 'asel@alatau.kz' });
    expect(problemOf(response)).toMatchObject({ status: 422, body: { code: 'accounts.not_organisation_head' } });
  });

  it('a second join with the same BIN is refused: colleagues come in by invitation only', async () => {
    const users = await countRows(db, 'users');
    const again = await join('alatau-second-head', { email: 'dauren@alatau.kz' });
    expect(problemOf(again)).toMatchObject({ status: 409, body: { code: 'accounts.organisation_exists' } });
    expect(again.json().detail).toContain('приглашение');
    // An organisation that was in Jumys before self-service (a seeded employer) is refused the same way.
    const seeded = await join('employer-a-other-head', { email: 'timur@a.kz' });
    expect(problemOf(seeded)).toMatchObject({ status: 409, body: { code: 'accounts.organisation_exists' } });
    expect(await countRows(db, 'users')).toBe(users);
  });

  it('the registry being down answers 503 "try later", and nothing is created; later the same head joins', async () => {
    const [organisations, users, mail] = [
      await countRows(db, 'organisations'),
      await countRows(db, 'users'),
      await countRows(db, 'outbound_mail'),
    ];
    await kit.setRegistryOutage(true);
    const down = await join('koktem-head', { email: 'nurlan@koktem.kz' });
    expect(problemOf(down)).toMatchObject({ status: 503, body: { code: 'accounts.registry_unavailable' } });
    expect([
      await countRows(db, 'organisations'),
      await countRows(db, 'users'),
      await countRows(db, 'outbound_mail'),
    ]).toEqual([organisations, users, mail]);

    await kit.setRegistryOutage(false);
    const later = await join('koktem-head', { email: 'nurlan@koktem.kz' });
    expect(later.statusCode).toBe(201);
    expect(later.json().organisation.region).toBe('turkistan');
  });

  it('an organisation the registry does not know, or no longer active, cannot join', async () => {
    const unknown = await join('unregistered-head', { email: 'samat@mail.kz' });
    expect(problemOf(unknown)).toMatchObject({ status: 422, body: { code: 'accounts.organisation_not_registered' } });
    expect(unknown.json().detail).toContain(unregisteredBin);
    const closed = await join('closed-head', { email: 'askar@mail.kz' });
    expect(problemOf(closed)).toMatchObject({ status: 422, body: { code: 'accounts.organisation_not_active' } });
    const nowhere = await join('nowhere-head', { email: 'aigul@mail.kz' });
    expect(problemOf(nowhere)).toMatchObject({ status: 422, body: { code: 'accounts.region_unknown' } });
    const bins = [unregisteredBin, joiningOrganisations.closed.bin, joiningOrganisations.nowhere.bin];
    expect(await db.selectFrom('organisations').select('id').where('bin', 'in', bins).execute()).toEqual([]);
  });

  it('an e-mail that already has an account is refused beside the field; a used nonce cannot be replayed', async () => {
    const taken = await join('unregistered-head', { email: 'employer.a@test.kz' });
    expect(problemOf(taken)).toMatchObject({ status: 409, body: { code: 'accounts.email_taken' } });
    expect(taken.json().errors).toEqual([expect.objectContaining({ field: 'email' })]);

    const signed = await kit.signedNonce('person');
    const payload = { ...signed, email: 'x@mail.kz', locale: 'ru' };
    await kit.app.inject({ method: 'POST', url: '/api/accounts/employers/join', payload, headers: freshIp() });
    const replay = await kit.app.inject({
      method: 'POST',
      url: '/api/accounts/employers/join',
      payload,
      headers: freshIp(),
    });
    expect(problemOf(replay)).toMatchObject({ status: 401, body: { code: 'signatures.nonce_invalid' } });
  });

  it('refusals count against the sign-in throttle of the address', async () => {
    const headers = { 'x-forwarded-for': '10.9.9.9' };
    const codes: number[] = [];
    for (let i = 0; i < 6; i++) {
      const signed = await kit.signedNonce('person');
      const response = await kit.app.inject({
        method: 'POST',
        url: '/api/accounts/employers/join',
        payload: { ...signed, email: `p${i}@mail.kz`, locale: 'ru' },
        headers,
      });
      codes.push(response.statusCode);
    }
    expect(codes).toEqual([422, 422, 422, 422, 422, 429]);
  });
});

describe('what joining reads from the registry and the certificate', () => {
  it('the region comes from the first part of the address that names one', () => {
    expect(regionOfAddress('г. Астана, район Алматы, ул. Бейбітшілік, 14')).toBe('astana');
    expect(regionOfAddress('г. Алматы, Медеуский район, ул. Жибек Жолы, 50')).toBe('almaty');
    expect(regionOfAddress('Алматинская область, Илийский район, п. Отеген батыр')).toBe('almaty_region');
    expect(regionOfAddress('Алматы облысы, Іле ауданы')).toBe('almaty_region');
    expect(regionOfAddress('Шымкент қ., Абай ауданы, Тәуке хан даңғылы, 88')).toBe('shymkent');
    expect(regionOfAddress('Казахстан, 090000, Западно-Казахстанская обл., г. Уральск')).toBe('west_kazakhstan');
    expect(regionOfAddress('Область Жетісу, г. Талдыкорган')).toBe('zhetysu');
    expect(regionOfAddress('область Жетысу, г. Талдыкорган')).toBe('zhetysu');
    expect(regionOfAddress('Ұлытау облысы, Жезқазған қ.')).toBe('ulytau');
    expect(regionOfAddress('Восточно-Казахстанской области, г. Усть-Каменогорск')).toBe('east_kazakhstan');
    expect(regionOfAddress('г. Шымкент, Абайский район, пр. Тауке хана, 88')).toBe('shymkent');
    expect(regionOfAddress('ул. Абая, 1')).toBeNull();
  });

  it("a certificate's CN (surname first, in capitals) becomes a name as people write it", () => {
    expect(fullNameFromCommonName('АҚЫНОВ АРМАН')).toBe('Арман Ақынов');
    expect(fullNameFromCommonName('ӘЛИЕВА-ОМАРОВА ӘСЕЛ')).toBe('Әсел Әлиева-Омарова');
    expect(fullNameFromCommonName('ТЕСТОВ')).toBe('Тестов');
  });
});
