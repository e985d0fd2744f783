// Verifies a detached CMS (CAdES-BES) over the server's own bytes: digest, signature, chain, validity, revocation, key usage, party.
import { timingSafeEqual } from 'node:crypto';
import { isBin, isIin } from '../../../shared/iin-bin';
import {
  type CertificateRole,
  cmsOid,
  type HashName,
  isGostOid,
  nationalCaTestIin,
  purposeOid,
} from '../../../shared/signatures/oids';
import {
  type AlgorithmIdentifier,
  algorithmOf,
  type CertificateFacts,
  digest,
  hashNameOfOid,
  hex,
  isSignedBy,
  isSupportedSignatureAlgorithm,
  nameOf,
  parseCertificateCached,
  sameName,
  verifyWithCertificate,
} from './signatures.certificates';
import {
  bytesOf,
  childrenOf,
  contentsOf,
  contextTag,
  DerError,
  type DerNode,
  expect,
  integerHex,
  isTime,
  octetsOf,
  oidOf,
  parseDer,
  tag,
  timeOf,
} from './signatures.der';
import type { SignatureRefusalCode } from './signatures.errors';
import type { GostVerifier } from './signatures.gost';
import type { OcspClient } from './signatures.ocsp';
import { isCrlFresh, isCrlSignedBy, type TrustStore } from './signatures.trust-store';

/** Who must have signed. The process modules choose the party; these are the rules of each kind. */
export type ExpectedParty =
  /** B03-1.4 (the employer signs its application) and B03-5.1 (it signs or refuses the contract): the certificate
   * carries the employer's BIN and its holder is the first head or a person with signing right. */
  | { kind: 'employer'; bin: string }
  /** B03-4.1 (the head of the centre signs the contract): the certificate's IIN is that user's. */
  | { kind: 'person'; iin: string };

/** A document signature needs a signing key; sign-in accepts an authentication key too. */
export type SignaturePurpose = 'signing' | 'authentication';

export type SignerFacts = {
  name: string;
  iin: string;
  bin: string | null;
  organisation: string | null;
  roles: CertificateRole[];
  certificateSerial: string;
  certificateIssuer: string;
  certificateSubject: string;
  /** DER of the signer's certificate; null only when an external verifier gave no certificate. */
  certificateDer: Uint8Array | null;
};

export type VerifiedSignature = {
  ok: true;
  signer: SignerFacts;
  signingTime: Date;
  digestAlgorithm: string;
  verifier: 'built-in' | 'ncanode';
  /** The trusted root the chain reached (built-in verifier), for the evidence package. */
  anchorDer: Uint8Array | null;
};

export type RefusedSignature = {
  ok: false;
  code: SignatureRefusalCode;
  certificateSerial: string | null;
  signerIin: string | null;
  detail?: string;
};

export type Verification = VerifiedSignature | RefusedSignature;

export type VerifyOptions = {
  cms: Uint8Array;
  content: Uint8Array;
  purpose: SignaturePurpose;
  /** null for sign-in, where the certificate tells who signs and the caller looks the user up. */
  expectedParty: ExpectedParty | null;
  now: Date;
  /** When the signed bytes came into being (the document or the nonce): a signature cannot be older. */
  earliestSigningTime?: Date;
  trustStore: TrustStore;
  gostVerifier?: GostVerifier | null;
  ocsp?: OcspClient | null;
};

/** Clocks of the signer's computer and ours may differ this much. */
export const clockSkewMs = 5 * 60_000;
const maxChainLength = 6;

class Refusal {
  constructor(
    readonly code: SignatureRefusalCode,
    readonly certificateSerial: string | null = null,
    readonly signerIin: string | null = null,
    readonly detail?: string,
  ) {}
}

type SignedAttribute = { type: string; values: DerNode[] };

type ParsedCms = {
  signer: CertificateFacts;
  others: CertificateFacts[];
  digestAlgorithm: string;
  signatureAlgorithm: AlgorithmIdentifier;
  signature: Uint8Array;
  /** What was signed: the DER of the signed attributes as a SET (RFC 5652 §5.4), i.e. the received bytes retagged. */
  signedAttributes: Uint8Array;
  attributes: SignedAttribute[];
  eContent: Uint8Array | null;
};

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  return a.length === b.length && timingSafeEqual(a, b);
}

