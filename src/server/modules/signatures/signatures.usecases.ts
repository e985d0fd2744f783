// The signatures module's actions: keep a document's bytes, verify and record a signature, build the evidence package, sign in by ЭЦП.
import { createHash, randomBytes } from 'node:crypto';
import type { Transaction } from 'kysely';
import { maskIdentifier } from '../../../shared/iin-bin';
import type { Role } from '../../../shared/roles';
import type { Config } from '../../config';
import { appendAudit } from '../../platform/audit/audit';
import type { SessionUser } from '../../platform/auth/access';
import type { LoginThrottle } from '../../platform/auth/login-throttle';
import { recordFailedLogin, startSession } from '../../platform/auth/sessions';
import type { Clock } from '../../platform/clock';
import type { Database, Db, DbOrTx } from '../../platform/db/database';
import { createZip } from '../../platform/documents/zip';
import { type DomainError, notFound } from '../../platform/errors';
import { toPem } from './signatures.certificates';
import { signatureRefused } from './signatures.errors';
import { type GostVerifier, ncanodeVerifier } from './signatures.gost';
import { httpOcspClient, type OcspClient } from './signatures.ocsp';
import {
  consumeLoginChallenge,
  deleteStaleLoginChallenges,
  findSignedDocument,
  findUserByIin,
  findUserIdentity,
  insertLoginChallenge,
  insertSignature,
  insertSignedDocument,
  listSignaturesOfDocument,
} from './signatures.repository';
import {
  assessTrustStore,
  type CrlRefresher,
  createCrlRefresher,
  directoryTrustStore,
  type TrustStoreSource,
} from './signatures.trust-store';
import {
  type ExpectedParty,
  type SignaturePurpose,
  type SignerFacts,
  type Verification,
  verifyDetachedSignature,
} from './signatures.verification';

/** What verifying needs besides the database: the trust store, and the optional GOST verifier and OCSP responder. */
export type SignatureServices = {
  trustStore: TrustStoreSource;
  gostVerifier: GostVerifier | null;
  ocsp: OcspClient | null;
  /** Fetches CRLs from their distribution points into the trust store; absent in tests that fix the store. */
  crls?: CrlRefresher;
};

export function createSignatureServices(config: Config): SignatureServices {
  const crls = createCrlRefresher({
    base: directoryTrustStore(config.trustStoreDir, config.trustStoreKind),
    extraUrls: config.crlUrls,
  });
  return {
    trustStore: crls.source,
    crls,
    gostVerifier: config.ncanodeUrl ? ncanodeVerifier({ url: config.ncanodeUrl }) : null,
    ocsp: config.ocspUrl ? httpOcspClient({ url: config.ocspUrl }) : null,
  };
}

/**
 * At start: fetches the CRLs once, then logs every problem of the trust store (an administrator sees the same list on
 * Admin → Trust store) and schedules the refresh; answers the function that stops it.
 */
export async function startTrustStore(input: {
  services: SignatureServices;
  clock: Clock;
  refreshMs: number;
  logger: { warn(details: object, message: string): void; info(details: object, message: string): void };
}): Promise<() => void> {
  const { services, clock, logger } = input;
  await services.crls?.refresh(clock.now());
  const status = assessTrustStore(await services.trustStore.get(), clock.now());
  logger.info(
    { kind: status.kind, certificates: status.certificates.length, problems: status.problems.length },
    'trust store loaded',
  );
  for (const problem of status.problems) logger.warn({ trustStoreProblem: problem }, `trust store: ${problem.code}`);
  if (!services.crls || input.refreshMs <= 0) return () => {};
  return services.crls.start(input.refreshMs, clock);
}

export type SignatureDeps = { db: Db; services: SignatureServices; now: Date };

/** Who submits a signature (the session user), for the audit trail; null for sign-in, where nobody is signed in yet. */
export type SignatureActor = { id: string; role: Role; organisationId: string | null } | null;

export const LOGIN_CHALLENGE_TTL_MS = 5 * 60_000;

export type DocumentKind = 'application' | 'contract' | 'contract_refusal' | (string & {});

/** Keeps the exact bytes that will be signed: what a signature is checked against, now and in any later dispute. */
export async function createSignedDocument(
  db: DbOrTx,
  input: {
    subjectType: string;
    subjectId: string;
    kind: DocumentKind;
    content: Uint8Array;
    mediaType: string;
    createdBy: string | null;
    now: Date;
  },
): Promise<{ id: string; contentSha256: string }> {
  const contentSha256 = createHash('sha256').update(input.content).digest('hex');
  const id = await insertSignedDocument(db, { ...input, contentSha256, createdAt: input.now });
  return { id, contentSha256 };
}

