// Indexes for the searches staff and employers run all day: the centre's registry newest first (requests to decide on
// before the rest), and CVs newest first. Measured by bench/registry-search.bench.ts with 20,000 seekers at one centre.
import { type Kysely, sql } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    drop index seeker_registrations_centre_idx;
    create index seeker_registrations_centre_status_time_idx
      on seeker_registrations (centre_id, status, requested_at desc);
    create index seeker_registrations_centre_time_idx on seeker_registrations (centre_id, requested_at desc);
    create index cvs_updated_idx on cvs (updated_at desc, id);
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`
    drop index cvs_updated_idx;
    drop index seeker_registrations_centre_time_idx;
    drop index seeker_registrations_centre_status_time_idx;
    create index seeker_registrations_centre_idx on seeker_registrations (centre_id, status);
  `.execute(db);
}
