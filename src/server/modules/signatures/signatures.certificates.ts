// Reads what the verifier needs from an X.509 certificate (НУЦ РК subject fields, key usage, roles) and checks raw signatures.
import { createHash, createPublicKey, constants as cryptoConstants, type KeyObject, verify } from 'node:crypto';
import { type CertificateRole, type HashName, hashOid, nameOid, roleOid } from '../../../shared/signatures/oids';
import {
  bitStringOf,
  booleanOf,
  bytesOf,
  childrenOf,
  contentsOf,
  contextTag,
  type DerNode,
  expect,
  integerHex,
  octetsOf,
  oidOf,
  parseDer,
  smallIntegerOf,
  stringOf,
  tag,
  timeOf,
} from './signatures.der';

const extensionOid = {
  subjectKeyIdentifier: '2.5.29.14',
  keyUsage: '2.5.29.15',
  subjectAltName: '2.5.29.17',
  basicConstraints: '2.5.29.19',
  certificatePolicies: '2.5.29.32',
  extendedKeyUsage: '2.5.29.37',
  crlDistributionPoints: '2.5.29.31',
} as const;

/** Critical extensions this verifier understands; any other critical one makes the certificate unusable (RFC 5280 §4.2). */
const understoodCriticalExtensions = new Set<string>([
  extensionOid.keyUsage,
  extensionOid.basicConstraints,
  extensionOid.extendedKeyUsage,
  extensionOid.certificatePolicies,
  extensionOid.subjectAltName,
]);

const shortNames: Record<string, string> = {
  [nameOid.commonName]: 'CN',
  [nameOid.surname]: 'SURNAME',
  [nameOid.serialNumber]: 'SERIALNUMBER',
  [nameOid.country]: 'C',
  [nameOid.organisation]: 'O',
  [nameOid.organisationalUnit]: 'OU',
  [nameOid.givenName]: 'G',
  '2.5.4.7': 'L',
  '2.5.4.8': 'S',
  '1.2.840.113549.1.9.1': 'E',
};

export type KeyUsageBits = {
  digitalSignature: boolean;
  nonRepudiation: boolean;
  keyEncipherment: boolean;
  keyCertSign: boolean;
  cRLSign: boolean;
};

export type AlgorithmIdentifier = { oid: string; parameters: DerNode | undefined };

export type DistinguishedName = { der: Uint8Array; attributes: { type: string; value: string }[] };

export type CertificateFacts = {
  der: Uint8Array;
  /** The to-be-signed part as received, what the issuer signed. */
  tbs: Uint8Array;
  signatureAlgorithm: AlgorithmIdentifier;
  signatureValue: Uint8Array;
  serialHex: string;
  issuer: DistinguishedName;
  subject: DistinguishedName;
  subjectDn: string;
  issuerDn: string;
  commonName: string | null;
  surname: string | null;
  givenName: string | null;
  organisation: string | null;
  iin: string | null;
  bin: string | null;
  notBefore: Date;
  notAfter: Date;
  spki: Uint8Array;
  publicKeyAlgorithm: string;
  /** null when the certificate has no key usage extension. */
  keyUsage: KeyUsageBits | null;
  /** null when the certificate has no extended key usage extension (any purpose). */
  extendedKeyUsage: string[] | null;
  roles: CertificateRole[];
  isCa: boolean;
  pathLength: number | null;
  subjectKeyId: string | null;
  /** The http(s) addresses where the issuer publishes the CRL that covers this certificate. */
  crlDistributionPoints: string[];
  unknownCriticalExtensions: string[];
};

export function hex(bytes: Uint8Array): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('hex');
}

export function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  return a.length === b.length && Buffer.compare(a, b) === 0;
}

export function algorithmOf(node: DerNode): AlgorithmIdentifier {
  const [id, parameters] = childrenOf(expect(node, tag.sequence));
  return { oid: oidOf(id!), parameters };
}

export function nameOf(node: DerNode): DistinguishedName {
  const attributes: DistinguishedName['attributes'] = [];
  for (const rdn of childrenOf(expect(node, tag.sequence))) {
    for (const pair of childrenOf(expect(rdn, tag.set))) {
      const [type, value] = childrenOf(expect(pair, tag.sequence));
      attributes.push({ type: oidOf(type!), value: stringOf(value!) });
    }
  }
  return { der: bytesOf(node), attributes };
}

