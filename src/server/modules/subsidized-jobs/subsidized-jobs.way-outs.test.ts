// Nothing gets stuck: the employer withdraws before the decision, the centre closes an abandoned returned application
// after a notice, the queue reads oldest first with its ages, the check is fresh at signing, and the employer
// conditions in force on the day (condition 7 for the centre, a suspension) decide the check.
import { sql } from 'kysely';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { seedTestWorld, sessionUserOf, type TestWorld } from '../../../../tests/support/fixtures';
import { type Caller, logIn, problemOf } from '../../../../tests/support/test-app';
import { testPasswordHash, useTestDatabase } from '../../../../tests/support/test-database';
import type { ApplicationView, PositionInput } from '../../../shared/api/subsidized-jobs';
import { Role } from '../../../shared/roles';
import { indicatorsByYear, programmeCatalogue } from '../../../shared/subsidy/programmes';
import { buildApp } from '../../app';
import { loadConfig } from '../../config';
import { createTestClock } from '../../platform/clock';
import type { Db } from '../../platform/db/database';
import type { App } from '../../platform/http';
import { applyAction, systemActor } from '../../platform/workflow/workflow';
import {
  createGovRegistriesClient,
  employerConditionCatalogue,
  reportedSuspension2026,
  type SimulatorDataset,
  seedEmployerConditions,
  startGovSimulator,
} from '../gov-registries';
import { insertOrganisation, insertUser, makeBin, makeIin } from '../identity/identity.fixtures';
import { createSignatureServices } from '../signatures';
import { createSignatureTestKit, type SignatureTestKit, testIdentities } from '../signatures/signatures.fixtures';
import { seedProgrammeCatalogue } from '../subsidy-programmes';
import { seedReviewConclusion } from '../subsidy-review';
import { sendAbandonmentNotices } from './subsidized-jobs.abandonment';
import { registryEntry, requisitesFor } from './subsidized-jobs.fixtures';
import { applicationWorkflow } from './subsidized-jobs.workflow';

const start = '2026-03-02T05:00:00.000Z'; // Monday 2 March 2026, 10:00 in Astana
const debtor = { bin: makeBin('1204', 31), iin: makeIin('1972-03-12', 'male', 31), login: 'employer.debt2@test.kz' };
const young = { bin: makeBin('2510', 41), iin: makeIin('1990-04-13', 'female', 41), login: 'employer.young2@test.kz' };

let db: Db;
let world: TestWorld;
let clock: ReturnType<typeof createTestClock>;
let kit: SignatureTestKit;
let simulator: Awaited<ReturnType<typeof startGovSimulator>>;
let app: App;
let employerA: Caller;
let employerB: Caller;
let employerDebtor: Caller;
let employerYoung: Caller;
let specialistAstana: Caller;
let admin: Caller;

const dataset: SimulatorDataset = {
  organisations: {
    [testIdentities.employerA.bin]: registryEntry({}),
    [testIdentities.employerB.bin]: registryEntry({ headIin: testIdentities.employerB.iin }),
    [debtor.bin]: registryEntry({ headIin: debtor.iin, taxDebtTenge: 1_245_300 }),
    // Registered five months before 2 March 2026: not yet operating a year.
    [young.bin]: registryEntry({ headIin: young.iin, registrationDate: '2025-10-01' }),
  },
};

const positions: PositionInput[] = [
  {
    occupationCode: '2411',
    jobs: 2,
    monthlyWage: 150_000,
    schedule: 'full_time',
    workplace: 'г. Астана, ул. Бейбітшілік, 14',
    district: '711110000',
    durationMonths: 12,
    requirements: '',
  },
];

const url = (id: string, action = '') => `/api/subsidy/applications/${id}${action}`;

async function call(caller: Caller | null, method: 'GET' | 'POST' | 'PUT', path: string, payload?: object) {
  return app.inject({
    method,
    url: path,
    ...(caller ? { headers: caller.headers } : {}),
    ...(payload === undefined ? {} : { payload }),
  });
}

async function ok(caller: Caller, method: 'GET' | 'POST' | 'PUT', path: string, payload?: object) {
  const response = await call(caller, method, path, payload);
  expect(response.statusCode, response.body).toBeLessThan(300);
  return response.json() as ApplicationView;
}

