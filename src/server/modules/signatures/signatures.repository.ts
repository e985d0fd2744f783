// SQL of the signatures module: signed documents, signatures, ЭЦП sign-in challenges, and who may see a document.
import type { DbOrTx } from '../../platform/db/database';

export type NewSignedDocument = {
  subjectType: string;
  subjectId: string;
  kind: string;
  content: Uint8Array;
  contentSha256: string;
  mediaType: string;
  createdBy: string | null;
  createdAt: Date;
};

export async function insertSignedDocument(db: DbOrTx, d: NewSignedDocument): Promise<string> {
  const row = await db
    .insertInto('signed_documents')
    .values({
      subject_type: d.subjectType,
      subject_id: d.subjectId,
      kind: d.kind,
      content: d.content,
      content_sha256: d.contentSha256,
      media_type: d.mediaType,
      created_by: d.createdBy,
      created_at: d.createdAt,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export function findSignedDocument(db: DbOrTx, id: string) {
  return db.selectFrom('signed_documents').selectAll().where('id', '=', id).executeTakeFirst();
}

export function listDocumentsOfSubject(db: DbOrTx, subjectType: string, subjectId: string) {
  return db
    .selectFrom('signed_documents')
    .select(['id', 'kind', 'media_type', 'content_sha256', 'created_at'])
    .where('subject_type', '=', subjectType)
    .where('subject_id', '=', subjectId)
    .orderBy('created_at')
    .execute();
}

export type NewSignature = {
  documentId: string;
  submittedBy: string | null;
  cms: Uint8Array;
  signerName: string;
  signerIin: string;
  signerBin: string | null;
  signerRoles: string[];
  certificate: Uint8Array | null;
  certificateSerial: string;
  certificateIssuer: string;
  certificateSubject: string;
  digestAlgorithm: string;
  signingTime: Date;
  verifiedAt: Date;
  verifiedBy: 'built-in' | 'ncanode';
  trustStoreKind: 'test' | 'production';
};

export async function insertSignature(db: DbOrTx, s: NewSignature): Promise<string> {
  const row = await db
    .insertInto('signatures')
    .values({
      document_id: s.documentId,
      submitted_by: s.submittedBy,
      cms: s.cms,
      signer_name: s.signerName,
      signer_iin: s.signerIin,
      signer_bin: s.signerBin,
      signer_roles: JSON.stringify(s.signerRoles),
      certificate: s.certificate,
      certificate_serial: s.certificateSerial,
      certificate_issuer: s.certificateIssuer,
      certificate_subject: s.certificateSubject,
      digest_algorithm: s.digestAlgorithm,
      signing_time: s.signingTime,
      verified_at: s.verifiedAt,
      verified_by: s.verifiedBy,
      trust_store_kind: s.trustStoreKind,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export function listSignaturesOfDocument(db: DbOrTx, documentId: string) {
  return db.selectFrom('signatures').selectAll().where('document_id', '=', documentId).orderBy('seq').execute();
}

/** The IIN and organisation BIN of a user, to match them against the signers of a document. */
export function findUserIdentity(db: DbOrTx, userId: string) {
  return db
    .selectFrom('users')
    .leftJoin('organisations', 'organisations.id', 'users.organisation_id')
    .select(['users.id', 'users.iin', 'organisations.bin as organisation_bin'])
    .where('users.id', '=', userId)
    .executeTakeFirst();
}

/** The account an ЭЦП sign-in resolves to: the user with the certificate's IIN. */
export function findUserByIin(db: DbOrTx, iin: string) {
  return db
    .selectFrom('users')
    .leftJoin('organisations', 'organisations.id', 'users.organisation_id')
    .select([
      'users.id',
      'users.role',
      'users.organisation_id',
      'users.disabled_at',
      'organisations.bin as organisation_bin',
    ])
    .where('users.iin', '=', iin)
    .executeTakeFirst();
}

export async function insertLoginChallenge(db: DbOrTx, c: { nonce: Uint8Array; createdAt: Date; expiresAt: Date }) {
  return db
    .insertInto('ecp_login_challenges')
    .values({ nonce: c.nonce, created_at: c.createdAt, expires_at: c.expiresAt })
    .returning('id')
    .executeTakeFirstOrThrow();
}

/** Marks the challenge used if it is still unused and unexpired, and returns it; a replay or a late answer gets nothing. */
export function consumeLoginChallenge(db: DbOrTx, id: string, now: Date) {
  return db
    .updateTable('ecp_login_challenges')
    .set({ used_at: now })
    .where('id', '=', id)
    .where('used_at', 'is', null)
    .where('expires_at', '>', now)
    .returning(['nonce', 'created_at'])
    .executeTakeFirst();
}

/** Challenges expired over an hour ago have no use left (nobody can answer them), so they go. */
export async function deleteStaleLoginChallenges(db: DbOrTx, now: Date): Promise<void> {
  await db
    .deleteFrom('ecp_login_challenges')
    .where('expires_at', '<', new Date(now.getTime() - 3_600_000))
    .execute();
}

/** Users with an IIN and their organisation: the holders of the test CA's demo certificates. */
export function listUsersWithIin(db: DbOrTx) {
  return db
    .selectFrom('users')
    .leftJoin('organisations', 'organisations.id', 'users.organisation_id')
    .select([
      'users.login',
      'users.full_name',
      'users.iin',
      'users.role',
      'organisations.kind as organisation_kind',
      'organisations.name_ru as organisation_name',
      'organisations.bin as organisation_bin',
    ])
    .where('users.iin', 'is not', null)
    .orderBy('users.created_at')
    .orderBy('users.login')
    .execute();
}
