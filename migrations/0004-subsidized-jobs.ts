// Subsidized jobs (ФК-В.03) steps 1–3.2: programmes and indicators as data, employers' requisites, applications with
// their positions, signed revisions, remarks, consultations and compliance checks, and the centre's commission.
import { type Kysely, sql } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    -- Programmes (виды СРМ) as versioned data: an application uses the version in force on its date.
    create table subsidy_programme_versions (
      id uuid primary key default gen_random_uuid(),
      code text not null check (code ~ '^[a-z][a-z0-9_]{1,39}$'),
      version int not null check (version > 0),
      name_kk text not null, name_ru text not null, name_en text,
      target_groups text[] not null,
      min_participant_age int check (min_participant_age between 14 and 80),
      max_participant_age int check (max_participant_age between 14 and 80),
      max_duration_months int check (max_duration_months between 1 and 60),
      formula jsonb not null,
      valid_from date not null,
      valid_to date check (valid_to is null or valid_to >= valid_from),
      source text not null check (length(source) > 0),
      certainty jsonb not null,
      created_by uuid references users (id),
      created_at timestamptz not null,
      unique (code, version)
    );

    -- МРП and МЗП by year, in whole tenge.
    create table wage_indicators (
      year int primary key check (year between 2000 and 2100),
      mrp int not null check (mrp > 0),
      mzp int not null check (mzp > 0),
      source text not null,
      certainty text not null check (certainty in ('verified', 'secondary', 'unconfirmed')),
      updated_by uuid references users (id),
      updated_at timestamptz not null
    );

    -- B03-1.1: an employer's contract requisites, kept on the organisation and copied into each application.
    create table employer_requisites (
      organisation_id uuid primary key references organisations (id),
      requisites jsonb not null,
      version int not null default 1,
      updated_by uuid references users (id),
      updated_at timestamptz not null
    );

    create sequence subsidy_application_number_seq;

    create table subsidy_applications (
      id uuid primary key default gen_random_uuid(),
      -- given at the first submission: СРМ-<year>-<sequence>
      number text unique,
      employer_id uuid not null references organisations (id),
      centre_id uuid not null references organisations (id),
      programme_code text not null,
      programme_version_id uuid references subsidy_programme_versions (id),
      status text not null check (status in ('draft', 'awaiting_signature', 'submitted', 'under_review', 'returned',
        'at_commission', 'decision_recorded', 'approved', 'rejected')),
      version int not null default 1,
      -- B03-1.1 snapshot of the requisites as they are signed
      requisites jsonb,
      contact_name text, contact_phone text, contact_email text,
      -- B03-1.3: the last automatic check of the employer (conditions, sources, time)
      check_result jsonb,
      checked_at timestamptz,
      -- B03-1.4: the document awaiting the employer's signature
      pending_document_id uuid references signed_documents (id),
      revision int not null default 0,
      submitted_at timestamptz,
      -- B03-2.1: the specialist's demand-and-supply assessment for this application's positions
      demand_supply jsonb,
      -- B03-3.1: the decision as the specialist entered it from the commission's item
      decision text check (decision in ('approved', 'rejected')),
      approved_jobs int check (approved_jobs >= 0),
      decision_reason text,
      decided_at timestamptz,
      created_by uuid not null references users (id),
      created_at timestamptz not null,
      updated_at timestamptz not null
    );
    create index subsidy_applications_centre_idx on subsidy_applications (centre_id, status, submitted_at);
    create index subsidy_applications_employer_idx on subsidy_applications (employer_id, created_at desc);

    create table subsidy_application_positions (
      id uuid primary key default gen_random_uuid(),
      application_id uuid not null references subsidy_applications (id) on delete cascade,
      ordinal int not null check (ordinal > 0),
      occupation_code text not null check (occupation_code ~ '^[0-9]{4}$'),
      occupation_name text not null check (length(occupation_name) between 1 and 200),
      jobs int not null check (jobs between 1 and 1000),
      monthly_wage int not null check (monthly_wage > 0),
      schedule text not null check (schedule in ('full_time', 'part_time', 'shift', 'flexible')),
      workplace text not null check (length(workplace) between 1 and 300),
      district text not null check (length(district) between 1 and 120),
      duration_months int not null check (duration_months between 1 and 60),
      requirements text not null default '' check (length(requirements) <= 2000),
      unique (application_id, ordinal)
    );

    -- Each signed submission is a revision: what was signed, byte for byte, and when.
    create table subsidy_application_revisions (
      application_id uuid not null references subsidy_applications (id),
      revision int not null check (revision > 0),
      content jsonb not null,
      document_id uuid not null references signed_documents (id),
      submitted_by uuid not null references users (id),
      submitted_at timestamptz not null,
      primary key (application_id, revision)
    );

    create table subsidy_application_remarks (
      id uuid primary key default gen_random_uuid(),
      application_id uuid not null references subsidy_applications (id),
      revision int not null,
      field text,
      text text not null check (length(text) between 1 and 2000),
      author_id uuid not null references users (id),
      created_at timestamptz not null
    );
    create index subsidy_application_remarks_idx on subsidy_application_remarks (application_id, created_at);

    create table subsidy_consultations (
      id uuid primary key default gen_random_uuid(),
      application_id uuid not null references subsidy_applications (id),
      given_on date not null,
      channel text not null check (channel in ('in_person', 'phone', 'video', 'email', 'portal')),
      topic text not null check (length(topic) between 1 and 200),
      summary text not null check (length(summary) between 1 and 4000),
      given_by uuid not null references users (id),
      created_at timestamptz not null
    );
    create index subsidy_consultations_idx on subsidy_consultations (application_id, given_on);

    -- B03-2.2: the specialist's manual checks; the automatic ones are computed from the programme's rules.
    create table subsidy_compliance_checks (
      application_id uuid not null references subsidy_applications (id),
      revision int not null,
      item text not null check (item ~ '^[a-z][a-z0-9_]{1,59}$'),
      result text not null check (result in ('passed', 'failed', 'not_applicable')),
      note text not null default '' check (length(note) <= 2000),
      checked_by uuid not null references users (id),
      checked_at timestamptz not null,
      primary key (application_id, revision, item)
    );

    -- The centre's commission (комиссия ЦТМ): members, sessions, agenda items, attendance, conflicts and votes.
    create table commission_members (
      id uuid primary key default gen_random_uuid(),
      centre_id uuid not null references organisations (id),
      full_name text not null check (length(full_name) between 1 and 200),
      position text not null default '' check (length(position) <= 200),
      role text not null check (role in ('chair', 'secretary', 'member')),
      user_id uuid references users (id),
      active boolean not null default true,
      created_at timestamptz not null
    );
    create index commission_members_centre_idx on commission_members (centre_id) where active;

    create table commission_sessions (
      id uuid primary key default gen_random_uuid(),
      centre_id uuid not null references organisations (id),
      number int not null check (number > 0),
      scheduled_for timestamptz not null,
      place text not null check (length(place) between 1 and 300),
      status text not null check (status in ('planned', 'in_session', 'closed')),
      version int not null default 1,
      opened_at timestamptz,
      closed_at timestamptz,
      minutes_document_id uuid references signed_documents (id),
      created_by uuid not null references users (id),
      created_at timestamptz not null,
      unique (centre_id, number)
    );

    create table commission_attendance (
      session_id uuid not null references commission_sessions (id),
      member_id uuid not null references commission_members (id),
      present boolean not null,
      primary key (session_id, member_id)
    );

    create table commission_agenda_items (
      id uuid primary key default gen_random_uuid(),
      session_id uuid not null references commission_sessions (id),
      application_id uuid not null references subsidy_applications (id),
      ordinal int not null check (ordinal > 0),
      decision text check (decision in ('approved', 'rejected')),
      approved_jobs int check (approved_jobs >= 0),
      reason text,
      decided_at timestamptz,
      unique (session_id, ordinal),
      check ((decision = 'rejected') <= (reason is not null)),
      check ((decision = 'approved') <= (approved_jobs > 0))
    );
    -- an application is on at most one undecided agenda at a time
    create unique index commission_agenda_open_idx on commission_agenda_items (application_id) where decision is null;

    create table commission_conflicts (
      item_id uuid not null references commission_agenda_items (id),
      member_id uuid not null references commission_members (id),
      reason text not null check (length(reason) between 1 and 500),
      declared_at timestamptz not null,
      primary key (item_id, member_id)
    );

    create table commission_votes (
      item_id uuid not null references commission_agenda_items (id),
      member_id uuid not null references commission_members (id),
      vote text not null check (vote in ('for', 'against', 'abstain')),
      dissent text check (length(dissent) <= 2000),
      cast_at timestamptz not null,
      recorded_by uuid not null references users (id),
      primary key (item_id, member_id)
    );
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`
    drop table commission_votes; drop table commission_conflicts; drop table commission_agenda_items;
    drop table commission_attendance; drop table commission_sessions; drop table commission_members;
    drop table subsidy_compliance_checks; drop table subsidy_consultations; drop table subsidy_application_remarks;
    drop table subsidy_application_revisions; drop table subsidy_application_positions; drop table subsidy_applications;
    drop sequence subsidy_application_number_seq;
    drop table employer_requisites; drop table wage_indicators; drop table subsidy_programme_versions;
  `.execute(db);
}
