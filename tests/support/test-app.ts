// Builds the app on the worker's test database with a movable clock, and signs users in through the real login route.
import { buildApp } from '../../src/server/app';
import { loadConfig } from '../../src/server/config';
import { createTestClock } from '../../src/server/platform/clock';
import type { Db } from '../../src/server/platform/db/database';
import type { App } from '../../src/server/platform/http';
import type { AnyWorkflow } from '../../src/server/platform/workflow/workflow';
import { TEST_PASSWORD } from './test-database';

export type TestApp = { app: App; clock: ReturnType<typeof createTestClock> };

export type TestAppOptions = {
  workflows?: AnyWorkflow[];
  now?: string;
  /** Extra routes a test registers before the app is sealed (each still needs `config: { access }`). */
  routes?: (app: App) => void;
};

export async function buildTestApp(db: Db, options: TestAppOptions = {}): Promise<TestApp> {
  const clock = createTestClock(options.now ?? '2026-03-02T05:00:00Z');
  const app = await buildApp({
    db,
    config: loadConfig({ LOG_LEVEL: 'silent' }),
    clock,
    ...(options.workflows ? { workflows: options.workflows } : {}),
  });
  options.routes?.(app);
  await app.ready();
  return { app, clock };
}

export type Caller = { cookie: string; csrfToken: string; headers: Record<string, string> };

/** Problem+json answer: status, content type and the stable code. */
export function problemOf(response: { statusCode: number; headers: Record<string, unknown>; json: () => unknown }) {
  return {
    status: response.statusCode,
    contentType: String(response.headers['content-type'] ?? ''),
    body: response.json() as { code: string; status: number; detail?: string; title: string; errors?: unknown[] },
  };
}

export async function logIn(app: App, login: string, password = TEST_PASSWORD): Promise<Caller> {
  const response = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { login, password } });
  if (response.statusCode !== 200) throw new Error(`login as ${login} failed: ${response.statusCode} ${response.body}`);
  const cookie = response.cookies.find((c) => c.name === 'jumys_session');
  const csrfToken = response.json().csrfToken as string;
  const cookieHeader = `jumys_session=${cookie!.value}`;
  return { cookie: cookieHeader, csrfToken, headers: { cookie: cookieHeader, 'x-csrf-token': csrfToken } };
}
