// The commission's session: B03-2.5 the agenda in one transaction, quorum, conflicts of interest, votes, decisions, minutes.
import { extractText, getDocumentProxy } from 'unpdf';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { countRows, seedTestWorld, sessionUserOf, type TestWorld } from '../../../../tests/support/fixtures';
import { buildTestApp, type Caller, logIn, problemOf } from '../../../../tests/support/test-app';
import { useTestDatabase } from '../../../../tests/support/test-database';
import type { SessionView } from '../../../shared/api/commission';
import type { SessionUser } from '../../platform/auth/access';
import type { Db } from '../../platform/db/database';
import type { App } from '../../platform/http';
import { seedReviewConclusion } from '../subsidy-review';
import {
  addStandardMembers,
  insertApplicationUnderReview,
  insertSubmittedApplication,
  seedProgrammes,
} from './commission.fixtures';

let db: Db;
let app: App;
let world: TestWorld;
let specialist: Caller;
let head: Caller;
let secretary: Caller;
let analyst: Caller;
let specialistUser: SessionUser;
/** chair, secretary, three members — in that order. */
let members: string[];
const now = new Date('2026-03-02T05:00:00Z');

beforeAll(async () => {
  ({ db } = await useTestDatabase());
  world = await seedTestWorld(db);
  await seedProgrammes(db, now);
  ({ app } = await buildTestApp(db));
  specialist = await logIn(app, 'specialist.astana@test.kz');
  head = await logIn(app, 'head.astana@test.kz');
  secretary = await logIn(app, 'assistance.astana@test.kz');
  analyst = await logIn(app, 'analyst.astana@test.kz');
  specialistUser = await sessionUserOf(db, world.users.specialistAstana);
  members = await addStandardMembers(app, head, {
    chairUserId: world.users.headAstana,
    secretaryUserId: world.users.assistanceAstana,
  });
});

afterAll(async () => {
  await app.close();
});

const underReview = (employer: 'a' | 'b', jobs = 5) =>
  insertApplicationUnderReview(db, {
    employerId: world.employers[employer],
    centreId: world.centres.astana,
    submittedBy: employer === 'a' ? world.users.employerA : world.users.employerB,
    positions: [
      { occupationCode: '7112', jobs: jobs - 2 },
      { occupationCode: '4110', jobs: 2 },
    ],
    submittedAt: now,
    specialist: specialistUser,
  });

async function newSession(): Promise<SessionView> {
  const response = await app.inject({
    method: 'POST',
    url: '/api/commission/sessions',
    headers: specialist.headers,
    payload: { scheduledFor: '2026-03-05T06:00:00Z', place: 'Астана, Сығанақ к-сі, 10, мәжіліс залы' },
  });
  expect(response.statusCode, response.body).toBe(201);
  return response.json();
}

const post = (url: string, payload: unknown, caller = specialist) =>
  app.inject({ method: 'POST', url, headers: caller.headers, payload: payload as object });
const put = (url: string, payload: unknown, caller = specialist) =>
  app.inject({ method: 'PUT', url, headers: caller.headers, payload: payload as object });

async function sendToAgenda(session: SessionView, applicationIds: string[]): Promise<SessionView> {
  const response = await post(`/api/commission/sessions/${session.id}/agenda`, { applicationIds });
  expect(response.statusCode, response.body).toBe(200);
  return response.json();
}

// The secretary records the meeting; the chair (the head here) opens and closes it.
async function markPresent(session: SessionView, present: number[], caller = secretary): Promise<SessionView> {
  const response = await put(
    `/api/commission/sessions/${session.id}/attendance`,
    { attendance: members.map((memberId, index) => ({ memberId, present: present.includes(index) })) },
    caller,
  );
  expect(response.statusCode, response.body).toBe(200);
  return response.json();
}

async function open(session: SessionView) {
  const current = (
    await app.inject({ method: 'GET', url: `/api/commission/sessions/${session.id}`, headers: specialist.headers })
  ).json() as SessionView;
  return post(`/api/commission/sessions/${session.id}/open`, { version: current.version }, head);
}