async function checkedDraft(caller: Caller, who: { bin: string; iin: string }) {
  const created = await call(caller, 'POST', '/api/subsidy/applications', {
    programmeCode: 'social_jobs',
    centreId: world.centres.astana,
  });
  expect(created.statusCode, created.body).toBe(201);
  let view = created.json() as ApplicationView;
  view = await ok(caller, 'PUT', url(view.id, '/requisites'), {
    version: view.version,
    requisites: requisitesFor(who),
  });
  view = await ok(caller, 'PUT', url(view.id, '/form'), {
    version: view.version,
    programmeCode: 'social_jobs',
    centreId: world.centres.astana,
    contactName: 'Айгерім Сапарова',
    contactPhone: '+77011234567',
    contactEmail: 'hr@a.kz',
    plannedStartDate: '2026-06-01',
    positions,
  });
  return ok(caller, 'POST', url(view.id, '/check'), { version: view.version });
}

async function prepare(caller: Caller, view: ApplicationView) {
  return ok(caller, 'POST', url(view.id, '/prepare-signature'), { version: view.version });
}

async function sign(caller: Caller, prepared: ApplicationView, certificate = 'employer-a', language = 'ru') {
  const content = await call(caller, 'GET', `/api/signatures/documents/${prepared.pendingDocumentId}/content`);
  const bytes = new Uint8Array(content.rawPayload);
  const cms = Buffer.from(await kit.sign(certificate, bytes, clock.now())).toString('base64');
  return app.inject({
    method: 'POST',
    url: url(prepared.id, '/sign'),
    headers: { ...caller.headers, 'accept-language': language },
    payload: { version: prepared.version, cms },
  });
}

async function submitted(caller = employerA, certificate = 'employer-a', who = testIdentities.employerA) {
  const response = await sign(caller, await prepare(caller, await checkedDraft(caller, who)), certificate);
  expect(response.statusCode, response.body).toBe(200);
  return response.json() as ApplicationView;
}

async function specialistActs(id: string, action: 'start_review' | 'return_with_remarks' | 'send_to_commission') {
  const specialist = await sessionUserOf(db, world.users.specialistAstana, clock.now());
  const current = await db
    .selectFrom('subsidy_applications')
    .select('version')
    .where('id', '=', id)
    .executeTakeFirstOrThrow();
  await applyAction(db, applicationWorkflow, {
    id,
    action,
    expectedVersion: current.version,
    actor: specialist,
    input: {},
    now: clock.now(),
  });
}

async function returned(caller = employerA, certificate = 'employer-a', who = testIdentities.employerA) {
  const sent = await submitted(caller, certificate, who);
  await specialistActs(sent.id, 'start_review');
  await specialistActs(sent.id, 'return_with_remarks');
  return ok(caller, 'GET', url(sent.id));
}

/** On a planned commission session's agenda, as B03-2.5 leaves it: one undecided item with a member's conflict. */
async function onAgenda(applicationId: string): Promise<string> {
  await seedReviewConclusion(db, {
    applicationId,
    concludedBy: world.users.specialistAstana,
    concludedAt: clock.now(),
  });
  await specialistActs(applicationId, 'send_to_commission');
  const { rows: sessions } = await sql<{ id: string }>`
    insert into commission_sessions (centre_id, number, scheduled_for, place, status, created_by, created_at)
    values (${world.centres.astana}, (select coalesce(max(number), 0) + 1 from commission_sessions),
      ${clock.now()}, 'Астана, зал 1', 'planned', ${world.users.specialistAstana}, ${clock.now()})
    returning id`.execute(db);
  const { rows: items } = await sql<{ id: string }>`
    insert into commission_agenda_items (session_id, application_id, ordinal)
    values (${sessions[0]!.id}, ${applicationId}, 1) returning id`.execute(db);
  const { rows: members } = await sql<{ id: string }>`
    insert into commission_members (centre_id, full_name, role, created_at)
    values (${world.centres.astana}, 'Сейітова Гүлнар', 'member', ${clock.now()}) returning id`.execute(db);
  await sql`insert into commission_conflicts (item_id, member_id, reason, declared_at)
    values (${items[0]!.id}, ${members[0]!.id}, 'Родственник директора', ${clock.now()})`.execute(db);
  return items[0]!.id;
}

