// The trust store: root certificates we trust, intermediate CAs, and the CRLs we check revocation against; loaded from a folder.
import fs from 'node:fs';
import path from 'node:path';
import {
  type AlgorithmIdentifier,
  algorithmOf,
  type CertificateFacts,
  type DistinguishedName,
  fromPem,
  isSelfIssued,
  isSignedBy,
  nameOf,
  parseCertificate,
  sameName,
  verifyWithCertificate,
} from './signatures.certificates';
import {
  bitStringOf,
  bytesOf,
  childrenOf,
  contextTag,
  expect,
  integerHex,
  isTime,
  parseDer,
  tag,
  timeOf,
} from './signatures.der';

/** 'test' trusts the project's test CA and accepts the national CA's test IIN; 'production' is for НУЦ РК roots. */
export type TrustStoreKind = 'test' | 'production';

export type TrustedCrl = {
  issuer: DistinguishedName;
  thisUpdate: Date;
  nextUpdate: Date | null;
  /** Upper-case hex serial → revocation date. */
  revoked: Map<string, Date>;
  tbs: Uint8Array;
  signatureAlgorithm: AlgorithmIdentifier;
  signatureValue: Uint8Array;
};

export type TrustStore = {
  kind: TrustStoreKind;
  anchors: CertificateFacts[];
  intermediates: CertificateFacts[];
  crls: TrustedCrl[];
  /** Files that could not be read, for the operator (the store still works with the rest). */
  problems: string[];
};

/** CertificateList (RFC 5280 §5.1). */
export function parseCrl(der: Uint8Array): TrustedCrl {
  const [tbsNode, algorithmNode, signatureNode] = childrenOf(expect(parseDer(der), tag.sequence));
  const parts = childrenOf(expect(tbsNode, tag.sequence));
  let i = parts[0]?.tag === tag.integer ? 1 : 0; // version
  i++; // signature algorithm, inside what is signed
  const issuerNode = expect(parts[i++], tag.sequence);
  const thisUpdate = timeOf(parts[i++]!);
  const nextUpdate = isTime(parts[i]) ? timeOf(parts[i++]!) : null;
  const revoked = new Map<string, Date>();
  if (parts[i]?.tag === tag.sequence) {
    for (const entry of childrenOf(parts[i++]!)) {
      const [serial, date] = childrenOf(expect(entry, tag.sequence));
      revoked.set(integerHex(serial!), timeOf(date!));
    }
  }
  if (parts[i] && parts[i]!.tag !== contextTag(0)) throw new Error('unexpected field in the CRL');
  return {
    issuer: nameOf(issuerNode),
    thisUpdate,
    nextUpdate,
    revoked,
    tbs: bytesOf(tbsNode!),
    signatureAlgorithm: algorithmOf(algorithmNode!),
    signatureValue: bitStringOf(signatureNode!),
  };
}

/** A store from DER bytes; self-signed CA certificates become trust anchors, the others intermediates. */
export function createTrustStore(input: {
  kind: TrustStoreKind;
  certificates: Uint8Array[];
  crls?: Uint8Array[];
  problems?: string[];
}): TrustStore {
  const problems = [...(input.problems ?? [])];
  const anchors: CertificateFacts[] = [];
  const intermediates: CertificateFacts[] = [];
  for (const [i, der] of input.certificates.entries()) {
    try {
      const facts = parseCertificate(der);
      if (!facts.isCa) problems.push(`certificate ${i + 1} (${facts.subjectDn}) is not a CA certificate; ignored`);
      else if (isSelfIssued(facts) && isSignedBy(facts, facts)) anchors.push(facts);
      else intermediates.push(facts);
    } catch {
      problems.push(`certificate ${i + 1} could not be parsed`);
    }
  }
  const crls: TrustedCrl[] = [];
  for (const [i, der] of (input.crls ?? []).entries()) {
    try {
      crls.push(parseCrl(der));
    } catch {
      problems.push(`CRL ${i + 1} could not be parsed`);
    }
  }
  return { kind: input.kind, anchors, intermediates, crls, problems };
}

const crlSignatureChecks = new WeakMap<TrustedCrl, WeakMap<CertificateFacts, boolean>>();

/** Whether this CA issued and signed this CRL; remembered, since a CRL and its issuer do not change. */
export function isCrlSignedBy(crl: TrustedCrl, issuer: CertificateFacts): boolean {
  let checks = crlSignatureChecks.get(crl);
  if (!checks) {
    checks = new WeakMap();
    crlSignatureChecks.set(crl, checks);
  }
  let verdict = checks.get(issuer);
  if (verdict === undefined) {
    verdict =
      sameName(crl.issuer, issuer.subject) &&
      verifyWithCertificate({
        signer: issuer,
        algorithm: crl.signatureAlgorithm,
        data: crl.tbs,
        signature: crl.signatureValue,
      });
    checks.set(issuer, verdict);
  }
  return verdict;
}

function readPemOrDer(file: string, label: 'CERTIFICATE' | 'X509 CRL'): Uint8Array[] {
  const bytes = fs.readFileSync(file);
  const text = bytes.toString('latin1');
  return text.includes('-----BEGIN') ? fromPem(text, label) : [new Uint8Array(bytes)];
}

/** Reads every *.pem / *.crt / *.cer (certificates, PEM or DER) and *.crl (PEM or DER) in a folder; a missing folder is an empty store. */
export function loadTrustStoreFromDirectory(dir: string, kind: TrustStoreKind): TrustStore {
  if (!fs.existsSync(dir)) return createTrustStore({ kind, certificates: [], problems: [`${dir} does not exist`] });
  const certificates: Uint8Array[] = [];
  const crls: Uint8Array[] = [];
  const problems: string[] = [];
  for (const name of fs.readdirSync(dir).sort()) {
    const file = path.join(dir, name);
    try {
      if (/\.(pem|crt|cer)$/i.test(name)) certificates.push(...readPemOrDer(file, 'CERTIFICATE'));
      else if (/\.crl$/i.test(name)) crls.push(...readPemOrDer(file, 'X509 CRL'));
    } catch {
      problems.push(`${name} could not be read`);
    }
  }
  return createTrustStore({ kind, certificates, crls, problems });
}

export type TrustStoreSource = { kind: TrustStoreKind; get(): Promise<TrustStore> };

/** A fixed store, for tests and for callers that load it themselves. */
export function fixedTrustStore(store: TrustStore): TrustStoreSource {
  return { kind: store.kind, get: async () => store };
}

/** The folder's store, read again when a file in it changes (a new CRL is dropped in without a restart); looked at every 5 s at most. */
export function directoryTrustStore(dir: string, kind: TrustStoreKind, recheckMs = 5000): TrustStoreSource {
  let cached: { store: TrustStore; fingerprint: string; checkedAt: number } | null = null;
  const fingerprint = () => {
    if (!fs.existsSync(dir)) return 'missing';
    return fs
      .readdirSync(dir)
      .sort()
      .map((name) => {
        const stat = fs.statSync(path.join(dir, name));
        return `${name}:${stat.size}:${stat.mtimeMs}`;
      })
      .join('|');
  };
  return {
    kind,
    async get() {
      // A monotonic timer, not the domain clock: this only paces the look at the folder.
      const at = performance.now();
      if (cached && at - cached.checkedAt < recheckMs) return cached.store;
      const current = fingerprint();
      if (!cached || cached.fingerprint !== current) {
        cached = { store: loadTrustStoreFromDirectory(dir, kind), fingerprint: current, checkedAt: at };
      } else {
        cached.checkedAt = at;
      }
      return cached.store;
    },
  };
}
