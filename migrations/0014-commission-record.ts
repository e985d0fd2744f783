// Issue 10, the commission's record: a session can be cancelled, an agenda item postponed or withdrawn (kept as
// history); a deputy chair; members' IINs for signing the minutes, and when the minutes were signed.
import { type Kysely, sql } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    alter table commission_sessions drop constraint commission_sessions_status_check;
    alter table commission_sessions add constraint commission_sessions_status_check
      check (status in ('planned', 'in_session', 'closed', 'cancelled'));
    alter table commission_sessions add column cancelled_at timestamptz;
    alter table commission_sessions add column cancel_reason text check (length(cancel_reason) between 1 and 2000);

    -- An item leaves its agenda without a decision and stays as history: its session was cancelled, it was postponed
    -- to another session, withdrawn back to review, or the employer withdrew the application itself.
    alter table commission_agenda_items add column removed_at timestamptz;
    alter table commission_agenda_items add column removal text
      check (removal in ('session_cancelled', 'postponed', 'withdrawn', 'application_withdrawn'));
    alter table commission_agenda_items add column removal_reason text check (length(removal_reason) <= 2000);
    alter table commission_agenda_items add column moved_to_session_id uuid references commission_sessions (id);
    alter table commission_agenda_items add constraint commission_agenda_items_removed_check
      check ((removed_at is null) = (removal is null) and (removal = 'postponed') = (moved_to_session_id is not null));

    -- The chair and the secretary sign the minutes with their personal ЭЦП: the certificate's IIN is the member's.
    alter table commission_members drop constraint commission_members_role_check;
    alter table commission_members add constraint commission_members_role_check
      check (role in ('chair', 'deputy_chair', 'secretary', 'member'));
    alter table commission_members add column iin char(12) check (iin ~ '^[0-9]{12}$');
    -- Both languages signed by whoever chaired and by the secretary: only then do decisions reach the employers.
    alter table commission_sessions add column minutes_signed_at timestamptz;

    drop index commission_agenda_open_idx;
    -- an application is on at most one undecided agenda at a time
    create unique index commission_agenda_open_idx on commission_agenda_items (application_id)
      where decision is null and removed_at is null;
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`
    drop index commission_agenda_open_idx;
    alter table commission_agenda_items drop constraint commission_agenda_items_removed_check;
    alter table commission_agenda_items drop column moved_to_session_id;
    alter table commission_agenda_items drop column removal_reason;
    alter table commission_agenda_items drop column removal;
    alter table commission_agenda_items drop column removed_at;
    create unique index commission_agenda_open_idx on commission_agenda_items (application_id) where decision is null;
    alter table commission_sessions drop column cancel_reason;
    alter table commission_sessions drop column minutes_signed_at;
    alter table commission_members drop column iin;
    alter table commission_members drop constraint commission_members_role_check;
    alter table commission_members add constraint commission_members_role_check
      check (role in ('chair', 'secretary', 'member'));
    alter table commission_sessions drop column cancelled_at;
    alter table commission_sessions drop constraint commission_sessions_status_check;
    alter table commission_sessions add constraint commission_sessions_status_check
      check (status in ('planned', 'in_session', 'closed'));
  `.execute(db);
}