function findSigner(sid: DerNode, certificates: CertificateFacts[]): CertificateFacts | undefined {
  if (sid.tag === tag.sequence) {
    const [issuer, serial] = childrenOf(sid);
    const issuerName = nameOf(issuer!);
    const serialHex = integerHex(serial!);
    return certificates.find((c) => sameName(c.issuer, issuerName) && c.serialHex === serialHex);
  }
  if (sid.tag === contextTag(0, false)) {
    const keyId = hex(contentsOf(sid));
    return certificates.find((c) => c.subjectKeyId === keyId);
  }
  return undefined;
}

function parseCms(cms: Uint8Array): ParsedCms {
  try {
    const [contentType, wrapped] = childrenOf(expect(parseDer(cms), tag.sequence));
    if (oidOf(contentType!) !== cmsOid.signedData) throw new DerError('not SignedData');
    const [signedDataNode] = childrenOf(expect(wrapped, contextTag(0)));
    const parts = childrenOf(expect(signedDataNode, tag.sequence));
    const [eContentTypeNode, eContentNode] = childrenOf(expect(parts[2], tag.sequence));
    if (oidOf(eContentTypeNode!) !== cmsOid.data) throw new DerError('the signed content must be id-data');
    const certificateSet = parts.slice(3).find((p) => p.tag === contextTag(0));
    const certificates = (certificateSet ? childrenOf(certificateSet) : [])
      .filter((c) => c.tag === tag.sequence)
      .map((c) => parseCertificateCached(bytesOf(c)));
    const signerInfos = childrenOf(expect(parts[parts.length - 1], tag.set));
    if (signerInfos.length !== 1) throw new Refusal('signatures.malformed', null, null, 'exactly one signer expected');
    const info = childrenOf(expect(signerInfos[0], tag.sequence));
    const [, sid, digestAlgorithmNode, ...rest] = info;
    const signedAttributesNode = rest[0]?.tag === contextTag(0) ? rest.shift()! : null;
    const signatureAlgorithm = algorithmOf(rest[0]!);
    const signature = contentsOf(expect(rest[1], tag.octetString));
    const signer = findSigner(sid!, certificates);
    if (!signer) throw new Refusal('signatures.malformed', null, null, "the signer's certificate is missing");
    if (!signedAttributesNode) {
      throw new Refusal('signatures.malformed', signer.serialHex, signer.iin, 'no signed attributes (not CAdES)');
    }
    const signedAttributes = new Uint8Array(bytesOf(signedAttributesNode));
    signedAttributes[0] = tag.set;
    const attributes = childrenOf(signedAttributesNode).map((attribute) => {
      const [type, values] = childrenOf(expect(attribute, tag.sequence));
      return { type: oidOf(type!), values: childrenOf(expect(values, tag.set)) };
    });
    return {
      signer,
      others: certificates.filter((c) => c !== signer),
      digestAlgorithm: algorithmOf(digestAlgorithmNode!).oid,
      signatureAlgorithm,
      signature,
      signedAttributes,
      attributes,
      eContent: eContentNode ? octetsOf(childrenOf(eContentNode)[0]!) : null,
    };
  } catch (error) {
    if (error instanceof Refusal) throw error;
    throw new Refusal('signatures.malformed', null, null, 'not a CMS SignedData');
  }
}

function singleAttribute(parsed: ParsedCms, oid: string): DerNode | undefined {
  const matches = parsed.attributes.filter((a) => a.type === oid);
  if (matches.length > 1 || (matches[0] && matches[0].values.length !== 1)) {
    throw new Refusal('signatures.malformed', parsed.signer.serialHex, parsed.signer.iin, `attribute ${oid} repeated`);
  }
  return matches[0]?.values[0];
}

function signingTimeOf(parsed: ParsedCms): Date | null {
  const value = singleAttribute(parsed, cmsOid.signingTime);
  if (value === undefined) return null;
  if (isTime(value)) return timeOf(value);
  throw new Refusal('signatures.malformed', parsed.signer.serialHex, parsed.signer.iin, 'signingTime is not a time');
}

function checkSigningTime(signingTime: Date | null, options: VerifyOptions, signer: CertificateFacts | null): Date {
  const serial = signer?.serialHex ?? null;
  const iin = signer?.iin ?? null;
  if (!signingTime) throw new Refusal('signatures.signing_time_missing', serial, iin);
  const latest = options.now.getTime() + clockSkewMs;
  const earliest = options.earliestSigningTime ? options.earliestSigningTime.getTime() - clockSkewMs : -Infinity;
  if (signingTime.getTime() > latest || signingTime.getTime() < earliest) {
    throw new Refusal('signatures.signing_time_invalid', serial, iin, signingTime.toISOString());
  }
  return signingTime;
}