export function formatName(name: DistinguishedName): string {
  return name.attributes
    .map(({ type, value }) => `${shortNames[type] ?? type}=${value.replace(/([,+"\\<>;])/g, '\\$1')}`)
    .join(', ');
}

const roleByOid = new Map<string, CertificateRole>(
  Object.entries(roleOid).map(([role, oid]) => [oid, role as CertificateRole]),
);

type Extension = { oid: string; critical: boolean; value: DerNode };

function extensionsOf(node: DerNode | undefined): Extension[] {
  if (!node) return [];
  const [list] = childrenOf(node);
  return childrenOf(expect(list, tag.sequence)).map((extension) => {
    const parts = childrenOf(expect(extension, tag.sequence));
    const critical = parts.length === 3 && booleanOf(parts[1]!);
    const octets = octetsOf(parts[parts.length - 1]!);
    return { oid: oidOf(parts[0]!), critical, value: parseDer(octets) };
  });
}

function keyUsageOf(extension: Extension | undefined): KeyUsageBits | null {
  if (!extension) return null;
  const first = bitStringOf(extension.value)[0] ?? 0;
  return {
    digitalSignature: (first & 0x80) !== 0,
    nonRepudiation: (first & 0x40) !== 0,
    keyEncipherment: (first & 0x20) !== 0,
    keyCertSign: (first & 0x04) !== 0,
    cRLSign: (first & 0x02) !== 0,
  };
}

