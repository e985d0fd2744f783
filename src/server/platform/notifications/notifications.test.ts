// Notifications: inbox row and mail in the user's language, mail sent or kept (never dropped), and the inbox API.
import { sql } from 'kysely';
import pino from 'pino';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { countRows, seedTestWorld, type TestWorld } from '../../../../tests/support/fixtures';
import { buildTestApp, type Caller, logIn, type TestApp } from '../../../../tests/support/test-app';
import { testPasswordHash, useTestDatabase } from '../../../../tests/support/test-database';
import { insertUser } from '../../modules/identity/identity.fixtures';
import { createTestClock } from '../clock';
import type { Db } from '../db/database';
import type { App } from '../http';
import { createJobWorker } from '../jobs/jobs';
import { type Mailer, mailJobHandlers, notify } from './notifications';

let db: Db;
let world: TestWorld;
let app: App;
let appClock: TestApp['clock'];
let kazakhUser: string;
let noEmailUser: string;
const clock = createTestClock('2026-03-02T05:00:00Z');
const logger = pino({ level: 'silent' });

type SentMail = { to: string; subject: string; text: string };

/** A mailer that records what it was asked to send, or fails like an SMTP server that is down. */
function recordingMailer(options: { fail?: boolean } = {}): { mailer: NonNullable<Mailer>; sent: SentMail[] } {
  const sent: SentMail[] = [];
  return {
    sent,
    mailer: {
      send: async (mail) => {
        if (options.fail) throw new Error('connect ECONNREFUSED 127.0.0.1:25');
        sent.push(mail);
      },
    },
  };
}

const runMailJobs = (mailer: Mailer) =>
  createJobWorker({
    db,
    clock,
    logger,
    pollMs: 1000,
    handlers: mailJobHandlers(db, mailer, () => clock.now()),
  }).runDueJobs();

const welcome = (userId: string, name = 'Айгүл') =>
  notify(db, { userId, template: 'account.welcome', params: { name }, now: clock.now() });

const onlyMail = () => db.selectFrom('outbound_mail').selectAll().executeTakeFirstOrThrow();

beforeAll(async () => {
  ({ db } = await useTestDatabase());
  world = await seedTestWorld(db);
  const passwordHash = await testPasswordHash();
  kazakhUser = await insertUser(db, {
    login: 'kazakh.seeker@test.kz',
    fullName: 'Қазақ Ізденуші',
    role: 'job_seeker',
    locale: 'kk',
    passwordHash,
  });
  noEmailUser = await insertUser(db, {
    login: 'no.email@test.kz',
    fullName: 'Без почты',
    role: 'job_seeker',
    email: null,
    passwordHash,
  });
  ({ app, clock: appClock } = await buildTestApp(db));
});

afterAll(async () => {
  await app.close();
});