/** The content's digest, as the signer claimed it in messageDigest, against the bytes the server holds. */
function checkDigest(parsed: ParsedCms, content: Uint8Array): HashName {
  const { signer } = parsed;
  const contentType = singleAttribute(parsed, cmsOid.contentType);
  if (contentType?.tag !== tag.oid || oidOf(contentType) !== cmsOid.data) {
    throw new Refusal('signatures.malformed', signer.serialHex, signer.iin, 'contentType must be id-data');
  }
  const messageDigest = singleAttribute(parsed, cmsOid.messageDigest);
  if (messageDigest?.tag !== tag.octetString) {
    throw new Refusal('signatures.malformed', signer.serialHex, signer.iin, 'messageDigest missing');
  }
  const hash = hashNameOfOid(parsed.digestAlgorithm);
  if (!hash) throw new Refusal('signatures.unsupported_algorithm', signer.serialHex, signer.iin);
  if (parsed.eContent && !sameBytes(parsed.eContent, content)) {
    throw new Refusal('signatures.digest_mismatch', signer.serialHex, signer.iin, 'encapsulated content differs');
  }
  if (!sameBytes(contentsOf(messageDigest), digest(hash, content))) {
    throw new Refusal('signatures.digest_mismatch', signer.serialHex, signer.iin);
  }
  return hash;
}

/** ESS signing-certificate-v2, when present, must name the certificate that signed (RFC 5035). */
function checkSigningCertificateAttribute(parsed: ParsedCms): void {
  const value = singleAttribute(parsed, cmsOid.signingCertificateV2);
  if (value === undefined) return;
  const { signer } = parsed;
  const refuse = () =>
    new Refusal('signatures.invalid_signature', signer.serialHex, signer.iin, 'signing-certificate-v2');
  try {
    const [certs] = childrenOf(expect(value, tag.sequence));
    const [first] = childrenOf(expect(certs, tag.sequence));
    const [head, second] = childrenOf(expect(first, tag.sequence));
    // hashAlgorithm is optional with SHA-256 as its default.
    const hash = head?.tag === tag.sequence ? hashNameOfOid(algorithmOf(head).oid) : 'SHA-256';
    const certificateHash = head?.tag === tag.sequence ? second : head;
    if (!hash || certificateHash?.tag !== tag.octetString) throw refuse();
    if (!sameBytes(contentsOf(certificateHash), digest(hash, signer.der))) throw refuse();
  } catch (error) {
    if (error instanceof Refusal) throw error;
    throw refuse();
  }
}

function checkSignature(parsed: ParsedCms, hash: HashName): void {
  const { signer } = parsed;
  if (!isSupportedSignatureAlgorithm(parsed.signatureAlgorithm.oid)) {
    throw new Refusal('signatures.unsupported_algorithm', signer.serialHex, signer.iin);
  }
  const valid = verifyWithCertificate({
    signer,
    algorithm: parsed.signatureAlgorithm,
    digestAlgorithm: hash,
    data: parsed.signedAttributes,
    signature: parsed.signature,
  });
  if (!valid) throw new Refusal('signatures.invalid_signature', signer.serialHex, signer.iin);
  checkSigningCertificateAttribute(parsed);
}

function canIssue(issuer: CertificateFacts, belowCaCount: number): boolean {
  if (!issuer.isCa) return false;
  if (issuer.keyUsage && !issuer.keyUsage.keyCertSign) return false;
  return issuer.pathLength === null || belowCaCount <= issuer.pathLength;
}

/** From the signer up to a trusted root, each link's signature checked; intermediates from the store come first. */
function buildChain(leaf: CertificateFacts, carried: CertificateFacts[], store: TrustStore): CertificateFacts[] {
  const pool = [...store.intermediates, ...carried.filter((c) => c.isCa)];
  const chain = [leaf];
  let current = leaf;
  while (chain.length < maxChainLength) {
    const belowCaCount = chain.length - 1;
    const issuedBy = (candidate: CertificateFacts) =>
      sameName(candidate.subject, current.issuer) &&
      canIssue(candidate, belowCaCount) &&
      isSignedBy(current, candidate);
    const anchor = store.anchors.find(issuedBy);
    if (anchor) return [...chain, anchor];
    const next = pool.find((candidate) => !chain.includes(candidate) && issuedBy(candidate));
    if (!next) break;
    chain.push(next);
    current = next;
  }
  throw new Refusal('signatures.untrusted_chain', leaf.serialHex, leaf.iin);
}