/** CRLDistributionPoints (RFC 5280 §4.2.1.13): the URIs among each point's full names. */
function distributionPointsOf(extension: Extension | undefined): string[] {
  if (!extension) return [];
  const urls: string[] = [];
  for (const point of childrenOf(expect(extension.value, tag.sequence))) {
    const name = childrenOf(point).find((p) => p.tag === contextTag(0));
    const fullName = name ? childrenOf(name).find((p) => p.tag === contextTag(0)) : undefined;
    for (const general of fullName ? childrenOf(fullName) : []) {
      if (general.tag !== contextTag(6, false)) continue;
      const url = Buffer.from(contentsOf(general)).toString('latin1');
      if (/^https?:\/\//i.test(url)) urls.push(url);
    }
  }
  return urls;
}

/** Parses a DER certificate; throws DerError on anything that is not one. */
export function parseCertificate(der: Uint8Array): CertificateFacts {
  const [tbsNode, signatureAlgorithmNode, signatureNode] = childrenOf(expect(parseDer(der), tag.sequence));
  const tbsParts = childrenOf(expect(tbsNode, tag.sequence));
  let i = tbsParts[0]?.tag === contextTag(0) ? 1 : 0; // [0] version
  const serialHex = integerHex(tbsParts[i++]!);
  i++; // the signature algorithm again, inside what is signed
  const issuer = nameOf(tbsParts[i++]!);
  const [notBeforeNode, notAfterNode] = childrenOf(expect(tbsParts[i++], tag.sequence));
  const subject = nameOf(tbsParts[i++]!);
  const spkiNode = expect(tbsParts[i++], tag.sequence);
  const extensions = extensionsOf(tbsParts.slice(i).find((p) => p.tag === contextTag(3)));
  const find = (oid: string) => extensions.find((e) => e.oid === oid);

  const eku = find(extensionOid.extendedKeyUsage);
  const extendedKeyUsage = eku ? childrenOf(expect(eku.value, tag.sequence)).map(oidOf) : null;
  const policies = find(extensionOid.certificatePolicies);
  const policyOids = policies
    ? childrenOf(expect(policies.value, tag.sequence)).map((p) => oidOf(childrenOf(p)[0]!))
    : [];
  // НУЦ РК writes the holder's role into the extended key usage; some issuers use certificate policies instead.
  const roles = [...new Set([...(extendedKeyUsage ?? []), ...policyOids].flatMap((oid) => roleByOid.get(oid) ?? []))];
  const constraints = find(extensionOid.basicConstraints);
  const constraintParts = constraints ? childrenOf(expect(constraints.value, tag.sequence)) : [];
  const isCa = constraintParts[0]?.tag === tag.boolean && booleanOf(constraintParts[0]);
  const pathNode = constraintParts.find((p) => p.tag === tag.integer);
  const ski = find(extensionOid.subjectKeyIdentifier);

  const field = (oid: string) => subject.attributes.filter((a) => a.type === oid).map((a) => a.value);
  const serialNumbers = field(nameOid.serialNumber);
  const units = field(nameOid.organisationalUnit);
  const subjectKeyId = ski ? hex(contentsOf(expect(ski.value, tag.octetString))) : null;
  return {
    der,
    tbs: bytesOf(tbsNode!),
    signatureAlgorithm: algorithmOf(signatureAlgorithmNode!),
    signatureValue: bitStringOf(signatureNode!),
    serialHex,
    issuer,
    subject,
    subjectDn: formatName(subject),
    issuerDn: formatName(issuer),
    commonName: field(nameOid.commonName)[0] ?? null,
    surname: field(nameOid.surname)[0] ?? null,
    givenName: field(nameOid.givenName)[0] ?? null,
    organisation: field(nameOid.organisation)[0] ?? null,
    iin: serialNumbers.find((s) => s.startsWith('IIN'))?.slice(3) ?? null,
    bin:
      units.find((u) => u.startsWith('BIN'))?.slice(3) ??
      serialNumbers.find((s) => s.startsWith('BIN'))?.slice(3) ??
      null,
    notBefore: timeOf(notBeforeNode!),
    notAfter: timeOf(notAfterNode!),
    spki: bytesOf(spkiNode),
    publicKeyAlgorithm: algorithmOf(childrenOf(spkiNode)[0]!).oid,
    keyUsage: keyUsageOf(find(extensionOid.keyUsage)),
    extendedKeyUsage,
    roles,
    isCa,
    pathLength: pathNode ? smallIntegerOf(pathNode) : null,
    subjectKeyId,
    crlDistributionPoints: distributionPointsOf(find(extensionOid.crlDistributionPoints)),
    unknownCriticalExtensions: extensions
      .filter((e) => e.critical && !understoodCriticalExtensions.has(e.oid))
      .map((e) => e.oid),
  };
}

/** Certificates come again and again (the issuing CA's in every CMS, a signer's in each of their signatures): parse once. */
const parsedCertificates = new Map<string, CertificateFacts>();
const maxCachedCertificates = 2000;

/** Forgets the parsed certificates (the benchmark's cold case). */
export function clearCertificateCache(): void {
  parsedCertificates.clear();
}

export function parseCertificateCached(der: Uint8Array): CertificateFacts {
  const key = createHash('sha256').update(der).digest('base64');
  const cached = parsedCertificates.get(key);
  if (cached) return cached;
  const facts = parseCertificate(new Uint8Array(der));
  if (parsedCertificates.size >= maxCachedCertificates)
    parsedCertificates.delete(parsedCertificates.keys().next().value!);
  parsedCertificates.set(key, facts);
  return facts;
}

export function sha256Hex(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

const nodeHashName: Record<HashName, string> = { 'SHA-256': 'sha256', 'SHA-384': 'sha384', 'SHA-512': 'sha512' };

export function hashNameOfOid(oid: string): HashName | null {
  const entry = Object.entries(hashOid).find(([, value]) => value === oid);
  return entry ? (entry[0] as HashName) : null;
}

export function digest(hash: HashName, bytes: Uint8Array): Buffer {
  return createHash(nodeHashName[hash]).update(bytes).digest();
}

type SignatureScheme = { kind: 'rsa' | 'ecdsa'; hash: HashName | 'from-digest-algorithm' } | { kind: 'rsa-pss' };

/** Signature algorithms accepted (SHA-1 is refused everywhere: collisions are practical). */
const signatureSchemes: Record<string, SignatureScheme> = {
  '1.2.840.113549.1.1.11': { kind: 'rsa', hash: 'SHA-256' },
  '1.2.840.113549.1.1.12': { kind: 'rsa', hash: 'SHA-384' },
  '1.2.840.113549.1.1.13': { kind: 'rsa', hash: 'SHA-512' },
  '1.2.840.10045.4.3.2': { kind: 'ecdsa', hash: 'SHA-256' },
  '1.2.840.10045.4.3.3': { kind: 'ecdsa', hash: 'SHA-384' },
  '1.2.840.10045.4.3.4': { kind: 'ecdsa', hash: 'SHA-512' },
  // CMS signer infos may name only the key type; the hash is then the signer info's digest algorithm.
  '1.2.840.113549.1.1.1': { kind: 'rsa', hash: 'from-digest-algorithm' },
  '1.2.840.10045.2.1': { kind: 'ecdsa', hash: 'from-digest-algorithm' },
  '1.2.840.113549.1.1.10': { kind: 'rsa-pss' },
};

export function isSupportedSignatureAlgorithm(oid: string): boolean {
  return oid in signatureSchemes;
}

const publicKeys = new WeakMap<CertificateFacts, KeyObject>();

function publicKeyOf(certificate: CertificateFacts): KeyObject {
  let key = publicKeys.get(certificate);
  if (!key) {
    key = createPublicKey({ key: Buffer.from(certificate.spki), format: 'der', type: 'spki' });
    publicKeys.set(certificate, key);
  }
  return key;
}

/** RSASSA-PSS-params: hash [0], mask generation [1], salt length [2] (RFC 4055); defaults SHA-1 and 20. */
function pssParameters(parameters: DerNode | undefined): { hash: HashName | null; saltLength: number } {
  let hash: HashName | null = null;
  let saltLength = 20;
  for (const part of parameters ? childrenOf(parameters) : []) {
    const [inner] = childrenOf(part);
    if (part.tag === contextTag(0)) hash = hashNameOfOid(algorithmOf(inner!).oid);
    if (part.tag === contextTag(2)) saltLength = smallIntegerOf(inner!);
  }
  return { hash, saltLength };
}

/** Checks a signature made by the certificate's key; false (never a throw) for anything that does not verify. */
export function verifyWithCertificate(input: {
  signer: CertificateFacts;
  algorithm: AlgorithmIdentifier;
  digestAlgorithm?: HashName;
  data: Uint8Array;
  signature: Uint8Array;
}): boolean {
  const scheme = signatureSchemes[input.algorithm.oid];
  if (!scheme) return false;
  try {
    const key = publicKeyOf(input.signer);
    if (scheme.kind === 'rsa-pss') {
      const { hash, saltLength } = pssParameters(input.algorithm.parameters);
      if (!hash) return false;
      return verify(
        nodeHashName[hash],
        input.data,
        { key, padding: cryptoConstants.RSA_PKCS1_PSS_PADDING, saltLength },
        input.signature,
      );
    }
    const hash = scheme.hash === 'from-digest-algorithm' ? input.digestAlgorithm : scheme.hash;
    if (!hash) return false;
    if ((scheme.kind === 'ecdsa') !== (key.asymmetricKeyType === 'ec')) return false;
    return verify(nodeHashName[hash], input.data, key, input.signature);
  } catch {
    return false;
  }
}

const issuedByCache = new WeakMap<CertificateFacts, WeakMap<CertificateFacts, boolean>>();

/** Whether `issuer` signed `certificate`; remembered per pair, since neither changes. */
export function isSignedBy(certificate: CertificateFacts, issuer: CertificateFacts): boolean {
  let verdicts = issuedByCache.get(certificate);
  if (!verdicts) {
    verdicts = new WeakMap();
    issuedByCache.set(certificate, verdicts);
  }
  let verdict = verdicts.get(issuer);
  if (verdict === undefined) {
    verdict = verifyWithCertificate({
      signer: issuer,
      algorithm: certificate.signatureAlgorithm,
      data: certificate.tbs,
      signature: certificate.signatureValue,
    });
    verdicts.set(issuer, verdict);
  }
  return verdict;
}

/** Names are compared as the encoded bytes: a CA copies its own subject into what it issues. */
export function sameName(a: DistinguishedName, b: DistinguishedName): boolean {
  return sameBytes(a.der, b.der);
}

export function isSelfIssued(certificate: CertificateFacts): boolean {
  return sameName(certificate.subject, certificate.issuer);
}

export function toPem(label: 'CERTIFICATE' | 'X509 CRL' | 'PRIVATE KEY', der: Uint8Array): string {
  const base64 = Buffer.from(der).toString('base64');
  return `-----BEGIN ${label}-----\n${base64.replace(/(.{64})/g, '$1\n').replace(/\n$/, '')}\n-----END ${label}-----\n`;
}

/** Every PEM block of a label in a text, as DER. */
export function fromPem(text: string, label: 'CERTIFICATE' | 'X509 CRL' | 'PRIVATE KEY'): Uint8Array[] {
  const pattern = new RegExp(`-----BEGIN ${label}-----([\\s\\S]*?)-----END ${label}-----`, 'g');
  return [...text.matchAll(pattern)].map(
    (m) => new Uint8Array(Buffer.from((m[1] ?? '').replace(/\s+/g, ''), 'base64')),
  );
}
