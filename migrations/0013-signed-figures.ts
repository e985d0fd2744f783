// The application's planned start date (its figures are priced from it and signed with it), and the participant rules
// that are facts of a changing source: the youth and over-50 age bounds, the retirement age by sex (silver age's upper
// bound) and social jobs' target categories, each dated with its source and certainty.
import { type Kysely, sql } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    alter table subsidy_applications add column planned_start_date date;

    create table subsidy_participant_rules (
      kind text not null
        check (kind in ('youth_max_age', 'over_50_min_age', 'retirement_age', 'target_categories')),
      -- 'any' but for the retirement age, which differs by sex.
      sex text not null default 'any' check (sex in ('any', 'female', 'male')),
      valid_from date not null,
      value jsonb not null,
      source text not null check (length(source) > 0),
      certainty text not null check (certainty in ('verified', 'secondary', 'unconfirmed')),
      created_by uuid references users (id),
      created_at timestamptz not null,
      primary key (kind, sex, valid_from),
      check ((kind = 'retirement_age') = (sex <> 'any'))
    );
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`
    drop table subsidy_participant_rules;
    alter table subsidy_applications drop column planned_start_date;
  `.execute(db);
}
