// A refusal's reason is checked at commit, not per statement: the workflow engine moves the status, then the step's
// effect records the reason, in one transaction (a row check would fail between the two updates).
import { type Kysely, sql } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    alter table seeker_registrations drop constraint seeker_registrations_check;

    create function seeker_registrations_refusal_reason() returns trigger language plpgsql as $$
    declare
      current_row record;
    begin
      -- A deferred trigger's NEW is the row as that statement left it: check the row as it is at commit.
      select status, refusal_reason into current_row from seeker_registrations where id = new.id;
      if found and (current_row.status = 'refused') <> (current_row.refusal_reason is not null) then
        raise exception 'seeker registration %: a refusal needs a reason, and only a refusal has one', new.id
          using errcode = '23514';
      end if;
      return null;
    end $$;

    create constraint trigger seeker_registrations_refusal_reason_check
      after insert or update on seeker_registrations
      deferrable initially deferred
      for each row execute function seeker_registrations_refusal_reason();
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`
    drop trigger seeker_registrations_refusal_reason_check on seeker_registrations;
    drop function seeker_registrations_refusal_reason();
    alter table seeker_registrations add check ((status = 'refused') = (refusal_reason is not null));
  `.execute(db);
}
