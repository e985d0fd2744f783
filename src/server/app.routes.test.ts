// Route authorization by enumeration: every route declares who may call it, and the pipeline enforces it.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedTestWorld } from '../../tests/support/fixtures';
import { buildTestApp, type Caller, logIn } from '../../tests/support/test-app';
import { useTestDatabase } from '../../tests/support/test-database';
import { allRoles, type Role } from '../shared/roles';
import { access } from './platform/auth/access';
import type { Db } from './platform/db/database';
import { type App, listRoutes, type RouteEntry } from './platform/http';

let db: Db;
let app: App;
const callers = new Map<Role, Caller>();

const loginOfRole: Record<Role, string> = {
  employer_representative: 'employer.a@test.kz',
  job_seeker: 'seeker@test.kz',
  employer_relations_specialist: 'specialist.astana@test.kz',
  employment_assistance_specialist: 'assistance.astana@test.kz',
  centre_head: 'head.astana@test.kz',
  labour_market_analyst: 'analyst.astana@test.kz',
  administrator: 'admin@test.kz',
};

/** A URL that reaches the route: path parameters get plausible values, wildcards a plain segment. */
function urlOf(route: RouteEntry): string {
  return route.url
    .replace(/:code\b/g, 'B03')
    .replace(/:\w+/g, () => randomUUID())
    .replace(/\*/g, 'x');
}

const apiRoutes = () => listRoutes(app).filter((r) => r.url.startsWith('/api/'));
const guardedRoutes = () => apiRoutes().filter((r) => r.access?.kind !== 'public');

beforeAll(async () => {
  ({ db } = await useTestDatabase());
  await seedTestWorld(db);
  ({ app } = await buildTestApp(db));
  for (const role of allRoles) callers.set(role, await logIn(app, loginOfRole[role]));
});

afterAll(async () => {
  await app.close();
});

describe('route authorization', () => {
  it('collects every registered route, the module routes and the API docs among them', () => {
    const keys = listRoutes(app).map((r) => `${r.method} ${r.url}`);
    expect(keys).toEqual(
      expect.arrayContaining([
        'GET /healthz',
        'GET /api/session',
        'POST /api/auth/login',
        'POST /api/auth/logout',
        'PUT /api/me/locale',
        'GET /api/organisations/:id',
        'GET /api/notifications',
        'POST /api/notifications/:id/read',
        'GET /api/processes/:code',
        'GET /api/audit/history',
        'GET /api/admin/mail',
        'GET /api/docs/json',
      ]),
    );
  });

  it('every route declares its access rule', () => {
    const undeclared = listRoutes(app).filter((r) => r.access === undefined);
    expect(undeclared.map((r) => `${r.method} ${r.url}`)).toEqual([]);
  });

  it('every non-public /api route answers 401 problem+json to an anonymous caller', async () => {
    const routes = guardedRoutes();
    expect(routes.length).toBeGreaterThanOrEqual(8);
    for (const route of routes) {
      const response = await app.inject({ method: route.method as 'GET', url: urlOf(route), payload: {} });
      const where = `${route.method} ${route.url}`;
      expect(response.statusCode, where).toBe(401);
      expect(response.headers['content-type'], where).toMatch(/^application\/problem\+json/);
      if (route.method !== 'HEAD') expect(response.json().code, where).toBe('auth.unauthenticated');
    }
  });

  it('every roles-restricted route answers 403 problem+json to each signed-in role it does not list', async () => {
    const restricted = guardedRoutes().filter((r) => r.access?.kind === 'roles');
    expect(restricted.map((r) => r.url)).toEqual(expect.arrayContaining(['/api/admin/mail', '/api/audit/history']));
    for (const route of restricted) {
      const listed = route.access?.kind === 'roles' ? route.access.roles : [];
      const refused = allRoles.filter((role) => !listed.includes(role));
      expect(refused, `${route.url} refuses somebody`).not.toEqual([]);
      for (const role of refused) {
        const response = await app.inject({
          method: route.method as 'GET',
          url: urlOf(route),
          headers: callers.get(role)!.headers,
          payload: {},
        });
        const where = `${route.method} ${route.url} as ${role}`;
        expect(response.statusCode, where).toBe(403);
        expect(response.headers['content-type'], where).toMatch(/^application\/problem\+json/);
        if (route.method !== 'HEAD') expect(response.json().code, where).toBe('auth.forbidden');
      }
    }
  });

  it('the job seeker in particular is refused by every route restricted to other roles', async () => {
    const seeker = callers.get('job_seeker')!;
    const restricted = guardedRoutes().filter(
      (r) => r.access?.kind === 'roles' && !r.access.roles.includes('job_seeker'),
    );
    expect(restricted.length).toBeGreaterThan(0);
    for (const route of restricted) {
      const response = await app.inject({ method: route.method as 'GET', url: urlOf(route), headers: seeker.headers });
      expect(response.statusCode, `${route.method} ${route.url}`).toBe(403);
    }
  });

  it('a route that forgets its access rule fails closed with 403', async () => {
    const { app: leaky } = await buildTestApp(db, {
      routes: (a) => {
        a.get('/api/test/undeclared', async () => ({ secret: 'leaked' }));
        a.get('/api/test/declared', { config: { access: access.public } }, async () => ({ ok: true }));
      },
    });
    try {
      expect(listRoutes(leaky).find((r) => r.url === '/api/test/undeclared')?.access).toBeUndefined();
      const refused = await leaky.inject({ method: 'GET', url: '/api/test/undeclared' });
      expect(refused.statusCode).toBe(403);
      expect(refused.json().code).toBe('auth.forbidden');
      expect(refused.body).not.toContain('leaked');
      const allowed = await leaky.inject({ method: 'GET', url: '/api/test/declared' });
      expect(allowed.json()).toEqual({ ok: true });
    } finally {
      await leaky.close();
    }
  });
});
