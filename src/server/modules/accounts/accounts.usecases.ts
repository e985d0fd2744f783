// Joining on one's own: a job seeker registers and confirms the e-mail; anyone resets a forgotten password by e-mail.
import { createHash, randomBytes } from 'node:crypto';
import type { SeekerRegistrationRequest } from '../../../shared/api/accounts';
import { registerMessages } from '../../../shared/i18n/messages';
import { maskIdentifier } from '../../../shared/iin-bin';
import { type Locale, Role } from '../../../shared/roles';
import { appendAudit } from '../../platform/audit/audit';
import type { LoginThrottle } from '../../platform/auth/login-throttle';
import { hashPassword } from '../../platform/auth/passwords';
import { type Db, type DbOrTx, isUniqueViolation } from '../../platform/db/database';
import { notify } from '../../platform/notifications/notifications';
import { emailTaken, iinTaken, linkInvalid } from './accounts.errors';
import {
  consumeAccountLink,
  findUserByEmail,
  insertAccountLink,
  isIinTaken,
  isLoginTaken,
  retireOpenLinks,
} from './accounts.repository';
import { accountTemplates } from './accounts.templates';

for (const locale of ['kk', 'ru', 'en'] as const) registerMessages(locale, accountTemplates[locale]);

export const EMAIL_CONFIRMATION_TTL_MS = 24 * 60 * 60_000;
export const PASSWORD_RESET_TTL_MS = 60 * 60_000;

export type AccountDeps = { db: Db; now: Date; publicUrl: string };

/** A link's secret: 32 random bytes in base64url; only its SHA-256 is stored. */
export function newLinkToken(): { token: string; sha256: string } {
  const token = randomBytes(32).toString('base64url');
  return { token, sha256: hashLinkToken(token) };
}

export function hashLinkToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/** The token travels in the fragment, which browsers never send to a server or in a Referer. */
export function linkUrl(publicUrl: string, page: string, token: string): string {
  return `${publicUrl.replace(/\/$/, '')}/${page}#token=${token}`;
}

const linkPages = { email_confirmation: 'confirm-email', password_reset: 'reset-password' } as const;

/**
 * A one-time link for a user and the e-mail that carries it, in the caller's transaction: only the token's SHA-256 is
 * stored; the token itself travels in the mail (as {{link}} in the template) and nowhere else.
 */
export async function mailUserLink(
  tx: DbOrTx,
  input: {
    purpose: keyof typeof linkPages;
    userId: string;
    ttlMs: number;
    publicUrl: string;
    now: Date;
    template: string;
    params: Record<string, string | number>;
  },
): Promise<void> {
  const { now } = input;
  const link = newLinkToken();
  await insertAccountLink(tx, {
    purpose: input.purpose,
    tokenSha256: link.sha256,
    userId: input.userId,
    createdAt: now,
    expiresAt: new Date(now.getTime() + input.ttlMs),
  });
  await notify(tx, {
    userId: input.userId,
    template: input.template,
    params: { ...input.params, link: linkUrl(input.publicUrl, linkPages[input.purpose], link.token) },
    now,
    inbox: false,
  });
}

/**
 * A job seeker's account with an unconfirmed e-mail and the one-time link that confirms it, in the caller's
 * transaction: self-registration with a password and joining by ЭЦП (no password) both make it this way.
 */
