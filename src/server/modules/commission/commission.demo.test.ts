// The demo commission: five members in each demo centre, the head as chair, seeded once.
import { beforeAll, describe, expect, it } from 'vitest';
import { testPasswordHash, useTestDatabase } from '../../../../tests/support/test-database';
import { seedDemoWorld } from '../../demo/demo-world';
import type { Db } from '../../platform/db/database';
import { seedCommissionDemo } from './commission.demo';

let db: Db;
const now = new Date('2026-03-02T05:00:00Z');

beforeAll(async () => {
  ({ db } = await useTestDatabase());
  await seedDemoWorld(db, now, { passwordHash: await testPasswordHash() });
});

describe('seedCommissionDemo', () => {
  it('gives every demo centre a chair (its head), a secretary linked to a user and three members, once', async () => {
    expect(await seedCommissionDemo(db, { now })).toEqual({ centres: 3, members: 15 });
    const chairs = await db
      .selectFrom('commission_members as m')
      .innerJoin('users as u', 'u.id', 'm.user_id')
      .select(['u.role', 'u.organisation_id', 'm.centre_id'])
      .where('m.role', '=', 'chair')
      .execute();
    expect(chairs).toHaveLength(3);
    expect(chairs.every((c) => c.role === 'centre_head' && c.organisation_id === c.centre_id)).toBe(true);
    const secretaries = await db
      .selectFrom('commission_members')
      .select('user_id')
      .where('role', '=', 'secretary')
      .execute();
    expect(secretaries.every((s) => s.user_id !== null)).toBe(true);
    expect(await seedCommissionDemo(db, { now })).toEqual({ centres: 0, members: 0 });
  });
});
