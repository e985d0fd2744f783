// The staff diagnostic route: who may run a check, what it answers in each case, and the audit entry each check leaves.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { seedTestWorld, type TestWorld } from '../../../../tests/support/fixtures';
import { logIn, problemOf } from '../../../../tests/support/test-app';
import { useTestDatabase } from '../../../../tests/support/test-database';
import { buildApp } from '../../app';
import { loadConfig } from '../../config';
import { createTestClock } from '../../platform/clock';
import type { Db } from '../../platform/db/database';
import type { App } from '../../platform/http';
import { insertOrganisation } from '../identity/identity.fixtures';
import { createGovRegistriesClient } from './gov-registries.client';
import { employerConditionCatalogue } from './gov-registries.condition-catalogue';
import { seedEmployerConditions } from './gov-registries.usecases';
import { type RunningGovSimulator, startGovSimulator } from './simulator';

const CLEAN = '150340001008';
const TAX_DEBT = '120440001145';
const UNKNOWN = '990140004654';
const checkUrl = (bin: string, query = '') => `/api/gov-registries/employers/${bin}/check${query}`;

let db: Db;
let world: TestWorld;
let cleanEmployerId: string;
let simulator: RunningGovSimulator;
let app: App;
let unconfigured: App;

async function build(withRegistries: boolean): Promise<App> {
  const clock = createTestClock('2026-03-02T05:00:00Z');
  const built = await buildApp({
    db,
    config: loadConfig({ LOG_LEVEL: 'silent' }),
    clock,
    ...(withRegistries
      ? { govRegistries: createGovRegistriesClient({ baseUrl: simulator.url, timeoutMs: 2000 }) }
      : {}),
  });
  await built.ready();
  return built;
}

const setOutage = (on: boolean) =>
  fetch(`${simulator.url}/__sim/outage`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ on }),
  });

beforeAll(async () => {
  ({ db } = await useTestDatabase());
  world = await seedTestWorld(db);
  cleanEmployerId = await insertOrganisation(db, {
    kind: 'employer',
    bin: CLEAN,
    nameKk: '«Астана Құрылыс» ЖШС',
    nameRu: 'ТОО «Астана Курылыс»',
    region: 'astana',
  });
  await seedEmployerConditions(db, { entries: employerConditionCatalogue, now: new Date('2026-03-02T05:00:00Z') });
  simulator = await startGovSimulator({ clock: createTestClock('2026-03-02T05:00:00Z') });
  app = await build(true);
  unconfigured = await build(false);
});

afterAll(async () => {
  await Promise.all([app.close(), unconfigured.close()]);
  await simulator.close();
});

beforeEach(async () => {
  await setOutage(false);
});

const auditOf = (bin: string) =>
  db
    .selectFrom('audit_log')
    .selectAll()
    .where('action', '=', 'gov_registries.checked')
    .where('subject_id', '=', bin)
    .orderBy('seq')
    .execute();

describe('GET /api/gov-registries/employers/:bin/check', () => {
  it('refuses an anonymous caller (401) and an employer or a job seeker (403)', async () => {
    expect((await app.inject({ method: 'GET', url: checkUrl(CLEAN) })).statusCode).toBe(401);
    for (const login of ['employer.a@test.kz', 'seeker@test.kz', 'analyst.astana@test.kz']) {
      const caller = await logIn(app, login);
      const response = await app.inject({ method: 'GET', url: checkUrl(CLEAN), headers: caller.headers });
      expect(response.statusCode, login).toBe(403);
    }
    expect(await auditOf(CLEAN)).toEqual([]);
  });

  it('gives the specialist every condition with its source, and audits eligibility without personal data', async () => {
    const specialist = await logIn(app, 'specialist.astana@test.kz');
    const response = await app.inject({ method: 'GET', url: checkUrl(CLEAN), headers: specialist.headers });
    expect(response.statusCode).toBe(200);
    const check = response.json();
    expect(check).toMatchObject({ bin: CLEAN, applicationDate: '2026-03-02', eligible: true });
    expect(check.conditions).toHaveLength(7);
    expect(response.body).not.toContain('700110302000');
    expect(response.body).not.toContain('Серік');

    const [entry] = await auditOf(CLEAN);
    expect(entry).toMatchObject({
      actor_id: world.users.specialistAstana,
      actor_role: 'employer_relations_specialist',
      subject_type: 'employer_bin',
      centre_id: world.centres.astana,
      organisation_id: cleanEmployerId,
    });
    expect(entry!.details).toMatchObject({ eligible: true, failed: [], applicationDate: '2026-03-02' });
    expect(JSON.stringify(entry!.details)).not.toContain('700110302000');
  });

  it('shows the centre head why an employer in debt is not eligible, for a given application date', async () => {
    const head = await logIn(app, 'head.astana@test.kz');
    const response = await app.inject({
      method: 'GET',
      url: checkUrl(TAX_DEBT, '?applicationDate=2026-02-20'),
      headers: head.headers,
    });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({ eligible: false, applicationDate: '2026-02-20' });
    const [entry] = await auditOf(TAX_DEBT);
    expect(entry!.details).toMatchObject({ eligible: false, failed: ['no_tax_debt'] });
  });

  it('answers 404 gov_registries.organisation_not_found for a BIN no registry knows', async () => {
    const admin = await logIn(app, 'admin@test.kz');
    const problem = problemOf(
      await app.inject({
        method: 'GET',
        url: checkUrl(UNKNOWN),
        headers: { ...admin.headers, 'accept-language': 'ru' },
      }),
    );
    expect(problem.status).toBe(404);
    expect(problem.body.code).toBe('gov_registries.organisation_not_found');
    expect(problem.body.detail).toContain(UNKNOWN);
    expect(await auditOf(UNKNOWN)).toEqual([]);
  });

  it('answers 503 gov_registries.unavailable, "try later" in Kazakh and Russian, while the registries are down', async () => {
    await setOutage(true);
    const specialist = await logIn(app, 'specialist.astana@test.kz');
    const before = (await auditOf(CLEAN)).length;
    const detailIn = async (language: string) => {
      const problem = problemOf(
        await app.inject({
          method: 'GET',
          url: checkUrl(CLEAN),
          headers: { ...specialist.headers, 'accept-language': language },
        }),
      );
      expect(problem.status).toBe(503);
      expect(problem.contentType).toMatch(/^application\/problem\+json/);
      expect(problem.body.code).toBe('gov_registries.unavailable');
      return problem.body.detail;
    };
    expect(await detailIn('kk')).toBe('Тексеру қызметі қазір қолжетімсіз. Кейінірек қайталап көріңіз.');
    expect(await detailIn('ru')).toBe('Сервис проверки сейчас недоступен. Повторите попытку позже.');
    expect(await detailIn('en')).toBe('The check service is unavailable. Please try again later.');
    expect(await auditOf(CLEAN)).toHaveLength(before);
  });

  it('answers 503 when no registry address is configured', async () => {
    const specialist = await logIn(unconfigured, 'specialist.astana@test.kz');
    const response = await unconfigured.inject({ method: 'GET', url: checkUrl(CLEAN), headers: specialist.headers });
    expect(problemOf(response)).toMatchObject({ status: 503, body: { code: 'gov_registries.unavailable' } });
  });

  it('refuses a malformed BIN with a field error', async () => {
    const specialist = await logIn(app, 'specialist.astana@test.kz');
    const response = await app.inject({ method: 'GET', url: checkUrl('150340001009'), headers: specialist.headers });
    expect(problemOf(response)).toMatchObject({ status: 400, body: { code: 'validation.failed' } });
  });
});
