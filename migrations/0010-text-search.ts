// "Contains" searches served by trigram indexes: a person's name (the registry, CV search by name) and a CV's own text
// (title, position, about, skills), which a trigger keeps in one lower-case column for every writer; and the registry's
// categories, by a GIN index of the array.
// pg_trgm is a contrib module of PostgreSQL (Debian's package has it); PGlite loads its build of it. The extension goes
// into `public` once per database, whatever schema the app runs in; a role that may not create it there needs a DBA to
// run `create extension pg_trgm with schema public` first.
import { type Kysely, sql } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  // Several schemas of one database migrate at once in the tests: one creates the extension, the others wait.
  await sql`select pg_advisory_xact_lock(hashtext('jumys:create extension pg_trgm'))`.execute(db);
  await sql`create extension if not exists pg_trgm with schema public`.execute(db);
  await sql`
    alter table cvs add column search_text text not null default '';

    create function cvs_search_text() returns trigger language plpgsql as $$
    begin
      new.search_text := lower(concat_ws(' ', new.title, new.desired_position, new.about,
        array_to_string(new.skills, ' ')));
      return new;
    end $$;
    create trigger cvs_search_text before insert or update of title, desired_position, about, skills on cvs
      for each row execute function cvs_search_text();
    update cvs set title = title;

    -- No pending list: PGlite has no autovacuum to merge one, and the planner prices an index with a long list high.
    create index cvs_search_text_trgm_idx on cvs using gin (search_text public.gin_trgm_ops) with (fastupdate = off);
    create index users_full_name_trgm_idx on users using gin (full_name public.gin_trgm_ops) with (fastupdate = off);
    -- The registry's category filter (categories @> array[…]): a rare category need not walk the whole centre.
    create index seeker_registrations_categories_idx on seeker_registrations using gin (categories)
      with (fastupdate = off);
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`
    drop index seeker_registrations_categories_idx;
    drop index users_full_name_trgm_idx;
    drop trigger cvs_search_text on cvs;
    drop function cvs_search_text();
    alter table cvs drop column search_text;
  `.execute(db);
}
