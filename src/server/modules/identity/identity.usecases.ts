// Sign-in and sign-out, each recorded in the audit trail.

import { appendAudit } from '../../platform/audit/audit';
import type { SessionUser } from '../../platform/auth/access';
import type { LoginThrottle } from '../../platform/auth/login-throttle';
import { verifyPassword } from '../../platform/auth/passwords';
import { deleteSession, recordFailedLogin, startSession } from '../../platform/auth/sessions';
import type { Db } from '../../platform/db/database';
import { DomainError } from '../../platform/errors';
import { findUserByLogin } from './identity.repository';

export type LoginDeps = { db: Db; throttle: LoginThrottle; now: Date; sessionTtlMs: number };

export async function logInWithPassword(deps: LoginDeps, input: { login: string; password: string; ip: string }) {
  const { db, throttle, now } = deps;
  const keys = [`login:${input.login}`, `ip:${input.ip}`];
  await throttle.assertAllowed(keys);

  const user = await findUserByLogin(db, input.login);
  const valid = await verifyPassword(user?.password_hash ?? null, input.password);
  if (!user || !valid || user.disabled_at) {
    await recordFailedLogin(db, throttle, {
      keys,
      user,
      now,
      details: { reason: !user ? 'unknown_login' : user.disabled_at ? 'disabled' : 'wrong_password' },
    });
    throw new DomainError('auth.invalid_credentials');
  }
  await throttle.clear(`login:${input.login}`);
  // Only after the password is right, so the answer tells nothing to someone guessing.
  if (user.email_confirmed_at === null) throw new DomainError('auth.email_not_confirmed');
  return startSession(db, { user, now, ttlMs: deps.sessionTtlMs, details: { method: 'password' } });
}

export async function logOut(db: Db, user: SessionUser, now: Date) {
  await db.transaction().execute(async (tx) => {
    await deleteSession(tx, user.sessionId);
    await appendAudit(tx, {
      at: now,
      actorId: user.id,
      actorRole: user.role,
      action: 'auth.logout',
      subjectType: 'user',
      subjectId: user.id,
      organisationId: user.organisationId,
    });
  });
}
