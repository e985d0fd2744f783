// Ways out of an application (withdrawn by the employer, closed when a returned one is abandoned), its age from the
// first submission, the centre's settings for abandonment, and the employer conditions as dated, sourced data.
import { type Kysely, sql } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    alter table subsidy_applications drop constraint subsidy_applications_status_check;
    alter table subsidy_applications add constraint subsidy_applications_status_check check (status in ('draft',
      'awaiting_signature', 'submitted', 'under_review', 'returned', 'at_commission', 'decision_recorded', 'approved',
      'rejected', 'withdrawn', 'abandoned'));

    -- the queue's age counts from the first submission; submitted_at stays the latest revision's
    alter table subsidy_applications add column first_submitted_at timestamptz;
    update subsidy_applications a set first_submitted_at = (
      select min(r.submitted_at) from subsidy_application_revisions r where r.application_id = a.id);
    -- B03-2.3: when the centre last returned it, and when the employer was told it may be closed as abandoned
    alter table subsidy_applications add column returned_at timestamptz;
    alter table subsidy_applications add column abandonment_notice_at timestamptz;
    -- withdrawn by the employer (with the reason) or closed as abandoned by the centre
    alter table subsidy_applications add column closed_at timestamptz;
    alter table subsidy_applications add column closed_reason text check (length(closed_reason) between 1 and 1000);
    create index subsidy_applications_queue_idx on subsidy_applications (centre_id, first_submitted_at);
    create index subsidy_applications_returned_idx on subsidy_applications (returned_at) where status = 'returned';

    -- Settings an administrator changes; an absent key means the documented default.
    create table subsidy_application_settings (
      key text primary key check (key in ('abandon_after_working_days', 'abandon_notice_working_days')),
      value int not null check (value between 1 and 250),
      updated_by uuid references users (id),
      updated_at timestamptz not null
    );

    -- The employer conditions (DOMAIN.md §1) as versions in force from a date: how each is applied (automatically
    -- from the registries, by the centre, or suspended), its parameters and its source. Where versions of a code
    -- overlap, the latest version applies on that date.
    create table employer_condition_versions (
      id uuid primary key default gen_random_uuid(),
      code text not null check (code ~ '^[a-z][a-z0-9_]{1,59}$'),
      version int not null check (version > 0),
      ordinal int not null check (ordinal between 1 and 99),
      mode text not null check (mode in ('automatic', 'centre', 'suspended')),
      params jsonb not null default '{}',
      valid_from date not null,
      valid_to date check (valid_to is null or valid_to >= valid_from),
      source text not null check (length(source) between 1 and 1000),
      certainty text not null check (certainty in ('verified', 'secondary', 'unconfirmed')),
      note text not null default '' check (length(note) <= 1000),
      created_by uuid references users (id),
      created_at timestamptz not null,
      unique (code, version)
    );
    create index employer_condition_versions_code_idx on employer_condition_versions (code, valid_from);
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`
    drop table employer_condition_versions;
    drop table subsidy_application_settings;
    drop index subsidy_applications_queue_idx;
    drop index subsidy_applications_returned_idx;
    alter table subsidy_applications drop column closed_reason, drop column closed_at,
      drop column abandonment_notice_at, drop column returned_at, drop column first_submitted_at;
    alter table subsidy_applications drop constraint subsidy_applications_status_check;
    alter table subsidy_applications add constraint subsidy_applications_status_check check (status in ('draft',
      'awaiting_signature', 'submitted', 'under_review', 'returned', 'at_commission', 'decision_recorded', 'approved',
      'rejected'));
  `.execute(db);
}
