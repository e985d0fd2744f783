// One migrated database per test worker (in-memory PGlite, or a schema of its own on PostgreSQL when DATABASE_URL is set).

import pg from 'pg';
import { wipeData } from '../../src/server/demo/demo-world';
import { hashPassword } from '../../src/server/platform/auth/passwords';
import { type DatabaseHandle, openDatabase } from '../../src/server/platform/db/database';
import { migrateToLatest } from '../../src/server/platform/db/migrate';

let opened: Promise<DatabaseHandle> | undefined;
let passwordHash: Promise<string> | undefined;

export const TEST_PASSWORD = 'Test-password-1';

async function open(): Promise<DatabaseHandle> {
  const url = process.env.DATABASE_URL;
  if (!url) {
    const handle = await openDatabase({ dataDir: ':memory:' });
    await migrateToLatest(handle.db);
    return handle;
  }
  const schema = `jumys_test_w${process.env.VITEST_POOL_ID ?? '0'}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  await admin.query(`drop schema if exists ${schema} cascade`);
  await admin.end();
  const handle = await openDatabase({ url, schema, poolSize: 6 });
  await migrateToLatest(handle.db, schema);
  return handle;
}

/** The worker's database, emptied: call in beforeAll of each test file. */
export async function useTestDatabase(): Promise<DatabaseHandle> {
  opened ??= open();
  const handle = await opened;
  await wipeData(handle.db);
  return handle;
}

/** One argon2 hash of TEST_PASSWORD per worker, so fixtures do not pay for hashing again and again. */
export function testPasswordHash(): Promise<string> {
  passwordHash ??= hashPassword(TEST_PASSWORD);
  return passwordHash;
}
