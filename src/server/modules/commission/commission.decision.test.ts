// B03-3.1 the specialist enters the commission's decisions; B03-3.2 each reaches the employer's cabinet, inbox and e-mail.
import { extractText, getDocumentProxy } from 'unpdf';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedTestWorld, sessionUserOf, type TestWorld } from '../../../../tests/support/fixtures';
import { type Caller, logIn, problemOf } from '../../../../tests/support/test-app';
import { useTestDatabase } from '../../../../tests/support/test-database';
import type { SessionView } from '../../../shared/api/commission';
import { buildApp } from '../../app';
import { loadConfig } from '../../config';
import type { SessionUser } from '../../platform/auth/access';
import { createTestClock } from '../../platform/clock';
import type { Db } from '../../platform/db/database';
import type { App } from '../../platform/http';
import { appealRouteCatalogue, seedAppealRoutes } from '../appeal-routes';
import { createSignatureServices } from '../signatures';
import { createSignatureTestKit, type SignatureTestKit } from '../signatures/signatures.fixtures';
import { seedReviewConclusion } from '../subsidy-review';
import {
  addStandardMembers,
  insertApplicationUnderReview,
  seedProgrammes,
  signerKeys,
  signMinutesWith,
} from './commission.fixtures';

let db: Db;
let app: App;
let world: TestWorld;
let specialist: Caller;
let head: Caller;
let secretary: Caller;
let kit: SignatureTestKit;
let specialistUser: SessionUser;
let members: string[];
const now = new Date('2026-03-02T05:00:00Z');

beforeAll(async () => {
  ({ db } = await useTestDatabase());
  world = await seedTestWorld(db);
  await seedProgrammes(db, now);
  await seedAppealRoutes(db, appealRouteCatalogue, now);
  kit = await createSignatureTestKit(now);
  const config = loadConfig({ LOG_LEVEL: 'silent', TRUST_STORE_DIR: kit.trustDir });
  app = await buildApp({ db, config, clock: createTestClock(now), signatures: createSignatureServices(config) });
  await app.ready();
  specialist = await logIn(app, 'specialist.astana@test.kz');
  head = await logIn(app, 'head.astana@test.kz');
  secretary = await logIn(app, 'assistance.astana@test.kz');
  specialistUser = await sessionUserOf(db, world.users.specialistAstana);
  members = await addStandardMembers(app, head, {
    chairUserId: world.users.headAstana,
    secretaryUserId: world.users.assistanceAstana,
  });
  // Employer A's representative reads in Kazakh: the e-mail comes in the reader's language.
  await db.updateTable('users').set({ locale: 'kk' }).where('id', '=', world.users.employerA).execute();
});

afterAll(async () => {
  await app.close();
});

const call = (method: 'GET' | 'POST' | 'PUT', url: string, caller: Caller, payload?: object) =>
  app.inject({ method, url, headers: caller.headers, ...(payload ? { payload } : {}) });

async function sessionView(id: string): Promise<SessionView> {
  return (await call('GET', `/api/commission/sessions/${id}`, specialist)).json();
}

async function pdfText(bytes: Buffer): Promise<string> {
  const pdf = await getDocumentProxy(new Uint8Array(bytes));
  const { text } = await extractText(pdf, { mergePages: true });
  return text.replace(/\s+/g, ' ');
}

async function application(id: string) {
  return db.selectFrom('subsidy_applications').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
}

/** The chair and the secretary sign both languages of the minutes with their personal test keys. */
async function signMinutes(sessionId: string, who: readonly ('chair' | 'secretary')[] = ['chair', 'secretary']) {
  for (const role of who) {
    for (const language of ['kk', 'ru'] as const) {
      const signed = await signMinutesWith(app, role === 'chair' ? head : secretary, {
        sessionId,
        language,
        kit,
        key: signerKeys[role],
        at: now,
      });
      expect(signed.statusCode, signed.body).toBe(200);
    }
  }
}

/**
 * A session where employer A's application (5 jobs) is approved for 4 and employer B's (3 jobs) rejected: the secretary
 * records the meeting, the chair opens and closes it, and (when asked) both sign the minutes.
 */
