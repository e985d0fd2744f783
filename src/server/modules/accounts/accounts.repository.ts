// The SQL of accounts: one-time links, consumed by a compare-and-set so a link works exactly once.
import { sql } from 'kysely';
import type { DbOrTx } from '../../platform/db/database';
import type { AccountLinkPurpose } from './accounts.tables';

export async function insertAccountLink(
  db: DbOrTx,
  link: {
    purpose: AccountLinkPurpose;
    tokenSha256: string;
    userId: string | null;
    organisationId?: string | null;
    email?: string | null;
    rights?: string[];
    createdBy?: string | null;
    createdAt: Date;
    expiresAt: Date;
  },
): Promise<string> {
  const row = await db
    .insertInto('account_links')
    .values({
      purpose: link.purpose,
      token_sha256: link.tokenSha256,
      user_id: link.userId,
      organisation_id: link.organisationId ?? null,
      email: link.email ?? null,
      rights: link.rights ?? [],
      created_by: link.createdBy ?? null,
      created_at: link.createdAt,
      expires_at: link.expiresAt,
      used_at: null,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

/** Marks the link used if it is unused and unexpired; returns it, or undefined when it cannot be used. */
export async function consumeAccountLink(db: DbOrTx, purpose: AccountLinkPurpose, tokenSha256: string, now: Date) {
  return db
    .updateTable('account_links')
    .set({ used_at: now })
    .where('purpose', '=', purpose)
    .where('token_sha256', '=', tokenSha256)
    .where('used_at', 'is', null)
    .where('expires_at', '>', now)
    .returning(['id', 'user_id', 'organisation_id', 'email', 'rights'])
    .executeTakeFirst();
}

/** A new link makes the older unused ones of the same purpose useless: only the latest mail works. */
export async function retireOpenLinks(db: DbOrTx, userId: string, purpose: AccountLinkPurpose, now: Date) {
  await db
    .updateTable('account_links')
    .set({ used_at: now })
    .where('user_id', '=', userId)
    .where('purpose', '=', purpose)
    .where('used_at', 'is', null)
    .execute();
}

export function findUserByEmail(db: DbOrTx, email: string) {
  return db
    .selectFrom('users')
    .select(['id', 'login', 'email', 'role', 'disabled_at', 'email_confirmed_at', 'organisation_id'])
    .where(sql<string>`lower(email)`, '=', email.toLowerCase())
    .executeTakeFirst();
}

export async function isIinTaken(db: DbOrTx, iin: string): Promise<boolean> {
  const row = await db.selectFrom('users').select('id').where('iin', '=', iin).executeTakeFirst();
  return row !== undefined;
}

export async function isLoginTaken(db: DbOrTx, login: string): Promise<boolean> {
  const row = await db
    .selectFrom('users')
    .select('id')
    .where((eb) => eb.or([eb('login', '=', login), eb(sql<string>`lower(email)`, '=', login)]))
    .executeTakeFirst();
  return row !== undefined;
}
