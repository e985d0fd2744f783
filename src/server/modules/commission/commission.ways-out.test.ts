// Nothing gets stuck at the commission (B03-2.5): a session cancelled, an item postponed, an item withdrawn to review.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedTestWorld, sessionUserOf, type TestWorld } from '../../../../tests/support/fixtures';
import { buildTestApp, type Caller, logIn, problemOf } from '../../../../tests/support/test-app';
import { useTestDatabase } from '../../../../tests/support/test-database';
import type { SessionView } from '../../../shared/api/commission';
import { SessionStatus } from '../../../shared/api/commission';
import { ApplicationStatus } from '../../../shared/api/subsidized-jobs';
import type { SessionUser } from '../../platform/auth/access';
import type { Db } from '../../platform/db/database';
import type { App } from '../../platform/http';
import { applicationWorkflow } from '../subsidized-jobs';
import { addStandardMembers, insertApplicationUnderReview, seedProgrammes } from './commission.fixtures';
import { commissionSessionWorkflow } from './commission.workflow';

let db: Db;
let app: App;
let world: TestWorld;
let specialist: Caller;
let head: Caller;
let analyst: Caller;
let secretary: Caller;
let employerA: Caller;
let specialistUser: SessionUser;
let members: string[];
const now = new Date('2026-03-02T05:00:00Z');

beforeAll(async () => {
  ({ db } = await useTestDatabase());
  world = await seedTestWorld(db);
  await seedProgrammes(db, now);
  ({ app } = await buildTestApp(db));
  specialist = await logIn(app, 'specialist.astana@test.kz');
  head = await logIn(app, 'head.astana@test.kz');
  analyst = await logIn(app, 'analyst.astana@test.kz');
  employerA = await logIn(app, 'employer.a@test.kz');
  secretary = await logIn(app, 'assistance.astana@test.kz');
  specialistUser = await sessionUserOf(db, world.users.specialistAstana);
  members = await addStandardMembers(app, head, {
    chairUserId: world.users.headAstana,
    secretaryUserId: world.users.assistanceAstana,
  });
});

afterAll(async () => {
  await app.close();
});

const underReview = (employer: 'a' | 'b') =>
  insertApplicationUnderReview(db, {
    employerId: world.employers[employer],
    centreId: world.centres.astana,
    submittedBy: employer === 'a' ? world.users.employerA : world.users.employerB,
    positions: [
      { occupationCode: '7112', jobs: 3 },
      { occupationCode: '4110', jobs: 2 },
    ],
    submittedAt: now,
    specialist: specialistUser,
  });

const post = (url: string, payload: unknown, caller: Caller | null = specialist) =>
  app.inject({ method: 'POST', url, headers: caller?.headers ?? {}, payload: payload as object });
const get = async (id: string): Promise<SessionView> =>
  (await app.inject({ method: 'GET', url: `/api/commission/sessions/${id}`, headers: specialist.headers })).json();

async function newSessionWith(applicationIds: string[]): Promise<SessionView> {
  const created = await post('/api/commission/sessions', {
    scheduledFor: '2026-03-05T06:00:00Z',
    place: 'Астана, Сығанақ к-сі, 10',
  });
  expect(created.statusCode, created.body).toBe(201);
  const session = created.json() as SessionView;
  if (applicationIds.length === 0) return session;
  const response = await post(`/api/commission/sessions/${session.id}/agenda`, { applicationIds });
  expect(response.statusCode, response.body).toBe(200);
  return response.json();
}

async function applicationStatus(id: string) {
  const row = await db
    .selectFrom('subsidy_applications')
    .select('status')
    .where('id', '=', id)
    .executeTakeFirstOrThrow();
  return row.status;
}

async function auditOf(subjectId: string) {
  return db
    .selectFrom('audit_log')
    .select(['action', 'step', 'from_status', 'to_status', 'details'])
    .where('subject_id', '=', subjectId)
    .orderBy('seq')
    .execute();
}

async function inboxOf(userId: string, template: string) {
  return db
    .selectFrom('notifications')
    .select(['template', 'params'])
    .where('user_id', '=', userId)
    .where('template', '=', template)
    .execute();
}

