// SQL of the identity module: users, organisations and the current user's view of them.
import type { Locale } from '../../../shared/roles';
import type { DbOrTx } from '../../platform/db/database';

export function findUserByLogin(db: DbOrTx, login: string) {
  return db
    .selectFrom('users')
    .select(['id', 'login', 'password_hash', 'role', 'organisation_id', 'disabled_at', 'email_confirmed_at'])
    .where('login', '=', login)
    .executeTakeFirst();
}

export async function getCurrentUserView(db: DbOrTx, userId: string) {
  const row = await db
    .selectFrom('users')
    .leftJoin('organisations', 'organisations.id', 'users.organisation_id')
    .select([
      'users.id',
      'users.login',
      'users.full_name',
      'users.role',
      'users.locale',
      'organisations.id as org_id',
      'organisations.kind as org_kind',
      'organisations.name_kk',
      'organisations.name_ru',
      'organisations.name_en',
      'organisations.region',
    ])
    .where('users.id', '=', userId)
    .executeTakeFirstOrThrow();
  return {
    id: row.id,
    login: row.login,
    fullName: row.full_name,
    role: row.role,
    locale: row.locale,
    organisation: row.org_id
      ? {
          id: row.org_id,
          kind: row.org_kind!,
          name: { kk: row.name_kk!, ru: row.name_ru!, ...(row.name_en ? { en: row.name_en } : {}) },
          region: row.region!,
        }
      : null,
  };
}

export async function updateUserLocale(db: DbOrTx, userId: string, locale: Locale) {
  await db.updateTable('users').set({ locale }).where('id', '=', userId).execute();
}

export function findOrganisation(db: DbOrTx, id: string) {
  return db.selectFrom('organisations').selectAll().where('id', '=', id).executeTakeFirst();
}

export function listCentres(db: DbOrTx) {
  return db
    .selectFrom('organisations')
    .select(['id', 'name_kk', 'name_ru', 'name_en', 'region'])
    .where('kind', '=', 'centre')
    .orderBy('name_ru')
    .execute();
}
