// Issue 10, the proposal voted on: per agenda item, one line per position with the approval and jobs proposed
// (amendable before the first vote), its reason (typed, or the failed checklist items) and, once the commission
// decides, what was decided for that position.
import { type Kysely, sql } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table commission_item_positions (
      item_id uuid not null references commission_agenda_items (id) on delete cascade,
      ordinal int not null check (ordinal > 0),
      occupation_code text not null,
      occupation_name text not null,
      jobs_asked int not null check (jobs_asked > 0),
      approved boolean not null,
      approved_jobs int not null check (approved_jobs >= 0 and approved_jobs <= jobs_asked),
      reason text check (length(reason) between 1 and 2000),
      -- the checklist items that failed for the position ([{code, position}]), named in each reader's language;
      -- a reason typed by a person goes in reason and reads as typed
      reason_items jsonb check (jsonb_typeof(reason_items) = 'array' and jsonb_array_length(reason_items) > 0),
      -- what the commission decided for the position: the proposal adopted, or nothing when it voted against
      decided_jobs int check (decided_jobs >= 0 and decided_jobs <= jobs_asked),
      primary key (item_id, ordinal),
      check (approved = (approved_jobs > 0)),
      check (approved_jobs = jobs_asked or reason is not null or reason_items is not null)
    );
    -- the vote rejected the proposal as a whole (its reason is the vote itself, told in the reader's language)
    alter table commission_agenda_items add column rejected_by_vote boolean not null default false;
    alter table commission_agenda_items drop constraint commission_agenda_items_check;
    alter table commission_agenda_items add constraint commission_agenda_items_rejection_reason_check
      check ((decision = 'rejected') <= (reason is not null or rejected_by_vote));

    -- undecided items already on an agenda get the default proposal: every position approved as asked
    insert into commission_item_positions
      (item_id, ordinal, occupation_code, occupation_name, jobs_asked, approved, approved_jobs, reason)
    select i.id, p.ordinal, p.occupation_code, p.occupation_name, p.jobs, true, p.jobs, null
    from commission_agenda_items i
    join subsidy_application_positions p on p.application_id = i.application_id
    where i.decision is null and i.removed_at is null;
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`
    alter table commission_agenda_items drop constraint commission_agenda_items_rejection_reason_check;
    alter table commission_agenda_items add constraint commission_agenda_items_check
      check ((decision = 'rejected') <= (reason is not null)) not valid;
    alter table commission_agenda_items drop column rejected_by_vote;
    drop table commission_item_positions;
  `.execute(db);
}
