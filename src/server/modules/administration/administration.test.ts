import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedTestWorld } from '../../../../tests/support/fixtures';
import { buildTestApp, logIn, type TestApp } from '../../../../tests/support/test-app';
import { useTestDatabase } from '../../../../tests/support/test-database';
import type { Db } from '../../platform/db/database';

describe('administrator verifies the audit chain from a running server', () => {
  let db: Db;
  let t: TestApp;
  beforeAll(async () => {
    ({ db } = await useTestDatabase());
    t = await buildTestApp(db);
    await seedTestWorld(db);
  });
  afterAll(() => t.app.close());

  it('reports the chain intact, then the first broken entry after tampering; other roles are refused', async () => {
    const admin = await logIn(t.app, 'admin@test.kz');
    await logIn(t.app, 'specialist.astana@test.kz');
    const intact = await t.app.inject({ url: '/api/admin/audit/verify', headers: admin.headers });
    expect(intact.statusCode).toBe(200);
    expect(intact.json()).toEqual({ ok: true, entries: 2 });

    await sql`alter table audit_log disable trigger audit_log_no_update`.execute(db);
    await sql`update audit_log set details = '{"method":"forged"}' where seq = (select max(seq) from audit_log)`.execute(
      db,
    );
    await sql`alter table audit_log enable trigger audit_log_no_update`.execute(db);
    const { seq } = await db
      .selectFrom('audit_log')
      .select('seq')
      .orderBy('seq', 'desc')
      .limit(1)
      .executeTakeFirstOrThrow();

    const broken = await t.app.inject({ url: '/api/admin/audit/verify', headers: admin.headers });
    expect(broken.json()).toMatchObject({ ok: false, brokenAt: seq, reason: 'content was changed' });

    const specialist = await logIn(t.app, 'specialist.astana@test.kz');
    const refused = await t.app.inject({ url: '/api/admin/audit/verify', headers: specialist.headers });
    expect(refused.statusCode).toBe(403);
  });
});