describe('notify and the mail job', () => {
  beforeEach(async () => {
    await sql`truncate notifications, outbound_mail, jobs restart identity`.execute(db);
  });

  it('inserts the inbox row and a pending mail in the user’s language: a Kazakh user gets a Kazakh subject', async () => {
    await welcome(kazakhUser);
    const inbox = await db.selectFrom('notifications').selectAll().execute();
    expect(inbox).toMatchObject([
      { user_id: kazakhUser, template: 'account.welcome', params: { name: 'Айгүл' }, read_at: null },
    ]);
    const mail = await onlyMail();
    expect(mail).toMatchObject({
      user_id: kazakhUser,
      to_address: 'kazakh.seeker@test.kz',
      locale: 'kk',
      subject: 'Jumys жүйесіне қош келдіңіз',
      status: 'pending',
      attempts: 0,
    });
    expect(mail.body).toContain('Айгүл, сіздің есептік жазбаңыз дайын.');
    expect(mail.body).toContain('Бұл хат Jumys жүйесінен автоматты түрде жіберілді.');
    const jobs = await db.selectFrom('jobs').select(['kind', 'payload', 'dedupe_key']).execute();
    expect(jobs).toEqual([{ kind: 'mail.send', payload: { mailId: mail.id }, dedupe_key: `mail.send:${mail.id}` }]);
  });

  it('a Russian-speaking user gets the Russian subject', async () => {
    await welcome(world.users.seeker, 'Мөлдір');
    expect(await onlyMail()).toMatchObject({ locale: 'ru', subject: 'Добро пожаловать в Jumys' });
  });

  it('a user without an e-mail address, or a notice with email: false, gets the inbox row only', async () => {
    await welcome(noEmailUser);
    await notify(db, { userId: world.users.seeker, template: 'account.welcome', now: clock.now(), email: false });
    expect(await countRows(db, 'notifications')).toBe(2);
    expect(await countRows(db, 'outbound_mail')).toBe(0);
    expect(await countRows(db, 'jobs')).toBe(0);
  });

  it('without SMTP the mail job keeps the mail for administrators instead of dropping it', async () => {
    await welcome(world.users.seeker);
    expect(await runMailJobs(null)).toBe(1);
    expect(await onlyMail()).toMatchObject({ status: 'kept', sent_at: null });
    expect(await db.selectFrom('jobs').select('status').execute()).toEqual([{ status: 'done' }]);
  });

  it('with a mailer the job sends the rendered mail and marks it sent', async () => {
    await welcome(kazakhUser);
    const { mailer, sent } = recordingMailer();
    await runMailJobs(mailer);
    const mail = await onlyMail();
    expect(sent).toEqual([{ to: 'kazakh.seeker@test.kz', subject: 'Jumys жүйесіне қош келдіңіз', text: mail.body }]);
    expect(mail).toMatchObject({ status: 'sent', attempts: 1, last_error: null });
    expect(mail.sent_at).toEqual(clock.now());
    // Running the queue again sends nothing twice.
    await runMailJobs(mailer);
    expect(sent).toHaveLength(1);
  });

  it('when the mailer fails the job is retried: the mail stays pending with its attempts counted', async () => {
    await welcome(world.users.seeker);
    const down = recordingMailer({ fail: true });
    await runMailJobs(down.mailer);
    expect(await onlyMail()).toMatchObject({
      status: 'pending',
      attempts: 1,
      last_error: 'connect ECONNREFUSED 127.0.0.1:25',
    });
    expect(await db.selectFrom('jobs').select(['status', 'attempts']).execute()).toEqual([
      { status: 'queued', attempts: 1 },
    ]);

    clock.advance(10_000);
    await runMailJobs(down.mailer);
    expect(await onlyMail()).toMatchObject({ status: 'pending', attempts: 2 });

    clock.advance(20_000);
    const up = recordingMailer();
    await runMailJobs(up.mailer);
    expect(up.sent).toHaveLength(1);
    expect(await onlyMail()).toMatchObject({ status: 'sent', attempts: 3, last_error: null });
  });

  it('after the job’s last attempt a mail that could not be sent is marked failed, not left pending', async () => {
    await welcome(world.users.seeker);
    await db.updateTable('jobs').set({ max_attempts: 2 }).execute();
    const down = recordingMailer({ fail: true });
    await runMailJobs(down.mailer);
    expect(await onlyMail()).toMatchObject({ status: 'pending', attempts: 1 });
    clock.advance(10_000);
    await runMailJobs(down.mailer);
    expect(await onlyMail()).toMatchObject({ status: 'failed', attempts: 2 });
    expect(await db.selectFrom('jobs').select('status').execute()).toEqual([{ status: 'failed' }]);
  });
});