const statusOf = async (id: string) =>
  (await db.selectFrom('subsidy_applications').select('status').where('id', '=', id).executeTakeFirstOrThrow()).status;

async function insertEmployer(who: { bin: string; iin: string; login: string }, nameRu: string) {
  const organisationId = await insertOrganisation(db, {
    kind: 'employer',
    bin: who.bin,
    nameKk: nameRu,
    nameRu,
    region: 'astana',
  });
  await insertUser(db, {
    login: who.login,
    fullName: nameRu,
    role: Role.employerRepresentative,
    organisationId,
    iin: who.iin,
    passwordHash: await testPasswordHash(),
  });
}

beforeAll(async () => {
  ({ db } = await useTestDatabase());
  world = await seedTestWorld(db);
  await insertEmployer(debtor, 'ТОО «Карыз»');
  await insertEmployer(young, 'ТОО «Жас»');
  await seedProgrammeCatalogue(db, {
    programmes: programmeCatalogue,
    indicators: indicatorsByYear,
    now: new Date(start),
  });
  await seedEmployerConditions(db, { entries: employerConditionCatalogue, now: new Date(start) });
  clock = createTestClock(start);
  kit = await createSignatureTestKit(new Date(start));
  simulator = await startGovSimulator({ dataset, clock });
  const config = loadConfig({ LOG_LEVEL: 'silent', TRUST_STORE_DIR: kit.trustDir, SESSION_TTL_HOURS: '720' });
  app = await buildApp({
    db,
    config,
    clock,
    signatures: createSignatureServices(config),
    govRegistries: createGovRegistriesClient({ baseUrl: simulator.url, timeoutMs: 2000 }),
  });
  await app.ready();
  employerA = await logIn(app, 'employer.a@test.kz');
  employerB = await logIn(app, 'employer.b@test.kz');
  employerDebtor = await logIn(app, debtor.login);
  employerYoung = await logIn(app, young.login);
  specialistAstana = await logIn(app, 'specialist.astana@test.kz');
  admin = await logIn(app, 'admin@test.kz');
});

afterAll(async () => {
  await app.close();
  await simulator.close();
  kit.cleanUp();
});

beforeEach(() => {
  clock.set(start);
});

