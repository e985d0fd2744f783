// The commission's record can be trusted (B03-3.1): each act by its person, and decisions only from signed minutes.
import { extractText, getDocumentProxy } from 'unpdf';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedTestWorld, sessionUserOf, type TestWorld } from '../../../../tests/support/fixtures';
import { type Caller, logIn, problemOf } from '../../../../tests/support/test-app';
import { useTestDatabase } from '../../../../tests/support/test-database';
import type { SessionView } from '../../../shared/api/commission';
import { buildApp } from '../../app';
import { loadConfig } from '../../config';
import { createTestClock } from '../../platform/clock';
import type { Db } from '../../platform/db/database';
import type { App } from '../../platform/http';
import { makeIin } from '../identity/identity.fixtures';
import { createSignatureServices } from '../signatures';
import { createSignatureTestKit, type SignatureTestKit, testIdentities } from '../signatures/signatures.fixtures';
import {
  addStandardMembers,
  insertApplicationUnderReview,
  seedProgrammes,
  signerIins,
  signerKeys,
  signMinutesWith,
} from './commission.fixtures';

let db: Db;
let app: App;
let world: TestWorld;
let kit: SignatureTestKit;
let specialist: Caller;
let head: Caller;
let secretary: Caller;
let analyst: Caller;
/** chair (head), secretary (assistance), three outside members, the deputy chair (analyst), the reviewer (specialist). */
let members: string[];
const now = new Date('2026-03-02T05:00:00Z');
const deputyIin = makeIin('1979-01-01', 'male', 7);

beforeAll(async () => {
  ({ db } = await useTestDatabase());
  world = await seedTestWorld(db);
  await seedProgrammes(db, now);
  kit = await createSignatureTestKit(now);
  const config = loadConfig({ LOG_LEVEL: 'silent', TRUST_STORE_DIR: kit.trustDir });
  app = await buildApp({ db, config, clock: createTestClock(now), signatures: createSignatureServices(config) });
  await app.ready();
  specialist = await logIn(app, 'specialist.astana@test.kz');
  head = await logIn(app, 'head.astana@test.kz');
  secretary = await logIn(app, 'assistance.astana@test.kz');
  analyst = await logIn(app, 'analyst.astana@test.kz');
  members = await addStandardMembers(app, head, {
    chairUserId: world.users.headAstana,
    secretaryUserId: world.users.assistanceAstana,
  });
  for (const member of [
    { fullName: 'Орынбасар Аналитик', role: 'deputy_chair', userId: world.users.analystAstana, iin: deputyIin },
    { fullName: 'Қараған Маман', role: 'member', userId: world.users.specialistAstana, iin: null },
  ]) {
    const added = await app.inject({
      method: 'POST',
      url: '/api/commission/members',
      headers: head.headers,
      payload: member,
    });
    expect(added.statusCode, added.body).toBe(201);
    const list = added.json().items as { id: string; fullName: string }[];
    members.push(list.find((m) => m.fullName === member.fullName)!.id);
  }
});

afterAll(async () => {
  await app.close();
  kit.cleanUp();
});

const call = (method: 'GET' | 'POST' | 'PUT', url: string, caller: Caller | null, payload?: object) =>
  app.inject({ method, url, headers: caller?.headers ?? {}, ...(payload ? { payload } : {}) });
const view = async (id: string, caller = specialist): Promise<SessionView> =>
  (await call('GET', `/api/commission/sessions/${id}`, caller)).json();

/** A planned session with one application (5 jobs) the specialist reviewed, and who is present. */
async function sessionWithOne(present: number[]) {
  const application = await insertApplicationUnderReview(db, {
    employerId: world.employers.a,
    centreId: world.centres.astana,
    submittedBy: world.users.employerA,
    positions: [{ occupationCode: '7112', jobs: 5 }],
    submittedAt: now,
    specialist: await sessionUserOf(db, world.users.specialistAstana),
  });
  const created = (
    await call('POST', '/api/commission/sessions', specialist, { scheduledFor: '2026-03-04T06:00:00Z', place: 'Зал' })
  ).json() as SessionView;
  const agenda = (
    await call('POST', `/api/commission/sessions/${created.id}/agenda`, specialist, {
      applicationIds: [application.id],
    })
  ).json() as SessionView;
  const marked = await call('PUT', `/api/commission/sessions/${created.id}/attendance`, secretary, {
    attendance: members.map((memberId, index) => ({ memberId, present: present.includes(index) })),
  });
  expect(marked.statusCode, marked.body).toBe(200);
  return { sessionId: created.id, itemId: agenda.items[0]!.id, application };
}

const vote = (sessionId: string, itemId: string, member: number, caller: Caller | null, choice = 'for') =>
  call('PUT', `/api/commission/sessions/${sessionId}/items/${itemId}/votes/${members[member]}`, caller, {
    vote: choice,
  });
const open = async (sessionId: string, caller: Caller) =>
  call('POST', `/api/commission/sessions/${sessionId}/open`, caller, { version: (await view(sessionId)).version });
const close = async (sessionId: string, caller: Caller) =>
  call('POST', `/api/commission/sessions/${sessionId}/close`, caller, { version: (await view(sessionId)).version });

