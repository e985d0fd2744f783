// B03-2.2 the checklist's conclusion and the proposal to reject, and B03-2.5's refusal to send an application without it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedTestWorld, type TestWorld } from '../../../../tests/support/fixtures';
import { buildTestApp, type Caller, logIn, problemOf } from '../../../../tests/support/test-app';
import { useTestDatabase } from '../../../../tests/support/test-database';
import kkErrors from '../../../shared/i18n/kk.errors.json';
import { complianceItemNames } from '../../../shared/review/compliance-items';
import { indicatorsByYear, programmeCatalogue } from '../../../shared/subsidy/programmes';
import type { Db } from '../../platform/db/database';
import type { App } from '../../platform/http';
import { addStandardMembers } from '../commission/commission.fixtures';
import { seedProgrammeCatalogue } from '../subsidy-programmes';
import { findApplicationConclusion } from '.';
import { insertSubmittedApplication } from './subsidy-review.fixtures';

let db: Db;
let app: App;
let world: TestWorld;
const callers: Record<string, Caller> = {};

beforeAll(async () => {
  ({ db } = await useTestDatabase());
  world = await seedTestWorld(db);
  await seedProgrammeCatalogue(db, {
    programmes: programmeCatalogue,
    indicators: indicatorsByYear,
    now: new Date('2026-01-01T00:00:00Z'),
  });
  ({ app } = await buildTestApp(db, { now: '2026-03-02T05:00:00Z' }));
  for (const login of [
    'specialist.astana@test.kz',
    'head.astana@test.kz',
    'specialist.almaty@test.kz',
    'employer.a@test.kz',
    'admin@test.kz',
  ]) {
    callers[login.split('@')[0]!] = await logIn(app, login);
  }
  await addStandardMembers(app, callers['head.astana']!, {
    chairUserId: world.users.headAstana,
    secretaryUserId: world.users.assistanceAstana,
  });
});

afterAll(async () => {
  await app.close();
});

const specialist = () => callers['specialist.astana']!.headers;
const call = (method: 'GET' | 'PUT' | 'POST', url: string, headers: Record<string, string>, payload?: object) =>
  app.inject({ method, url, headers, ...(payload ? { payload } : {}) });

async function underReview() {
  const submitted = await insertSubmittedApplication(db, {
    employerId: world.employers.a,
    centreId: world.centres.astana,
    submittedBy: world.users.employerA,
    submittedAt: new Date('2026-03-01T05:00:00Z'),
    positions: [{ occupationCode: '5120', jobs: 1 }],
  });
  const started = await call('POST', `/api/subsidy/applications/${submitted.id}/start-review`, specialist(), {
    version: submitted.version,
  });
  expect(started.statusCode, started.body).toBe(200);
  return { id: submitted.id, number: submitted.number };
}

const check = (id: string, item: string, result: string) =>
  call('PUT', `/api/subsidy/applications/${id}/compliance/${item}`, specialist(), { result, note: '' });
const conclude = (id: string, payload: object = {}, headers = specialist()) =>
  call('PUT', `/api/subsidy/applications/${id}/conclusion`, headers, payload);

async function sendToCommission(applicationId: string, headers: Record<string, string>) {
  const session = await call('POST', '/api/commission/sessions', specialist(), {
    scheduledFor: '2026-03-05T06:00:00Z',
    place: 'Астана, Сығанақ к-сі, 10, мәжіліс залы',
  });
  expect(session.statusCode, session.body).toBe(201);
  return call('POST', `/api/commission/sessions/${session.json().id}/agenda`, headers, {
    applicationIds: [applicationId],
  });
}

async function statusOf(id: string) {
  const row = await db.selectFrom('subsidy_applications').select('status').where('id', '=', id).executeTakeFirst();
  return row?.status;
}

describe('B03-2.5 the conclusion gates the commission', () => {
  it("B03-2.5 an application without the checklist's conclusion is refused a place on the agenda (422 problem+json in the caller's language) and stays under review", async () => {
    const application = await underReview();
    const refused = await sendToCommission(application.id, { ...specialist(), 'accept-language': 'kk' });
    const problem = problemOf(refused);
    expect(problem.status).toBe(422);
    expect(problem.contentType).toContain('application/problem+json');
    expect(problem.body.code).toBe('subsidy_review.conclusion_missing');
    expect(problem.body.detail).toBe(kkErrors['subsidy_review.conclusion_missing']);
    expect(await statusOf(application.id)).toBe('under_review');
    // The review page is not offered the action either.
    const view = await call('GET', `/api/subsidy/applications/${application.id}`, specialist());
    expect((view.json().actions as { action: string }[]).map((a) => a.action)).not.toContain('send_to_commission');
  });
});

