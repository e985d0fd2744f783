// Table types of accounts: one-time links (e-mail confirmation, password reset, invitations).
import type { ColumnType } from 'kysely';
import type { GeneratedId, Timestamp } from '../../platform/db/column-types';

export type AccountLinkPurpose = 'email_confirmation' | 'password_reset' | 'invitation';

export type AccountLinksTable = {
  id: GeneratedId;
  purpose: AccountLinkPurpose;
  token_sha256: string;
  user_id: string | null;
  organisation_id: string | null;
  email: string | null;
  rights: ColumnType<string[], string[] | undefined, string[]>;
  created_by: string | null;
  created_at: Timestamp;
  expires_at: Timestamp;
  used_at: Timestamp | null;
};

export type AccountsTables = { account_links: AccountLinksTable };