describe('B03-2.5 a session that cannot be held is cancelled', () => {
  it('B03-2.5 a meeting without quorum is cancelled with its reason; its applications wait at the commission and join the next session', async () => {
    const a = await underReview('a');
    const b = await underReview('b');
    const session = await newSessionWith([a.id, b.id]);
    // Two of five present: no quorum, the session cannot open.
    await app.inject({
      method: 'PUT',
      url: `/api/commission/sessions/${session.id}/attendance`,
      headers: secretary.headers,
      payload: { attendance: [0, 1].map((i) => ({ memberId: members[i], present: true })) },
    });
    expect(
      problemOf(
        await post(`/api/commission/sessions/${session.id}/open`, { version: (await get(session.id)).version }, head),
      ).body.code,
    ).toBe('commission.no_quorum');

    const current = await get(session.id);
    expect(
      problemOf(await post(`/api/commission/sessions/${session.id}/cancel`, { version: current.version, reason: ' ' }))
        .status,
    ).toBe(400);
    const cancelled = await post(`/api/commission/sessions/${session.id}/cancel`, {
      version: current.version,
      reason: 'Кворум жоқ: бес мүшенің екеуі ғана келді',
    });
    expect(cancelled.statusCode, cancelled.body).toBe(200);
    const view = cancelled.json() as SessionView;
    expect(view.status).toBe(SessionStatus.cancelled);
    expect(view.cancelReason).toBe('Кворум жоқ: бес мүшенің екеуі ғана келді');
    expect(view.items.map((i) => i.removal?.kind)).toEqual(['session_cancelled', 'session_cancelled']);
    expect(view.actions).toEqual([]);

    // Still "sent to the commission", now in its queue.
    expect(await applicationStatus(a.id)).toBe(ApplicationStatus.atCommission);
    expect(await applicationStatus(b.id)).toBe(ApplicationStatus.atCommission);
    const queue = await app.inject({ method: 'GET', url: '/api/commission/queue', headers: specialist.headers });
    expect(queue.statusCode).toBe(200);
    const queued = (queue.json().items as { id: string; lastSessionNumber: number }[]).filter((q) =>
      [a.id, b.id].includes(q.id),
    );
    expect(queued.map((q) => q.lastSessionNumber)).toEqual([session.number, session.number]);

    const audit = await auditOf(session.id);
    expect(audit.at(-1)).toMatchObject({
      action: 'commission-session.cancel',
      step: 'B03-2.5',
      from_status: 'planned',
      to_status: 'cancelled',
      details: expect.objectContaining({ comment: 'Кворум жоқ: бес мүшенің екеуі ғана келді' }),
    });
    const told = await inboxOf(world.users.employerA, 'commission.session_cancelled');
    expect(told.at(-1)?.params).toMatchObject({ session: session.number, number: a.number });
    expect(await inboxOf(world.users.headAstana, 'commission.session_cancelled_member')).not.toHaveLength(0);

    // The next session takes them from the queue without a second send_to_commission.
    const next = await newSessionWith([a.id, b.id]);
    expect(next.items.map((i) => i.application.id)).toEqual([a.id, b.id]);
    expect(next.items.every((i) => i.removal === null)).toBe(true);
    const queueAfter = await app.inject({ method: 'GET', url: '/api/commission/queue', headers: specialist.headers });
    expect((queueAfter.json().items as { id: string }[]).some((q) => q.id === a.id)).toBe(false);
  });

  it('B03-2.5 a cancelled session is an end: nothing more can be done on it, and the role and centre are checked', async () => {
    const session = await newSessionWith([(await underReview('a')).id]);
    const { version } = await get(session.id);
    expect(
      problemOf(await post(`/api/commission/sessions/${session.id}/cancel`, { version, reason: 'x' }, null)).status,
    ).toBe(401);
    expect(
      problemOf(await post(`/api/commission/sessions/${session.id}/cancel`, { version, reason: 'x' }, analyst)).status,
    ).toBe(403);
    const almaty = await logIn(app, 'specialist.almaty@test.kz');
    expect(
      problemOf(await post(`/api/commission/sessions/${session.id}/cancel`, { version, reason: 'x' }, almaty)).status,
    ).toBe(404);
    expect(
      (await post(`/api/commission/sessions/${session.id}/cancel`, { version, reason: 'Төраға жоқ' }, head)).statusCode,
    ).toBe(200);
    const again = problemOf(
      await post(`/api/commission/sessions/${session.id}/cancel`, { version: version + 1, reason: 'x' }),
    );
    expect(again.status).toBe(409);
    expect(
      problemOf(await post(`/api/commission/sessions/${session.id}/open`, { version: version + 1 }, head)).status,
    ).toBe(409);
  });
});