async function decidedSession({
  close,
  sign = close,
  votesOnB = 'for',
}: {
  close: boolean;
  sign?: boolean;
  votesOnB?: 'for' | 'against';
}) {
  const underReview = (employer: 'a' | 'b', jobs: number) =>
    insertApplicationUnderReview(db, {
      employerId: world.employers[employer],
      centreId: world.centres.astana,
      submittedBy: employer === 'a' ? world.users.employerA : world.users.employerB,
      positions: [{ occupationCode: '7112', jobs }],
      submittedAt: now,
      specialist: specialistUser,
    });
  const a = await underReview('a', 5);
  const b = await underReview('b', 3);
  const created = await call('POST', '/api/commission/sessions', specialist, {
    scheduledFor: '2026-03-04T06:00:00Z',
    place: 'Астана, мәжіліс залы',
  });
  const session = created.json() as SessionView;
  const agenda = (
    await call('POST', `/api/commission/sessions/${session.id}/agenda`, specialist, { applicationIds: [a.id, b.id] })
  ).json() as SessionView;
  const [itemA, itemB] = agenda.items.map((i) => i.id);
  await call('PUT', `/api/commission/sessions/${session.id}/attendance`, secretary, {
    attendance: members.map((memberId, index) => ({ memberId, present: index < 3 })),
  });
  await call('POST', `/api/commission/sessions/${session.id}/open`, head, {
    version: (await sessionView(session.id)).version,
  });
  // The secretary amends the proposals before the vote: A one job fewer, B refused; the commission carries both.
  for (const [itemId, positions] of [
    [itemA, [{ ordinal: 1, approved: true, approvedJobs: 4, reason: 'Бір орынға қажеттілік жоқ' }]],
    [itemB, [{ ordinal: 1, approved: false, approvedJobs: 0, reason: 'Салық берешегі бар' }]],
  ] as const) {
    const amended = await call('PUT', `/api/commission/sessions/${session.id}/items/${itemId}/proposal`, secretary, {
      positions,
    });
    expect(amended.statusCode, amended.body).toBe(200);
  }
  for (const [itemId, choice] of [
    [itemA, 'for'],
    [itemB, votesOnB],
  ] as const) {
    for (const memberId of members.slice(0, 3)) {
      const voted = await call(
        'PUT',
        `/api/commission/sessions/${session.id}/items/${itemId}/votes/${memberId}`,
        secretary,
        {
          vote: choice,
        },
      );
      expect(voted.statusCode, voted.body).toBe(200);
    }
  }
  for (const itemId of [itemA, itemB]) {
    const decided = await call(
      'POST',
      `/api/commission/sessions/${session.id}/items/${itemId}/decision`,
      secretary,
      {},
    );
    expect(decided.statusCode, decided.body).toBe(200);
  }
  if (close) {
    const closed = await call('POST', `/api/commission/sessions/${session.id}/close`, head, {
      version: (await sessionView(session.id)).version,
    });
    expect(closed.statusCode, closed.body).toBe(200);
  }
  if (sign) await signMinutes(session.id);
  return { sessionId: session.id, a, b };
}

