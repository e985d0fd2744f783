// Accounts: confirmed e-mail, one-time links (e-mail confirmation, password reset, invitations), employer users'
// rights, and job seekers' CVs.
import { type Kysely, sql } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    -- accounts made before self-registration were created confirmed; a self-registered one starts unconfirmed
    alter table users add column email_confirmed_at timestamptz default now();
    -- what an employer's user may do for the organisation; the first user (the head) may manage the others
    alter table users add column rights text[] not null default '{}';

    -- One-time links: only the token's SHA-256 is stored; a link works once (used_at) and until expires_at.
    create table account_links (
      id uuid primary key default gen_random_uuid(),
      purpose text not null check (purpose in ('email_confirmation', 'password_reset', 'invitation')),
      token_sha256 char(64) not null unique check (token_sha256 ~ '^[0-9a-f]{64}$'),
      user_id uuid references users (id) on delete cascade,
      organisation_id uuid references organisations (id),
      email text,
      rights text[] not null default '{}',
      created_by uuid references users (id),
      created_at timestamptz not null,
      expires_at timestamptz not null check (expires_at > created_at),
      used_at timestamptz,
      check ((purpose = 'invitation') = (organisation_id is not null))
    );
    create index account_links_user_idx on account_links (user_id, purpose) where used_at is null;

    create table cvs (
      id uuid primary key default gen_random_uuid(),
      seeker_id uuid not null references users (id) on delete cascade,
      title text not null check (length(title) between 1 and 200),
      desired_position text not null check (length(desired_position) between 1 and 200),
      occupation_code text check (occupation_code ~ '^[0-9]{4}$'),
      desired_salary int check (desired_salary > 0),
      region text not null,
      willing_to_relocate boolean not null default false,
      experience jsonb not null default '[]',
      education jsonb not null default '[]',
      skills text[] not null default '{}',
      languages jsonb not null default '[]',
      about text not null default '' check (length(about) <= 4000),
      photo bytea check (length(photo) <= 2000000),
      photo_media_type text check (photo_media_type in ('image/jpeg', 'image/png')),
      locale text not null default 'ru' check (locale in ('kk', 'ru', 'en')),
      version int not null default 1,
      created_at timestamptz not null,
      updated_at timestamptz not null
    );
    create index cvs_seeker_idx on cvs (seeker_id, updated_at desc);
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`
    drop table cvs; drop table account_links;
    alter table users drop column rights; alter table users drop column email_confirmed_at;
  `.execute(db);
}