describe('the employer withdraws an application', () => {
  it('B03-1 withdraws from every status before the centre’s decision, with a reason; the centre hears of a sent one; audited', async () => {
    const draft = await checkedDraft(employerA, testIdentities.employerA);
    const awaiting = await prepare(employerA, await checkedDraft(employerA, testIdentities.employerA));
    const sent = await submitted();
    const reviewing = await submitted();
    await specialistActs(reviewing.id, 'start_review');
    const back = await returned();
    const atCommission = await submitted();
    await specialistActs(atCommission.id, 'start_review');
    const itemId = await onAgenda(atCommission.id);

    const cases = [
      [draft.id, 'draft'],
      [awaiting.id, 'awaiting_signature'],
      [sent.id, 'submitted'],
      [reviewing.id, 'under_review'],
      [back.id, 'returned'],
      [atCommission.id, 'at_commission'],
    ] as const;
    for (const [id, status] of cases) {
      const before = await ok(employerA, 'GET', url(id));
      expect(before.status).toBe(status);
      expect(
        before.actions.map((a) => a.action),
        status,
      ).toContain('withdraw');
      const reason = `Передумали: ${status}`;
      const withdrawn = await ok(employerA, 'POST', url(id, '/withdraw'), { version: before.version, reason });
      expect(withdrawn, status).toMatchObject({ status: 'withdrawn', closure: { reason }, actions: [] });

      const audit = await db
        .selectFrom('audit_log')
        .select(['step', 'from_status', 'to_status', 'actor_id', 'details'])
        .where('subject_id', '=', id)
        .where('action', '=', 'subsidy-application.withdraw')
        .execute();
      expect(audit, status).toEqual([
        {
          step: 'B03-1',
          from_status: status,
          to_status: 'withdrawn',
          actor_id: world.users.employerA,
          details: expect.objectContaining({ comment: reason }),
        },
      ]);
    }

    // The centre's specialist is told of each application it had seen, with the reason; never of a draft.
    const told = await db
      .selectFrom('notifications')
      .select(['user_id', 'params', 'link'])
      .where('template', '=', 'subsidy.application_withdrawn')
      .execute();
    expect(told.map((n) => n.link).sort()).toEqual(
      [sent.id, reviewing.id, back.id, atCommission.id].map((id) => `/staff/applications/${id}`).sort(),
    );
    expect(told.every((n) => n.user_id === world.users.specialistAstana)).toBe(true);
    expect(told.find((n) => n.link?.endsWith(sent.id))?.params).toMatchObject({
      number: sent.number,
      reason: 'Передумали: submitted',
    });
    const inbox = await call(specialistAstana, 'GET', '/api/notifications');
    expect(JSON.stringify(inbox.json())).toContain(`Заявка ${sent.number} отозвана работодателем`);

    // Off the commission's agenda: the undecided item stays on its session as history, removed with the reason.
    expect(
      await db
        .selectFrom('commission_agenda_items')
        .select(['removal', 'removal_reason'])
        .where('id', '=', itemId)
        .where('removed_at', 'is not', null)
        .execute(),
    ).toEqual([{ removal: 'application_withdrawn', removal_reason: 'Передумали: at_commission' }]);
  });

  it('B03-1 refuses a withdrawal once the decision is entered (3.1), without a reason, and to anyone but the employer', async () => {
    const application = await submitted();
    await specialistActs(application.id, 'start_review');
    const itemId = await onAgenda(application.id);

    const current = await ok(employerA, 'GET', url(application.id));
    const noReason = await call(employerA, 'POST', url(application.id, '/withdraw'), {
      version: current.version,
      reason: '  ',
    });
    expect(problemOf(noReason).status).toBe(400);
    const anonymous = await call(null, 'POST', url(application.id, '/withdraw'), {
      version: current.version,
      reason: 'x',
    });
    expect(anonymous.statusCode).toBe(401);
    const staff = await call(specialistAstana, 'POST', url(application.id, '/withdraw'), {
      version: current.version,
      reason: 'x',
    });
    expect(problemOf(staff).status).toBe(403);
    const other = await call(employerB, 'POST', url(application.id, '/withdraw'), {
      version: current.version,
      reason: 'x',
    });
    expect(problemOf(other)).toMatchObject({ status: 404, body: { code: 'record.not_found' } });

    // The commission decides and the centre enters the decision (B03-3.1): from now on it cannot be withdrawn.
    await db
      .updateTable('commission_agenda_items')
      .set({ decision: 'approved', approved_jobs: 2, decided_at: clock.now() })
      .where('id', '=', itemId)
      .execute();
    // Decisions are entered only from a closed session whose minutes are signed (B03-3.1).
    await sql`update commission_sessions set status = 'closed', closed_at = ${clock.now()}, minutes_signed_at = ${clock.now()}
      where id = (select session_id from commission_agenda_items where id = ${itemId})`.execute(db);
    const specialist = await sessionUserOf(db, world.users.specialistAstana, clock.now());
    const recorded = await applyAction(db, applicationWorkflow, {
      id: application.id,
      action: 'record_decision',
      expectedVersion: current.version,
      actor: specialist,
      input: {},
      now: clock.now(),
    });
    await db
      .updateTable('subsidy_applications')
      .set({ decision: 'approved' })
      .where('id', '=', application.id)
      .execute();
    const afterDecision = await ok(employerA, 'GET', url(application.id));
    expect(afterDecision.actions.map((a) => a.action)).not.toContain('withdraw');
    const refused = await call(employerA, 'POST', url(application.id, '/withdraw'), {
      version: recorded.record.version,
      reason: 'Поздно',
    });
    expect(problemOf(refused)).toMatchObject({ status: 409, body: { code: 'workflow.action_not_allowed' } });

    await applyAction(db, applicationWorkflow, {
      id: application.id,
      action: 'deliver_approval',
      expectedVersion: recorded.record.version,
      actor: systemActor('decision-delivery'),
      input: {},
      now: clock.now(),
    });
    const approved = await call(employerA, 'POST', url(application.id, '/withdraw'), {
      version: recorded.record.version + 1,
      reason: 'Поздно',
    });
    expect(problemOf(approved)).toMatchObject({ status: 409, body: { code: 'workflow.action_not_allowed' } });
    expect(await statusOf(application.id)).toBe('approved');
    // The decided agenda item stays, as the minutes record it.
    expect(await db.selectFrom('commission_agenda_items').select('id').where('id', '=', itemId).execute()).toHaveLength(
      1,
    );
  });
});