export async function getSignedDocument(db: DbOrTx, id: string) {
  const document = await findSignedDocument(db, id);
  if (!document) throw notFound();
  return document;
}

/** The verifier with this server's trust store and adapters; callers audit the outcome. */
async function verifySignature(
  deps: SignatureDeps,
  input: {
    cms: Uint8Array;
    content: Uint8Array;
    purpose: SignaturePurpose;
    expectedParty: ExpectedParty | null;
    earliestSigningTime?: Date;
  },
): Promise<Verification> {
  return verifyDetachedSignature({
    ...input,
    now: deps.now,
    trustStore: await deps.services.trustStore.get(),
    gostVerifier: deps.services.gostVerifier,
    ocsp: deps.services.ocsp,
  });
}

function verificationDetails(verification: Verification, purpose: SignaturePurpose, party: ExpectedParty | null) {
  const iin = verification.ok ? verification.signer.iin : verification.signerIin;
  return {
    purpose,
    expectedParty: party?.kind ?? null,
    reason: verification.ok ? null : verification.code,
    certificateSerial: verification.ok ? verification.signer.certificateSerial : verification.certificateSerial,
    signerIin: iin ? maskIdentifier(iin) : null,
    signerBin: verification.ok ? verification.signer.bin : null,
    verifier: verification.ok ? verification.verifier : null,
  };
}

export type RecordedSignature = { signatureId: string; signer: SignerFacts; signingTime: Date };

/**
 * Verifies a detached CMS against the stored document and keeps it as evidence. A refusal is audited on its own and
 * thrown with its reason; an acceptance is stored and audited in one transaction, where `onAccepted` (the signed
 * action's workflow transition) runs too.
 */
export async function recordSignature(
  deps: SignatureDeps & { actor: SignatureActor },
  input: {
    documentId: string;
    cms: Uint8Array;
    expectedParty: ExpectedParty;
    step?: string;
    onAccepted?: (tx: Transaction<Database>, signature: RecordedSignature) => Promise<void>;
  },
): Promise<RecordedSignature> {
  const { db, now, actor } = deps;
  const document = await getSignedDocument(db, input.documentId);
  const verification = await verifySignature(deps, {
    cms: input.cms,
    content: document.content,
    purpose: 'signing',
    expectedParty: input.expectedParty,
    earliestSigningTime: document.created_at,
  });
  const audit = {
    at: now,
    actorId: actor?.id ?? null,
    actorRole: actor?.role ?? null,
    step: input.step ?? null,
    subjectType: 'signed_document',
    subjectId: document.id,
    organisationId: actor?.organisationId ?? null,
    details: { ...verificationDetails(verification, 'signing', input.expectedParty), kind: document.kind },
  };
  if (!verification.ok) {
    await appendAudit(db, { ...audit, action: 'signature.refused' });
    throw signatureRefused(verification.code);
  }
  const trustStoreKind = deps.services.trustStore.kind;
  return db.transaction().execute(async (tx) => {
    const signatureId = await insertSignature(tx, {
      documentId: document.id,
      submittedBy: actor?.id ?? null,
      cms: input.cms,
      signerName: verification.signer.name,
      signerIin: verification.signer.iin,
      signerBin: verification.signer.bin,
      signerRoles: verification.signer.roles,
      certificate: verification.signer.certificateDer,
      certificateSerial: verification.signer.certificateSerial,
      certificateIssuer: verification.signer.certificateIssuer,
      certificateSubject: verification.signer.certificateSubject,
      digestAlgorithm: verification.digestAlgorithm,
      signingTime: verification.signingTime,
      verifiedAt: now,
      verifiedBy: verification.verifier,
      trustStoreKind,
    });
    const recorded = { signatureId, signer: verification.signer, signingTime: verification.signingTime };
    // The signed action first: it locks its record before the audit lock, the order every workflow step takes them
    // in, so a concurrent step on the same record waits instead of deadlocking.
    await input.onAccepted?.(tx, recorded);
    await appendAudit(tx, { ...audit, action: 'signature.accepted', details: { ...audit.details, signatureId } });
    return recorded;
  });
}

export type DocumentAccessRule = (input: {
  db: DbOrTx;
  user: SessionUser;
  document: { id: string; subjectType: string; subjectId: string; kind: string };
}) => Promise<boolean>;

const documentAccessRules = new Map<string, DocumentAccessRule>();

/** The module owning a subject type (an application, a contract) says which staff and parties may see its documents. */
export function registerDocumentAccessRule(subjectType: string, rule: DocumentAccessRule): void {
  documentAccessRules.set(subjectType, rule);
}