function checkValidity(chain: CertificateFacts[], signingTime: Date, now: Date, leaf: CertificateFacts): void {
  // Both instants: the signing time is the signer's own claim (no time-stamp), so the certificate must also be valid now.
  for (const certificate of chain) {
    for (const at of [signingTime, now]) {
      if (at < certificate.notBefore) {
        throw new Refusal('signatures.certificate_not_yet_valid', certificate.serialHex, leaf.iin);
      }
      if (at > certificate.notAfter)
        throw new Refusal('signatures.certificate_expired', certificate.serialHex, leaf.iin);
    }
    const unknown = certificate.unknownCriticalExtensions;
    if (unknown.length)
      throw new Refusal('signatures.untrusted_chain', certificate.serialHex, leaf.iin, unknown.join());
  }
}

function crlStatus(store: TrustStore, certificate: CertificateFacts, issuer: CertificateFacts, now: Date) {
  const fresh = store.crls.filter((c) => isCrlSignedBy(c, issuer) && isCrlFresh(c, now));
  if (fresh.length === 0) return 'unknown' as const;
  const revokedAt = fresh.map((c) => c.revoked.get(certificate.serialHex)).find((d) => d !== undefined);
  return revokedAt && revokedAt <= now ? ('revoked' as const) : ('good' as const);
}

async function checkRevocation(chain: CertificateFacts[], options: VerifyOptions, leaf: CertificateFacts) {
  // Every certificate but the trusted root; the signer's own by OCSP first when a responder is configured.
  for (let i = 0; i < chain.length - 1; i++) {
    const certificate = chain[i]!;
    const issuer = chain[i + 1]!;
    let status: 'good' | 'revoked' | 'unknown' = 'unknown';
    if (i === 0 && options.ocsp) {
      status = await options.ocsp.check({ certificate, issuer, now: options.now });
    }
    if (status === 'unknown') status = crlStatus(options.trustStore, certificate, issuer, options.now);
    if (status === 'revoked') throw new Refusal('signatures.certificate_revoked', certificate.serialHex, leaf.iin);
    // An intermediate the operator put in the trust store is trusted as configured when its root publishes no CRL
    // (the store's status warns of it); the signer's certificate, and a CA certificate the CMS brought, must be checked.
    const configuredCa = i > 0 && options.trustStore.intermediates.includes(certificate);
    if (status === 'unknown' && !configuredCa) {
      throw new Refusal('signatures.revocation_unknown', certificate.serialHex, leaf.iin);
    }
  }
}

function checkKeyUsage(leaf: CertificateFacts, purpose: SignaturePurpose): void {
  const usage = leaf.keyUsage;
  const eku = leaf.extendedKeyUsage;
  const allowed =
    purpose === 'signing'
      ? !!usage && (usage.digitalSignature || usage.nonRepudiation) && (!eku || eku.includes(purposeOid.signing))
      : !!usage &&
        usage.digitalSignature &&
        (!eku || eku.includes(purposeOid.authentication) || eku.includes(purposeOid.signing));
  if (!allowed) throw new Refusal('signatures.key_usage', leaf.serialHex, leaf.iin, purpose);
}

type SignerIdentity = { iin: string | null; bin: string | null; roles: CertificateRole[]; serial: string };

function checkParty(identity: SignerIdentity, party: ExpectedParty | null, store: TrustStore): string {
  const { iin, serial } = identity;
  if (!iin || !/^\d{12}$/.test(iin)) throw new Refusal('signatures.wrong_signer_iin', serial, iin, 'no IIN');
  if (!isIin(iin)) {
    // The national CA's test certificates carry an IIN that fails the check digit: only the test store takes them.
    if (iin !== nationalCaTestIin) throw new Refusal('signatures.wrong_signer_iin', serial, iin, 'IIN check digit');
    if (store.kind !== 'test') throw new Refusal('signatures.test_certificate', serial, iin);
  }
  if (identity.bin !== null && !isBin(identity.bin) && store.kind !== 'test') {
    throw new Refusal('signatures.wrong_signer_bin', serial, iin, 'BIN check digit');
  }
  if (!party) return iin;
  if (party.kind === 'person' && party.iin !== iin) throw new Refusal('signatures.wrong_signer_iin', serial, iin);
  if (party.kind === 'employer') {
    // A key without a BIN is its holder's own, not another organisation's: say so, so they reach for the right one.
    if (identity.bin === null) throw new Refusal('signatures.personal_certificate', serial, iin);
    if (identity.bin !== party.bin) throw new Refusal('signatures.wrong_signer_bin', serial, iin);
    if (!identity.roles.includes('firstHead') && !identity.roles.includes('signingRight')) {
      throw new Refusal('signatures.no_signing_right', serial, iin);
    }
  }
  return iin;
}

