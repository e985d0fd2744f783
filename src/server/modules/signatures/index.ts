// What other modules, app.ts and scripts may use of digital signatures (ЭЦП).
export { ensureDevelopmentPki, issueDevelopmentPki } from './dev-pki';
export { type CertificateFacts, parseCertificate } from './signatures.certificates';
export { type SignatureErrorCode, signatureRefused } from './signatures.errors';
export { type GostVerdict, type GostVerifier, ncanodeVerifier } from './signatures.gost';
export { httpOcspClient, type OcspClient } from './signatures.ocsp';
export { listDocumentsOfSubject, listUsersWithIin } from './signatures.repository';
export { registerSignatureRoutes } from './signatures.routes';
export {
  createTrustStore,
  directoryTrustStore,
  fixedTrustStore,
  loadTrustStoreFromDirectory,
  type TrustStore,
  type TrustStoreKind,
  type TrustStoreSource,
} from './signatures.trust-store';
export {
  buildEvidencePackage,
  canAccessDocument,
  createSignatureServices,
  createSignedDocument,
  type DocumentAccessRule,
  type DocumentKind,
  getSignedDocument,
  issueLoginChallenge,
  type RecordedSignature,
  recordSignature,
  registerDocumentAccessRule,
  type SignatureActor,
  type SignatureServices,
  startTrustStore,
  verifyNonceSignature,
} from './signatures.usecases';
// Verification is reached through recordSignature and the sign-in nonce only, so that every attempt is audited.
export type { ExpectedParty, SignaturePurpose, SignerFacts } from './signatures.verification';
export { TEST_PKI_PASSWORD } from './test-ca';