async function pdfText(bytes: Buffer): Promise<string> {
  const pdf = await getDocumentProxy(new Uint8Array(bytes));
  const { text } = await extractText(pdf, { mergePages: true });
  return text.replace(/\s+/g, ' ');
}

describe('B03-3.1 the acts of the commission are separated', () => {
  it('B03-3.1 the secretary records attendance and votes; the specialist and other staff may not, nor open or close', async () => {
    const { sessionId, itemId } = await sessionWithOne([0, 1, 2, 3, 4]);
    const attendance = { attendance: [{ memberId: members[2], present: true }] };
    expect(
      problemOf(await call('PUT', `/api/commission/sessions/${sessionId}/attendance`, null, attendance)).status,
    ).toBe(401);
    expect(
      problemOf(await call('PUT', `/api/commission/sessions/${sessionId}/attendance`, specialist, attendance)).status,
    ).toBe(403);
    expect(
      problemOf(await call('PUT', `/api/commission/sessions/${sessionId}/attendance`, head, attendance)).status,
    ).toBe(403);
    expect(await open(sessionId, specialist)).toMatchObject({ statusCode: 403 });
    expect((await open(sessionId, head)).statusCode).toBe(200);
    expect(problemOf(await vote(sessionId, itemId, 2, specialist)).status).toBe(403);
    expect(problemOf(await vote(sessionId, itemId, 2, analyst)).status).toBe(403);
    expect((await vote(sessionId, itemId, 2, secretary)).statusCode).toBe(200);
    expect(problemOf(await close(sessionId, secretary)).status).toBe(403);
  });

  it('B03-3.1 a member with an account casts their own vote, kept as recorded by them', async () => {
    const { sessionId, itemId } = await sessionWithOne([0, 1, 2, 5]);
    // The chair is present: the deputy chair may not open in their place.
    expect(problemOf(await open(sessionId, analyst)).body.code).toBe('commission.not_presiding');
    expect((await open(sessionId, head)).statusCode).toBe(200);
    const own = await vote(sessionId, itemId, 5, analyst, 'against');
    expect(own.statusCode, own.body).toBe(200);
    const chairOwn = await vote(sessionId, itemId, 0, head, 'for');
    expect(chairOwn.statusCode, chairOwn.body).toBe(200);
    const rows = await db
      .selectFrom('commission_votes')
      .select(['member_id', 'vote', 'recorded_by'])
      .where('item_id', '=', itemId)
      .execute();
    expect(rows).toEqual(
      expect.arrayContaining([
        { member_id: members[5], vote: 'against', recorded_by: world.users.analystAstana },
        { member_id: members[0], vote: 'for', recorded_by: world.users.headAstana },
      ]),
    );
  });

  it('B03-3.1 when the chair is absent the deputy chair opens and closes; the chair does not preside unseen', async () => {
    const { sessionId, itemId } = await sessionWithOne([1, 2, 3, 5]);
    const deputyView = await view(sessionId, analyst);
    expect(deputyView.actions.map((a) => a.action)).toContain('open');
    expect((await open(sessionId, analyst)).statusCode).toBe(200);
    for (const member of [1, 2, 3]) expect((await vote(sessionId, itemId, member, secretary)).statusCode).toBe(200);
    expect((await vote(sessionId, itemId, 5, analyst)).statusCode).toBe(200);
    const decided = await call('POST', `/api/commission/sessions/${sessionId}/items/${itemId}/decision`, secretary, {});
    expect(decided.statusCode, decided.body).toBe(200);
    expect(problemOf(await close(sessionId, head)).body.code).toBe('commission.not_presiding');
    expect((await close(sessionId, analyst)).statusCode).toBe(200);
    // The deputy presided, so the deputy and the secretary are the signers.
    const signers = (await view(sessionId)).minutesSignatures.map((s) => s.role);
    expect(signers).toEqual(['deputy_chair', 'secretary']);
  });

  it('B03-3.1 the specialist who reviewed the application casts and records no vote on it, and is not counted', async () => {
    const { sessionId, itemId } = await sessionWithOne([0, 1, 2, 6]);
    expect((await open(sessionId, head)).statusCode).toBe(200);
    const recused = problemOf(await vote(sessionId, itemId, 6, specialist));
    expect(recused).toMatchObject({ status: 422, body: { code: 'commission.reviewer_recused' } });
    expect(problemOf(await vote(sessionId, itemId, 6, secretary)).body.code).toBe('commission.reviewer_recused');
    const item = (await view(sessionId)).items[0]!;
    expect(item.recusedMemberIds).toEqual([members[6]]);
    // Seven members, the reviewer excluded: six eligible, three of them present.
    expect(item.tally).toMatchObject({ eligible: 6, eligiblePresent: 3 });
  });
});

