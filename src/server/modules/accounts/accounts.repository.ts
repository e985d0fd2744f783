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

export function findOrganisationByBin(db: DbOrTx, bin: string) {
  return db.selectFrom('organisations').select(['id', 'kind']).where('bin', '=', bin).executeTakeFirst();
}

export async function insertEmployerOrganisation(
  db: DbOrTx,
  o: { bin: string; nameKk: string; nameRu: string; region: string; createdAt: Date },
): Promise<string> {
  const row = await db
    .insertInto('organisations')
    .values({
      kind: 'employer',
      bin: o.bin,
      name_kk: o.nameKk,
      name_ru: o.nameRu,
      name_en: null,
      region: o.region,
      created_at: o.createdAt,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export async function insertEmployerUser(
  db: DbOrTx,
  u: {
    email: string;
    fullName: string;
    iin: string;
    organisationId: string;
    locale: 'kk' | 'ru' | 'en';
    passwordHash: string | null;
    rights: string[];
    emailConfirmedAt: Date | null;
    createdAt: Date;
  },
): Promise<string> {
  const row = await db
    .insertInto('users')
    .values({
      login: u.email,
      email: u.email,
      full_name: u.fullName,
      role: 'employer_representative',
      organisation_id: u.organisationId,
      iin: u.iin,
      locale: u.locale,
      password_hash: u.passwordHash,
      disabled_at: null,
      email_confirmed_at: u.emailConfirmedAt,
      rights: u.rights,
      created_at: u.createdAt,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export function findOrganisationNames(db: DbOrTx, organisationId: string) {
  return db
    .selectFrom('organisations')
    .select(['id', 'name_kk', 'name_ru', 'name_en'])
    .where('id', '=', organisationId)
    .executeTakeFirstOrThrow();
}

/** Holds the organisation's row until the transaction ends: changes to its users' rights happen one at a time. */
export async function lockOrganisation(db: DbOrTx, organisationId: string): Promise<void> {
  await db.selectFrom('organisations').select('id').where('id', '=', organisationId).forUpdate().execute();
}

export function listOrganisationUsers(db: DbOrTx, organisationId: string) {
  return db
    .selectFrom('users')
    .select(['id', 'full_name', 'email', 'rights', 'email_confirmed_at', 'disabled_at'])
    .where('organisation_id', '=', organisationId)
    .where('role', '=', 'employer_representative')
    .orderBy('created_at')
    .orderBy('id')
    .execute();
}

export function findOrganisationUser(db: DbOrTx, organisationId: string, userId: string) {
  return db
    .selectFrom('users')
    .select(['id', 'rights', 'disabled_at'])
    .where('id', '=', userId)
    .where('organisation_id', '=', organisationId)
    .where('role', '=', 'employer_representative')
    .executeTakeFirst();
}

export async function updateUserRights(db: DbOrTx, userId: string, rights: string[]): Promise<void> {
  await db.updateTable('users').set({ rights }).where('id', '=', userId).execute();
}

/** Users of the organisation who can still sign in and hold the right. */
export async function countUsersWithRight(db: DbOrTx, organisationId: string, right: string): Promise<number> {
  const row = await db
    .selectFrom('users')
    .select(sql<number>`count(*)::int`.as('n'))
    .where('organisation_id', '=', organisationId)
    .where('role', '=', 'employer_representative')
    .where('disabled_at', 'is', null)
    .where(sql<boolean>`${right} = any(rights)`)
    .executeTakeFirstOrThrow();
  return row.n;
}

export function listOpenInvitations(db: DbOrTx, organisationId: string, now: Date) {
  return db
    .selectFrom('account_links as l')
    .leftJoin('users as inviter', 'inviter.id', 'l.created_by')
    .select(['l.id', 'l.email', 'l.rights', 'l.created_at', 'l.expires_at', 'inviter.full_name as invited_by'])
    .where('l.purpose', '=', 'invitation')
    .where('l.organisation_id', '=', organisationId)
    .where('l.used_at', 'is', null)
    .where('l.expires_at', '>', now)
    .orderBy('l.created_at', 'desc')
    .orderBy('l.id')
    .execute();
}

/** An open invitation by its link, with the organisation's names: what the invitation page may show. */
export function findOpenInvitation(db: DbOrTx, tokenSha256: string, now: Date) {
  return db
    .selectFrom('account_links as l')
    .innerJoin('organisations as o', 'o.id', 'l.organisation_id')
    .select(['l.id', 'l.rights', 'o.name_kk', 'o.name_ru', 'o.name_en'])
    .where('l.purpose', '=', 'invitation')
    .where('l.token_sha256', '=', tokenSha256)
    .where('l.used_at', 'is', null)
    .where('l.expires_at', '>', now)
    .executeTakeFirst();
}

/** Closes an open invitation of the organisation (its link stops working); undefined when there is none to close. */
export function closeInvitation(db: DbOrTx, organisationId: string, invitationId: string, now: Date) {
  return db
    .updateTable('account_links')
    .set({ used_at: now })
    .where('id', '=', invitationId)
    .where('purpose', '=', 'invitation')
    .where('organisation_id', '=', organisationId)
    .where('used_at', 'is', null)
    .where('expires_at', '>', now)
    .returning(['id', 'email'])
    .executeTakeFirst();
}

/** A newer invitation to the same address replaces the open ones: only the latest letter works. */
export async function retireOpenInvitations(db: DbOrTx, organisationId: string, email: string, now: Date) {
  return db
    .updateTable('account_links')
    .set({ used_at: now })
    .where('purpose', '=', 'invitation')
    .where('organisation_id', '=', organisationId)
    .where(sql<string>`lower(email)`, '=', email.toLowerCase())
    .where('used_at', 'is', null)
    .returning('id')
    .execute();
}

/** Mail to an address that has no account yet (an invitation): kept or sent by the mail job like any other. */
export async function insertMailToAddress(
  db: DbOrTx,
  mail: { to: string; locale: 'kk' | 'ru' | 'en'; subject: string; body: string; createdAt: Date },
): Promise<string> {
  const row = await db
    .insertInto('outbound_mail')
    .values({
      user_id: null,
      to_address: mail.to,
      locale: mail.locale,
      subject: mail.subject,
      body: mail.body,
      status: 'pending',
      attempts: 0,
      last_error: null,
      sent_at: null,
      created_at: mail.createdAt,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}
