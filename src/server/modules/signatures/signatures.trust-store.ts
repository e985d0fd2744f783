// The trust store: root certificates we trust, intermediate CAs, and the CRLs we check revocation against; loaded from a folder.
import fs from 'node:fs';
import path from 'node:path';
import {
  type AlgorithmIdentifier,
  algorithmOf,
  type CertificateFacts,
  type DistinguishedName,
  formatName,
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
  /** The file it was read from, or the address it was fetched from. */
  source: string;
  /** When it was fetched from its distribution point; null when read from the folder. */
  fetchedAt: Date | null;
};

/** Something wrong with the trust store, for the start-up log and the administrator's page (admin → trust store). */
export type TrustStoreProblem = {
  code:
    | 'folder_missing'
    | 'file_unreadable'
    | 'not_a_ca'
    | 'crl_issuer_missing'
    | 'ca_issuer_missing'
    | 'crl_expired'
    | 'ca_without_crl'
    | 'crl_refresh_failed';
  /** The file, or the address of a distribution point. */
  source?: string;
  /** The certificate or CRL issuer concerned. */
  subject?: string;
  /** When it happened or ran out (ISO). */
  at?: string;
};

export type TrustStore = {
  kind: TrustStoreKind;
  anchors: CertificateFacts[];
  intermediates: CertificateFacts[];
  crls: TrustedCrl[];
  /** What went wrong while reading (the store still works with the rest); time-dependent ones come from assessTrustStore. */
  problems: TrustStoreProblem[];
};

/** CertificateList (RFC 5280 §5.1). */
export function parseCrl(
  der: Uint8Array,
  origin: { source: string; fetchedAt: Date | null } = { source: 'CRL', fetchedAt: null },
): TrustedCrl {
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
    source: origin.source,
    fetchedAt: origin.fetchedAt,
  };
}

/** DER bytes, with the file or address they came from when known. */
export type SourcedDer = Uint8Array | { der: Uint8Array; source: string; fetchedAt?: Date | null };

function unwrap(item: SourcedDer, fallback: string) {
  return item instanceof Uint8Array
    ? { der: item, source: fallback, fetchedAt: null }
    : { der: item.der, source: item.source, fetchedAt: item.fetchedAt ?? null };
}

