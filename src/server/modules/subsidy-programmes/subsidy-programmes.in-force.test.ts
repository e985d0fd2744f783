// Every application uses the programme version in force on its date: a version entered today for a future date
// changes nothing before that date and everything from it, by the calendar date in Kazakhstan (UTC+5).
import { beforeAll, describe, expect, it } from 'vitest';
import { seedTestWorld, type TestWorld } from '../../../../tests/support/fixtures';
import { useTestDatabase } from '../../../../tests/support/test-database';
import { indicatorsByYear, programmeCatalogue } from '../../../shared/subsidy/programmes';
import { indicatorsFor, monthlySubsidy } from '../../../shared/subsidy/rules';
import { createTestClock } from '../../platform/clock';
import type { Db } from '../../platform/db/database';
import { findProgrammeInForce, seedProgrammeCatalogue } from './subsidy-programmes.repository';
import { addProgrammeVersion, listProgrammes } from './subsidy-programmes.usecases';

let db: Db;
let world: TestWorld;
const clock = createTestClock('2026-03-02T05:00:00Z');

beforeAll(async () => {
  ({ db } = await useTestDatabase());
  world = await seedTestWorld(db);
  await seedProgrammeCatalogue(db, { programmes: programmeCatalogue, indicators: indicatorsByYear, now: clock.now() });
  await addProgrammeVersion(
    { db, clock },
    {
      actor: { id: world.users.admin, role: 'administrator' },
      input: {
        code: 'silver_age',
        name: { kk: 'Күміс жас', ru: 'Серебряный возраст', en: 'Silver age' },
        targetGroups: ['unemployed', 'over_50'],
        minParticipantAge: 50,
        maxParticipantAge: null,
        maxDurationMonths: 36,
        formula: { kind: 'wage_share_by_year', percentByYear: [75, 70, 65], capMrp: 35 },
        validFrom: '2026-09-01',
        validTo: null,
        source: 'Приказ МТСЗН РК (тестовая редакция) от 15.08.2026',
        certainty: { participants: 'secondary', duration: 'secondary', formula: 'unconfirmed' },
      },
    },
  );
});

describe('the version in force on a date', () => {
  it('B03-1.2 a version entered for a future date does not change today’s answer, and does from that date on', async () => {
    const versionOn = async (date: string) => (await findProgrammeInForce(db, 'silver_age', date))?.version;
    expect(await versionOn('2023-07-01')).toBe(1);
    expect(await versionOn('2026-03-02')).toBe(1);
    expect(await versionOn('2026-08-31')).toBe(1);
    expect(await versionOn('2026-09-01')).toBe(2);
    expect(await versionOn('2027-05-10')).toBe(2);
    expect(await versionOn('2023-06-30')).toBeUndefined();
  });

  it('B03-1.2 a position’s monthly subsidy follows the version of the application’s date', async () => {
    const payment = indicatorsFor(indicatorsByYear, 2026);
    const subsidyOn = async (date: string) =>
      monthlySubsidy((await findProgrammeInForce(db, 'silver_age', date))!, 200_000, 0, payment);
    // Version 1: 70 % of 200 000 = 140 000, capped at 30 МРП × 4 325 = 129 750.
    expect(await subsidyOn('2026-08-31')).toBe(129_750);
    // Version 2: 75 % of 200 000 = 150 000, under its cap of 35 МРП × 4 325 = 151 375.
    expect(await subsidyOn('2026-09-01')).toBe(150_000);
  });

  it('switches the programmes in force at midnight in Kazakhstan, not in UTC', async () => {
    const inForceAt = async (instant: string) => {
      clock.set(instant);
      const { onDate, items } = await listProgrammes({ db, clock }, { all: false });
      return { onDate, version: items.find((p) => p.code === 'silver_age')?.version };
    };
    expect(await inForceAt('2026-03-02T05:00:00Z')).toEqual({ onDate: '2026-03-02', version: 1 });
    expect(await inForceAt('2026-08-31T18:59:59Z')).toEqual({ onDate: '2026-08-31', version: 1 });
    expect(await inForceAt('2026-08-31T19:00:00Z')).toEqual({ onDate: '2026-09-01', version: 2 });

    clock.set('2026-03-02T05:00:00Z');
    const { items } = await listProgrammes({ db, clock }, { all: true });
    expect(
      items.filter((p) => p.code === 'silver_age').map((p) => [p.version, p.validFrom, p.validTo, p.inForce]),
    ).toEqual([
      [1, '2023-07-01', '2026-08-31', true],
      [2, '2026-09-01', null, false],
    ]);
  });
});
