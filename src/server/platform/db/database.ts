// One typed database for every module, on embedded PGlite (no DATABASE_URL) or a PostgreSQL server.
import fs from 'node:fs';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { Kysely, PostgresDialect, type Transaction } from 'kysely';
import pg from 'pg';
import type { AccountsTables } from '../../modules/accounts/accounts.tables';
import type { AppealRoutesTables } from '../../modules/appeal-routes/appeal-routes.tables';
import type { CommissionTables } from '../../modules/commission/commission.tables';
import type { CvsTables } from '../../modules/cvs/cvs.tables';
import type { GovRegistriesTables } from '../../modules/gov-registries/gov-registries.tables';
import type { IdentityTables } from '../../modules/identity/identity.tables';
import type { SeekersTables } from '../../modules/seekers/seekers.tables';
import type { SignaturesTables } from '../../modules/signatures/signatures.tables';
import type { SubsidizedJobsTables } from '../../modules/subsidized-jobs/subsidized-jobs.tables';
import type { SubsidyProgrammesTables } from '../../modules/subsidy-programmes/subsidy-programmes.tables';
import type { SubsidyReviewTables } from '../../modules/subsidy-review/subsidy-review.tables';
import type { AuditTables } from '../audit/audit.tables';
import type { LoginThrottleTables } from '../auth/login-throttle';
import type { JobsTables } from '../jobs/jobs.tables';
import type { NotificationsTables } from '../notifications/notifications.tables';
import { lockDataDir } from './data-dir-lock';
import { PGliteDialect } from './pglite-dialect';

export type Database = IdentityTables &
  AuditTables &
  LoginThrottleTables &
  JobsTables &
  NotificationsTables &
  SignaturesTables &
  SeekersTables &
  SubsidyProgrammesTables &
  SubsidizedJobsTables &
  SubsidyReviewTables &
  CommissionTables &
  AppealRoutesTables &
  AccountsTables &
  CvsTables &
  GovRegistriesTables;

export type Db = Kysely<Database>;
/** Repositories take either the database or an open transaction. */
export type DbOrTx = Kysely<Database> | Transaction<Database>;

export type DatabaseHandle = { db: Db; kind: 'pglite' | 'postgres'; close: () => Promise<void> };

// Same value types from both drivers: int8 as number (our counters stay far below 2^53),
// dates as 'YYYY-MM-DD' strings (a calendar date has no time zone).
const INT8 = 20;
const DATE = 1082;
const NUMERIC = 1700;
pg.types.setTypeParser(INT8, (v) => Number.parseInt(v, 10));
pg.types.setTypeParser(DATE, (v) => v);

export type DatabaseOptions = {
  /** postgres:// URL; unset means embedded PGlite. */
  url?: string | undefined;
  /** Schema for all tables (tests give each worker its own); default public. */
  schema?: string | undefined;
  /** PGlite's folder, or ':memory:'. */
  dataDir?: string;
  poolSize?: number;
};

export async function openDatabase(options: DatabaseOptions): Promise<DatabaseHandle> {
  if (options.url) {
    const pool = new pg.Pool({
      connectionString: options.url,
      max: options.poolSize ?? 10,
      ...(options.schema ? { options: `-c search_path=${options.schema}` } : {}),
    });
    if (options.schema) {
      const client = await pool.connect();
      try {
        await client.query(`create schema if not exists ${options.schema}`);
      } finally {
        client.release();
      }
    }
    const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
    return { db, kind: 'postgres', close: () => db.destroy() };
  }
  const dataDir = options.dataDir ?? ':memory:';
  let unlock = () => {};
  if (dataDir !== ':memory:') {
    fs.mkdirSync(path.dirname(path.resolve(dataDir)), { recursive: true });
    unlock = lockDataDir(path.resolve(dataDir));
  }
  const pglite = await PGlite.create(dataDir === ':memory:' ? undefined : dataDir, {
    parsers: { [DATE]: (v: string) => v, [NUMERIC]: (v: string) => v },
    // Trigram indexes serve the "contains" searches (names, CVs); PostgreSQL has pg_trgm among its contrib modules.
    extensions: { pg_trgm },
  });
  if (options.schema)
    await pglite.exec(`create schema if not exists ${options.schema}; set search_path = ${options.schema}`);
  const db = new Kysely<Database>({ dialect: new PGliteDialect(pglite) });
  return {
    db,
    kind: 'pglite',
    close: async () => {
      await db.destroy();
      unlock();
    },
  };
}

/** What a person typed, for LIKE: `%`, `_` and `\` are letters, not wildcards (backslash is LIKE's default escape). */
export function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

/** PostgreSQL's unique_violation (23505): two writers raced for one key and the index decided; both drivers report it. */
export function isUniqueViolation(error: unknown): boolean {
  return typeof error === 'object' && error !== null && (error as { code?: unknown }).code === '23505';
}