function isGost(parsed: ParsedCms): boolean {
  return (
    isGostOid(parsed.signer.publicKeyAlgorithm) ||
    isGostOid(parsed.signatureAlgorithm.oid) ||
    isGostOid(parsed.digestAlgorithm)
  );
}

async function verifyGost(parsed: ParsedCms, options: VerifyOptions): Promise<VerifiedSignature> {
  const { signer } = parsed;
  if (!options.gostVerifier) throw new Refusal('signatures.gost_unsupported', signer.serialHex, signer.iin);
  const signingTime = checkSigningTime(signingTimeOf(parsed), options, signer);
  const verdict = await options.gostVerifier.verify({ cms: options.cms, content: options.content });
  if (verdict.outcome === 'unavailable') {
    throw new Refusal('signatures.verifier_unavailable', signer.serialHex, signer.iin, verdict.detail);
  }
  const facts = verdict.signer;
  if (!facts) throw new Refusal('signatures.invalid_signature', signer.serialHex, signer.iin);
  if (facts.revoked) throw new Refusal('signatures.certificate_revoked', facts.serial, facts.iin);
  if (options.now > facts.notAfter || signingTime > facts.notAfter) {
    throw new Refusal('signatures.certificate_expired', facts.serial, facts.iin);
  }
  if (options.now < facts.notBefore || signingTime < facts.notBefore) {
    throw new Refusal('signatures.certificate_not_yet_valid', facts.serial, facts.iin);
  }
  if (!verdict.valid) throw new Refusal('signatures.invalid_signature', facts.serial, facts.iin);
  const keyUsageFits = options.purpose === 'signing' ? facts.keyUsage === 'SIGN' : facts.keyUsage !== 'UNKNOWN';
  if (!keyUsageFits) throw new Refusal('signatures.key_usage', facts.serial, facts.iin);
  const iin = checkParty(
    { iin: facts.iin, bin: facts.bin, roles: facts.roles, serial: facts.serial },
    options.expectedParty,
    options.trustStore,
  );
  return {
    ok: true,
    signer: {
      name: facts.name ?? signer.commonName ?? '',
      iin,
      bin: facts.bin,
      organisation: facts.organisation,
      roles: facts.roles,
      certificateSerial: facts.serial,
      certificateIssuer: facts.issuer || signer.issuerDn,
      certificateSubject: facts.subject || signer.subjectDn,
      certificateDer: signer.der,
    },
    signingTime,
    digestAlgorithm: parsed.digestAlgorithm,
    verifier: 'ncanode',
    anchorDer: null,
  };
}

async function verifyBuiltIn(parsed: ParsedCms, options: VerifyOptions): Promise<VerifiedSignature> {
  const { signer } = parsed;
  const hash = checkDigest(parsed, options.content);
  checkSignature(parsed, hash);
  const signingTime = checkSigningTime(signingTimeOf(parsed), options, signer);
  const chain = buildChain(signer, parsed.others, options.trustStore);
  checkValidity(chain, signingTime, options.now, signer);
  await checkRevocation(chain, options, signer);
  checkKeyUsage(signer, options.purpose);
  const iin = checkParty(
    { iin: signer.iin, bin: signer.bin, roles: signer.roles, serial: signer.serialHex },
    options.expectedParty,
    options.trustStore,
  );
  return {
    ok: true,
    signer: {
      name: signer.commonName ?? signer.subjectDn,
      iin,
      bin: signer.bin,
      organisation: signer.organisation,
      roles: signer.roles,
      certificateSerial: signer.serialHex,
      certificateIssuer: signer.issuerDn,
      certificateSubject: signer.subjectDn,
      certificateDer: signer.der,
    },
    signingTime,
    digestAlgorithm: hash,
    verifier: 'built-in',
    anchorDer: chain.at(-1)!.der,
  };
}

/** Every check, in order; the first that fails names the refusal. Never throws for a bad signature: it answers. */
export async function verifyDetachedSignature(options: VerifyOptions): Promise<Verification> {
  try {
    const parsed = parseCms(options.cms);
    if (isGost(parsed)) return await verifyGost(parsed, options);
    if (options.trustStore.anchors.length === 0) {
      throw new Refusal('signatures.trust_store_empty', parsed.signer.serialHex, parsed.signer.iin);
    }
    return await verifyBuiltIn(parsed, options);
  } catch (error) {
    if (error instanceof Refusal) {
      return {
        ok: false,
        code: error.code,
        certificateSerial: error.certificateSerial,
        signerIin: error.signerIin,
        ...(error.detail ? { detail: error.detail } : {}),
      };
    }
    throw error;
  }
}
