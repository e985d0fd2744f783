// The commission's members per centre (the head manages, staff read) and its sessions' numbering and opening conditions.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { countRows, seedTestWorld, sessionUserOf, type TestWorld } from '../../../../tests/support/fixtures';
import { buildTestApp, type Caller, logIn, problemOf } from '../../../../tests/support/test-app';
import { useTestDatabase } from '../../../../tests/support/test-database';
import type { MemberListResponse, SessionView } from '../../../shared/api/commission';
import type { Db } from '../../platform/db/database';
import type { App } from '../../platform/http';
import { insertApplicationUnderReview, seedProgrammes, signerIins } from './commission.fixtures';

let db: Db;
let app: App;
let world: TestWorld;
let head: Caller;
let specialist: Caller;
const now = new Date('2026-03-02T05:00:00Z');

beforeAll(async () => {
  ({ db } = await useTestDatabase());
  world = await seedTestWorld(db);
  await seedProgrammes(db, now);
  ({ app } = await buildTestApp(db));
  head = await logIn(app, 'head.astana@test.kz');
  specialist = await logIn(app, 'specialist.astana@test.kz');
});

afterAll(async () => {
  await app.close();
});

const addMember = (payload: object, caller = head) =>
  app.inject({ method: 'POST', url: '/api/commission/members', headers: caller.headers, payload });
const changeMember = (id: string, payload: object, caller = head) =>
  app.inject({ method: 'PATCH', url: `/api/commission/members/${id}`, headers: caller.headers, payload });
const memberId = (list: MemberListResponse, fullName: string) => list.items.find((m) => m.fullName === fullName)!.id;

