// Failed sign-ins counted in the database, so that every app instance sharing it (and a restarted one) refuses the
// same attempts. Keys are SHA-256 of "login:…" or "ip:…": no address or login is kept in clear.
import { type Kysely, sql } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table login_failures (
      key_sha256 text not null,
      failed_at timestamptz not null
    );
    create index login_failures_key_idx on login_failures (key_sha256, failed_at);
    create index login_failures_time_idx on login_failures (failed_at);
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop table login_failures;`.execute(db);
}