export async function createSeekerAccount(
  tx: DbOrTx,
  input: {
    email: string;
    fullName: string;
    iin: string;
    locale: Locale;
    passwordHash: string | null;
    publicUrl: string;
    now: Date;
    /** How the person joined, for the audit trail. */
    method: 'password' | 'ecp';
    auditDetails?: Record<string, unknown>;
  },
): Promise<string> {
  const { now } = input;
  const user = await tx
    .insertInto('users')
    .values({
      login: input.email,
      email: input.email,
      full_name: input.fullName,
      role: Role.jobSeeker,
      organisation_id: null,
      iin: input.iin,
      locale: input.locale,
      password_hash: input.passwordHash,
      disabled_at: null,
      email_confirmed_at: null,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await mailUserLink(tx, {
    purpose: 'email_confirmation',
    userId: user.id,
    ttlMs: EMAIL_CONFIRMATION_TTL_MS,
    publicUrl: input.publicUrl,
    now,
    template: 'account.confirm_email',
    params: { name: input.fullName, hours: 24 },
  });
  await appendAudit(tx, {
    at: now,
    actorId: user.id,
    actorRole: Role.jobSeeker,
    action: 'accounts.seeker_registered',
    subjectType: 'user',
    subjectId: user.id,
    details: { method: input.method, iin: maskIdentifier(input.iin), ...input.auditDetails },
  });
  return user.id;
}

export async function registerSeeker(deps: AccountDeps, input: SeekerRegistrationRequest): Promise<void> {
  const { db, now } = deps;
  if (await isIinTaken(db, input.iin)) throw iinTaken();
  if (await isLoginTaken(db, input.email)) throw emailTaken();
  const passwordHash = await hashPassword(input.password);
  try {
    await db
      .transaction()
      .execute((tx) =>
        createSeekerAccount(tx, { ...input, passwordHash, publicUrl: deps.publicUrl, now, method: 'password' }),
      );
  } catch (error) {
    // Two registrations racing for one IIN or e-mail: the database's unique index decides, the loser hears why.
    if (isUniqueViolation(error)) {
      if (await isIinTaken(db, input.iin)) throw iinTaken();
      throw emailTaken();
    }
    throw error;
  }
}

export async function confirmEmail(deps: Pick<AccountDeps, 'db' | 'now'>, token: string): Promise<void> {
  const { db, now } = deps;
  await db.transaction().execute(async (tx) => {
    const link = await consumeAccountLink(tx, 'email_confirmation', hashLinkToken(token), now);
    if (!link?.user_id) throw linkInvalid();
    // A seeker who registered, or an employer's first user who joined by ЭЦП.
    const user = await tx
      .updateTable('users')
      .set({ email_confirmed_at: now })
      .where('id', '=', link.user_id)
      .returning(['role', 'organisation_id'])
      .executeTakeFirstOrThrow();
    await appendAudit(tx, {
      at: now,
      actorId: link.user_id,
      actorRole: user.role,
      action: 'accounts.email_confirmed',
      subjectType: 'user',
      subjectId: link.user_id,
      organisationId: user.organisation_id,
    });
  });
}

/** Always answers the same, whether or not the address is known, so it cannot be used to find accounts. */
export async function requestPasswordReset(
  deps: AccountDeps & { throttle: LoginThrottle },
  input: { email: string; ip: string },
): Promise<void> {
  const { db, now, throttle } = deps;
  const keys = [`reset:${input.ip}`, `reset:${input.email}`];
  await throttle.assertAllowed(keys);
  // Each request counts: five in the window from one address or for one e-mail, then 429 until it passes.
  await throttle.recordFailure(keys);
  const user = await findUserByEmail(db, input.email);
  if (!user || user.disabled_at) return;
  await db.transaction().execute(async (tx) => {
    await retireOpenLinks(tx, user.id, 'password_reset', now);
    await mailUserLink(tx, {
      purpose: 'password_reset',
      userId: user.id,
      ttlMs: PASSWORD_RESET_TTL_MS,
      publicUrl: deps.publicUrl,
      now,
      template: 'account.password_reset',
      params: { minutes: 60 },
    });
    await appendAudit(tx, {
      at: now,
      actorId: null,
      actorRole: null,
      action: 'accounts.password_reset_requested',
      subjectType: 'user',
      subjectId: user.id,
      organisationId: user.organisation_id,
    });
  });
}

/** Sets the new password and ends every session of the account: whoever knew the old one is signed out. */
export async function completePasswordReset(
  deps: Pick<AccountDeps, 'db' | 'now'>,
  input: { token: string; password: string },
): Promise<void> {
  const { db, now } = deps;
  const passwordHash = await hashPassword(input.password);
  await db.transaction().execute(async (tx) => {
    const link = await consumeAccountLink(tx, 'password_reset', hashLinkToken(input.token), now);
    if (!link?.user_id) throw linkInvalid();
    // Receiving the link proves the mailbox, so an unconfirmed account becomes confirmed too.
    const user = await tx
      .updateTable('users')
      .set({ password_hash: passwordHash, email_confirmed_at: now })
      .where('id', '=', link.user_id)
      .returning(['id', 'role', 'organisation_id'])
      .executeTakeFirstOrThrow();
    await tx.deleteFrom('sessions').where('user_id', '=', user.id).execute();
    await appendAudit(tx, {
      at: now,
      actorId: user.id,
      actorRole: user.role,
      action: 'accounts.password_reset',
      subjectType: 'user',
      subjectId: user.id,
      organisationId: user.organisation_id,
    });
  });
}