const vote = (
  session: SessionView,
  itemId: string,
  member: number,
  choice: string,
  caller = secretary,
  dissent?: string,
) =>
  put(
    `/api/commission/sessions/${session.id}/items/${itemId}/votes/${members[member]}`,
    { vote: choice, ...(dissent ? { dissent } : {}) },
    caller,
  );

async function voteAll(session: SessionView, itemId: string, choices: Record<number, string>) {
  for (const [member, choice] of Object.entries(choices)) {
    const response = await vote(session, itemId, Number(member), choice);
    expect(response.statusCode, response.body).toBe(200);
  }
}

const decide = (session: SessionView, itemId: string, payload: object, caller = secretary) =>
  post(`/api/commission/sessions/${session.id}/items/${itemId}/decision`, payload, caller);

async function statusOf(applicationId: string) {
  const row = await db
    .selectFrom('subsidy_applications')
    .select(['status', 'version'])
    .where('id', '=', applicationId)
    .executeTakeFirstOrThrow();
  return row.status;
}

async function pdfText(bytes: Buffer): Promise<string> {
  const pdf = await getDocumentProxy(new Uint8Array(bytes));
  const { text } = await extractText(pdf, { mergePages: true });
  return text.replace(/\s+/g, ' ');
}

describe('B03-2.5 the agenda', () => {
  it('B03-2.5 puts two applications of two employers on the agenda in one transaction and lists the employers with all their applications', async () => {
    const session = await newSession();
    const a = await underReview('a', 5);
    const b = await underReview('b', 3);
    const view = await sendToAgenda(session, [a.id, b.id]);

    expect(await statusOf(a.id)).toBe('at_commission');
    expect(await statusOf(b.id)).toBe('at_commission');
    expect(view.items.map((i) => [i.ordinal, i.application.id])).toEqual([
      [1, a.id],
      [2, b.id],
    ]);
    const [first, second] = view.items;
    expect(first!.application).toMatchObject({
      number: a.number,
      status: 'at_commission',
      employer: { id: world.employers.a, nameRu: 'ТОО «А»' },
      programme: { code: 'social_jobs', nameRu: 'Социальные рабочие места', nameKk: 'Әлеуметтік жұмыс орындары' },
      jobsAsked: 5,
      employerEligible: true,
    });
    expect(first!.application.positions.map((p) => [p.occupationCode, p.jobs])).toEqual([
      ['7112', 3],
      ['4110', 2],
    ]);
    expect(second!.application.employer.nameRu).toBe('ТОО «Б»');
    expect(second!.application.jobsAsked).toBe(3);
    // Each application moved through its own workflow under the step's id.
    const audit = await db
      .selectFrom('audit_log')
      .select(['subject_id', 'step', 'to_status'])
      .where('action', '=', 'subsidy-application.send_to_commission')
      .where('subject_id', 'in', [a.id, b.id])
      .execute();
    expect(audit).toHaveLength(2);
    expect(audit.every((e) => e.step === 'B03-2.5' && e.to_status === 'at_commission')).toBe(true);
  });

  it('B03-2.5 a failure on the second application leaves the first unchanged', async () => {
    const session = await newSession();
    const a = await underReview('a');
    const notYetReviewed = await insertSubmittedApplication(db, {
      employerId: world.employers.b,
      centreId: world.centres.astana,
      submittedBy: world.users.employerB,
      positions: [{ occupationCode: '4110', jobs: 1 }],
      submittedAt: now,
    });
    const itemsBefore = await countRows(db, 'commission_agenda_items');
    const response = await post(`/api/commission/sessions/${session.id}/agenda`, {
      applicationIds: [a.id, notYetReviewed.id],
    });
    const problem = problemOf(response);
    expect(problem.status).toBe(409);
    expect(problem.body.code).toBe('commission.application_not_under_review');
    expect(problem.body.detail).toContain(notYetReviewed.number);
    expect(await statusOf(a.id)).toBe('under_review');
    expect(await countRows(db, 'commission_agenda_items')).toBe(itemsBefore);
  });

  it("B03-2.5 another centre's application answers 404 and nothing moves", async () => {
    const session = await newSession();
    const a = await underReview('a');
    const almaty = await insertApplicationUnderReview(db, {
      employerId: world.employers.b,
      centreId: world.centres.almaty,
      submittedBy: world.users.employerB,
      positions: [{ occupationCode: '4110', jobs: 1 }],
      submittedAt: now,
      specialist: await sessionUserOf(db, world.users.specialistAlmaty),
    });
    const response = await post(`/api/commission/sessions/${session.id}/agenda`, { applicationIds: [a.id, almaty.id] });
    expect(problemOf(response).status).toBe(404);
    expect(await statusOf(a.id)).toBe('under_review');
    expect(await statusOf(almaty.id)).toBe('under_review');
  });

  it('B03-2.5 only the specialist composes the agenda', async () => {
    const session = await newSession();
    const a = await underReview('a');
    const response = await post(`/api/commission/sessions/${session.id}/agenda`, { applicationIds: [a.id] }, head);
    expect(problemOf(response).status).toBe(403);
    expect(await statusOf(a.id)).toBe('under_review');
  });
});