/** Administrators, whoever created the document, the signers themselves and their organisations, and the subject's own rule. */
export async function canAccessDocument(
  db: DbOrTx,
  user: SessionUser,
  document: { id: string; subject_type: string; subject_id: string; kind: string; created_by: string | null },
): Promise<boolean> {
  if (user.role === 'administrator' || document.created_by === user.id) return true;
  const rule = documentAccessRules.get(document.subject_type);
  const subject = {
    id: document.id,
    subjectType: document.subject_type,
    subjectId: document.subject_id,
    kind: document.kind,
  };
  if (rule && (await rule({ db, user, document: subject }))) return true;
  const identity = await findUserIdentity(db, user.id);
  const signatures = await listSignaturesOfDocument(db, document.id);
  return signatures.some(
    (s) =>
      (identity?.iin && s.signer_iin === identity.iin) ||
      (identity?.organisation_bin && s.signer_bin === identity.organisation_bin),
  );
}

const documentExtensions: Record<string, string> = {
  'application/pdf': 'pdf',
  'application/json': 'json',
  'text/plain': 'txt',
  'application/xml': 'xml',
};

function evidenceReadme(input: {
  documentName: string;
  documentSha256: string;
  signatures: {
    file: string;
    certificate: string;
    name: string;
    bin: string | null;
    signingTime: Date;
    serial: string;
  }[];
  rootFile: string | null;
  trustStoreKind: string;
}): string {
  const rootArgument = input.rootFile ?? 'ROOT.pem';
  const commands = input.signatures
    .map(
      (s) =>
        `openssl cms -verify -binary -inform DER -content ${input.documentName} -in ${s.file} -CAfile ${rootArgument} -purpose any -out /dev/null`,
    )
    .join('\n');
  const signers = input.signatures
    .map(
      (s) =>
        `  ${s.file}: ${s.name}${s.bin ? `, BIN/БИН/БСН ${s.bin}` : ''}, ${s.signingTime.toISOString()}, serial ${s.serial} (${s.certificate})`,
    )
    .join('\n');
  const rootNote =
    input.rootFile === null
      ? 'ROOT.pem: the root certificate of the national certification authority (pki.gov.kz).'
      : `${input.rootFile}: the root certificate the server trusted (${input.trustStoreKind} trust store).`;
  return [
    `Jumys — ${input.documentName}, SHA-256 ${input.documentSha256}`,
    signers,
    '',
    'ҚАЗАҚША. Бұл пакетте құжат және оған қойылған әрбір электрондық цифрлық қолтаңба (.p7s, CMS/CAdES) бар.',
    'Қолтаңбаны Jumys-сыз тексеруге болады: OpenSSL орнатып, төмендегі пәрменді орындаңыз.',
    '«Verification successful» деген жауап қолтаңба осы файлға сәйкес келетінін білдіреді; құжаттың бір байты өзгерсе, тексеру өтпейді.',
    '',
    'РУССКИЙ. В пакете — документ и каждая электронная цифровая подпись под ним (.p7s, CMS/CAdES).',
    'Подпись можно проверить без Jumys: установите OpenSSL и выполните команду ниже.',
    'Ответ «Verification successful» означает, что подпись соответствует этому файлу; если изменить в документе хоть один байт, проверка не пройдёт.',
    '',
    'ENGLISH. This package holds the document and each digital signature made over it (.p7s, CMS/CAdES).',
    'You can check a signature without Jumys: install OpenSSL and run the command below.',
    '"Verification successful" means the signature matches this very file; change one byte of the document and the check fails.',
    '',
    commands,
    '',
    rootNote,
    'The signers’ certificates are in signer-N.pem; revocation was checked by the server when each signature was received.',
    '',
  ].join('\n');
}