describe('B03-2.2 the conclusion', () => {
  it('B03-2.2 a failed item makes the conclusion "not compliant" with that item named in kk, ru and en; it travels with the application to the commission', async () => {
    const application = await underReview();
    expect((await check(application.id, 'documents_consistent', 'failed')).statusCode).toBe(200);
    const concluded = await conclude(application.id);
    expect(concluded.statusCode, concluded.body).toBe(200);
    const expected = {
      revision: 1,
      outcome: 'not_compliant',
      failedItems: [
        {
          id: 'documents_consistent',
          code: 'documents_consistent',
          position: null,
          label: complianceItemNames.documents_consistent,
        },
      ],
      proposedRejection: null,
    };
    expect(concluded.json()).toMatchObject(expected);
    expect(complianceItemNames.documents_consistent!.ru).toBe('Документы и сведения заявки согласуются');

    const sent = await sendToCommission(application.id, specialist());
    expect(sent.statusCode, sent.body).toBe(200);
    expect(await statusOf(application.id)).toBe('at_commission');
    // What the commission's agenda and minutes read.
    expect(await findApplicationConclusion(db, application.id)).toMatchObject(expected);
  });

  it('B03-2.2 the specialist proposes rejection with reasons: kept with the conclusion and written to the audit trail', async () => {
    const application = await underReview();
    await check(application.id, 'workplace_exists', 'failed');
    const reasons = ['Рабочие места по адресу не обнаружены при выезде 27.02.2026'];
    const concluded = await conclude(application.id, { rejectionReasons: reasons });
    expect(concluded.statusCode, concluded.body).toBe(200);
    expect(concluded.json().proposedRejection).toEqual({ reasons });

    const read = await call('GET', `/api/subsidy/applications/${application.id}/conclusion`, specialist());
    expect(read.json().conclusion).toMatchObject({ outcome: 'not_compliant', proposedRejection: { reasons } });
    const audit = await db
      .selectFrom('audit_log')
      .select(['step', 'details', 'actor_id'])
      .where('subject_id', '=', application.id)
      .where('action', '=', 'subsidy-application.record_conclusion')
      .execute();
    expect(audit).toEqual([
      {
        step: 'B03-2.2',
        actor_id: world.users.specialistAstana,
        details: expect.objectContaining({
          outcome: 'not_compliant',
          failedItems: ['workplace_exists'],
          proposedRejection: { reasons },
        }),
      },
    ]);
  });

  it('B03-2.2 "compliant" is refused while an item has no answer; a check changed afterwards clears the conclusion', async () => {
    const application = await underReview();
    // Nothing failed yet, but the manual items and the demand and supply are unanswered.
    const refused = problemOf(await conclude(application.id));
    expect(refused.status).toBe(422);
    expect(refused.body.code).toBe('subsidy_review.checklist_incomplete');
    expect(await findApplicationConclusion(db, application.id)).toBeNull();

    await check(application.id, 'earlier_contracts_fulfilled', 'failed');
    expect((await conclude(application.id)).json().outcome).toBe('not_compliant');
    await check(application.id, 'earlier_contracts_fulfilled', 'passed');
    expect(await findApplicationConclusion(db, application.id)).toBeNull();
    expect(problemOf(await sendToCommission(application.id, specialist())).body.code).toBe(
      'subsidy_review.conclusion_missing',
    );
  });

  it('B03-2.2 the conclusion is refused to anonymous callers, other roles, the employer and another centre', async () => {
    const application = await underReview();
    await check(application.id, 'workplace_exists', 'failed');
    const url = `/api/subsidy/applications/${application.id}/conclusion`;
    expect((await app.inject({ method: 'PUT', url, payload: {} })).statusCode).toBe(401);
    expect((await app.inject({ method: 'GET', url })).statusCode).toBe(401);
    expect((await conclude(application.id, {}, callers['head.astana']!.headers)).statusCode).toBe(403);
    expect((await conclude(application.id, {}, callers['employer.a']!.headers)).statusCode).toBe(403);
    expect((await conclude(application.id, {}, callers['specialist.almaty']!.headers)).statusCode).toBe(404);
    expect((await call('GET', url, callers['specialist.almaty']!.headers)).statusCode).toBe(404);
    expect((await call('GET', url, callers['employer.a']!.headers)).statusCode).toBe(403);
    expect(await findApplicationConclusion(db, application.id)).toBeNull();
  });
});

describe('the checklist item names the server writes', () => {
  it("are the review page's own words in kk, ru and en", async () => {
    for (const language of ['kk', 'ru', 'en'] as const) {
      const { default: review } = await import(`../../../web/i18n/${language}/review.json`);
      const names = Object.fromEntries(Object.entries(complianceItemNames).map(([code, n]) => [code, n[language]]));
      expect(names, language).toEqual(review.compliance.items);
    }
  });
});
