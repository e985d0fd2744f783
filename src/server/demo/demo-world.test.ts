// The demo world: three centres fully staffed, a dozen employers, job seekers and an administrator, all able to sign in.
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, logIn, type TestApp } from '../../../tests/support/test-app';
import { testPasswordHash, useTestDatabase } from '../../../tests/support/test-database';
import { isBin, isIin } from '../../shared/iin-bin';
import { Role, staffRoles } from '../../shared/roles';
import type { Db } from '../platform/db/database';
import { DEMO_PASSWORD, type DemoLogin, isDatabaseEmpty, seedDemoWorld, wipeData } from './demo-world';

let db: Db;
let logins: DemoLogin[];
const now = new Date('2026-03-02T05:00:00Z');
const opened: TestApp[] = [];

beforeAll(async () => {
  ({ db } = await useTestDatabase());
  expect(await isDatabaseEmpty(db)).toBe(true);
  logins = await seedDemoWorld(db, now, { passwordHash: await testPasswordHash() });
});

afterAll(async () => {
  for (const built of opened) await built.app.close();
});

describe('demo world', () => {
  it('creates 3 centres and 12 employers, every BIN valid', async () => {
    const organisations = await db.selectFrom('organisations').select(['kind', 'bin', 'region']).execute();
    const centres = organisations.filter((o) => o.kind === 'centre');
    const employers = organisations.filter((o) => o.kind === 'employer');
    expect(centres.map((c) => c.region).sort()).toEqual(['almaty', 'astana', 'shymkent']);
    expect(employers).toHaveLength(12);
    for (const { bin } of organisations) expect(isBin(bin), bin).toBe(true);
  });

  it('staffs each centre with a user of every staff role', async () => {
    const staff = await db
      .selectFrom('users')
      .innerJoin('organisations', 'organisations.id', 'users.organisation_id')
      .select(['users.role', 'organisations.region'])
      .where('organisations.kind', '=', 'centre')
      .execute();
    for (const region of ['astana', 'almaty', 'shymkent']) {
      const roles = staff.filter((s) => s.region === region).map((s) => s.role);
      expect(roles.sort(), region).toEqual([...staffRoles].sort());
    }
  });

  it('gives each employer one representative and job seekers valid IINs, and has one administrator', async () => {
    const users = await db.selectFrom('users').select(['role', 'iin', 'organisation_id']).execute();
    const representatives = users.filter((u) => u.role === Role.employerRepresentative);
    expect(representatives).toHaveLength(12);
    expect(new Set(representatives.map((r) => r.organisation_id)).size).toBe(12);
    const seekers = users.filter((u) => u.role === Role.jobSeeker);
    expect(seekers.length).toBeGreaterThanOrEqual(6);
    for (const person of [...seekers, ...representatives]) expect(isIin(person.iin!), String(person.iin)).toBe(true);
    expect(users.filter((u) => u.role === Role.administrator)).toHaveLength(1);
    expect(logins).toHaveLength(users.length);
  });

  it('welcomes every user with a notification and queues the mail of each', async () => {
    const { rows } = await sql<{ login: string; notices: number }>`
      select u.login, count(n.id)::int as notices from users u
      left join notifications n on n.user_id = u.id and n.template = 'account.welcome'
      group by u.login`.execute(db);
    expect(rows.length).toBe(logins.length);
    for (const row of rows) expect(row.notices, row.login).toBe(1);
    const kazakhMail = await db
      .selectFrom('outbound_mail')
      .select('subject')
      .where('locale', '=', 'kk')
      .executeTakeFirstOrThrow();
    expect(kazakhMail.subject).toBe('Jumys жүйесіне қош келдіңіз');
  });

  it('a demo login of every role can sign in and lands in its own organisation', async () => {
    const built = await buildTestApp(db);
    opened.push(built);
    const onePerRole = [...new Map(logins.map((l) => [l.role, l])).values()];
    expect(onePerRole).toHaveLength(7);
    for (const demo of onePerRole) {
      const caller = await logIn(built.app, demo.login);
      const session = await built.app.inject({ method: 'GET', url: '/api/session', headers: caller.headers });
      expect(session.json().user, demo.login).toMatchObject({ login: demo.login, role: demo.role });
      if (demo.centre) expect(session.json().user.organisation.region, demo.login).toBe(demo.centre);
    }
  });

  it('seeded without a given hash, a demo user signs in with DEMO_PASSWORD', async () => {
    await wipeData(db);
    expect(await isDatabaseEmpty(db)).toBe(true);
    await seedDemoWorld(db, now);
    const built = await buildTestApp(db);
    opened.push(built);
    const caller = await logIn(built.app, 'specialist.astana@jumys.kz', DEMO_PASSWORD);
    expect(caller.csrfToken).toEqual(expect.any(String));
    const wrong = await built.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { login: 'specialist.astana@jumys.kz', password: 'Test-password-1' },
    });
    expect(wrong.statusCode).toBe(401);
  });
});
