// Foundation: organisations, users, sessions, the audit chain, the job queue, notifications and mail.
import { type Kysely, sql } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table organisations (
      id uuid primary key default gen_random_uuid(),
      kind text not null check (kind in ('employer', 'centre')),
      bin char(12) not null unique check (bin ~ '^[0-9]{12}$'),
      name_kk text not null check (length(name_kk) between 1 and 300),
      name_ru text not null check (length(name_ru) between 1 and 300),
      name_en text,
      region text not null,
      created_at timestamptz not null default now()
    );

    create table users (
      id uuid primary key default gen_random_uuid(),
      login text not null unique check (login = lower(login)),
      email text,
      password_hash text,
      full_name text not null,
      iin char(12) unique check (iin ~ '^[0-9]{12}$'),
      role text not null check (role in ('employer_representative', 'job_seeker', 'employer_relations_specialist',
        'employment_assistance_specialist', 'centre_head', 'labour_market_analyst', 'administrator')),
      organisation_id uuid references organisations (id),
      locale text not null default 'ru' check (locale in ('kk', 'ru', 'en')),
      disabled_at timestamptz,
      created_at timestamptz not null default now(),
      -- staff and employer representatives always belong to an organisation; seekers and administrators never
      check ((role in ('job_seeker', 'administrator')) = (organisation_id is null))
    );
    create index users_organisation_idx on users (organisation_id);

    create table sessions (
      id text primary key,
      user_id uuid not null references users (id) on delete cascade,
      csrf_token text not null,
      created_at timestamptz not null,
      expires_at timestamptz not null
    );
    create index sessions_user_idx on sessions (user_id);

    create table audit_log (
      seq bigint generated always as identity primary key,
      at timestamptz not null,
      actor_id uuid,
      actor_role text,
      action text not null,
      step text,
      subject_type text not null,
      subject_id text not null,
      centre_id uuid,
      organisation_id uuid,
      from_status text,
      to_status text,
      details jsonb not null default '{}',
      prev_hash text not null,
      hash text not null unique
    );
    create index audit_log_subject_idx on audit_log (subject_type, subject_id, seq);

    -- Append-only: the database itself refuses to change or remove an entry.
    create function audit_log_is_append_only() returns trigger language plpgsql as $$
    begin
      raise exception 'audit_log is append-only';
    end $$;
    create trigger audit_log_no_update before update or delete on audit_log
      for each row execute function audit_log_is_append_only();

    create table jobs (
      id bigint generated always as identity primary key,
      kind text not null,
      payload jsonb not null default '{}',
      status text not null default 'queued' check (status in ('queued', 'running', 'done', 'failed')),
      run_at timestamptz not null,
      attempts int not null default 0,
      max_attempts int not null default 5 check (max_attempts > 0),
      locked_by text,
      locked_until timestamptz,
      last_error text,
      dedupe_key text unique,
      created_at timestamptz not null default now(),
      finished_at timestamptz
    );
    create index jobs_due_idx on jobs (run_at) where status in ('queued', 'running');

    create table notifications (
      id uuid primary key default gen_random_uuid(),
      user_id uuid not null references users (id) on delete cascade,
      template text not null,
      params jsonb not null default '{}',
      link text,
      created_at timestamptz not null default now(),
      read_at timestamptz
    );
    create index notifications_user_idx on notifications (user_id, created_at desc);

    create table outbound_mail (
      id uuid primary key default gen_random_uuid(),
      user_id uuid references users (id) on delete set null,
      to_address text not null,
      locale text not null,
      subject text not null,
      body text not null,
      status text not null check (status in ('pending', 'sent', 'kept', 'failed')),
      attempts int not null default 0,
      last_error text,
      created_at timestamptz not null default now(),
      sent_at timestamptz
    );
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`
    drop table outbound_mail; drop table notifications; drop table jobs;
    drop trigger audit_log_no_update on audit_log; drop table audit_log; drop function audit_log_is_append_only;
    drop table sessions; drop table users; drop table organisations;
  `.execute(db);
}