describe('quorum, conflicts of interest and votes', () => {
  it('B03-2.5 a session without quorum cannot open; with more than half present it opens', async () => {
    const session = await newSession();
    await sendToAgenda(session, [(await underReview('a')).id]);
    const two = await markPresent(session, [0, 1]);
    expect(two.quorum).toEqual({ members: 5, present: 2, needed: 3, reached: false });
    expect(two.actions.map((a) => a.action)).not.toContain('open');
    const refused = problemOf(await open(session));
    expect(refused.status).toBe(422);
    expect(refused.body.code).toBe('commission.no_quorum');

    const three = await markPresent(session, [0, 1, 2]);
    expect(three.quorum.reached).toBe(true);
    // The secretary records; only the chair (the head here) may open.
    expect(three.actions.map((a) => a.action)).not.toContain('open');
    const chairView = await app.inject({
      method: 'GET',
      url: `/api/commission/sessions/${session.id}`,
      headers: head.headers,
    });
    expect((chairView.json() as SessionView).actions.map((a) => a.action)).toContain('open');
    const opened = await open(session);
    expect(opened.statusCode, opened.body).toBe(200);
    expect(opened.json()).toMatchObject({ status: 'in_session', quorum: { members: 5, present: 3 } });
    expect((opened.json() as SessionView).members.filter((m) => m.present === false)).toHaveLength(2);
  });

  it('B03-3.1 a member with a conflict of interest cannot vote on that item, but can on another', async () => {
    const session = await newSession();
    const view = await sendToAgenda(session, [(await underReview('a')).id, (await underReview('b')).id]);
    const [itemA, itemB] = view.items.map((i) => i.id);
    await markPresent(session, [0, 1, 2, 3, 4]);
    expect((await open(session)).statusCode).toBe(200);

    const declared = await post(
      `/api/commission/sessions/${session.id}/items/${itemA}/conflicts`,
      {
        memberId: members[2],
        reason: 'Жұмыс берушінің құрылтайшысының туысы',
      },
      secretary,
    );
    expect(declared.statusCode, declared.body).toBe(200);
    const refused = problemOf(await vote(session, itemA!, 2, 'for'));
    expect(refused.status).toBe(422);
    expect(refused.body.code).toBe('commission.member_conflicted');
    expect((await vote(session, itemB!, 2, 'for')).statusCode).toBe(200);

    // Excluded from the item's count: four eligible members, so three "for" carry it.
    await voteAll(session, itemA!, { 0: 'for', 1: 'for', 3: 'for', 4: 'against' });
    const decided = await decide(session, itemA!, { decision: 'approved', approvedJobs: 5 });
    expect(decided.statusCode, decided.body).toBe(200);
    const item = (decided.json() as SessionView).items.find((i) => i.id === itemA)!;
    expect(item.tally).toMatchObject({ eligible: 4, eligiblePresent: 4, for: 3, against: 1, outcome: 'approved' });
    expect(item.conflicts).toEqual([expect.objectContaining({ memberId: members[2] })]);
  });

  it('B03-3.1 a conflict declared after voting withdraws that vote', async () => {
    const session = await newSession();
    const view = await sendToAgenda(session, [(await underReview('a')).id]);
    const itemId = view.items[0]!.id;
    await markPresent(session, [0, 1, 2, 3, 4]);
    await open(session);
    expect((await vote(session, itemId, 3, 'for')).statusCode).toBe(200);
    const after = await post(
      `/api/commission/sessions/${session.id}/items/${itemId}/conflicts`,
      {
        memberId: members[3],
        reason: 'Ағасы осы компанияда жұмыс істейді',
      },
      secretary,
    );
    expect((after.json() as SessionView).items[0]!.votes).toEqual([]);
  });

  it('B03-3.1 only members present vote, and a member who voted cannot be marked absent', async () => {
    const session = await newSession();
    const view = await sendToAgenda(session, [(await underReview('a')).id]);
    const itemId = view.items[0]!.id;
    await markPresent(session, [0, 1, 2]);
    await open(session);
    expect(problemOf(await vote(session, itemId, 4, 'for')).body.code).toBe('commission.member_absent');
    expect((await vote(session, itemId, 2, 'for')).statusCode).toBe(200);
    const absent = await put(
      `/api/commission/sessions/${session.id}/attendance`,
      { attendance: [{ memberId: members[2], present: false }] },
      secretary,
    );
    expect(problemOf(absent).body.code).toBe('commission.member_has_voted');
  });

  it("B03-3.1 the secretary's user records votes and is kept as their recorder; other staff are refused", async () => {
    const session = await newSession();
    const view = await sendToAgenda(session, [(await underReview('a')).id]);
    const itemId = view.items[0]!.id;
    await markPresent(session, [0, 1, 2], secretary);
    await open(session);
    const recorded = await vote(session, itemId, 0, 'against', secretary, 'Жұмыс орындарының саны негізсіз көп');
    expect(recorded.statusCode, recorded.body).toBe(200);
    const row = await db
      .selectFrom('commission_votes')
      .selectAll()
      .where('item_id', '=', itemId)
      .executeTakeFirstOrThrow();
    expect(row).toMatchObject({ vote: 'against', recorded_by: world.users.assistanceAstana });
    expect(row.dissent).toBe('Жұмыс орындарының саны негізсіз көп');
    expect(problemOf(await vote(session, itemId, 1, 'for', analyst)).status).toBe(403);
    expect(problemOf(await vote(session, itemId, 1, 'for', head)).status).toBe(403);
  });
});

