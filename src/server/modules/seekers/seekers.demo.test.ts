// The demo seekers' profiles and registrations: birth dates from their IINs, two centres, consent choices kept.
import { beforeAll, describe, expect, it } from 'vitest';
import { testPasswordHash, useTestDatabase } from '../../../../tests/support/test-database';
import { birthDateFromIin } from '../../../shared/iin-bin';
import { occupationCodes } from '../../../shared/occupations';
import { isSeekerCategory } from '../../../shared/seekers/categories';
import { seedDemoWorld } from '../../demo/demo-world';
import type { Db } from '../../platform/db/database';
import { listRegisteredSeekerFacts, seedSeekersDemo, upsertSeekerProfile } from '.';

let db: Db;
const now = new Date('2026-03-02T05:00:00Z');

beforeAll(async () => {
  ({ db } = await useTestDatabase());
  await seedDemoWorld(db, now, { passwordHash: await testPasswordHash() });
  await seedSeekersDemo(db, { now });
});

describe('seedSeekersDemo', () => {
  it('gives each of the six demo seekers a profile whose birth date is the one in their IIN', async () => {
    const rows = await db
      .selectFrom('seeker_profiles as p')
      .innerJoin('users as u', 'u.id', 'p.user_id')
      .select(['u.iin', 'p.birth_date', 'p.occupation_code', 'p.cv_visibility'])
      .execute();
    expect(rows).toHaveLength(6);
    for (const row of rows) {
      expect(row.birth_date).toBe(birthDateFromIin(row.iin!));
      expect(occupationCodes).toContain(row.occupation_code);
    }
    expect(rows.filter((r) => r.cv_visibility === 'none').length).toBeGreaterThan(0);
  });

  it('registers them at the Astana and Almaty centres, some as unemployed, with known categories', async () => {
    const rows = await db
      .selectFrom('seeker_registrations as r')
      .innerJoin('organisations as o', 'o.id', 'r.centre_id')
      .select(['o.region', 'r.kind', 'r.status', 'r.categories', 'r.decided_by'])
      .execute();
    expect(rows).toHaveLength(6);
    expect(new Set(rows.map((r) => r.region))).toEqual(new Set(['astana', 'almaty']));
    expect(rows.every((r) => r.status === 'registered' && r.decided_by !== null)).toBe(true);
    expect(rows.filter((r) => r.kind === 'unemployed').length).toBeGreaterThanOrEqual(4);
    expect(rows.some((r) => r.kind === 'job_seeker')).toBe(true);
    for (const category of rows.flatMap((r) => r.categories)) expect(isSeekerCategory(category)).toBe(true);
  });

  it("counts a centre's registered seekers without their names", async () => {
    const astana = await db
      .selectFrom('organisations')
      .select('id')
      .where('kind', '=', 'centre')
      .where('region', '=', 'astana')
      .executeTakeFirstOrThrow();
    const facts = await listRegisteredSeekerFacts(db, { centreId: astana.id });
    expect(facts).toHaveLength(3);
    expect(Object.keys(facts[0]!)).not.toContain('fullName');
    expect(await listRegisteredSeekerFacts(db, { centreId: astana.id, occupationCodes: [] })).toEqual([]);
  });
});

describe('upsertSeekerProfile', () => {
  it("updates an existing profile but leaves the seeker's CV consent as the seeker chose it", async () => {
    const profile = await db
      .selectFrom('seeker_profiles')
      .selectAll()
      .where('cv_visibility', '=', 'employers')
      .executeTakeFirstOrThrow();
    await db
      .updateTable('seeker_profiles')
      .set({ cv_visibility: 'none' })
      .where('user_id', '=', profile.user_id)
      .execute();
    await upsertSeekerProfile(db, {
      userId: profile.user_id,
      birthDate: profile.birth_date,
      sex: profile.sex,
      region: profile.region,
      district: '711410000',
      rural: profile.rural,
      occupationCode: profile.occupation_code,
      hasDisability: profile.has_disability,
      hasWorkExperience: profile.has_work_experience,
      educationLevel: profile.education_level,
      graduationYear: profile.graduation_year,
      phone: profile.phone,
      cvVisibility: 'employers',
      now,
    });
    const after = await db
      .selectFrom('seeker_profiles')
      .select(['district_code', 'district', 'cv_visibility', 'version'])
      .where('user_id', '=', profile.user_id)
      .executeTakeFirstOrThrow();
    expect(after).toEqual({
      district_code: '711410000',
      district: 'район Байконур',
      cv_visibility: 'none',
      version: profile.version + 1,
    });
  });
});