describe('B03-3.1 decisions reach the employer only from signed minutes', () => {
  it('B03-3.1 B03-3.2 no decision is entered while the session is open, nor after closing until the chair and the secretary sign both languages', async () => {
    const { sessionId, itemId, application } = await sessionWithOne([0, 1, 2, 3]);
    expect((await open(sessionId, head)).statusCode).toBe(200);
    const amended = await call('PUT', `/api/commission/sessions/${sessionId}/items/${itemId}/proposal`, secretary, {
      positions: [{ ordinal: 1, approved: true, approvedJobs: 4, reason: 'Бір орынға қажеттілік жоқ' }],
    });
    expect(amended.statusCode, amended.body).toBe(200);
    for (const member of [0, 1, 2, 3]) expect((await vote(sessionId, itemId, member, secretary)).statusCode).toBe(200);
    await call('POST', `/api/commission/sessions/${sessionId}/items/${itemId}/decision`, secretary, {});
    const enter = async () => {
      const row = await db
        .selectFrom('subsidy_applications')
        .select('version')
        .where('id', '=', application.id)
        .executeTakeFirstOrThrow();
      return call('POST', `/api/subsidy/applications/${application.id}/decision`, specialist, { version: row.version });
    };
    // Today's bug: 200 while the session is open.
    expect(problemOf(await enter())).toMatchObject({
      status: 422,
      body: { code: 'subsidized_jobs.commission_minutes_unsigned' },
    });
    expect((await close(sessionId, head)).statusCode).toBe(200);
    expect(problemOf(await enter()).body.code).toBe('subsidized_jobs.commission_minutes_unsigned');
    expect((await view(sessionId)).decisionsToEnter).toBe(0);

    const sign = (caller: Caller, key: string, language: 'kk' | 'ru') =>
      signMinutesWith(app, caller, { sessionId, language, kit, key, at: now });
    // Not a signer; a key of another person; the signer's own key.
    expect(problemOf(await sign(specialist, signerKeys.chair, 'kk')).body.code).toBe('commission.not_a_signer');
    expect(problemOf(await sign(head, signerKeys.secretary, 'kk')).body.code).toBe('signatures.wrong_signer_iin');
    expect((await sign(head, signerKeys.chair, 'kk')).statusCode).toBe(200);
    expect(problemOf(await sign(head, signerKeys.chair, 'kk')).body.code).toBe('commission.minutes_already_signed');
    expect((await sign(head, signerKeys.chair, 'ru')).statusCode).toBe(200);
    expect((await sign(secretary, signerKeys.secretary, 'kk')).statusCode).toBe(200);
    expect(problemOf(await enter()).body.code).toBe('subsidized_jobs.commission_minutes_unsigned');
    const last = await sign(secretary, signerKeys.secretary, 'ru');
    expect(last.statusCode, last.body).toBe(200);
    const signed = last.json() as SessionView;
    expect(signed.minutesSignedAt).not.toBeNull();
    expect(signed.minutesSignatures.map((s) => s.signed.length)).toEqual([2, 2]);

    const entered = await enter();
    expect(entered.statusCode, entered.body).toBe(200);
    expect(entered.json()).toMatchObject({ status: 'approved', approvedJobs: 4 });
    const audit = await db
      .selectFrom('audit_log')
      .select(['action', 'actor_id', 'details'])
      .where('subject_id', '=', sessionId)
      .where('action', '=', 'commission-session.sign_minutes')
      .execute();
    expect(audit.map((a) => a.actor_id)).toEqual([
      world.users.headAstana,
      world.users.headAstana,
      world.users.assistanceAstana,
      world.users.assistanceAstana,
    ]);

    // The minutes' copy shows who signed it.
    const pdf = await call('GET', `/api/commission/sessions/${sessionId}/minutes.pdf?lang=ru`, specialist);
    expect(pdf.statusCode).toBe(200);
    const text = await pdfText(pdf.rawPayload);
    expect(text).toContain('Подписано электронной цифровой подписью');
    expect(text).toContain(`ИИН ********${signerIins.chair.slice(-4)}`);
    expect(text).toContain(`ИИН ********${signerIins.secretary.slice(-4)}`);
  });

  it('B03-3.1 the minutes are signed with a personal certificate, not an organisation’s', async () => {
    const { sessionId, itemId } = await sessionWithOne([0, 1, 2, 3]);
    expect((await open(sessionId, head)).statusCode).toBe(200);
    for (const member of [0, 1, 2, 3]) await vote(sessionId, itemId, member, secretary, 'against');
    await call('POST', `/api/commission/sessions/${sessionId}/items/${itemId}/decision`, secretary, {});
    expect((await close(sessionId, head)).statusCode).toBe(200);
    // The chair's recorded IIN is that of the head's organisation certificate in the test PKI.
    await db
      .updateTable('commission_members')
      .set({ iin: testIdentities.headAstana.iin })
      .where('id', '=', members[0]!)
      .execute();
    try {
      const refused = await signMinutesWith(app, head, { sessionId, language: 'kk', kit, key: 'head-astana', at: now });
      expect(problemOf(refused).body.code).toBe('commission.signer_not_individual');
      expect((await view(sessionId)).minutesSignatures[0]!.signed).toEqual([]);
    } finally {
      await db.updateTable('commission_members').set({ iin: signerIins.chair }).where('id', '=', members[0]!).execute();
    }
  });
});
