// The HTTP pipeline every route goes through: request id, session, language, access rule, CSRF, problem+json, one log line.
import { randomUUID } from 'node:crypto';
import {
  type FastifyBaseLogger,
  type FastifyInstance,
  type FastifyReply,
  type FastifyRequest,
  LogController,
  type RawReplyDefaultExpression,
  type RawRequestDefaultExpression,
  type RawServerDefault,
} from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { z } from 'zod';
import { type Locale, locales } from '../../shared/roles';
import { type Access, isAllowed, type SessionUser } from './auth/access';
import { findSessionUser, SESSION_COOKIE } from './auth/sessions';
import type { Clock } from './clock';
import type { Db } from './db/database';
import { DomainError, domainErrorFrom, sendProblem } from './errors';
import { futureBirthDateErrors } from './iin-birth-dates';

export type App = FastifyInstance<
  RawServerDefault,
  RawRequestDefaultExpression,
  RawReplyDefaultExpression,
  FastifyBaseLogger,
  ZodTypeProvider
>;

declare module 'fastify' {
  interface FastifyContextConfig {
    /** Required on every route; the route-enumeration test fails on any route without it. */
    access?: Access;
  }
  interface FastifyRequest {
    user: SessionUser | null;
    locale: Locale;
  }
  interface FastifyInstance {
    routeTable: RouteEntry[];
  }
}

/** One registered route and the access rule it declared (undefined means it forgot). */
export type RouteEntry = { method: string; url: string; access: Access | undefined };

const UNSAFE_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

export function requestId(request: { headers: Record<string, string | string[] | undefined> }): string {
  const incoming = request.headers['x-request-id'];
  return typeof incoming === 'string' && /^[\w-]{8,64}$/.test(incoming) ? incoming : randomUUID();
}

function localeFromHeader(header: string | undefined): Locale | null {
  if (!header) return null;
  for (const part of header.split(',')) {
    const tag = part.split(';')[0]?.trim().slice(0, 2).toLowerCase();
    if (tag && (locales as readonly string[]).includes(tag)) return tag as Locale;
  }
  return null;
}

/** One JSON line per request: the route and path only (queries may carry an IIN), the user's id never their name. */
export class RequestLogController extends LogController {
  override incomingRequest(): void {}

  override requestCompleted(error: Error | null | undefined, request: FastifyRequest, reply: FastifyReply): void {
    const line = {
      method: request.method,
      route: request.routeOptions.url ?? null,
      path: request.url.split('?')[0],
      status: reply.statusCode,
      ms: Math.round(reply.elapsedTime),
      userId: request.user?.id ?? null,
    };
    if (error) request.log.error({ ...line, err: error }, 'request');
    else request.log.info(line, 'request');
  }
}

/** The host of an Origin header; null for an opaque origin ("null") or one that is not a URL. */
function originHost(origin: string): string | null {
  try {
    return new URL(origin).host;
  } catch {
    return null;
  }
}

/** Records every route registered after this call; install it before any plugin that adds routes. */
export function recordRouteTable(app: App): void {
  app.decorate('routeTable', []);
  app.addHook('onRoute', (route) => {
    for (const method of [route.method].flat()) {
      app.routeTable.push({ method, url: route.url, access: route.config?.access });
    }
  });
}

/** Every route of the app with its access rule, for the route-authorization tests. */
export function listRoutes(app: App): readonly RouteEntry[] {
  return app.routeTable;
}

/** Fastify 404 and errors as problem+json; a route-level failure never shows a stack trace. */
export function installHttpPipeline(app: App, deps: { db: Db; clock: Clock }) {
  app.decorateRequest('user', null);
  app.decorateRequest('locale', 'ru');
  // The API speaks JSON only: a text/plain body (which a foreign page may post without a preflight) answers 415.
  app.removeContentTypeParser('text/plain');

  app.addHook('onRequest', async (request, reply) => {
    reply.header('x-request-id', request.id);
    const token = request.cookies[SESSION_COOKIE];
    request.user = token ? await findSessionUser(deps.db, token, deps.clock.now()) : null;
    request.locale = localeFromHeader(request.headers['accept-language']) ?? request.user?.locale ?? 'ru';

    const rule = request.routeOptions.config.access;
    if (!rule) {
      // Only the not-found handler has no route; any other undeclared route fails closed.
      if (request.is404) return;
      request.log.error({ route: request.routeOptions.url }, 'route without an access declaration');
      throw new DomainError('auth.forbidden');
    }
    const verdict = isAllowed(rule, request.user);
    if (verdict === 'unauthenticated') throw new DomainError(token ? 'auth.session_expired' : 'auth.unauthenticated');
    if (verdict === 'forbidden') throw new DomainError('auth.forbidden');

    if (UNSAFE_METHODS.has(request.method)) {
      if (request.user && request.headers['x-csrf-token'] !== request.user.csrfToken) {
        throw new DomainError('auth.csrf_failed');
      }
      const origin = request.headers.origin;
      if (origin && originHost(origin) !== request.headers.host) throw new DomainError('auth.csrf_failed');
    }
  });

  // After zod: an IIN's birth date must have come by the injected clock's today, which the shared schema cannot know.
  app.addHook('preHandler', async (request) => {
    const schema = request.routeOptions.schema?.body as z.ZodType | undefined;
    if (!schema || request.body === undefined || typeof schema !== 'object' || !('_zod' in schema)) return;
    const errors = futureBirthDateErrors(schema, request.body, deps.clock.now());
    if (errors.length > 0) throw new DomainError('validation.failed', {}, errors);
  });

  app.setErrorHandler((error, request, reply) => {
    const domainError = domainErrorFrom(error, request);
    if (domainError.status >= 500) request.log.error({ err: error }, 'request failed');
    return sendProblem(request, reply, domainError);
  });

  app.setNotFoundHandler((request, reply) => sendProblem(request, reply, new DomainError('http.not_found')));
}
