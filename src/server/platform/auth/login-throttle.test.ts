// The sign-in throttle counts in the database: two app instances refuse alike, keys are never kept in clear, and a
// failure leaves the window when its time is up.
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { useTestDatabase } from '../../../../tests/support/test-database';
import { createTestClock } from '../clock';
import type { Db } from '../db/database';
import { DomainError } from '../errors';
import { LoginThrottle } from './login-throttle';

let db: Db;
const clock = createTestClock('2026-03-02T05:00:00Z');
const options = { maxFailures: 3, windowMs: 10 * 60_000 };

beforeAll(async () => {
  ({ db } = await useTestDatabase());
});

beforeEach(async () => {
  await db.deleteFrom('login_failures').execute();
  clock.set('2026-03-02T05:00:00Z');
});

const refusal = async (throttle: LoginThrottle, keys: string[]) => {
  try {
    await throttle.assertAllowed(keys);
    return null;
  } catch (error) {
    return error instanceof DomainError ? { code: error.code, params: error.params } : error;
  }
};

describe('LoginThrottle', () => {
  it('refuses on one instance what another instance counted, with the minutes to wait', async () => {
    const first = new LoginThrottle(db, clock, options);
    const second = new LoginThrottle(db, clock, options);
    const keys = ['login:aigerim@mail.kz', 'ip:10.9.0.1'];
    await first.recordFailure(keys);
    clock.advance(60_000);
    await second.recordFailure(keys);
    expect(await refusal(first, keys)).toBeNull();
    await first.recordFailure(['login:aigerim@mail.kz']);
    expect(await refusal(second, ['login:aigerim@mail.kz'])).toEqual({
      code: 'auth.too_many_attempts',
      params: { retryAfterMinutes: 9 },
    });
    // The address alone has two failures: still allowed from there for another login.
    expect(await refusal(second, ['login:other@mail.kz', 'ip:10.9.0.1'])).toBeNull();
  });

  it('keeps only SHA-256 of the keys, never a login or an address', async () => {
    const throttle = new LoginThrottle(db, clock, options);
    await throttle.recordFailure(['login:aigerim@mail.kz', 'ip:10.9.0.1']);
    const rows = await db.selectFrom('login_failures').select('key_sha256').execute();
    expect(rows).toHaveLength(2);
    for (const row of rows) expect(row.key_sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(JSON.stringify(rows)).not.toMatch(/aigerim|10\.9/);
  });

  it('lets a failure go when the window passes, and sweeps the old ones away', async () => {
    const throttle = new LoginThrottle(db, clock, options);
    const keys = ['login:dana@mail.kz'];
    for (let i = 0; i < 3; i++) await throttle.recordFailure(keys);
    expect(await throttle.retryAfterMs(keys)).toBe(options.windowMs);
    clock.advance(options.windowMs);
    expect(await throttle.retryAfterMs(keys)).toBe(0);
    await throttle.recordFailure(['login:someone@mail.kz']);
    expect(await db.selectFrom('login_failures').select('key_sha256').execute()).toHaveLength(1);
  });

  it('forgets a login on a successful sign-in', async () => {
    const throttle = new LoginThrottle(db, clock, options);
    const keys = ['login:serik@mail.kz'];
    for (let i = 0; i < 3; i++) await throttle.recordFailure(keys);
    expect(await refusal(throttle, keys)).toMatchObject({ code: 'auth.too_many_attempts' });
    await throttle.clear('login:serik@mail.kz');
    expect(await refusal(throttle, keys)).toBeNull();
  });
});
