// Session, sign-in, sign-out, language preference and the organisations a user may see.
import { z } from 'zod';
import { loginRequest, sessionResponse, updateLocaleRequest } from '../../../shared/api/auth';
import { binSchema, idParams, localizedText } from '../../../shared/api/common';
import type { AppDeps } from '../../app';
import { access, centreIdOf, employerIdOf, type SessionUser } from '../../platform/auth/access';
import { SESSION_COOKIE, setSessionCookie } from '../../platform/auth/sessions';
import { notFound } from '../../platform/errors';
import type { App } from '../../platform/http';
import { findOrganisation, getCurrentUserView, listCentres, updateUserLocale } from './identity.repository';
import { logInWithPassword, logOut } from './identity.usecases';

const organisationResponse = z.object({
  id: z.uuid(),
  kind: z.enum(['employer', 'centre']),
  bin: binSchema,
  name: localizedText,
  region: z.string(),
});

/** Staff see their own centre and every employer; employer users their own organisation only. */
function canSeeOrganisation(user: SessionUser, organisation: { id: string; kind: string }): boolean {
  if (user.role === 'administrator') return true;
  if (centreIdOf(user)) return organisation.kind === 'employer' || organisation.id === centreIdOf(user);
  if (employerIdOf(user)) return organisation.id === employerIdOf(user);
  return false;
}

const centreListResponse = z.object({
  items: z.array(z.object({ id: z.uuid(), name: localizedText, region: z.string() })),
});

export function registerIdentityRoutes(app: App, deps: AppDeps) {
  const { db, clock, config, throttle } = deps;

  // The employment centres (ЦТМ / КЦ) an employer may send an application to: public, as on any portal.
  app.get(
    '/api/centres',
    { config: { access: access.public }, schema: { tags: ['identity'], response: { 200: centreListResponse } } },
    async () => ({
      items: (await listCentres(db)).map((c) => ({
        id: c.id,
        name: { kk: c.name_kk, ru: c.name_ru, ...(c.name_en ? { en: c.name_en } : {}) },
        region: c.region,
      })),
    }),
  );

  app.get(
    '/api/session',
    { config: { access: access.public }, schema: { tags: ['identity'], response: { 200: sessionResponse } } },
    async (request) => ({
      user: request.user ? await getCurrentUserView(db, request.user.id) : null,
      csrfToken: request.user?.csrfToken ?? null,
    }),
  );

  app.post(
    '/api/auth/login',
    {
      config: { access: access.public },
      schema: { tags: ['identity'], body: loginRequest, response: { 200: sessionResponse } },
    },
    async (request, reply) => {
      const session = await logInWithPassword(
        { db, throttle, now: clock.now(), sessionTtlMs: config.sessionTtlMs },
        { ...request.body, ip: request.ip },
      );
      setSessionCookie(reply, session, config.secureCookies);
      return { user: await getCurrentUserView(db, session.userId), csrfToken: session.csrfToken };
    },
  );

  app.post(
    '/api/auth/logout',
    { config: { access: access.authenticated }, schema: { tags: ['identity'] } },
    async (request, reply) => {
      await logOut(db, request.user!, clock.now());
      reply.clearCookie(SESSION_COOKIE, { path: '/' });
      return reply.status(204).send();
    },
  );

  app.put(
    '/api/me/locale',
    { config: { access: access.authenticated }, schema: { tags: ['identity'], body: updateLocaleRequest } },
    async (request, reply) => {
      await updateUserLocale(db, request.user!.id, request.body.locale);
      return reply.status(204).send();
    },
  );

  app.get(
    '/api/organisations/:id',
    {
      config: { access: access.authenticated },
      schema: { tags: ['identity'], params: idParams, response: { 200: organisationResponse } },
    },
    async (request) => {
      const organisation = await findOrganisation(db, request.params.id);
      if (!organisation || !canSeeOrganisation(request.user!, organisation)) throw notFound();
      return {
        id: organisation.id,
        kind: organisation.kind,
        bin: organisation.bin,
        name: {
          kk: organisation.name_kk,
          ru: organisation.name_ru,
          ...(organisation.name_en ? { en: organisation.name_en } : {}),
        },
        region: organisation.region,
      };
    },
  );
}
