// The journeys' test clock: its route exists only under TEST_CLOCK, moves the server's time, and resets.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedTestWorld } from '../../../tests/support/fixtures';
import { TEST_PASSWORD, useTestDatabase } from '../../../tests/support/test-database';
import { buildApp } from '../app';
import { loadConfig } from '../config';
import { createShiftedClock, createTestClock } from './clock';
import type { Db } from './db/database';
import type { App } from './http';

let db: Db;
const opened: App[] = [];

async function appWith(
  env: Record<string, string>,
  clock = createShiftedClock(createTestClock('2026-03-20T06:00:00Z')),
) {
  const app = await buildApp({ db, config: loadConfig({ LOG_LEVEL: 'silent', ...env }), clock });
  await app.ready();
  opened.push(app);
  return app;
}

beforeAll(async () => {
  ({ db } = await useTestDatabase());
  await seedTestWorld(db);
});

afterAll(async () => {
  for (const app of opened) await app.close();
});

describe('the test clock', () => {
  it('has no route without TEST_CLOCK=true', async () => {
    const app = await appWith({});
    for (const [method, url] of [
      ['GET', '/api/test/clock'],
      ['PUT', '/api/test/clock'],
      ['POST', '/api/test/clock/advance'],
      ['DELETE', '/api/test/clock'],
    ] as const) {
      const response = await app.inject({ method, url, payload: { hours: 1 } });
      expect(response.statusCode, `${method} ${url}`).toBe(404);
    }
  });

  it('with TEST_CLOCK=true is set, advanced by hours and by working days, and reset', async () => {
    const app = await appWith({ TEST_CLOCK: 'true' });
    const now = async () => (await app.inject({ method: 'GET', url: '/api/test/clock' })).json().now as string;
    expect(await now()).toBe('2026-03-20T06:00:00.000Z');

    const advanced = await app.inject({ method: 'POST', url: '/api/test/clock/advance', payload: { hours: 25 } });
    expect(advanced.json()).toEqual({ now: '2026-03-21T07:00:00.000Z' });

    await app.inject({ method: 'PUT', url: '/api/test/clock', payload: { now: '2026-03-20T06:00:00Z' } });
    // Friday 20 March 2026 (11:00 in Astana); Sat 21 and Sun 22 are the weekend, Mon 23 is Наурыз, Tue 24 and
    // Wed 25 are the days off carried from Наурыз on the weekend (DOMAIN.md §2): one working day on is Thu 26.
    const byWorkingDays = await app.inject({
      method: 'POST',
      url: '/api/test/clock/advance',
      payload: { workingDays: 1 },
    });
    expect(byWorkingDays.json()).toEqual({ now: '2026-03-26T06:00:00.000Z' });

    const refused = await app.inject({ method: 'POST', url: '/api/test/clock/advance', payload: {} });
    expect(refused.statusCode).toBe(400);

    const reset = await app.inject({ method: 'DELETE', url: '/api/test/clock' });
    expect(reset.json()).toEqual({ now: '2026-03-20T06:00:00.000Z' });
  });

  it('a session started while the clock stands in the past lives by Max-Age, not by an Expires date already gone', async () => {
    const app = await appWith({ TEST_CLOCK: 'true' }, createShiftedClock());
    await app.inject({ method: 'PUT', url: '/api/test/clock', payload: { now: '2020-01-06T06:00:00Z' } });
    const response = await app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { login: 'admin@test.kz', password: TEST_PASSWORD },
    });
    expect(response.statusCode).toBe(200);
    const cookie = response.cookies.find((c) => c.name === 'jumys_session');
    expect(cookie?.maxAge).toBe(12 * 3600);
    expect(cookie?.expires).toBeUndefined();
  });
});