describe('a returned application the employer abandons', () => {
  it('B03-2.3 shows the working days it waited; closing is refused before the notice and the threshold, allowed after, audited and told', async () => {
    const settings = await call(admin, 'PUT', '/api/admin/subsidy/application-settings', {
      closeAfterWorkingDays: 5,
      noticeAfterWorkingDays: 3,
    });
    expect(settings.statusCode, settings.body).toBe(200);
    expect(settings.json()).toMatchObject({ closeAfterWorkingDays: 5, noticeAfterWorkingDays: 3 });

    // Returned on Monday 2 March 2026.
    const back = await returned();
    expect(back.waiting).toMatchObject({ workingDays: 0, closeAfterWorkingDays: 5, noticeSentAt: null });

    // Wednesday 4 March: 2 working days. Too early for the notice and for closing.
    clock.set('2026-03-04T06:00:00Z');
    expect(await sendAbandonmentNotices({ db, clock })).toBe(0);
    expect((await ok(employerA, 'GET', url(back.id))).waiting?.workingDays).toBe(2);
    const early = await call(specialistAstana, 'POST', url(back.id, '/close-abandoned'), { version: back.version });
    expect(problemOf(early)).toMatchObject({ status: 422, body: { code: 'subsidized_jobs.abandonment_too_early' } });

    // Thursday 5 March: 3 working days, the notice goes to the employer once, by the job.
    clock.set('2026-03-05T06:00:00Z');
    expect(await sendAbandonmentNotices({ db, clock })).toBe(1);
    expect(await sendAbandonmentNotices({ db, clock })).toBe(0);
    const notice = await db
      .selectFrom('notifications')
      .select(['user_id', 'params'])
      .where('template', '=', 'subsidy.application_abandonment_notice')
      .where('link', '=', `/employer/applications/${back.id}`)
      .execute();
    expect(notice).toEqual([
      { user_id: world.users.employerA, params: { number: back.number, waited: 3, closeAfter: 5 } },
    ]);
    const noticed = await ok(employerA, 'GET', url(back.id));
    expect(noticed.waiting).toMatchObject({ workingDays: 3, noticeSentAt: '2026-03-05T06:00:00.000Z' });
    const stillEarly = await call(specialistAstana, 'POST', url(back.id, '/close-abandoned'), {
      version: noticed.version,
    });
    expect(problemOf(stillEarly).body).toMatchObject({ code: 'subsidized_jobs.abandonment_too_early' });

    // Tuesday 10 March: 3, 4, 5, 6 and 10 March are working days (9 March is the day off for Sunday 8 March): 5.
    clock.set('2026-03-10T06:00:00Z');
    const queue = (await call(specialistAstana, 'GET', '/api/subsidy/applications?status=returned')).json();
    expect(queue.items.find((i: { id: string }) => i.id === back.id)).toMatchObject({
      waitingWorkingDays: 5,
      closeAfterWorkingDays: 5,
      noticeSentAt: '2026-03-05T06:00:00.000Z',
      closable: true,
    });
    const byEmployer = await call(employerA, 'POST', url(back.id, '/close-abandoned'), { version: noticed.version });
    expect(problemOf(byEmployer).status).toBe(403);
    expect((await call(null, 'POST', url(back.id, '/close-abandoned'), { version: noticed.version })).statusCode).toBe(
      401,
    );
    const closed = await ok(specialistAstana, 'POST', url(back.id, '/close-abandoned'), { version: noticed.version });
    expect(closed).toMatchObject({
      status: 'abandoned',
      actions: [],
      closure: { closedAt: clock.now().toISOString() },
    });

    const audit = await db
      .selectFrom('audit_log')
      .select(['action', 'step', 'from_status', 'to_status', 'actor_id'])
      .where('subject_id', '=', back.id)
      .where('action', 'in', ['subsidy-application.abandonment_notice_sent', 'subsidy-application.close_abandoned'])
      .orderBy('seq')
      .execute();
    expect(audit).toEqual([
      {
        action: 'subsidy-application.abandonment_notice_sent',
        step: 'B03-2.3',
        from_status: null,
        to_status: null,
        actor_id: null,
      },
      {
        action: 'subsidy-application.close_abandoned',
        step: 'B03-2.3',
        from_status: 'returned',
        to_status: 'abandoned',
        actor_id: world.users.specialistAstana,
      },
    ]);
    const told = await db
      .selectFrom('notifications')
      .select('user_id')
      .where('template', '=', 'subsidy.application_abandoned')
      .where('link', '=', `/employer/applications/${back.id}`)
      .execute();
    expect(told).toEqual([{ user_id: world.users.employerA }]);
    // Final, like a rejection: the employer cannot withdraw it either.
    const withdraw = await call(employerA, 'POST', url(back.id, '/withdraw'), { version: closed.version, reason: 'x' });
    expect(problemOf(withdraw).status).toBe(409);
  });

  it('B03-2.3 past the threshold but never told: closing is refused until the notice has gone', async () => {
    const back = await returned();
    clock.set('2026-03-10T06:00:00Z');
    const refused = await call(specialistAstana, 'POST', url(back.id, '/close-abandoned'), { version: back.version });
    expect(problemOf(refused)).toMatchObject({
      status: 422,
      body: { code: 'subsidized_jobs.abandonment_notice_not_sent', detail: expect.stringContaining('уведомление') },
    });
    expect(await sendAbandonmentNotices({ db, clock })).toBe(1);
    const closed = await ok(specialistAstana, 'POST', url(back.id, '/close-abandoned'), { version: back.version });
    expect(closed.status).toBe('abandoned');
  });

  it('the settings are the administrator’s: others are refused, and the notice cannot come after the closing', async () => {
    expect((await call(null, 'GET', '/api/admin/subsidy/application-settings')).statusCode).toBe(401);
    expect(problemOf(await call(specialistAstana, 'GET', '/api/admin/subsidy/application-settings')).status).toBe(403);
    const read = await call(admin, 'GET', '/api/admin/subsidy/application-settings');
    expect(read.json()).toMatchObject({ defaults: { closeAfterWorkingDays: 20, noticeAfterWorkingDays: 15 } });
    const inverted = await call(admin, 'PUT', '/api/admin/subsidy/application-settings', {
      closeAfterWorkingDays: 3,
      noticeAfterWorkingDays: 4,
    });
    expect(problemOf(inverted).status).toBe(400);
    expect(
      problemOf(
        await call(specialistAstana, 'PUT', '/api/admin/subsidy/application-settings', {
          closeAfterWorkingDays: 9,
          noticeAfterWorkingDays: 4,
        }),
      ).status,
    ).toBe(403);
    const audit = await db
      .selectFrom('audit_log')
      .select(['actor_id', 'details'])
      .where('action', '=', 'subsidy_application_settings.set')
      .execute();
    expect(audit[0]).toMatchObject({ actor_id: world.users.admin, details: { closeAfterWorkingDays: 5 } });
  });
});

