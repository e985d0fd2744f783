// How a commission's decision can be appealed, as dated data with its source: a rejection states it (B03-3.2).
import { type Kysely, sql } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table appeal_routes (
      -- A version applies from its date until the next version's date.
      valid_from date primary key,
      text_kk text not null check (length(text_kk) between 1 and 2000),
      text_ru text not null check (length(text_ru) between 1 and 2000),
      text_en text not null check (length(text_en) between 1 and 2000),
      source text not null check (length(source) between 1 and 1000),
      certainty text not null check (certainty in ('verified', 'secondary', 'unconfirmed')),
      created_by uuid references users (id),
      created_at timestamptz not null
    );
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop table appeal_routes`.execute(db);
}
