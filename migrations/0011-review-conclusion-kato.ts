// B03-2.2 the review's conclusion (and a proposal to reject) per revision; districts as КАТО codes beside the text typed.
// Existing district texts are mapped with the КАТО list as it stands when this runs; a text that names no district of
// its region keeps a null code and stays, as typed, for a person to correct.
import { type Kysely, sql } from 'kysely';
import { findDistrictByName } from '../src/shared/kato/kato';
import { type RegionCode, regionCodes } from '../src/shared/regions';

const isRegion = (value: string): value is RegionCode => (regionCodes as readonly string[]).includes(value);

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table subsidy_review_conclusions (
      application_id uuid not null references subsidy_applications (id),
      revision int not null check (revision > 0),
      outcome text not null check (outcome in ('compliant', 'not_compliant')),
      -- The checklist's failed items when the conclusion was drawn: [{ id, code, position }].
      failed_items jsonb not null default '[]',
      -- The specialist's proposal to reject, with its reasons; empty when none.
      rejection_reasons jsonb not null default '[]',
      concluded_by uuid not null references users (id),
      concluded_at timestamptz not null,
      primary key (application_id, revision),
      check ((outcome = 'compliant') = (jsonb_array_length(failed_items) = 0))
    );

    alter table seeker_profiles add column district_code text check (district_code ~ '^[0-9]{9}$');
    alter table subsidy_application_positions add column district_code text check (district_code ~ '^[0-9]{9}$');
  `.execute(db);

  const profiles = await sql<{ user_id: string; region: string; district: string }>`
    select user_id, region, district from seeker_profiles`.execute(db);
  for (const p of profiles.rows) {
    const unit = isRegion(p.region) ? findDistrictByName(p.district, p.region) : undefined;
    if (unit)
      await sql`update seeker_profiles set district_code = ${unit.code} where user_id = ${p.user_id}`.execute(db);
  }
  // A position's district is in the region of the centre the application was sent to.
  const positions = await sql<{ id: string; region: string; district: string }>`
    select p.id, c.region, p.district from subsidy_application_positions p
    join subsidy_applications a on a.id = p.application_id join organisations c on c.id = a.centre_id`.execute(db);
  for (const p of positions.rows) {
    const unit = isRegion(p.region) ? findDistrictByName(p.district, p.region) : undefined;
    if (unit)
      await sql`update subsidy_application_positions set district_code = ${unit.code} where id = ${p.id}`.execute(db);
  }
  await sql`
    create index seeker_profiles_district_code_idx on seeker_profiles (district_code);
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`
    drop index seeker_profiles_district_code_idx;
    alter table subsidy_application_positions drop column district_code;
    alter table seeker_profiles drop column district_code;
    drop table subsidy_review_conclusions;
  `.execute(db);
}