describe('the centre’s queue', () => {
  it('B03-2.2 reads oldest first by the first submission, with the current revision’s age beside it', async () => {
    await db.deleteFrom('subsidy_application_settings').execute();
    // X sent on Monday 2 March, Y on Tuesday 3 March; X returned and sent again on Wednesday 4 March.
    const x = await returned();
    clock.set('2026-03-03T05:00:00Z');
    const y = await submitted(employerB, 'employer-b', testIdentities.employerB);
    clock.set('2026-03-04T05:00:00Z');
    const corrected = await ok(employerA, 'POST', url(x.id, '/check'), { version: x.version });
    const resent = await sign(employerA, await prepare(employerA, corrected));
    expect(resent.statusCode, resent.body).toBe(200);
    // Tuesday 10 March (9 March is the day off for Sunday 8 March): X is 5 working days old from Monday 2 March
    // (3, 4, 5, 6, 10), its revision 2 of Wednesday 4 March is 3 (5, 6, 10); Y of Tuesday 3 March is 4.
    clock.set('2026-03-10T05:00:00Z');

    const queue = (await call(specialistAstana, 'GET', '/api/subsidy/applications')).json();
    const ours = queue.items.filter((i: { id: string }) => i.id === x.id || i.id === y.id);
    expect(ours.map((i: { id: string }) => i.id)).toEqual([x.id, y.id]);
    expect(ours[0]).toMatchObject({
      revision: 2,
      firstSubmittedAt: '2026-03-02T05:00:00.000Z',
      submittedAt: '2026-03-04T05:00:00.000Z',
      ageWorkingDays: 5,
      revisionAgeWorkingDays: 3,
    });
    expect(ours[1]).toMatchObject({ ageWorkingDays: 4, revisionAgeWorkingDays: 4 });
    const firsts = queue.items.map((i: { firstSubmittedAt: string }) => i.firstSubmittedAt);
    expect(firsts).toEqual([...firsts].sort());
    expect((await ok(specialistAstana, 'GET', url(x.id))).ageWorkingDays).toBe(5);

    // Newest first on request.
    const newest = (await call(specialistAstana, 'GET', '/api/subsidy/applications?sort=newest_first')).json();
    const newestOurs = newest.items.filter((i: { id: string }) => i.id === x.id || i.id === y.id);
    expect(newestOurs.map((i: { id: string }) => i.id)).toEqual([y.id, x.id]);
  });
});