describe('B03-3.1 the commission decides each application', () => {
  async function openWithOneItem(present = [0, 1, 2, 3, 4], jobs = 5) {
    const session = await newSession();
    const view = await sendToAgenda(session, [(await underReview('a', jobs)).id]);
    await markPresent(session, present);
    expect((await open(session)).statusCode).toBe(200);
    return { session, itemId: view.items[0]!.id };
  }

  it('B03-3.1 without quorum among eligible members the commission cannot decide', async () => {
    const { session, itemId } = await openWithOneItem([0, 1, 2]);
    // Two of the three present declare a conflict: one eligible member present of three eligible.
    for (const member of [1, 2]) {
      await post(
        `/api/commission/sessions/${session.id}/items/${itemId}/conflicts`,
        {
          memberId: members[member],
          reason: 'Мүдделер қақтығысы',
        },
        secretary,
      );
    }
    await voteAll(session, itemId, { 0: 'for' });
    const refused = problemOf(await decide(session, itemId, { decision: 'approved', approvedJobs: 5 }));
    expect(refused.status).toBe(422);
    expect(refused.body.code).toBe('commission.no_quorum');
    const item = await db
      .selectFrom('commission_agenda_items')
      .select('decision')
      .where('id', '=', itemId)
      .executeTakeFirstOrThrow();
    expect(item.decision).toBeNull();
  });

  const propose = (session: SessionView, itemId: string, positions: object[], caller = secretary) =>
    put(`/api/commission/sessions/${session.id}/items/${itemId}/proposal`, { positions }, caller);

  it('B03-3.1 the votes decide the proposal, nothing typed after: carried it is the decision, voted down the application is rejected', async () => {
    const { session, itemId } = await openWithOneItem();
    await voteAll(session, itemId, { 0: 'for', 1: 'for', 2: 'against', 3: 'abstain' });
    const early = problemOf(await decide(session, itemId, {}));
    expect(early.body.code).toBe('commission.votes_incomplete');
    await voteAll(session, itemId, { 4: 'against' });
    // 2 for of 5 present: fewer than the 3 needed, so the proposal (all 5 jobs) is voted down. A typed approval is ignored.
    const decided = await decide(session, itemId, { decision: 'approved', approvedJobs: 5 });
    expect(decided.statusCode, decided.body).toBe(200);
    const item = (decided.json() as SessionView).items[0]!;
    expect(item.decision).toMatchObject({ decision: 'rejected', approvedJobs: null, rejectedByVote: true });
    expect(item.proposal.map((p) => [p.occupationCode, p.jobsAsked, p.approvedJobs, p.decidedJobs])).toEqual([
      ['7112', 3, 3, 0],
      ['4110', 2, 2, 0],
    ]);
  });

  it('B03-3.1 the secretary amends the proposal per position before the vote; the carried proposal is the decision', async () => {
    const { session, itemId } = await openWithOneItem([0, 1, 2, 3, 4], 5);
    const initial = (
      await app.inject({ method: 'GET', url: `/api/commission/sessions/${session.id}`, headers: secretary.headers })
    ).json() as SessionView;
    // By default every position is proposed as asked: 7112 × 3 and 4110 × 2.
    expect(initial.items[0]!.proposal.map((p) => [p.ordinal, p.approved, p.approvedJobs, p.reason])).toEqual([
      [1, true, 3, null],
      [2, true, 2, null],
    ]);
    const tooMany = problemOf(await propose(session, itemId, [{ ordinal: 1, approved: true, approvedJobs: 4 }]));
    expect(tooMany.status).toBe(422);
    expect(tooMany.body.code).toBe('commission.approved_jobs_exceed');
    expect(tooMany.body.errors).toEqual([expect.objectContaining({ field: 'positions.0.approvedJobs' })]);
    const noReason = problemOf(await propose(session, itemId, [{ ordinal: 2, approved: false, approvedJobs: 0 }]));
    expect(noReason.body.code).toBe('commission.reason_required');
    expect(noReason.body.errors).toEqual([expect.objectContaining({ field: 'positions.0.reason' })]);
    const fewerNoReason = problemOf(await propose(session, itemId, [{ ordinal: 1, approved: true, approvedJobs: 2 }]));
    expect(fewerNoReason.body.code).toBe('commission.reason_required');
    expect(
      problemOf(await propose(session, itemId, [{ ordinal: 1, approved: true, approvedJobs: 1 }], head)).status,
    ).toBe(403);
    const amended = await propose(session, itemId, [
      { ordinal: 1, approved: true, approvedJobs: 2, reason: 'Бір слесарь орнына қажеттілік жоқ' },
      { ordinal: 2, approved: false, approvedJobs: 0, reason: 'Іс жүргізуші бағдарламаға сәйкес емес' },
    ]);
    expect(amended.statusCode, amended.body).toBe(200);
    await voteAll(session, itemId, { 0: 'for' });
    // Voted on, the proposal is what was voted on.
    const late = problemOf(await propose(session, itemId, [{ ordinal: 1, approved: true, approvedJobs: 3 }]));
    expect(late.status).toBe(409);
    expect(late.body.code).toBe('commission.proposal_has_votes');
    await voteAll(session, itemId, { 1: 'for', 2: 'for', 3: 'against', 4: 'abstain' });
    const decided = await decide(session, itemId, {});
    expect(decided.statusCode, decided.body).toBe(200);
    const item = (decided.json() as SessionView).items[0]!;
    // Carried (3 for of 5 present): 2 of the 3 fitters, no clerk — 2 of 5 jobs, 1 of 2 positions.
    expect(item.decision).toMatchObject({ decision: 'approved', approvedJobs: 2, rejectedByVote: false });
    expect(item.decision!.reason).toContain('Іс жүргізуші бағдарламаға сәйкес емес');
    expect(
      await db
        .selectFrom('commission_item_positions')
        .select(['ordinal', 'decided_jobs'])
        .where('item_id', '=', itemId)
        .orderBy('ordinal')
        .execute(),
    ).toEqual([
      { ordinal: 1, decided_jobs: 2 },
      { ordinal: 2, decided_jobs: 0 },
    ]);
    const again = problemOf(await decide(session, itemId, {}));
    expect(again.body.code).toBe('commission.item_decided');
  });

  it('B03-3.1 a proposal rejecting every position, when carried, rejects the application with its reasons', async () => {
    const { session, itemId } = await openWithOneItem();
    const amended = await propose(session, itemId, [
      { ordinal: 1, approved: false, approvedJobs: 0, reason: 'Салық берешегі бар' },
      { ordinal: 2, approved: false, approvedJobs: 0, reason: 'Салық берешегі бар' },
    ]);
    expect(amended.statusCode, amended.body).toBe(200);
    await voteAll(session, itemId, { 0: 'for', 1: 'for', 2: 'for', 3: 'for', 4: 'for' });
    const item = ((await decide(session, itemId, {})).json() as SessionView).items[0]!;
    expect(item.decision).toMatchObject({ decision: 'rejected', approvedJobs: null, rejectedByVote: false });
    expect(item.decision!.reason).toContain('Салық берешегі бар');
  });

  it('B03-2.5 a not-compliant conclusion or a proposed rejection pre-fills the proposal with rejection and its reasons', async () => {
    const session = await newSession();
    const compliant = await underReview('a', 5);
    const failedOne = await underReview('b', 4);
    const proposedRejection = await underReview('a', 3);
    await seedReviewConclusion(db, {
      applicationId: failedOne.id,
      concludedBy: specialistUser.id,
      concludedAt: now,
      failedItems: [{ id: 'wage-2', code: 'wage_at_least_mzp', position: 2 }],
    });
    await seedReviewConclusion(db, {
      applicationId: proposedRejection.id,
      concludedBy: specialistUser.id,
      concludedAt: now,
      rejectionReasons: ['Жұмыс беруші бір жылдан аз жұмыс істейді'],
    });
    const view = await sendToAgenda(session, [compliant.id, failedOne.id, proposedRejection.id]);
    const [a, b, c] = view.items.map((i) => i.proposal.map((p) => [p.ordinal, p.approved, p.approvedJobs, p.reason]));
    expect(a).toEqual([
      [1, true, 3, null],
      [2, true, 2, null],
    ]);
    expect(b![0]).toEqual([1, true, 2, null]);
    // The failed item stays an item (named in each reader's language), not a text in Russian.
    expect(b![1]).toEqual([2, false, 0, null]);
    expect(view.items[1]!.proposal[1]!.reasonItems).toEqual([
      {
        code: 'wage_at_least_mzp',
        position: 2,
        label: {
          kk: 'Жалақы ЕТЖ-дан төмен емес — 2-позиция',
          ru: 'Зарплата не ниже МЗП — позиция 2',
          en: 'Wage not below the minimum wage — position 2',
        },
      },
    ]);
    expect(c).toEqual([
      [1, false, 0, 'Жұмыс беруші бір жылдан аз жұмыс істейді'],
      [2, false, 0, 'Жұмыс беруші бір жылдан аз жұмыс істейді'],
    ]);
  });

  it('B03-2.5 a non-compliant conclusion travels with its reasons: on the agenda item and in each language of the minutes', async () => {
    const session = await newSession();
    const application = await underReview('b', 4);
    await seedReviewConclusion(db, {
      applicationId: application.id,
      concludedBy: specialistUser.id,
      concludedAt: now,
      failedItems: [{ id: 'condition_no_tax_debt', code: 'condition_no_tax_debt', position: null }],
      rejectionReasons: ['КГД: берешек 120 000 ₸'],
    });
    const view = await sendToAgenda(session, [application.id]);
    const conclusion = view.items[0]!.application.conclusion;
    expect(conclusion).toMatchObject({
      outcome: 'not_compliant',
      failedItems: [
        { code: 'condition_no_tax_debt', label: { kk: 'Салық берешегі жоқ', ru: 'Нет налоговой задолженности' } },
      ],
      proposedRejection: { reasons: ['КГД: берешек 120 000 ₸'] },
    });
    const itemId = view.items[0]!.id;
    await markPresent(session, [0, 1, 2]);
    expect((await open(session)).statusCode).toBe(200);
    await voteAll(session, itemId, { 0: 'for', 1: 'for', 2: 'for' });
    expect((await decide(session, itemId, {})).statusCode).toBe(200);
    const current = (
      await app.inject({ method: 'GET', url: `/api/commission/sessions/${session.id}`, headers: specialist.headers })
    ).json() as SessionView;
    expect(
      (await post(`/api/commission/sessions/${session.id}/close`, { version: current.version }, head)).statusCode,
    ).toBe(200);
    const minutes = async (lang: 'kk' | 'ru') =>
      pdfText(
        (
          await app.inject({
            method: 'GET',
            url: `/api/commission/sessions/${session.id}/minutes.pdf?lang=${lang}`,
            headers: specialist.headers,
          })
        ).rawPayload,
      );
    const kk = await minutes('kk');
    expect(kk).toContain('Маманның қорытындысы: өтінім шарттарға сәйкес келмейді.');
    expect(kk).toContain('Орындалмаған шарттар: Салық берешегі жоқ.');
    expect(kk).toContain('КГД: берешек 120 000 ₸');
    expect(kk).not.toContain('Нет налоговой задолженности');
    const ru = await minutes('ru');
    expect(ru).toContain('Заключение специалиста: заявка не соответствует условиям.');
    expect(ru).toContain('Не выполнены условия: Нет налоговой задолженности.');
    expect(ru).not.toContain('Салық берешегі жоқ');
  });

  it('B03-3.1 a session with an undecided item cannot close', async () => {
    const { session } = await openWithOneItem();
    const current = (
      await app.inject({ method: 'GET', url: `/api/commission/sessions/${session.id}`, headers: specialist.headers })
    ).json() as SessionView;
    const refused = problemOf(
      await post(`/api/commission/sessions/${session.id}/close`, { version: current.version }, head),
    );
    expect(refused.status).toBe(422);
    expect(refused.body.code).toBe('commission.items_undecided');
  });

  it('B03-3.1 closing generates the minutes in Kazakh and in Russian with every decision, vote, dissent and conflict', async () => {
    const session = await newSession();
    const a = await underReview('a', 5);
    const b = await underReview('b', 4);
    const view = await sendToAgenda(session, [a.id, b.id]);
    const [itemA, itemB] = view.items.map((i) => i.id);
    await markPresent(session, [0, 1, 2, 3]);
    await open(session);
    // The proposals put to the vote: A one fitter fewer, B every position rejected.
    const amendedA = await propose(session, itemA!, [
      { ordinal: 1, approved: true, approvedJobs: 2, reason: 'Бір слесарь орнына қажеттілік жоқ' },
    ]);
    expect(amendedA.statusCode, amendedA.body).toBe(200);
    const amendedB = await propose(session, itemB!, [
      { ordinal: 1, approved: false, approvedJobs: 0, reason: 'Салық берешегі бар' },
      { ordinal: 2, approved: false, approvedJobs: 0, reason: 'Салық берешегі бар' },
    ]);
    expect(amendedB.statusCode, amendedB.body).toBe(200);
    await post(
      `/api/commission/sessions/${session.id}/items/${itemB}/conflicts`,
      {
        memberId: members[3],
        reason: 'Жұмыс берушінің бұрынғы қызметкері',
      },
      secretary,
    );
    await voteAll(session, itemA!, { 0: 'for', 1: 'for', 2: 'for' });
    expect((await vote(session, itemA!, 3, 'against', secretary, 'Жалақы тым төмен')).statusCode).toBe(200);
    expect((await decide(session, itemA!, {})).statusCode).toBe(200);
    await voteAll(session, itemB!, { 0: 'for', 1: 'for', 2: 'for' });
    expect((await decide(session, itemB!, {})).statusCode).toBe(200);

    const current = (
      await app.inject({ method: 'GET', url: `/api/commission/sessions/${session.id}`, headers: specialist.headers })
    ).json() as SessionView;
    const closed = await post(`/api/commission/sessions/${session.id}/close`, { version: current.version }, head);
    expect(closed.statusCode, closed.body).toBe(200);
    const closedView = closed.json() as SessionView;
    expect(closedView.status).toBe('closed');
    expect(closedView.minutes).not.toBeNull();

    const documents = await db
      .selectFrom('signed_documents')
      .select(['kind', 'media_type'])
      .where('subject_type', '=', 'commission_session')
      .where('subject_id', '=', session.id)
      .orderBy('kind')
      .execute();
    expect(documents).toEqual([
      { kind: 'minutes_kk', media_type: 'application/pdf' },
      { kind: 'minutes_ru', media_type: 'application/pdf' },
    ]);

    const kk = await app.inject({
      method: 'GET',
      url: `/api/commission/sessions/${session.id}/minutes.pdf?lang=kk`,
      headers: secretary.headers,
    });
    expect(kk.statusCode).toBe(200);
    expect(kk.headers['content-type']).toBe('application/pdf');
    expect(String(kk.headers['content-disposition'])).toContain('attachment');
    const kkText = await pdfText(kk.rawPayload);
    expect(kkText).toContain(`№ ${closedView.number} хаттамасы`);
    expect(kkText).toContain('«А» ЖШС');
    expect(kkText).toContain(a.number);
    expect(kkText).toContain('өтінім 4 жұмыс орнына мақұлдансын (сұралғаны — 5)');
    expect(kkText).toContain('Себебі: Салық берешегі бар');
    expect(kkText).toContain('Жалақы тым төмен');
    expect(kkText).toContain('Жұмыс берушінің бұрынғы қызметкері');
    expect(kkText).toContain('жақтады — 3, қарсы — 1, қалыс қалды — 0');
    expect(kkText).toContain('Әбдірахманов Мұрат Серікұлы');

    const ru = await app.inject({
      method: 'GET',
      url: `/api/commission/sessions/${session.id}/minutes.pdf?lang=ru`,
      headers: specialist.headers,
    });
    const ruText = await pdfText(ru.rawPayload);
    expect(ruText).toContain(`Протокол № ${closedView.number} заседания комиссии`);
    expect(ruText).toContain('ТОО «Б»');
    expect(ruText).toContain(b.number);
    expect(ruText).toContain('количество рабочих мест — 4 (запрошено — 5)');
    expect(ruText).toContain('в заявке отказать. Причина: Салық берешегі бар');
    expect(ruText).toContain('Присутствуют 4 из 5 членов комиссии');
    expect(ruText).toContain('за — 3, против — 0, воздержались — 0');
    // The proposal voted on, per position: A one fitter fewer with its reason, B every position refused.
    expect(ruText).toContain('Предложение, поставленное на голосование');
    expect(ruText).toContain('Бір слесарь орнына қажеттілік жоқ');
    expect(kkText).toContain('Дауысқа қойылған ұсыныс');
    expect(kkText).toContain('0 (бас тарту)');
    expect(ruText).toContain('Жұмабаева Әсел Нұрланқызы');

    // Kept immutably: the database refuses to change the stored minutes.
    await expect(
      db.updateTable('signed_documents').set({ kind: 'other' }).where('subject_id', '=', session.id).execute(),
    ).rejects.toThrow(/append-only/);
  });

  it("B03-3.1 the minutes are for the centre's staff only: another centre gets 404, before closing 409", async () => {
    const { session } = await openWithOneItem();
    const early = problemOf(
      await app.inject({
        method: 'GET',
        url: `/api/commission/sessions/${session.id}/minutes.pdf?lang=ru`,
        headers: specialist.headers,
      }),
    );
    expect(early.body.code).toBe('commission.minutes_not_ready');
    const almaty = await logIn(app, 'specialist.almaty@test.kz');
    const foreign = await app.inject({
      method: 'GET',
      url: `/api/commission/sessions/${session.id}`,
      headers: almaty.headers,
    });
    expect(problemOf(foreign).status).toBe(404);
    const employer = await logIn(app, 'employer.a@test.kz');
    const refused = await app.inject({
      method: 'GET',
      url: `/api/commission/sessions/${session.id}`,
      headers: employer.headers,
    });
    expect(problemOf(refused).status).toBe(403);
  });
});