describe('B03-3.1 and B03-3.2', () => {
  it('B03-3.1 B03-3.2 the specialist enters an approval: the application is approved and every employer user gets an inbox entry and an e-mail', async () => {
    const { a } = await decidedSession({ close: true });
    const before = await application(a.id);
    expect(before.status).toBe('at_commission');

    const response = await call('POST', `/api/subsidy/applications/${a.id}/decision`, specialist, {
      version: before.version,
    });
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json()).toMatchObject({
      id: a.id,
      status: 'approved',
      decision: 'approved',
      approvedJobs: 4,
      reason: 'Бір орынға қажеттілік жоқ',
    });

    const after = await application(a.id);
    expect(after).toMatchObject({
      status: 'approved',
      decision: 'approved',
      approved_jobs: 4,
      decision_reason: 'Бір орынға қажеттілік жоқ',
    });
    expect(after.decided_at).not.toBeNull();
    expect(after.version).toBe(before.version + 2);

    const steps = await db
      .selectFrom('audit_log')
      .select(['action', 'step', 'actor_id', 'to_status', 'details'])
      .where('subject_id', '=', a.id)
      .where('step', 'in', ['B03-3.1', 'B03-3.2'])
      .orderBy('seq')
      .execute();
    expect(steps.map((s) => [s.action, s.step, s.to_status])).toEqual([
      ['subsidy-application.record_decision', 'B03-3.1', 'decision_recorded'],
      ['subsidy-application.deliver_approval', 'B03-3.2', 'approved'],
    ]);
    expect(steps[0]!.actor_id).toBe(world.users.specialistAstana);
    expect(steps[1]!.actor_id).toBeNull();
    expect(steps[1]!.details).toMatchObject({ system: 'decision-delivery' });

    const inbox = await db
      .selectFrom('notifications')
      .selectAll()
      .where('user_id', '=', world.users.employerA)
      .where('template', '=', 'subsidy.decision_approved')
      .execute();
    expect(inbox).toHaveLength(1);
    expect(inbox[0]!.link).toBe(`/employer/applications/${a.id}`);
    expect(inbox[0]!.params).toMatchObject({ number: a.number, jobs: 4 });
    const mail = await db
      .selectFrom('outbound_mail')
      .selectAll()
      .where('user_id', '=', world.users.employerA)
      .where('subject', 'like', `%${a.number}%`)
      .execute();
    expect(mail).toHaveLength(1);
    expect(mail[0]!.to_address).toBe('employer.a@test.kz');
    expect(mail[0]!.subject).toBe(`${a.number} өтінімі мақұлданды`);
    expect(mail[0]!.body).toContain('Мақұлданған жұмыс орындарының саны: 4');
    expect(mail[0]!.body).toContain(`/employer/applications/${a.id}`);

    // The employer reads the delivered decision on its own inbox route.
    const employer = await logIn(app, 'employer.a@test.kz');
    const own = await call('GET', '/api/notifications', employer);
    expect(JSON.stringify(own.json())).toContain(a.number);
  });

  it('B03-3.1 B03-3.2 entering all decisions of a closed session delivers the rejection with its reason', async () => {
    const { sessionId, a, b } = await decidedSession({ close: true });
    expect((await sessionView(sessionId)).decisionsToEnter).toBe(2);
    const response = await call('POST', `/api/commission/sessions/${sessionId}/decisions`, specialist);
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json().entered).toEqual([
      { applicationId: a.id, status: 'approved' },
      { applicationId: b.id, status: 'rejected' },
    ]);
    expect(await application(b.id)).toMatchObject({
      status: 'rejected',
      decision: 'rejected',
      approved_jobs: null,
      decision_reason: 'Салық берешегі бар',
    });
    const mail = await db
      .selectFrom('outbound_mail')
      .selectAll()
      .where('user_id', '=', world.users.employerB)
      .where('subject', 'like', `%${b.number}%`)
      .executeTakeFirstOrThrow();
    expect(mail.subject).toBe(`По заявке ${b.number} принято решение об отказе`);
    expect(mail.body).toContain('Причина: «Салық берешегі бар»');
    expect(
      await db
        .selectFrom('notifications')
        .select('template')
        .where('user_id', '=', world.users.employerB)
        .where('template', '=', 'subsidy.decision_rejected')
        .execute(),
    ).toHaveLength(1);
    expect((await sessionView(sessionId)).decisionsToEnter).toBe(0);
    // Nothing left to enter: a second call enters nothing and notifies nobody again.
    expect((await call('POST', `/api/commission/sessions/${sessionId}/decisions`, specialist)).json().entered).toEqual(
      [],
    );
  });

  it('B03-3.1 entering all decisions waits for the session to close', async () => {
    const { sessionId, a } = await decidedSession({ close: false });
    const refused = problemOf(await call('POST', `/api/commission/sessions/${sessionId}/decisions`, specialist));
    expect(refused.status).toBe(409);
    expect(refused.body.code).toBe('commission.session_not_closed');
    expect((await application(a.id)).status).toBe('at_commission');
  });

  it('B03-3.1 an application the commission has not decided yet cannot get a decision', async () => {
    const pending = await insertApplicationUnderReview(db, {
      employerId: world.employers.a,
      centreId: world.centres.astana,
      submittedBy: world.users.employerA,
      positions: [{ occupationCode: '4110', jobs: 1 }],
      submittedAt: now,
      specialist: specialistUser,
    });
    const session = (
      await call('POST', '/api/commission/sessions', specialist, {
        scheduledFor: '2026-03-06T06:00:00Z',
        place: 'Астана',
      })
    ).json() as SessionView;
    await call('POST', `/api/commission/sessions/${session.id}/agenda`, specialist, { applicationIds: [pending.id] });
    const row = await application(pending.id);
    const refused = problemOf(
      await call('POST', `/api/subsidy/applications/${pending.id}/decision`, specialist, { version: row.version }),
    );
    expect(refused.status).toBe(422);
    expect(refused.body.code).toBe('subsidized_jobs.commission_decision_missing');
    expect(refused.body.detail).toContain('Комиссия ещё не приняла решение');
    expect((await application(pending.id)).status).toBe('at_commission');
  });

  it('B03-3.1 another centre answers 404, other roles 403, a stale version 409', async () => {
    const { a } = await decidedSession({ close: true });
    const { version } = await application(a.id);
    const almaty = await logIn(app, 'specialist.almaty@test.kz');
    expect(
      problemOf(await call('POST', `/api/subsidy/applications/${a.id}/decision`, almaty, { version })).status,
    ).toBe(404);
    for (const login of ['head.astana@test.kz', 'analyst.astana@test.kz', 'employer.a@test.kz', 'admin@test.kz']) {
      const caller = await logIn(app, login);
      const refused = problemOf(await call('POST', `/api/subsidy/applications/${a.id}/decision`, caller, { version }));
      expect(refused.status, login).toBe(403);
    }
    const stale = problemOf(
      await call('POST', `/api/subsidy/applications/${a.id}/decision`, specialist, { version: version - 1 }),
    );
    expect(stale.status).toBe(409);
    const untouched = await application(a.id);
    expect(untouched).toMatchObject({ status: 'at_commission', decision: null, version });
    const notices = await db
      .selectFrom('notifications')
      .select('params')
      .where('template', 'like', 'subsidy.decision%')
      .execute();
    expect(notices.filter((n) => (n.params as { number?: string }).number === a.number)).toEqual([]);
  });

  it('B03-3.1 B03-3.2 a proposal voted down rejects the application as a whole, the vote being its reason', async () => {
    const { sessionId, b } = await decidedSession({ close: true, votesOnB: 'against' });
    const item = (await sessionView(sessionId)).items.find((i) => i.application.id === b.id)!;
    expect(item.decision).toMatchObject({ decision: 'rejected', rejectedByVote: true, reason: null });
    const response = await call('POST', `/api/commission/sessions/${sessionId}/decisions`, specialist);
    expect(response.statusCode, response.body).toBe(200);
    expect(await application(b.id)).toMatchObject({ status: 'rejected', decision: 'rejected', decision_reason: null });
    const mail = await db
      .selectFrom('outbound_mail')
      .selectAll()
      .where('user_id', '=', world.users.employerB)
      .where('subject', 'like', `%${b.number}%`)
      .executeTakeFirstOrThrow();
    expect(mail.body).toContain('проголосовала против предложения');
    // Its document states the grounds and how to appeal, in each language wholly.
    const employerB = await logIn(app, 'employer.b@test.kz');
    const ru = await call('GET', `/api/subsidy/applications/${b.id}/decision.pdf?lang=ru`, employerB);
    expect(ru.statusCode, ru.body).toBe(200);
    const ruText = await pdfText(ru.rawPayload);
    expect(ruText).toContain('Предложение не принято, в заявке отказано.');
    expect(ruText).toContain('Основания отказа: комиссия проголосовала против предложения');
    expect(ruText).toContain('Порядок обжалования');
    const kkText = await pdfText(
      (await call('GET', `/api/subsidy/applications/${b.id}/decision.pdf?lang=kk`, employerB)).rawPayload,
    );
    expect(kkText).toContain('Ұсыныс қабылданбады, өтінімнен бас тартылды.');
    expect(kkText).toContain('Бас тарту негіздері: комиссия ұсынысқа қарсы дауыс берді');
    expect(kkText).toContain('Шағым жасау тәртібі');
  });

  it("B03-3.2 the employer reads per position what was approved and why not, and downloads the decision as the signed minutes' extract with the appeal route, its own application only", async () => {
    // Three positions, 7 jobs: the fitters (3) and the welders (2) as asked, the clerks (2) refused: 2 of 3, 5 of 7.
    const app3 = await insertApplicationUnderReview(db, {
      employerId: world.employers.a,
      centreId: world.centres.astana,
      submittedBy: world.users.employerA,
      positions: [
        { occupationCode: '7112', jobs: 3 },
        { occupationCode: '4110', jobs: 2 },
        { occupationCode: '7212', jobs: 2 },
      ],
      submittedAt: now,
      specialist: specialistUser,
    });
    const session = (
      await call('POST', '/api/commission/sessions', specialist, {
        scheduledFor: '2026-03-07T06:00:00Z',
        place: 'Астана',
      })
    ).json() as SessionView;
    const [itemId] = (
      await call('POST', `/api/commission/sessions/${session.id}/agenda`, specialist, { applicationIds: [app3.id] })
    )
      .json()
      .items.map((i: { id: string }) => i.id);
    await call('PUT', `/api/commission/sessions/${session.id}/attendance`, secretary, {
      attendance: members.map((memberId, index) => ({ memberId, present: index < 3 })),
    });
    await call('POST', `/api/commission/sessions/${session.id}/open`, head, {
      version: (await sessionView(session.id)).version,
    });
    const amended = await call('PUT', `/api/commission/sessions/${session.id}/items/${itemId}/proposal`, secretary, {
      positions: [{ ordinal: 2, approved: false, approvedJobs: 0, reason: 'Іс жүргізушілер бағдарламаға сәйкес емес' }],
    });
    expect(amended.statusCode, amended.body).toBe(200);
    for (const memberId of members.slice(0, 3)) {
      await call('PUT', `/api/commission/sessions/${session.id}/items/${itemId}/votes/${memberId}`, secretary, {
        vote: 'for',
      });
    }
    expect(
      (await call('POST', `/api/commission/sessions/${session.id}/items/${itemId}/decision`, secretary, {})).statusCode,
    ).toBe(200);
    await call('POST', `/api/commission/sessions/${session.id}/close`, head, {
      version: (await sessionView(session.id)).version,
    });
    await signMinutes(session.id);

    const employerA = await logIn(app, 'employer.a@test.kz');
    const url = `/api/subsidy/applications/${app3.id}/commission-decision`;
    // Not delivered yet: nothing to read.
    const before = await call('GET', url, employerA);
    expect(before.statusCode, before.body).toBe(200);
    expect(before.json()).toEqual({ decision: null });
    const early = problemOf(await call('GET', `/api/subsidy/applications/${app3.id}/decision.pdf?lang=ru`, employerA));
    expect(early).toMatchObject({ status: 409, body: { code: 'commission.decision_not_delivered' } });
    expect((await call('POST', `/api/commission/sessions/${session.id}/decisions`, specialist)).statusCode).toBe(200);

    const read = await call('GET', url, employerA);
    expect(read.statusCode, read.body).toBe(200);
    expect(read.json().decision).toMatchObject({
      decision: 'approved',
      rejectedByVote: false,
      positionsApproved: 2,
      jobsApproved: 5,
      jobsAsked: 7,
      session: { id: session.id },
    });
    expect(
      read
        .json()
        .decision.positions.map((p: { ordinal: number; decidedJobs: number; reason: string | null }) => [
          p.ordinal,
          p.decidedJobs,
          p.reason,
        ]),
    ).toEqual([
      [1, 3, null],
      [2, 0, 'Іс жүргізушілер бағдарламаға сәйкес емес'],
      [3, 2, null],
    ]);
    expect((await application(app3.id)).approved_jobs).toBe(5);
    // B03-3.2 the decision as a document: the signed minutes' extract for this application, one PDF per language.
    const pdfUrl = (lang: string) => `/api/subsidy/applications/${app3.id}/decision.pdf?lang=${lang}`;
    const ru = await call('GET', pdfUrl('ru'), employerA);
    expect(ru.statusCode, ru.body).toBe(200);
    expect(ru.headers['content-type']).toBe('application/pdf');
    expect(String(ru.headers['content-disposition'])).toContain('attachment');
    expect(ru.rawPayload.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const ruText = await pdfText(ru.rawPayload);
    expect(ruText).toContain(`Выписка из протокола № ${session.number} заседания комиссии`);
    expect(ruText).toContain(app3.number);
    expect(ruText).toContain('ТОО «А»');
    expect(ruText).toContain('Заявка одобрена: должностей — 2 из 3, рабочих мест — 5 из 7.');
    expect(ruText).toContain('Іс жүргізушілер бағдарламаға сәйкес емес');
    expect(ruText).toContain('Основание решения');
    expect(ruText).toContain('Әбдірахманов Мұрат Серікұлы (председатель)');
    expect(ruText).toContain('Қасымов Ержан Болатұлы (секретарь)');
    // A partial refusal: its grounds and the appeal route with its source, not confirmed by a primary source.
    expect(ruText).toContain('Основания отказа');
    expect(ruText).toContain('Решение комиссии можно обжаловать сначала в досудебном порядке');
    expect(ruText).toContain('Источник: Административный процедурно-процессуальный кодекс');
    expect(ruText).toContain('Не подтверждено');
    const kk = await call('GET', pdfUrl('kk'), employerA);
    expect(kk.statusCode).toBe(200);
    const kkText = await pdfText(kk.rawPayload);
    expect(kkText).toContain(`№ ${session.number} хаттамасынан үзінді`);
    expect(kkText).toContain('Өтінім мақұлданды: 3 лауазымның 2, 7 жұмыс орнының 5.');
    expect(kkText).toContain('Әбдірахманов Мұрат Серікұлы (төраға)');
    expect(kkText).toContain('Комиссия шешіміне алдымен сотқа дейінгі тәртіппен');
    expect(kkText).toContain('Расталмаған');
    expect(kkText).not.toContain('Выписка');
    expect(kkText).not.toContain('Не подтверждено');
    expect((await call('GET', pdfUrl('en'), employerA)).statusCode).toBe(400);
    expect((await call('GET', pdfUrl('ru'), specialist)).statusCode).toBe(200);
    for (const login of ['employer.b@test.kz', 'specialist.almaty@test.kz']) {
      expect((await call('GET', pdfUrl('ru'), await logIn(app, login))).statusCode, login).toBe(404);
    }
    expect((await call('GET', pdfUrl('ru'), await logIn(app, 'seeker@test.kz'))).statusCode).toBe(403);
    expect((await app.inject({ method: 'GET', url: pdfUrl('ru') })).statusCode).toBe(401);

    // The centre's staff read it too; another employer and another centre do not see it; others are refused.
    expect((await call('GET', url, specialist)).statusCode).toBe(200);
    expect((await call('GET', url, await logIn(app, 'employer.b@test.kz'))).statusCode).toBe(404);
    expect((await call('GET', url, await logIn(app, 'specialist.almaty@test.kz'))).statusCode).toBe(404);
    expect((await call('GET', url, await logIn(app, 'seeker@test.kz'))).statusCode).toBe(403);
    expect((await call('GET', url, await logIn(app, 'admin@test.kz'))).statusCode).toBe(403);
    expect((await app.inject({ method: 'GET', url })).statusCode).toBe(401);
  });

  it("B03-3.1 a failed checklist item pre-filled as a position's reason reads in each document's language: the Kazakh minutes and extract name it in Kazakh, the Russian ones in Russian", async () => {
    // Two positions; the wage of position 2 fails the checklist (no proposed rejection): position 2 is refused with
    // the item as its reason, position 1 approved as asked — 3 of 5 jobs.
    const application = await insertApplicationUnderReview(db, {
      employerId: world.employers.a,
      centreId: world.centres.astana,
      submittedBy: world.users.employerA,
      positions: [
        { occupationCode: '7112', jobs: 3 },
        { occupationCode: '4110', jobs: 2 },
      ],
      submittedAt: now,
      specialist: specialistUser,
    });
    await seedReviewConclusion(db, {
      applicationId: application.id,
      concludedBy: specialistUser.id,
      concludedAt: now,
      failedItems: [{ id: 'wage_at_least_mzp', code: 'wage_at_least_mzp', position: 2 }],
    });
    const kkLabel = 'Жалақы ЕТЖ-дан төмен емес — 2-позиция';
    const ruLabel = 'Зарплата не ниже МЗП — позиция 2';
    const session = (
      await call('POST', '/api/commission/sessions', specialist, {
        scheduledFor: '2026-03-09T06:00:00Z',
        place: 'Астана',
      })
    ).json() as SessionView;
    const agenda = await call('POST', `/api/commission/sessions/${session.id}/agenda`, specialist, {
      applicationIds: [application.id],
    });
    expect(agenda.statusCode, agenda.body).toBe(200);
    const itemId = (agenda.json() as SessionView).items[0]!.id;
    const proposal = async () => (await sessionView(session.id)).items[0]!.proposal;
    // The proposal keeps the item, not a text in one language.
    expect((await proposal())[1]).toMatchObject({
      approved: false,
      approvedJobs: 0,
      reason: null,
      reasonItems: [{ code: 'wage_at_least_mzp', position: 2, label: { kk: kkLabel, ru: ruLabel } }],
    });
    await call('PUT', `/api/commission/sessions/${session.id}/attendance`, secretary, {
      attendance: members.map((memberId, index) => ({ memberId, present: index < 3 })),
    });
    await call('POST', `/api/commission/sessions/${session.id}/open`, head, {
      version: (await sessionView(session.id)).version,
    });
    // The secretary saves the proposal leaving the pre-filled reason untouched: the item stays the reason.
    const untouched = await call('PUT', `/api/commission/sessions/${session.id}/items/${itemId}/proposal`, secretary, {
      positions: [
        { ordinal: 1, approved: true, approvedJobs: 3 },
        { ordinal: 2, approved: false, approvedJobs: 0, reason: null },
      ],
    });
    expect(untouched.statusCode, untouched.body).toBe(200);
    expect((await proposal())[1]).toMatchObject({ reason: null, reasonItems: [{ code: 'wage_at_least_mzp' }] });
    for (const memberId of members.slice(0, 3)) {
      await call('PUT', `/api/commission/sessions/${session.id}/items/${itemId}/votes/${memberId}`, secretary, {
        vote: 'for',
      });
    }
    const decided = await call(
      'POST',
      `/api/commission/sessions/${session.id}/items/${itemId}/decision`,
      secretary,
      {},
    );
    expect(decided.statusCode, decided.body).toBe(200);
    expect((decided.json() as SessionView).items[0]!.decision).toMatchObject({ decision: 'approved', approvedJobs: 3 });
    await call('POST', `/api/commission/sessions/${session.id}/close`, head, {
      version: (await sessionView(session.id)).version,
    });
    await signMinutes(session.id);

    const minutes = async (lang: 'kk' | 'ru') =>
      pdfText(
        (await call('GET', `/api/commission/sessions/${session.id}/minutes.pdf?lang=${lang}`, specialist)).rawPayload,
      );
    const kkMinutes = await minutes('kk');
    expect(kkMinutes).toContain(kkLabel);
    expect(kkMinutes).not.toContain('Зарплата не ниже МЗП');
    const ruMinutes = await minutes('ru');
    expect(ruMinutes).toContain(ruLabel);
    expect(ruMinutes).not.toContain('Жалақы ЕТЖ-дан төмен емес');

    expect((await call('POST', `/api/commission/sessions/${session.id}/decisions`, specialist)).statusCode).toBe(200);
    const employerA = await logIn(app, 'employer.a@test.kz');
    const extract = async (lang: 'kk' | 'ru') => {
      const response = await call(
        'GET',
        `/api/subsidy/applications/${application.id}/decision.pdf?lang=${lang}`,
        employerA,
      );
      expect(response.statusCode, response.body).toBe(200);
      return pdfText(response.rawPayload);
    };
    const kkExtract = await extract('kk');
    expect(kkExtract).toContain(kkLabel);
    expect(kkExtract).not.toContain('Зарплата не ниже МЗП');
    const ruExtract = await extract('ru');
    expect(ruExtract).toContain(ruLabel);
    expect(ruExtract).not.toContain('Жалақы ЕТЖ-дан төмен емес');

    // The employer's card reads the item in the reader's language: the view carries it as an item with its names.
    const read = await call('GET', `/api/subsidy/applications/${application.id}/commission-decision`, employerA);
    expect(read.statusCode, read.body).toBe(200);
    expect(read.json().decision.positions[1]).toMatchObject({
      decidedJobs: 0,
      reason: null,
      reasonItems: [{ label: { kk: kkLabel, ru: ruLabel, en: 'Wage not below the minimum wage — position 2' } }],
    });
  });

  it("B03-3.2 a refusal whose reason is a failed checklist item reaches the employer in the reader's language: a Kazakh reader's e-mail names the item in Kazakh", async () => {
    // One position; the employer has a tax debt (no proposed rejection): the proposal refuses it, carried, rejected.
    const application = await insertApplicationUnderReview(db, {
      employerId: world.employers.a,
      centreId: world.centres.astana,
      submittedBy: world.users.employerA,
      positions: [{ occupationCode: '7112', jobs: 2 }],
      submittedAt: now,
      specialist: specialistUser,
    });
    await seedReviewConclusion(db, {
      applicationId: application.id,
      concludedBy: specialistUser.id,
      concludedAt: now,
      failedItems: [{ id: 'condition_no_tax_debt', code: 'condition_no_tax_debt', position: null }],
    });
    const session = (
      await call('POST', '/api/commission/sessions', specialist, {
        scheduledFor: '2026-03-10T06:00:00Z',
        place: 'Астана',
      })
    ).json() as SessionView;
    const itemId = (
      (
        await call('POST', `/api/commission/sessions/${session.id}/agenda`, specialist, {
          applicationIds: [application.id],
        })
      ).json() as SessionView
    ).items[0]!.id;
    await call('PUT', `/api/commission/sessions/${session.id}/attendance`, secretary, {
      attendance: members.map((memberId, index) => ({ memberId, present: index < 3 })),
    });
    await call('POST', `/api/commission/sessions/${session.id}/open`, head, {
      version: (await sessionView(session.id)).version,
    });
    for (const memberId of members.slice(0, 3)) {
      await call('PUT', `/api/commission/sessions/${session.id}/items/${itemId}/votes/${memberId}`, secretary, {
        vote: 'for',
      });
    }
    const decided = await call(
      'POST',
      `/api/commission/sessions/${session.id}/items/${itemId}/decision`,
      secretary,
      {},
    );
    expect((decided.json() as SessionView).items[0]!.decision).toMatchObject({ decision: 'rejected' });
    await call('POST', `/api/commission/sessions/${session.id}/close`, head, {
      version: (await sessionView(session.id)).version,
    });
    await signMinutes(session.id);
    expect((await call('POST', `/api/commission/sessions/${session.id}/decisions`, specialist)).statusCode).toBe(200);
    // Employer A's representative reads in Kazakh (see beforeAll).
    const mail = await db
      .selectFrom('outbound_mail')
      .selectAll()
      .where('user_id', '=', world.users.employerA)
      .where('subject', 'like', `%${application.number}%`)
      .executeTakeFirstOrThrow();
    expect(mail.body).toContain('Салық берешегі жоқ');
    expect(mail.body).not.toContain('Нет налоговой задолженности');
  });
});