describe('the registries’ check is valid for 24 hours at signing', () => {
  it('B03-1.4 checked, document prepared, 25 hours pass: signing is refused with a localised error and the page asks to check again', async () => {
    const prepared = await prepare(employerA, await checkedDraft(employerA, testIdentities.employerA));
    expect(prepared.actions.map((a) => a.action)).toContain('sign_and_send');
    clock.advance(25 * 3_600_000);
    const stale = await ok(employerA, 'GET', url(prepared.id));
    expect(stale.actions.map((a) => a.action)).not.toContain('sign_and_send');
    expect(stale.actions.map((a) => a.action)).toContain('edit');

    const refused = await sign(employerA, prepared);
    expect(problemOf(refused)).toMatchObject({
      status: 422,
      body: { code: 'subsidized_jobs.check_stale', detail: expect.stringContaining('устарел') },
    });
    const kazakh = await sign(employerA, prepared, 'employer-a', 'kk');
    expect(problemOf(kazakh).body).toMatchObject({
      code: 'subsidized_jobs.check_stale',
      detail: expect.stringContaining('ескірді'),
    });
    const after = await ok(employerA, 'GET', url(prepared.id));
    expect(after).toMatchObject({ status: 'awaiting_signature', revision: 0, number: null });
    expect(
      await db.selectFrom('signatures').select('id').where('document_id', '=', prepared.pendingDocumentId!).execute(),
    ).toEqual([]);

    // Back to the form, checked again, prepared again: now it signs.
    const edited = await ok(employerA, 'POST', url(prepared.id, '/edit'), { version: after.version });
    const checked = await ok(employerA, 'POST', url(prepared.id, '/check'), { version: edited.version });
    const signed = await sign(employerA, await prepare(employerA, checked));
    expect(signed.statusCode, signed.body).toBe(200);
    expect(signed.json()).toMatchObject({ status: 'submitted', revision: 1 });
  });
});