/** A store from DER bytes; self-signed CA certificates become trust anchors, the others intermediates. */
export function createTrustStore(input: {
  kind: TrustStoreKind;
  certificates: SourcedDer[];
  crls?: SourcedDer[];
  problems?: TrustStoreProblem[];
}): TrustStore {
  const problems = [...(input.problems ?? [])];
  const anchors: CertificateFacts[] = [];
  const intermediates: CertificateFacts[] = [];
  for (const [i, item] of input.certificates.entries()) {
    const { der, source } = unwrap(item, `certificate ${i + 1}`);
    try {
      const facts = parseCertificate(der);
      if (!facts.isCa) problems.push({ code: 'not_a_ca', source, subject: facts.subjectDn });
      else if (isSelfIssued(facts) && isSignedBy(facts, facts)) anchors.push(facts);
      else intermediates.push(facts);
    } catch {
      problems.push({ code: 'file_unreadable', source });
    }
  }
  const crls: TrustedCrl[] = [];
  for (const [i, item] of (input.crls ?? []).entries()) {
    const { der, source, fetchedAt } = unwrap(item, `CRL ${i + 1}`);
    try {
      crls.push(parseCrl(der, { source, fetchedAt }));
    } catch {
      problems.push({ code: 'file_unreadable', source });
    }
  }
  const cas = [...anchors, ...intermediates];
  for (const crl of crls) {
    if (!cas.some((ca) => isCrlSignedBy(crl, ca))) {
      problems.push({ code: 'crl_issuer_missing', source: crl.source, subject: formatName(crl.issuer) });
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

/**
 * What a file holds, whatever it is named: PEM blocks by their label, or one DER certificate or CRL told apart by
 * parsing. Unknown content is a problem, not silence (a crl.pem used to be read as certificates and dropped).
 */
export function classifyTrustFile(
  bytes: Uint8Array,
  source: string,
): { certificates: SourcedDer[]; crls: SourcedDer[] } | null {
  const text = Buffer.from(bytes).toString('latin1');
  if (text.includes('-----BEGIN')) {
    const certificates = fromPem(text, 'CERTIFICATE').map((der) => ({ der, source }));
    const crls = fromPem(text, 'X509 CRL').map((der) => ({ der, source }));
    return certificates.length + crls.length > 0 ? { certificates, crls } : null;
  }
  try {
    parseCertificate(bytes);
    return { certificates: [{ der: bytes, source }], crls: [] };
  } catch {
    try {
      parseCrl(bytes);
      return { certificates: [], crls: [{ der: bytes, source }] };
    } catch {
      return null;
    }
  }
}

/** Reads every file in a folder (certificates and CRLs, PEM or DER, whatever their names); a missing folder is an empty store. */
export function loadTrustStoreFromDirectory(dir: string, kind: TrustStoreKind): TrustStore {
  if (!fs.existsSync(dir)) {
    return createTrustStore({ kind, certificates: [], problems: [{ code: 'folder_missing', source: dir }] });
  }
  const certificates: SourcedDer[] = [];
  const crls: SourcedDer[] = [];
  const problems: TrustStoreProblem[] = [];
  for (const name of fs.readdirSync(dir).sort()) {
    const file = path.join(dir, name);
    if (name.startsWith('.')) continue;
    try {
      if (!fs.statSync(file).isFile()) continue;
      const found = classifyTrustFile(new Uint8Array(fs.readFileSync(file)), name);
      if (!found) {
        problems.push({ code: 'file_unreadable', source: name });
        continue;
      }
      certificates.push(...found.certificates);
      crls.push(...found.crls);
    } catch {
      problems.push({ code: 'file_unreadable', source: name });
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

/** Clocks of a CRL's issuer and ours may differ this much (the verifier allows the same for signing times). */
export const crlClockSkewMs = 5 * 60_000;

/** A CRL speaks for now when it is already issued and not past its next update. */
export function isCrlFresh(crl: TrustedCrl, now: Date): boolean {
  return crl.thisUpdate.getTime() <= now.getTime() + crlClockSkewMs && (!crl.nextUpdate || crl.nextUpdate >= now);
}

/** The newest CRL this CA signed, or null. */
export function latestCrlOf(store: TrustStore, ca: CertificateFacts): TrustedCrl | null {
  let latest: TrustedCrl | null = null;
  for (const crl of store.crls) {
    if (isCrlSignedBy(crl, ca) && (!latest || crl.thisUpdate > latest.thisUpdate)) latest = crl;
  }
  return latest;
}

/** The CA in the store that issued this certificate (name and signature), or null. */
export function issuerInStore(store: TrustStore, certificate: CertificateFacts): CertificateFacts | null {
  const cas = [...store.anchors, ...store.intermediates];
  return (
    cas.find((ca) => ca !== certificate && sameName(ca.subject, certificate.issuer) && isSignedBy(certificate, ca)) ??
    null
  );
}

export type CrlState = 'fresh' | 'stale' | 'none';

export type TrustedCertificateStatus = {
  subject: string;
  serial: string;
  role: 'root' | 'intermediate';
  notAfter: Date;
  /** The CRL this CA publishes, which the certificates it issued are checked against. */
  publishedCrl: {
    state: CrlState;
    source: string | null;
    thisUpdate: Date | null;
    nextUpdate: Date | null;
    fetchedAt: Date | null;
  };
  /** Whether this certificate's own revocation can be checked: its issuer's CRL; a root has no issuer to ask. */
  revocation: CrlState | 'root';
  distributionPoints: string[];
};

export type TrustStoreStatus = {
  kind: TrustStoreKind;
  certificates: TrustedCertificateStatus[];
  problems: TrustStoreProblem[];
};

function crlState(crl: TrustedCrl | null, now: Date): CrlState {
  if (!crl) return 'none';
  return isCrlFresh(crl, now) ? 'fresh' : 'stale';
}

/**
 * Each trusted certificate with the state of its CRLs, and every problem: those met while reading, a CA whose own
 * issuer is not in the store, a CA certificate without revocation data (a warning: the operator configured it, so it
 * is trusted as such), and a CRL past its next update.
 */
export function assessTrustStore(store: TrustStore, now: Date): TrustStoreStatus {
  const problems = [...store.problems];
  const certificates: TrustedCertificateStatus[] = [];
  const roles = [
    ...store.anchors.map((ca) => ({ ca, role: 'root' as const })),
    ...store.intermediates.map((ca) => ({ ca, role: 'intermediate' as const })),
  ];
  for (const { ca, role } of roles) {
    const published = latestCrlOf(store, ca);
    const state = crlState(published, now);
    if (published && state === 'stale') {
      problems.push({
        code: 'crl_expired',
        source: published.source,
        subject: ca.subjectDn,
        ...(published.nextUpdate ? { at: published.nextUpdate.toISOString() } : {}),
      });
    }
    let revocation: CrlState | 'root' = 'root';
    if (role === 'intermediate') {
      const issuer = issuerInStore(store, ca);
      if (!issuer) problems.push({ code: 'ca_issuer_missing', subject: ca.subjectDn });
      revocation = issuer ? crlState(latestCrlOf(store, issuer), now) : 'none';
      if (issuer && revocation === 'none') problems.push({ code: 'ca_without_crl', subject: ca.subjectDn });
    }
    certificates.push({
      subject: ca.subjectDn,
      serial: ca.serialHex,
      role,
      notAfter: ca.notAfter,
      publishedCrl: {
        state,
        source: published?.source ?? null,
        thisUpdate: published?.thisUpdate ?? null,
        nextUpdate: published?.nextUpdate ?? null,
        fetchedAt: published?.fetchedAt ?? null,
      },
      revocation,
      distributionPoints: ca.crlDistributionPoints,
    });
  }
  return { kind: store.kind, certificates, problems };
}

export type CrlRefresher = {
  /** The folder's store with the CRLs fetched from their distribution points added. */
  source: TrustStoreSource;
  /** Fetches every distribution point once; failures are kept as problems, never thrown. */
  refresh(now: Date): Promise<void>;
  /** Refreshes every intervalMs until stopped (the timer does not keep the process alive). */
  start(intervalMs: number, clock: { now(): Date }): () => void;
  /** When the distribution points were last fetched; null before the first refresh. */
  lastRefreshAt(): Date | null;
};

/**
 * Fetches CRLs from the distribution points named in the store's certificates and from extra addresses (a CA's own
 * CRL is named in the certificates it issues, which the store does not hold). A fetched CRL counts only when a CA of
 * the store signed it; the newest per issuer stays in memory beside the folder's files.
 */
export function createCrlRefresher(input: {
  base: TrustStoreSource;
  extraUrls?: readonly string[];
  timeoutMs?: number;
  fetch?: typeof fetch;
}): CrlRefresher {
  const fetchImpl = input.fetch ?? fetch;
  const fetched = new Map<string, TrustedCrl>();
  let failures: TrustStoreProblem[] = [];
  let lastAt: Date | null = null;
  let merged: { base: TrustStore; version: number; store: TrustStore } | null = null;
  let version = 0;

  const source: TrustStoreSource = {
    kind: input.base.kind,
    async get() {
      const base = await input.base.get();
      if (merged && merged.base === base && merged.version === version) return merged.store;
      const cas = [...base.anchors, ...base.intermediates];
      const extra = [...fetched.values()].filter((crl) => cas.some((ca) => isCrlSignedBy(crl, ca)));
      const store: TrustStore = { ...base, crls: [...base.crls, ...extra], problems: [...base.problems, ...failures] };
      merged = { base, version, store };
      return store;
    },
  };

  async function fetchOne(url: string, now: Date, cas: CertificateFacts[]): Promise<TrustStoreProblem | null> {
    try {
      const response = await fetchImpl(url, { signal: AbortSignal.timeout(input.timeoutMs ?? 10_000) });
      if (!response.ok) return { code: 'crl_refresh_failed', source: url, at: now.toISOString() };
      const bytes = new Uint8Array(await response.arrayBuffer());
      const found = classifyTrustFile(bytes, url);
      const der = found?.crls[0];
      if (!der) return { code: 'crl_refresh_failed', source: url, at: now.toISOString() };
      const crl = parseCrl(der instanceof Uint8Array ? der : der.der, { source: url, fetchedAt: now });
      if (!cas.some((ca) => isCrlSignedBy(crl, ca))) {
        return { code: 'crl_issuer_missing', source: url, subject: formatName(crl.issuer) };
      }
      fetched.set(url, crl);
      return null;
    } catch {
      return { code: 'crl_refresh_failed', source: url, at: now.toISOString() };
    }
  }

  async function refresh(now: Date) {
    const base = await input.base.get();
    const cas = [...base.anchors, ...base.intermediates];
    const urls = [...new Set([...cas.flatMap((ca) => ca.crlDistributionPoints), ...(input.extraUrls ?? [])])];
    const results = await Promise.all(urls.map((url) => fetchOne(url, now, cas)));
    failures = results.filter((r): r is TrustStoreProblem => r !== null);
    lastAt = now;
    version++;
  }

  return {
    source,
    refresh,
    lastRefreshAt: () => lastAt,
    start(intervalMs, clock) {
      let running = false;
      const timer = setInterval(() => {
        if (running) return;
        running = true;
        void refresh(clock.now()).finally(() => {
          running = false;
        });
      }, intervalMs);
      timer.unref();
      return () => clearInterval(timer);
    },
  };
}
