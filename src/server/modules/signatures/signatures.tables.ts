// Table types of the signatures module: signed documents, their signatures, ЭЦП sign-in challenges.
import type { ColumnType, Generated } from 'kysely';
import type { GeneratedId, Json, Timestamp } from '../../platform/db/column-types';

type Bytes = ColumnType<Uint8Array, Uint8Array, never>;

export type SignedDocumentsTable = {
  id: GeneratedId;
  subject_type: string;
  subject_id: string;
  kind: string;
  content: Bytes;
  content_sha256: string;
  media_type: string;
  created_by: string | null;
  created_at: Timestamp;
};

export type SignaturesTable = {
  id: GeneratedId;
  seq: Generated<number>;
  document_id: string;
  submitted_by: string | null;
  cms: Bytes;
  signer_name: string;
  signer_iin: string;
  signer_bin: string | null;
  signer_roles: Json<string[]>;
  certificate: ColumnType<Uint8Array | null, Uint8Array | null, never>;
  certificate_serial: string;
  certificate_issuer: string;
  certificate_subject: string;
  digest_algorithm: string;
  signing_time: Timestamp;
  verified_at: Timestamp;
  verified_by: 'built-in' | 'ncanode';
  trust_store_kind: 'test' | 'production';
};

export type EcpLoginChallengesTable = {
  id: GeneratedId;
  nonce: Bytes;
  created_at: Timestamp;
  expires_at: Timestamp;
  used_at: Timestamp | null;
};

export type SignaturesTables = {
  signed_documents: SignedDocumentsTable;
  signatures: SignaturesTable;
  ecp_login_challenges: EcpLoginChallengesTable;
};