describe('B03-2.5 an item leaves its agenda before the vote', () => {
  it('B03-2.5 an undecided item is postponed to another planned session; the employer hears when', async () => {
    const a = await underReview('a');
    const first = await newSessionWith([a.id]);
    const second = await newSessionWith([]);
    const itemId = first.items[0]!.id;
    const url = `/api/commission/sessions/${first.id}/items/${itemId}/postpone`;

    expect(problemOf(await post(url, { toSessionId: first.id })).body.code).toBe(
      'commission.target_session_not_planned',
    );
    expect(problemOf(await post(url, { toSessionId: second.id }, null)).status).toBe(401);
    expect(problemOf(await post(url, { toSessionId: second.id }, analyst)).status).toBe(403);
    expect(problemOf(await post(url, { toSessionId: second.id }, employerA)).status).toBe(403);

    const moved = await post(url, { toSessionId: second.id, reason: 'Күн тәртібі толы' });
    expect(moved.statusCode, moved.body).toBe(200);
    const view = moved.json() as SessionView;
    expect(view.items[0]!.removal).toMatchObject({ kind: 'postponed', movedToSessionNumber: second.number });
    const target = await get(second.id);
    expect(target.items.map((i) => i.application.id)).toEqual([a.id]);
    expect(await applicationStatus(a.id)).toBe(ApplicationStatus.atCommission);
    // The first session has nothing left to decide and an empty agenda cannot open it, even with the chair there.
    const marked = await app.inject({
      method: 'PUT',
      url: `/api/commission/sessions/${first.id}/attendance`,
      headers: secretary.headers,
      payload: { attendance: [{ memberId: members[0], present: true }] },
    });
    expect(
      problemOf(
        await post(
          `/api/commission/sessions/${first.id}/open`,
          { version: (marked.json() as SessionView).version },
          head,
        ),
      ).body.code,
    ).toBe('commission.agenda_empty');
    // The moved item is no longer actionable where it was.
    expect(problemOf(await post(url, { toSessionId: second.id })).status).toBe(404);

    expect((await auditOf(first.id)).find((a) => a.action === 'commission-session.postpone_item')).toMatchObject({
      action: 'commission-session.postpone_item',
      step: 'B03-2.5',
      details: expect.objectContaining({ itemId, toSessionId: second.id }),
    });
    const told = await inboxOf(world.users.employerA, 'commission.item_postponed');
    expect(told.at(-1)?.params).toMatchObject({ number: a.number, session: second.number, date: '05.03.2026 11:00' });
  });

  it('B03-2.5 an item withdrawn before its vote goes back to review with its reason; once voted on it cannot be', async () => {
    const a = await underReview('a');
    const b = await underReview('b');
    const session = await newSessionWith([a.id, b.id]);
    const [itemA, itemB] = session.items;
    const withdraw = (itemId: string, caller: Caller | null = specialist) =>
      post(
        `/api/commission/sessions/${session.id}/items/${itemId}/withdraw`,
        { reason: 'БСН бойынша салық берешегі анықталды' },
        caller,
      );

    expect(problemOf(await withdraw(itemA!.id, null)).status).toBe(401);
    expect(problemOf(await withdraw(itemA!.id, head)).status).toBe(403);
    const withdrawn = await withdraw(itemA!.id);
    expect(withdrawn.statusCode, withdrawn.body).toBe(200);
    expect(await applicationStatus(a.id)).toBe(ApplicationStatus.underReview);
    expect((withdrawn.json() as SessionView).items[0]!.removal).toMatchObject({
      kind: 'withdrawn',
      reason: 'БСН бойынша салық берешегі анықталды',
    });
    const applicationAudit = await auditOf(a.id);
    expect(applicationAudit.at(-1)).toMatchObject({
      action: 'subsidy-application.withdraw_from_commission',
      step: 'B03-2.5',
      from_status: 'at_commission',
      to_status: 'under_review',
      details: expect.objectContaining({ comment: 'БСН бойынша салық берешегі анықталды' }),
    });
    expect((await auditOf(session.id)).at(-1)).toMatchObject({ action: 'commission-session.withdraw_item' });
    expect((await inboxOf(world.users.employerA, 'commission.item_withdrawn')).at(-1)?.params).toMatchObject({
      number: a.number,
      reason: 'БСН бойынша салық берешегі анықталды',
    });

    // The other item is voted on in the meeting: it can no longer be withdrawn.
    await app.inject({
      method: 'PUT',
      url: `/api/commission/sessions/${session.id}/attendance`,
      headers: secretary.headers,
      payload: { attendance: members.map((memberId) => ({ memberId, present: true })) },
    });
    expect(
      (await post(`/api/commission/sessions/${session.id}/open`, { version: (await get(session.id)).version }, head))
        .statusCode,
    ).toBe(200);
    await app.inject({
      method: 'PUT',
      url: `/api/commission/sessions/${session.id}/items/${itemB!.id}/votes/${members[2]}`,
      headers: secretary.headers,
      payload: { vote: 'for' },
    });
    expect(problemOf(await withdraw(itemB!.id)).body.code).toBe('commission.item_has_votes');
    expect(await applicationStatus(b.id)).toBe(ApplicationStatus.atCommission);
  });
});

describe('every status has a way out', () => {
  it('B03-2.5 each session status but the ends (closed, cancelled) has an action leaving it, and at_commission has one besides the decision', () => {
    const leaving = (status: string) =>
      commissionSessionWorkflow.transitions.filter((t) => t.from.includes(status as never));
    for (const status of [SessionStatus.planned, SessionStatus.inSession]) {
      expect(leaving(status).map((t) => t.action)).toContain('cancel');
    }
    expect(leaving(SessionStatus.closed)).toEqual([]);
    expect(leaving(SessionStatus.cancelled)).toEqual([]);
    const fromCommission = applicationWorkflow.transitions.filter((t) =>
      t.from.includes(ApplicationStatus.atCommission),
    );
    // Besides the decision: the specialist withdraws it back to review, the employer withdraws the application.
    expect(fromCommission.map((t) => t.action).sort()).toEqual([
      'record_decision',
      'withdraw',
      'withdraw_from_commission',
    ]);
  });
});
