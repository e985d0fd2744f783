// Deregistration (ФК-А.01): why, when and by whom a registration ended. Like a refusal's reason, the ground is checked
// at commit: the engine moves the status, then the step's effect records the ground, in one transaction.
import { type Kysely, sql } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    alter table seeker_registrations
      add column deregistration_reason text check (deregistration_reason in
        ('employed', 'self_employed', 'own_request', 'no_show', 'moved', 'pension', 'full_time_study', 'other')),
      add column deregistration_note text,
      add column deregistered_at timestamptz,
      add column deregistered_by uuid references users (id);

    -- Rows ended before the ground was kept say so honestly.
    update seeker_registrations set deregistration_reason = 'other', deregistration_note = 'not recorded'
      where status = 'deregistered' and deregistration_reason is null;

    create function seeker_registrations_deregistration_reason() returns trigger language plpgsql as $$
    declare
      current_row record;
    begin
      select status, deregistration_reason into current_row from seeker_registrations where id = new.id;
      if found and (current_row.status = 'deregistered') <> (current_row.deregistration_reason is not null) then
        raise exception 'seeker registration %: deregistration needs a ground, and only deregistration has one', new.id
          using errcode = '23514';
      end if;
      return null;
    end $$;

    create constraint trigger seeker_registrations_deregistration_ground
      after insert or update on seeker_registrations
      deferrable initially deferred
      for each row execute function seeker_registrations_deregistration_reason();
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`
    drop trigger seeker_registrations_deregistration_ground on seeker_registrations;
    drop function seeker_registrations_deregistration_reason();
    alter table seeker_registrations
      drop column deregistration_reason, drop column deregistration_note,
      drop column deregistered_at, drop column deregistered_by;
  `.execute(db);
}
