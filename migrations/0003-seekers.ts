// The job-seeker registry (ФК-А.01, as far as the maps need it): a seeker's profile and registrations at a centre.
import { type Kysely, sql } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table seeker_profiles (
      user_id uuid primary key references users (id) on delete cascade,
      birth_date date not null,
      sex text not null check (sex in ('female', 'male')),
      region text not null,
      district text not null check (length(district) between 1 and 120),
      rural boolean not null default false,
      occupation_code text check (occupation_code ~ '^[0-9]{4}$'),
      has_disability boolean not null default false,
      has_work_experience boolean not null default true,
      education_level text not null default 'secondary'
        check (education_level in ('secondary', 'vocational', 'higher', 'postgraduate')),
      graduation_year int check (graduation_year between 1950 and 2100),
      phone text,
      -- the seeker's consent: who may see the CV; respected by every search, fair and match
      cv_visibility text not null default 'centre' check (cv_visibility in ('employers', 'centre', 'none')),
      version int not null default 1,
      updated_at timestamptz not null
    );

    create table seeker_registrations (
      id uuid primary key default gen_random_uuid(),
      seeker_id uuid not null references users (id),
      centre_id uuid not null references organisations (id),
      kind text not null check (kind in ('job_seeker', 'unemployed')),
      status text not null check (status in ('requested', 'registered', 'refused', 'deregistered')),
      version int not null default 1,
      categories text[] not null default '{}',
      assisted boolean not null default false,
      requested_at timestamptz not null,
      decided_at timestamptz,
      decided_by uuid references users (id),
      refusal_reason text,
      created_by uuid references users (id),
      check ((status = 'refused') = (refusal_reason is not null))
    );
    -- one open registration per person
    create unique index seeker_registrations_open_idx on seeker_registrations (seeker_id)
      where status in ('requested', 'registered');
    create index seeker_registrations_centre_idx on seeker_registrations (centre_id, status);
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop table seeker_registrations; drop table seeker_profiles;`.execute(db);
}