describe('members', () => {
  it("the head keeps one active chair and one active secretary, linked to the centre's own staff", async () => {
    const chair = await addMember({
      fullName: 'Әбдірахманов Мұрат',
      position: 'Басшы',
      role: 'chair',
      userId: world.users.headAstana,
    });
    expect(chair.statusCode, chair.body).toBe(201);
    const list = chair.json() as MemberListResponse;
    expect(list.items[0]).toMatchObject({ role: 'chair', active: true, userName: 'head.astana' });
    expect(list.canManage).toBe(true);

    const secondChair = problemOf(await addMember({ fullName: 'Басқа Төраға', role: 'chair' }));
    expect(secondChair.status).toBe(409);
    expect(secondChair.body.code).toBe('commission.chair_exists');

    expect((await addMember({ fullName: 'Хатшы Бірінші', role: 'secretary' })).statusCode).toBe(201);
    expect(problemOf(await addMember({ fullName: 'Хатшы Екінші', role: 'secretary' })).body.code).toBe(
      'commission.secretary_exists',
    );

    const foreignUser = problemOf(
      await addMember({ fullName: 'Алматы маманы', role: 'member', userId: world.users.specialistAlmaty }),
    );
    expect(foreignUser.status).toBe(422);
    expect(foreignUser.body.code).toBe('commission.user_not_in_centre');
    const twice = problemOf(
      await addMember({ fullName: 'Тағы да басшы', role: 'member', userId: world.users.headAstana }),
    );
    expect(twice.body.code).toBe('commission.user_already_member');

    // Making the chair inactive frees the role; re-activating the old one is then refused.
    const oldChair = memberId(list, 'Әбдірахманов Мұрат');
    expect((await changeMember(oldChair, { active: false })).statusCode).toBe(200);
    const newChair = await addMember({ fullName: 'Жаңа Төраға', role: 'chair' });
    expect(newChair.statusCode).toBe(201);
    expect(problemOf(await changeMember(oldChair, { active: true })).body.code).toBe('commission.chair_exists');
    expect((await changeMember(oldChair, { active: true, role: 'member' })).statusCode).toBe(200);
  });

  it("staff read the members; only the head manages them; another centre's member answers 404", async () => {
    const read = await app.inject({ method: 'GET', url: '/api/commission/members', headers: specialist.headers });
    expect(read.statusCode).toBe(200);
    expect((read.json() as MemberListResponse).canManage).toBe(false);
    expect(problemOf(await addMember({ fullName: 'Маман', role: 'member' }, specialist)).status).toBe(403);

    const almatyMember = await db
      .insertInto('commission_members')
      .values({
        centre_id: world.centres.almaty,
        full_name: 'Алматы мүшесі',
        role: 'member',
        user_id: null,
        created_at: now,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    expect(problemOf(await changeMember(almatyMember.id, { fullName: 'Өзгертілген' })).status).toBe(404);
    const almaty = await logIn(app, 'specialist.almaty@test.kz');
    const theirs = (
      await app.inject({ method: 'GET', url: '/api/commission/members', headers: almaty.headers })
    ).json();
    expect((theirs as MemberListResponse).items.map((m) => m.fullName)).toEqual(['Алматы мүшесі']);
  });
});

describe('sessions', () => {
  const createSession = (caller: Caller) =>
    app.inject({
      method: 'POST',
      url: '/api/commission/sessions',
      headers: caller.headers,
      payload: { scheduledFor: '2026-03-10T05:00:00Z', place: 'Мәжіліс залы' },
    });

  it('are numbered per centre', async () => {
    const first = (await createSession(specialist)).json() as SessionView;
    const second = (await createSession(head)).json() as SessionView;
    const almaty = (await createSession(await logIn(app, 'specialist.almaty@test.kz'))).json() as SessionView;
    expect(second.number).toBe(first.number + 1);
    expect(almaty.number).toBe(1);
    const analyst = await logIn(app, 'analyst.astana@test.kz');
    const before = await countRows(db, 'commission_sessions');
    expect(problemOf(await createSession(analyst)).status).toBe(403);
    expect(await countRows(db, 'commission_sessions')).toBe(before);
  });

  it('B03-2.5 a session opens only with an agenda, a chair and a secretary who can sign, and only by the chair', async () => {
    // The head chairs, the secretary is linked to the assistance specialist; both have an IIN to sign the minutes.
    await db
      .updateTable('commission_members')
      .set({ user_id: null })
      .where('user_id', '=', world.users.headAstana)
      .execute();
    await db
      .updateTable('commission_members')
      .set({ user_id: world.users.headAstana, iin: signerIins.chair })
      .where('centre_id', '=', world.centres.astana)
      .where('role', '=', 'chair')
      .where('active', '=', true)
      .execute();
    await db
      .updateTable('commission_members')
      .set({ user_id: world.users.assistanceAstana, iin: signerIins.secretary })
      .where('centre_id', '=', world.centres.astana)
      .where('role', '=', 'secretary')
      .where('active', '=', true)
      .execute();
    const session = (await createSession(specialist)).json() as SessionView;
    // The chair is there: marked present before anything else.
    const chair = await db
      .selectFrom('commission_members')
      .select('id')
      .where('user_id', '=', world.users.headAstana)
      .executeTakeFirstOrThrow();
    await db
      .insertInto('commission_attendance')
      .values({ session_id: session.id, member_id: chair.id, present: true })
      .execute();
    const open = async (caller = head) => {
      const { version } = (
        await app.inject({ method: 'GET', url: `/api/commission/sessions/${session.id}`, headers: specialist.headers })
      ).json() as SessionView;
      return problemOf(
        await app.inject({
          method: 'POST',
          url: `/api/commission/sessions/${session.id}/open`,
          headers: caller.headers,
          payload: { version },
        }),
      );
    };
    // The specialist who prepared the agenda does not open the session: 403.
    expect(await open(specialist)).toMatchObject({ status: 403, body: { code: 'commission.not_presiding' } });
    expect((await open()).body.code).toBe('commission.agenda_empty');
    const application = await insertApplicationUnderReview(db, {
      employerId: world.employers.a,
      centreId: world.centres.astana,
      submittedBy: world.users.employerA,
      positions: [{ occupationCode: '4110', jobs: 2 }],
      submittedAt: now,
      specialist: await sessionUserOf(db, world.users.specialistAstana),
    });
    await app.inject({
      method: 'POST',
      url: `/api/commission/sessions/${session.id}/agenda`,
      headers: specialist.headers,
      payload: { applicationIds: [application.id] },
    });
    const secretaries = await db
      .updateTable('commission_members')
      .set({ active: false })
      .where('centre_id', '=', world.centres.astana)
      .where('role', '=', 'secretary')
      .returning('id')
      .execute();
    expect((await open()).body.code).toBe('commission.secretary_missing');
    await db
      .updateTable('commission_members')
      .set({ active: true })
      .where(
        'id',
        'in',
        secretaries.map((s) => s.id),
      )
      .execute();
    // A secretary without an IIN could not sign the minutes.
    await db
      .updateTable('commission_members')
      .set({ iin: null })
      .where('user_id', '=', world.users.assistanceAstana)
      .execute();
    expect((await open()).body.code).toBe('commission.signers_incomplete');
    await db
      .updateTable('commission_members')
      .set({ iin: signerIins.secretary })
      .where('user_id', '=', world.users.assistanceAstana)
      .execute();
    expect((await open()).body.code).toBe('commission.no_quorum');
  });
});
