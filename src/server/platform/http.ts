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
import { type Locale, locales } from '../../shared/roles';
import { type Access, isAllowed, type SessionUser } from './auth/access';
import { findSessionUser, SESSION_COOKIE } from './auth/sessions';
import type { Clock } from './clock';
import type { Db } from './db/database';
import { DomainError, domainErrorFrom, sendProblem } from './errors';

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
}

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

/** Fastify 404 and errors as problem+json; a route-level failure never shows a stack trace. */
export function installHttpPipeline(app: App, deps: { db: Db; clock: Clock }) {
  app.decorateRequest('user', null);
  app.decorateRequest('locale', 'ru');

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
      if (origin && new URL(origin).host !== request.headers.host) throw new DomainError('auth.csrf_failed');
    }
  });

  app.setErrorHandler((error, request, reply) => {
    const domainError = domainErrorFrom(error);
    if (domainError.status >= 500) request.log.error({ err: error }, 'request failed');
    return sendProblem(request, reply, domainError);
  });

  app.setNotFoundHandler((request, reply) => sendProblem(request, reply, new DomainError('http.not_found')));
}