describe('the employer conditions in force on the day', () => {
  it('B03-1.3 condition 7 is shown as "to be checked by the centre" in the check’s answer, not hidden, and does not block', async () => {
    const checked = await checkedDraft(employerA, testIdentities.employerA);
    expect(checked.check).toMatchObject({ eligible: true, suspended: [] });
    expect(checked.check!.byCentre).toEqual([
      { code: 'earlier_contracts_fulfilled', source: expect.stringContaining('№ 275'), certainty: 'secondary' },
    ]);
    expect(checked.check!.conditions.map((c) => c.code)).not.toContain('earlier_contracts_fulfilled');
  });

  it('B03-1.3 the reported suspension of 26 January–1 April 2026 applies on a day inside it and not outside', async () => {
    const suspension = reportedSuspension2026[0]!;
    const entered = await call(admin, 'POST', '/api/admin/employer-conditions', {
      codes: reportedSuspension2026.map((s) => s.code),
      mode: 'suspended',
      validFrom: '2026-01-26',
      validTo: '2026-04-01',
      source: suspension.source,
      certainty: 'unconfirmed',
      note: suspension.note,
    });
    expect(entered.statusCode, entered.body).toBe(201);
    expect(entered.json().items).toHaveLength(7);

    // Monday 2 March 2026, inside: the tax debt is not asked; the one-year rule still applies.
    const inside = await checkedDraft(employerDebtor, debtor);
    expect(inside.check).toMatchObject({ eligible: true, applicationDate: '2026-03-02' });
    expect(inside.check!.conditions.map((c) => c.code)).toEqual(['operating_over_year']);
    expect(inside.check!.suspended!.map((s) => s.code)).toContain('no_tax_debt');
    expect(inside.check!.suspended!.find((s) => s.code === 'no_tax_debt')).toMatchObject({
      validFrom: '2026-01-26',
      validTo: '2026-04-01',
      certainty: 'unconfirmed',
    });
    expect(inside.check!.byCentre).toEqual([]);
    const youngInside = await checkedDraft(employerYoung, young);
    expect(youngInside.check).toMatchObject({ eligible: false });
    expect(youngInside.check!.conditions).toEqual([{ code: 'operating_over_year', passed: false, source: 'gbd_ul' }]);

    // Thursday 2 April 2026, the day after: every condition applies again, and the debt refuses the application.
    clock.set('2026-04-02T05:00:00Z');
    employerDebtor = await logIn(app, debtor.login);
    specialistAstana = await logIn(app, 'specialist.astana@test.kz');
    admin = await logIn(app, 'admin@test.kz');
    const outside = await checkedDraft(employerDebtor, debtor);
    expect(outside.check).toMatchObject({ eligible: false, applicationDate: '2026-04-02', suspended: [] });
    expect(outside.check!.conditions.filter((c) => !c.passed).map((c) => c.code)).toEqual(['no_tax_debt']);
    expect(outside.check!.byCentre!.map((c) => c.code)).toEqual(['earlier_contracts_fulfilled']);

    // Everyone reads the rules of a day; only an administrator changes them.
    const onDay = (await call(null, 'GET', '/api/employer-conditions?onDate=2026-03-02')).json();
    expect(onDay.inForce.find((c: { code: string }) => c.code === 'no_tax_debt')).toMatchObject({
      mode: 'suspended',
      version: 2,
      certainty: 'unconfirmed',
    });
    const refused = await call(specialistAstana, 'POST', '/api/admin/employer-conditions', {
      codes: ['active'],
      mode: 'suspended',
      validFrom: '2026-05-01',
      validTo: null,
      source: 'x',
      certainty: 'unconfirmed',
    });
    expect(problemOf(refused).status).toBe(403);
    expect((await call(null, 'POST', '/api/admin/employer-conditions', { codes: ['active'] })).statusCode).toBe(401);
    const notAutomatic = await call(admin, 'POST', '/api/admin/employer-conditions', {
      codes: ['earlier_contracts_fulfilled'],
      mode: 'automatic',
      validFrom: '2026-05-01',
      validTo: null,
      source: 'x',
      certainty: 'unconfirmed',
    });
    expect(problemOf(notAutomatic).status).toBe(400);
    const audit = await db
      .selectFrom('audit_log')
      .select(['actor_id', 'details'])
      .where('action', '=', 'gov_registries.conditions_changed')
      .execute();
    expect(audit).toEqual([
      {
        actor_id: world.users.admin,
        details: expect.objectContaining({ mode: 'suspended', validFrom: '2026-01-26', validTo: '2026-04-01' }),
      },
    ]);
  });
});