/** The evidence package: the document, each signature as DER .p7s, the signers' certificates, the root, and how to check them. */
export async function buildEvidencePackage(
  deps: { db: Db; services: SignatureServices; now: Date },
  user: SessionUser,
  documentId: string,
): Promise<{ fileName: string; zip: Uint8Array }> {
  const document = await findSignedDocument(deps.db, documentId);
  if (!document || !(await canAccessDocument(deps.db, user, document))) throw notFound();
  const signatures = await listSignaturesOfDocument(deps.db, document.id);
  const store = await deps.services.trustStore.get();
  const documentName = `document.${documentExtensions[document.media_type] ?? 'bin'}`;
  const entries: { name: string; content: Uint8Array | string }[] = [{ name: documentName, content: document.content }];
  const readme: Parameters<typeof evidenceReadme>[0]['signatures'] = [];
  for (const [i, signature] of signatures.entries()) {
    const file = `signature-${i + 1}.p7s`;
    const certificate = `signer-${i + 1}.pem`;
    entries.push({ name: file, content: signature.cms });
    if (signature.certificate)
      entries.push({ name: certificate, content: toPem('CERTIFICATE', signature.certificate) });
    readme.push({
      file,
      certificate,
      name: signature.signer_name,
      bin: signature.signer_bin,
      signingTime: signature.signing_time,
      serial: signature.certificate_serial,
    });
  }
  // The root the signatures chain to, when this server trusts exactly one: for a test store it is the test CA's.
  const rootFile = store.anchors.length === 1 ? 'root.pem' : null;
  if (rootFile && store.anchors[0])
    entries.push({ name: rootFile, content: toPem('CERTIFICATE', store.anchors[0].der) });
  entries.push({
    name: 'README.txt',
    content: evidenceReadme({
      documentName,
      documentSha256: document.content_sha256,
      signatures: readme,
      rootFile,
      trustStoreKind: store.kind,
    }),
  });
  return { fileName: `evidence-${document.id}.zip`, zip: createZip(entries, deps.now) };
}

/** A one-time nonce for sign-in by ЭЦП, valid five minutes. */
export async function issueLoginChallenge(db: Db, now: Date) {
  await deleteStaleLoginChallenges(db, now);
  const nonce = new Uint8Array(randomBytes(32));
  const expiresAt = new Date(now.getTime() + LOGIN_CHALLENGE_TTL_MS);
  const { id } = await insertLoginChallenge(db, { nonce, createdAt: now, expiresAt });
  return { nonceId: id, nonce, expiresAt };
}

export type EcpLoginDeps = SignatureDeps & { throttle: LoginThrottle; sessionTtlMs: number };

type RefusedUser = { id: string; role: Role; organisation_id: string | null } | undefined;

/**
 * A person's signature over one of the server's sign-in nonces, as for ЭЦП sign-in and an employer joining: the nonce is
 * consumed whatever the outcome, and the CMS must verify as an authentication (chain, revocation, key usage). A refusal
 * is counted by the throttle, audited as a failed sign-in and thrown; `refuse` does the same for the caller's reasons.
 */
export async function verifyNonceSignature(
  deps: SignatureDeps & { throttle: LoginThrottle },
  input: { nonceId: string; cms: Uint8Array; ip: string; method: string },
) {
  const { db, throttle, now } = deps;
  const keys = [`ip:${input.ip}`];
  await throttle.assertAllowed(keys);

  const record = async (error: DomainError, details: Record<string, unknown>, user?: RefusedUser) => {
    const reason = error.code;
    await recordFailedLogin(db, throttle, { keys, user, now, details: { method: input.method, ...details, reason } });
    return error;
  };

  const challenge = await consumeLoginChallenge(db, input.nonceId, now);
  if (!challenge) throw await record(signatureRefused('signatures.nonce_invalid'), { nonceId: input.nonceId });
  const verification = await verifySignature(deps, {
    cms: input.cms,
    content: challenge.nonce,
    purpose: 'authentication',
    expectedParty: null,
    earliestSigningTime: challenge.created_at,
  });
  const details = verificationDetails(verification, 'authentication', null);
  if (!verification.ok) throw await record(signatureRefused(verification.code), details);
  return {
    signer: verification.signer,
    details,
    refuse: (error: DomainError, user?: RefusedUser) => record(error, details, user),
  };
}

/**
 * Sign-in by ЭЦП as on the government portals: the CMS over the server's nonce must verify (chain, revocation, key
 * usage); the user is the one with the certificate's IIN and, if the certificate names an organisation, of that BIN.
 */
export async function logInWithEcp(deps: EcpLoginDeps, input: { nonceId: string; cms: Uint8Array; ip: string }) {
  const { signer, details, refuse } = await verifyNonceSignature(deps, { ...input, method: 'ecp' });
  const user = await findUserByIin(deps.db, signer.iin);
  if (!user || user.disabled_at) throw await refuse(signatureRefused('signatures.no_account'), user);
  // An organisation's certificate signs the user in only as that organisation's member.
  if (signer.bin !== null && signer.bin !== user.organisation_bin) {
    throw await refuse(signatureRefused('signatures.wrong_signer_bin'), user);
  }
  return startSession(deps.db, {
    user,
    now: deps.now,
    ttlMs: deps.sessionTtlMs,
    details: { method: 'ecp', ...details },
  });
}
