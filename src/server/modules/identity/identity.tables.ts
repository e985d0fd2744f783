// Organisations (employers and employment centres), users and their sessions.
import type { ColumnType, Generated } from 'kysely';
import type { Locale, Role } from '../../../shared/roles';
import type { CreatedAt, GeneratedId, Timestamp } from '../../platform/db/column-types';

export type OrganisationKind = 'employer' | 'centre';

export type OrganisationsTable = {
  id: GeneratedId;
  kind: OrganisationKind;
  bin: string;
  name_kk: string;
  name_ru: string;
  name_en: string | null;
  region: string;
  created_at: CreatedAt;
};

export type UsersTable = {
  id: GeneratedId;
  login: string;
  email: string | null;
  password_hash: string | null;
  full_name: string;
  iin: string | null;
  role: Role;
  organisation_id: string | null;
  locale: Generated<Locale>;
  disabled_at: Timestamp | null;
  created_at: CreatedAt;
  /** null while a self-registered account waits for its e-mail confirmation. */
  email_confirmed_at: ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
  rights: ColumnType<string[], string[] | undefined, string[]>;
};

export type SessionsTable = {
  id: string; // SHA-256 of the cookie token: a leaked table gives no usable session
  user_id: string;
  csrf_token: string;
  created_at: Timestamp;
  expires_at: Timestamp;
};

export type IdentityTables = {
  organisations: OrganisationsTable;
  users: UsersTable;
  sessions: SessionsTable;
};
