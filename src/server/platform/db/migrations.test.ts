// The migrated schema on the current database (PGlite, or PostgreSQL with DATABASE_URL): history, CHECKs, append-only audit.
import { sql } from 'kysely';
import { beforeAll, describe, expect, it } from 'vitest';
import { testPasswordHash, useTestDatabase } from '../../../../tests/support/test-database';
import { insertOrganisation, insertUser, makeBin } from '../../modules/identity/identity.fixtures';
import { appendAudit } from '../audit/audit';
import type { Db } from './database';
import { migrateToLatest } from './migrate';

let db: Db;
let kind: 'pglite' | 'postgres';
let centreId: string;
let passwordHash: string;

/** The SQLSTATE of a refused statement, from either driver. */
async function sqlStateOf(statement: Promise<unknown>): Promise<string> {
  const error = await statement.then(
    () => {
      throw new Error('the database accepted the statement');
    },
    (e: unknown) => e as { code?: string; message: string },
  );
  return String(error.code);
}

beforeAll(async () => {
  const handle = await useTestDatabase();
  db = handle.db;
  kind = handle.kind;
  passwordHash = await testPasswordHash();
  centreId = await insertOrganisation(db, {
    kind: 'centre',
    bin: makeBin('0904', 7),
    nameKk: 'Тест ЕМО',
    nameRu: 'ЦТМ Тест',
    region: 'astana',
  });
});

describe('migrations', () => {
  it('records 0001-foundation in kysely_migration and applies nothing twice', async () => {
    const { rows } = await sql<{ name: string }>`select name from kysely_migration order by name`.execute(db);
    expect(rows.map((r) => r.name)).toContain('0001-foundation');
    expect(await migrateToLatest(db, kind === 'postgres' ? await currentSchema() : undefined)).toEqual([]);
  });

  it('refuses a job seeker who belongs to an organisation', async () => {
    const state = await sqlStateOf(
      insertUser(db, {
        login: 'seeker.with.org@test.kz',
        fullName: 'Seeker',
        role: 'job_seeker',
        organisationId: centreId,
        passwordHash,
      }),
    );
    expect(state).toBe('23514'); // check_violation
  });

  it('refuses a staff member without an organisation and an administrator with one', async () => {
    const staff = insertUser(db, {
      login: 'orphan.staff@test.kz',
      fullName: 'Staff',
      role: 'centre_head',
      organisationId: null,
      passwordHash,
    });
    expect(await sqlStateOf(staff)).toBe('23514');
    const admin = insertUser(db, {
      login: 'org.admin@test.kz',
      fullName: 'Admin',
      role: 'administrator',
      organisationId: centreId,
      passwordHash,
    });
    expect(await sqlStateOf(admin)).toBe('23514');
  });

  it('refuses an unknown role, an upper-case login and an unknown locale', async () => {
    const unknownRole = sql`insert into users (login, full_name, role) values ('x@test.kz', 'X', 'superuser')`;
    expect(await sqlStateOf(unknownRole.execute(db))).toBe('23514');
    const upperLogin = sql`insert into users (login, full_name, role) values ('X@test.kz', 'X', 'job_seeker')`;
    expect(await sqlStateOf(upperLogin.execute(db))).toBe('23514');
    const locale = sql`insert into users (login, full_name, role, locale) values ('y@test.kz', 'Y', 'job_seeker', 'de')`;
    expect(await sqlStateOf(locale.execute(db))).toBe('23514');
    const { rows } = await sql<{ n: number }>`select count(*)::int as n from users`.execute(db);
    expect(rows[0]?.n).toBe(0);
  });

  it('refuses a BIN that is not twelve digits and an unknown job status', async () => {
    const bin = sql`insert into organisations (kind, bin, name_kk, name_ru, region)
      values ('employer', '12345678901A', 'a', 'a', 'astana')`;
    expect(await sqlStateOf(bin.execute(db))).toBe('23514');
    const job = sql`insert into jobs (kind, status, run_at) values ('x', 'lost', now())`;
    expect(await sqlStateOf(job.execute(db))).toBe('23514');
  });

  it('keeps the audit log append-only: UPDATE and DELETE are refused by the trigger', async () => {
    await appendAudit(db, {
      at: new Date('2026-03-02T05:00:00Z'),
      actorId: null,
      actorRole: null,
      action: 'test.appended',
      subjectType: 'test',
      subjectId: '1',
    });
    await expect(sql`update audit_log set action = 'test.rewritten'`.execute(db)).rejects.toThrow(
      /audit_log is append-only/,
    );
    await expect(sql`delete from audit_log`.execute(db)).rejects.toThrow(/audit_log is append-only/);
    const rows = await db.selectFrom('audit_log').select('action').execute();
    expect(rows).toEqual([{ action: 'test.appended' }]);
  });
});

async function currentSchema(): Promise<string> {
  const { rows } = await sql<{ schema: string }>`select current_schema() as schema`.execute(db);
  return rows[0]!.schema;
}