describe('inbox API', () => {
  let seeker: Caller;
  let employer: Caller;
  let employerNotice: string;

  beforeAll(async () => {
    await sql`truncate notifications, outbound_mail, jobs restart identity`.execute(db);
    await welcome(world.users.seeker, 'Мөлдір');
    clock.advance(1000);
    await notify(db, {
      userId: world.users.seeker,
      template: 'account.welcome',
      params: { name: 'второе' },
      link: '/inbox',
      now: clock.now(),
    });
    await welcome(world.users.employerA, 'Серік');
    employerNotice = (
      await db
        .selectFrom('notifications')
        .select('id')
        .where('user_id', '=', world.users.employerA)
        .executeTakeFirstOrThrow()
    ).id;
    seeker = await logIn(app, 'seeker@test.kz');
    employer = await logIn(app, 'employer.a@test.kz');
  });

  const inbox = async (caller: Caller, language?: string) => {
    const response = await app.inject({
      method: 'GET',
      url: '/api/notifications',
      headers: { ...caller.headers, ...(language ? { 'accept-language': language } : {}) },
    });
    expect(response.statusCode).toBe(200);
    return response.json() as { unread: number; items: { id: string; title: string; body: string; readAt: null }[] };
  };

  it('lists only the caller’s notifications with the unread count, rendered in the request language', async () => {
    const ru = await inbox(seeker);
    expect(ru.unread).toBe(2);
    expect(ru.items).toHaveLength(2);
    expect(ru.items.map((i) => i.id)).not.toContain(employerNotice);
    expect(ru.items[0]).toMatchObject({ title: 'Добро пожаловать в Jumys', link: '/inbox', readAt: null });
    expect(ru.items[0]!.body).toContain('второе, ваша учётная запись готова.');
    const kk = await inbox(seeker, 'kk');
    expect(kk.items[1]).toMatchObject({ title: 'Jumys жүйесіне қош келдіңіз' });
    expect(kk.items[1]!.body).toContain('Мөлдір, сіздің есептік жазбаңыз дайын.');
  });

  it('marking someone else’s notification read answers 404 and leaves it unread', async () => {
    const response = await app.inject({
      method: 'POST',
      url: `/api/notifications/${employerNotice}/read`,
      headers: seeker.headers,
    });
    expect(response.statusCode).toBe(404);
    expect(response.json().code).toBe('record.not_found');
    expect((await inbox(employer)).unread).toBe(1);
  });

  it('marking one’s own notification read sets readAt and lowers the unread count', async () => {
    const [first] = (await inbox(seeker)).items;
    const response = await app.inject({
      method: 'POST',
      url: `/api/notifications/${first!.id}/read`,
      headers: seeker.headers,
    });
    expect(response.statusCode).toBe(204);
    const after = await inbox(seeker);
    expect(after.unread).toBe(1);
    expect(after.items.find((i) => i.id === first!.id)?.readAt).toBe(appClock.now().toISOString());
    const count = await app.inject({ method: 'GET', url: '/api/notifications/unread-count', headers: seeker.headers });
    expect(count.json()).toEqual({ unread: 1 });
  });

  it('read-all zeroes the caller’s unread count and nobody else’s', async () => {
    const response = await app.inject({ method: 'POST', url: '/api/notifications/read-all', headers: seeker.headers });
    expect(response.statusCode).toBe(204);
    expect((await inbox(seeker)).unread).toBe(0);
    expect((await inbox(employer)).unread).toBe(1);
  });
});

describe('kept mail for administrators', () => {
  beforeAll(async () => {
    await sql`truncate outbound_mail, jobs restart identity`.execute(db);
    await welcome(world.users.seeker, 'Мөлдір');
    await runMailJobs(null);
  });

  it('GET /api/admin/mail shows the kept mail to an administrator and records that it was read', async () => {
    const admin = await logIn(app, 'admin@test.kz');
    const response = await app.inject({ method: 'GET', url: '/api/admin/mail', headers: admin.headers });
    expect(response.statusCode).toBe(200);
    expect(response.json().items).toMatchObject([
      { to: 'seeker@test.kz', subject: 'Добро пожаловать в Jumys', status: 'kept', sentAt: null },
    ]);
    const audit = await db.selectFrom('audit_log').selectAll().where('action', '=', 'admin.mail_viewed').execute();
    expect(audit).toMatchObject([
      {
        actor_id: world.users.admin,
        actor_role: 'administrator',
        subject_type: 'outbound_mail',
        details: { count: 1 },
      },
    ]);
  });

  it('GET /api/admin/mail answers 403 to a specialist and writes no audit entry', async () => {
    const before = await countRows(db, 'audit_log');
    const specialist = await logIn(app, 'specialist.astana@test.kz');
    const response = await app.inject({ method: 'GET', url: '/api/admin/mail', headers: specialist.headers });
    expect(response.statusCode).toBe(403);
    expect(response.json().code).toBe('auth.forbidden');
    // The login itself is audited; the refused look at the mail is not a mail view.
    const views = await db.selectFrom('audit_log').select('action').where('seq', '>', before).execute();
    expect(views.map((v) => v.action)).toEqual(['auth.login']);
  });
});
