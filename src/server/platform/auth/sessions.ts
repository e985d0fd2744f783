// Server-side sessions: a random token in an HTTP-only cookie, its SHA-256 in the database.
import { createHash, randomBytes } from 'node:crypto';
import type { FastifyReply } from 'fastify';
import { appendAudit } from '../audit/audit';
import type { Db, DbOrTx } from '../db/database';
import type { SessionUser } from './access';
import type { LoginThrottle } from './login-throttle';

export const SESSION_COOKIE = 'jumys_session';

export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('base64url');
}

export async function createSession(db: DbOrTx, userId: string, now: Date, ttlMs: number) {
  const token = randomBytes(32).toString('base64url');
  const csrfToken = randomBytes(24).toString('base64url');
  const expiresAt = new Date(now.getTime() + ttlMs);
  await db
    .insertInto('sessions')
    .values({ id: hashToken(token), user_id: userId, csrf_token: csrfToken, created_at: now, expires_at: expiresAt })
    .execute();
  return { token, csrfToken, expiresAt, maxAgeSeconds: Math.floor(ttlMs / 1000) };
}

export async function findSessionUser(db: Db, token: string, now: Date): Promise<SessionUser | null> {
  const row = await db
    .selectFrom('sessions')
    .innerJoin('users', 'users.id', 'sessions.user_id')
    .leftJoin('organisations', 'organisations.id', 'users.organisation_id')
    .select([
      'sessions.id as sessionId',
      'sessions.csrf_token as csrfToken',
      'sessions.expires_at as expiresAt',
      'users.id',
      'users.login',
      'users.full_name as fullName',
      'users.role',
      'users.locale',
      'users.organisation_id as organisationId',
      'users.disabled_at as disabledAt',
      'users.rights',
      'organisations.kind as organisationKind',
    ])
    .where('sessions.id', '=', hashToken(token))
    .executeTakeFirst();
  if (!row || row.expiresAt <= now || row.disabledAt) return null;
  const { expiresAt: _e, disabledAt: _d, ...user } = row;
  return { ...user, organisationKind: user.organisationKind ?? null };
}

export async function deleteSession(db: DbOrTx, sessionId: string): Promise<void> {
  await db.deleteFrom('sessions').where('id', '=', sessionId).execute();
}

export async function deleteExpiredSessions(db: DbOrTx, now: Date): Promise<number> {
  const result = await db.deleteFrom('sessions').where('expires_at', '<=', now).executeTakeFirst();
  return Number(result.numDeletedRows);
}

/** Signs a user in, whatever proved who they are: the session and its `auth.login` audit entry in one transaction. */
export async function startSession(
  db: Db,
  input: {
    user: { id: string; role: string; organisation_id: string | null };
    now: Date;
    ttlMs: number;
    details: Record<string, unknown>;
  },
) {
  const { user, now } = input;
  return db.transaction().execute(async (tx) => {
    const session = await createSession(tx, user.id, now, input.ttlMs);
    await appendAudit(tx, {
      at: now,
      actorId: user.id,
      actorRole: user.role,
      action: 'auth.login',
      subjectType: 'user',
      subjectId: user.id,
      organisationId: user.organisation_id,
      details: input.details,
    });
    return { userId: user.id, ...session };
  });
}

/**
 * The session cookie: HTTP-only, SameSite=Lax (links from e-mail still work), Secure behind HTTPS. Its lifetime is
 * Max-Age, counted by the browser from now: an Expires date from a server whose clock differs (a journey's moved test
 * clock) would make the browser drop the cookie at once.
 */
export function setSessionCookie(
  reply: FastifyReply,
  session: { token: string; maxAgeSeconds: number },
  secure: boolean,
): void {
  reply.setCookie(SESSION_COOKIE, session.token, {
    path: '/',
    httpOnly: true,
    sameSite: 'lax',
    secure,
    maxAge: session.maxAgeSeconds,
  });
}

/** A refused sign-in, however it was tried: counted by the throttle and written to the audit trail. */
export async function recordFailedLogin(
  db: Db,
  throttle: LoginThrottle,
  input: {
    keys: string[];
    user: { id: string; role: string; organisation_id: string | null } | undefined;
    now: Date;
    details: Record<string, unknown>;
  },
): Promise<void> {
  const { user } = input;
  await throttle.recordFailure(input.keys);
  await appendAudit(db, {
    at: input.now,
    actorId: user?.id ?? null,
    actorRole: user?.role ?? null,
    action: 'auth.login_failed',
    subjectType: 'user',
    subjectId: user?.id ?? 'unknown',
    organisationId: user?.organisation_id ?? null,
    details: input.details,
  });
}
