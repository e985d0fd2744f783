// The project's test certification authority: a root, an issuing CA, CRLs and password-protected .p12 files shaped like НУЦ РК's.
import { createHash, randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import * as asn1js from 'asn1js';
import * as pkijs from 'pkijs';
import { type CertificateRole, nameOid, nationalCaTestIin, purposeOid, roleOid } from '../../../shared/signatures/oids';
import { toArrayBuffer } from '../../../shared/signatures/sign-cms';
import { fromPem, parseCertificate, toPem } from './signatures.certificates';

export const TEST_PKI_PASSWORD = 'Jumys-demo-2026';

export type KeyAlgorithm = 'RSA' | 'ECDSA';
export type CertificatePurpose = 'signing' | 'authentication';
export type KeyUsageName = 'digitalSignature' | 'nonRepudiation' | 'keyEncipherment' | 'keyCertSign' | 'cRLSign';

export type TestCertificateSpec = {
  /** File stem: <name>.p12 and <name>.pem; a demo user's login. */
  name: string;
  login?: string;
  /** CN as НУЦ РК writes it: "SURNAME GIVEN-NAME". */
  commonName: string;
  surname: string;
  /** НУЦ РК puts the patronymic in G. */
  givenName?: string;
  iin: string;
  /** An organisation's staff: O, and OU=BIN<bin> unless bin is null (a certificate that cannot sign for it). */
  organisation?: { name: string; bin: string | null };
  roles: CertificateRole[];
  purposes?: CertificatePurpose[];
  keyAlgorithm?: KeyAlgorithm;
  keyUsage?: KeyUsageName[];
  notBefore?: Date;
  notAfter?: Date;
  revoked?: boolean;
  issuer?: 'issuing' | 'untrusted';
  note?: string;
  /** Where the issuer's CRL is published (the CRL distribution points extension). */
  crlDistributionPoints?: string[];
};

export type CertificateAuthority = {
  certificate: pkijs.Certificate;
  der: Uint8Array;
  privateKey: CryptoKey;
  keyPkcs8: Uint8Array;
};

export type IssuedCertificate = {
  spec: TestCertificateSpec;
  serial: string;
  der: Uint8Array;
  p12: Uint8Array;
  subject: string;
};

export type ManifestEntry = {
  name: string;
  login: string | null;
  file: string;
  certificate: string;
  subject: string;
  serial: string;
  iin: string;
  bin: string | null;
  keyAlgorithm: KeyAlgorithm;
  purposes: CertificatePurpose[];
  roles: CertificateRole[];
  notBefore: string;
  notAfter: string;
  revoked: boolean;
  issuer: 'issuing' | 'untrusted';
  note: string | null;
};

export type TestPkiManifest = {
  generatedAt: string;
  password: string;
  trust: { root: string; issuing: string; issuingCrl: string; rootCrl: string; crlFormat: 'DER' };
  untrustedRoot: string;
  certificates: ManifestEntry[];
};

export type TestPki = {
  dir: string;
  trustDir: string;
  manifest: TestPkiManifest;
  root: CertificateAuthority;
  issuing: CertificateAuthority;
  untrusted: CertificateAuthority;
  /** Every certificate of the manifest by name, with its .p12 bytes. */
  issued: Map<string, IssuedCertificate>;
};

const day = 86_400_000;

const keyAlgorithms: Record<KeyAlgorithm, RsaHashedKeyGenParams | EcKeyGenParams> = {
  RSA: { name: 'RSASSA-PKCS1-v1_5', modulusLength: 2048, publicExponent: new Uint8Array([1, 0, 1]), hash: 'SHA-256' },
  ECDSA: { name: 'ECDSA', namedCurve: 'P-256' },
};

function generateKeys(algorithm: KeyAlgorithm): Promise<CryptoKeyPair> {
  return crypto.subtle.generateKey(keyAlgorithms[algorithm], true, ['sign', 'verify']) as Promise<CryptoKeyPair>;
}

async function importCaKey(pkcs8: Uint8Array, certificate: pkijs.Certificate): Promise<CryptoKey> {
  const isEc = certificate.subjectPublicKeyInfo.algorithm.algorithmId === '1.2.840.10045.2.1';
  const algorithm = isEc ? { name: 'ECDSA', namedCurve: 'P-256' } : { name: 'RSASSA-PKCS1-v1_5', hash: 'SHA-256' };
  return crypto.subtle.importKey('pkcs8', toArrayBuffer(pkcs8), algorithm, true, ['sign']);
}

/** UTCTime until 2049, GeneralizedTime after (RFC 5280 §4.1.2.5). */
function timeOf(value: Date): pkijs.Time {
  return new pkijs.Time({ type: value.getUTCFullYear() < 2050 ? 0 : 1, value });
}

function randomSerial(): asn1js.Integer {
  const bytes = randomBytes(16);
  bytes[0] = (bytes[0]! & 0x7f) | 0x40; // positive and without a leading zero byte
  return new asn1js.Integer({ valueHex: toArrayBuffer(bytes) });
}

function attribute(type: string, value: pkijs.AttributeValueType) {
  return new pkijs.AttributeTypeAndValue({ type, value });
}

/** One attribute per RDN, as every CA writes names (PKIjs alone would put them all in one multi-valued RDN). */
function distinguishedName(values: pkijs.AttributeTypeAndValue[]): pkijs.RelativeDistinguishedNames {
  const sequence = new asn1js.Sequence({ value: values.map((v) => new asn1js.Set({ value: [v.toSchema()] })) });
  return pkijs.RelativeDistinguishedNames.fromBER(sequence.toBER(false));
}

function subjectName(spec: TestCertificateSpec): pkijs.RelativeDistinguishedNames {
  // The order НУЦ РК uses: CN, SURNAME, SERIALNUMBER, C, G, O, OU.
  const values = [
    attribute(nameOid.commonName, new asn1js.Utf8String({ value: spec.commonName })),
    attribute(nameOid.surname, new asn1js.Utf8String({ value: spec.surname })),
    attribute(nameOid.serialNumber, new asn1js.PrintableString({ value: `IIN${spec.iin}` })),
    attribute(nameOid.country, new asn1js.PrintableString({ value: 'KZ' })),
  ];
  if (spec.givenName) values.push(attribute(nameOid.givenName, new asn1js.Utf8String({ value: spec.givenName })));
  if (spec.organisation) {
    values.push(attribute(nameOid.organisation, new asn1js.Utf8String({ value: spec.organisation.name })));
    if (spec.organisation.bin) {
      values.push(
        attribute(nameOid.organisationalUnit, new asn1js.PrintableString({ value: `BIN${spec.organisation.bin}` })),
      );
    }
  }
  return distinguishedName(values);
}

function caName(commonName: string): pkijs.RelativeDistinguishedNames {
  return distinguishedName([
    attribute(nameOid.commonName, new asn1js.Utf8String({ value: commonName })),
    attribute(nameOid.organisation, new asn1js.Utf8String({ value: 'Jumys test CA (not НУЦ РК)' })),
    attribute(nameOid.country, new asn1js.PrintableString({ value: 'KZ' })),
  ]);
}

function extension(extnID: string, critical: boolean, value: asn1js.AsnType | pkijs.PkiObject) {
  const schema = value instanceof pkijs.PkiObject ? value.toSchema() : value;
  return new pkijs.Extension({ extnID, critical, extnValue: schema.toBER(false) });
}

const keyUsageBits: Record<KeyUsageName, number> = {
  digitalSignature: 0x80,
  nonRepudiation: 0x40,
  keyEncipherment: 0x20,
  keyCertSign: 0x04,
  cRLSign: 0x02,
};

function keyUsageExtension(names: KeyUsageName[]) {
  const bits = names.reduce((all, n) => all | keyUsageBits[n], 0);
  let unusedBits = 0;
  while (unusedBits < 7 && (bits & (1 << unusedBits)) === 0) unusedBits++;
  const value = new asn1js.BitString({ valueHex: new Uint8Array([bits]).buffer, unusedBits });
  return extension('2.5.29.15', true, value);
}

function keyIdentifier(certificate: pkijs.Certificate): ArrayBuffer {
  const bits = certificate.subjectPublicKeyInfo.subjectPublicKey.valueBlock.valueHexView;
  return toArrayBuffer(createHash('sha1').update(bits).digest());
}

async function signCertificate(input: {
  subject: pkijs.RelativeDistinguishedNames;
  publicKey: CryptoKey;
  issuer: CertificateAuthority | null;
  issuerKey: CryptoKey;
  notBefore: Date;
  notAfter: Date;
  extensions: pkijs.Extension[];
}): Promise<{ certificate: pkijs.Certificate; der: Uint8Array }> {
  const certificate = new pkijs.Certificate();
  certificate.version = 2;
  certificate.serialNumber = randomSerial();
  certificate.subject = input.subject;
  certificate.issuer = input.issuer ? input.issuer.certificate.subject : input.subject;
  certificate.notBefore = timeOf(input.notBefore);
  certificate.notAfter = timeOf(input.notAfter);
  await certificate.subjectPublicKeyInfo.importKey(input.publicKey);
  const issuerKeyId = input.issuer ? keyIdentifier(input.issuer.certificate) : keyIdentifier(certificate);
  certificate.extensions = [
    ...input.extensions,
    extension('2.5.29.14', false, new asn1js.OctetString({ valueHex: keyIdentifier(certificate) })),
    extension(
      '2.5.29.35',
      false,
      new pkijs.AuthorityKeyIdentifier({ keyIdentifier: new asn1js.OctetString({ valueHex: issuerKeyId }) }),
    ),
  ];
  await certificate.sign(input.issuerKey, 'SHA-256');
  const der = new Uint8Array(certificate.toSchema(true).toBER(false));
  // Parsed back, so the object carries its encoding like any certificate read from a file.
  return { certificate: pkijs.Certificate.fromBER(toArrayBuffer(der)), der };
}

function distributionPointsExtension(urls: string[]) {
  const points = urls.map(
    (url) => new pkijs.DistributionPoint({ distributionPoint: [new pkijs.GeneralName({ type: 6, value: url })] }),
  );
  return extension('2.5.29.31', false, new pkijs.CRLDistributionPoints({ distributionPoints: points }));
}

/** A root CA (issuer null) or a CA under another; crlDistributionPoints says where its issuer's CRL lives. */
export async function createCertificateAuthority(input: {
  commonName: string;
  issuer: CertificateAuthority | null;
  notBefore: Date;
  notAfter: Date;
  pathLength?: number;
  keyAlgorithm?: KeyAlgorithm;
  crlDistributionPoints?: string[];
}): Promise<CertificateAuthority> {
  const keys = await generateKeys(input.keyAlgorithm ?? 'RSA');
  const { certificate, der } = await signCertificate({
    subject: caName(input.commonName),
    publicKey: keys.publicKey,
    issuer: input.issuer,
    issuerKey: input.issuer?.privateKey ?? keys.privateKey,
    notBefore: input.notBefore,
    notAfter: input.notAfter,
    extensions: [
      extension('2.5.29.19', true, new pkijs.BasicConstraints({ cA: true, pathLenConstraint: input.pathLength ?? 0 })),
      keyUsageExtension(['keyCertSign', 'cRLSign']),
      ...(input.crlDistributionPoints?.length ? [distributionPointsExtension(input.crlDistributionPoints)] : []),
    ],
  });
  const keyPkcs8 = new Uint8Array(await crypto.subtle.exportKey('pkcs8', keys.privateKey));
  return { certificate, der, privateKey: keys.privateKey, keyPkcs8 };
}

const purposeOids: Record<CertificatePurpose, string> = {
  signing: purposeOid.signing,
  authentication: purposeOid.authentication,
};

/** An end-entity certificate and its private key (PKCS#8). */
export async function issueCertificate(ca: CertificateAuthority, spec: TestCertificateSpec, now: Date) {
  const keys = await generateKeys(spec.keyAlgorithm ?? 'ECDSA');
  const purposes = spec.purposes ?? ['signing', 'authentication'];
  const { certificate, der } = await signCertificate({
    subject: subjectName(spec),
    publicKey: keys.publicKey,
    issuer: ca,
    issuerKey: ca.privateKey,
    notBefore: spec.notBefore ?? new Date(now.getTime() - day),
    notAfter: spec.notAfter ?? new Date(now.getTime() + 730 * day),
    extensions: [
      extension('2.5.29.19', false, new pkijs.BasicConstraints({ cA: false })),
      keyUsageExtension(spec.keyUsage ?? ['digitalSignature', 'nonRepudiation']),
      // НУЦ РК lists the key's purposes and the holder's roles together in the extended key usage.
      extension(
        '2.5.29.37',
        false,
        new pkijs.ExtKeyUsage({
          keyPurposes: [...purposes.map((p) => purposeOids[p]), ...spec.roles.map((r) => roleOid[r])],
        }),
      ),
      ...(spec.crlDistributionPoints?.length ? [distributionPointsExtension(spec.crlDistributionPoints)] : []),
    ],
  });
  const keyPkcs8 = new Uint8Array(await crypto.subtle.exportKey('pkcs8', keys.privateKey));
  return { certificate, der, keyPkcs8 };
}

/** A CRL signed by the CA; serials are upper-case hex. */
export async function issueCrl(input: {
  ca: CertificateAuthority;
  revoked: { serial: string; at: Date }[];
  thisUpdate: Date;
  nextUpdate: Date;
  signingKey?: CryptoKey;
}): Promise<Uint8Array> {
  const crl = new pkijs.CertificateRevocationList({
    version: 1,
    issuer: input.ca.certificate.subject,
    thisUpdate: timeOf(input.thisUpdate),
    nextUpdate: timeOf(input.nextUpdate),
    crlExtensions: new pkijs.Extensions({
      extensions: [
        extension(
          '2.5.29.35',
          false,
          new pkijs.AuthorityKeyIdentifier({
            keyIdentifier: new asn1js.OctetString({ valueHex: keyIdentifier(input.ca.certificate) }),
          }),
        ),
        extension('2.5.29.20', false, new asn1js.Integer({ value: Math.floor(input.thisUpdate.getTime() / 1000) })),
      ],
    }),
  });
  if (input.revoked.length) {
    crl.revokedCertificates = input.revoked.map(
      (r) =>
        new pkijs.RevokedCertificate({
          userCertificate: new asn1js.Integer({ valueHex: toArrayBuffer(Buffer.from(r.serial, 'hex')) }),
          revocationDate: timeOf(r.at),
        }),
    );
  }
  await crl.sign(input.signingKey ?? input.ca.privateKey, 'SHA-256');
  return new Uint8Array(crl.toSchema(true).toBER(false));
}

/** PKCS#12 as OpenSSL 3 writes it: key in a PBES2/AES-256-CBC shrouded bag, certificates in a PBES2 safe, HMAC-SHA-256 MAC. */
export async function buildPkcs12(input: {
  certificate: Uint8Array;
  chain: Uint8Array[];
  keyPkcs8: Uint8Array;
  password: string;
  friendlyName: string;
}): Promise<Uint8Array> {
  const password = toArrayBuffer(new TextEncoder().encode(input.password));
  const encryption = {
    password,
    // PKIjs draws the IV itself; the type asks for one anyway.
    contentEncryptionAlgorithm: { name: 'AES-CBC', length: 256 } as pkijs.ContentEncryptionAlgorithm,
    hmacHashAlgorithm: 'SHA-256',
    iterationCount: 2048,
  };
  const localKeyId = new asn1js.OctetString({ valueHex: toArrayBuffer(randomBytes(8)) });
  const bagAttributes = [
    new pkijs.Attribute({
      type: '1.2.840.113549.1.9.20',
      values: [new asn1js.BmpString({ value: input.friendlyName })],
    }),
    new pkijs.Attribute({ type: '1.2.840.113549.1.9.21', values: [localKeyId] }),
  ];
  const keyBag = new pkijs.PKCS8ShroudedKeyBag({
    parsedValue: pkijs.PrivateKeyInfo.fromBER(toArrayBuffer(input.keyPkcs8)),
  });
  await keyBag.makeInternalValues(encryption);
  const certificateBag = (der: Uint8Array, own: boolean) =>
    new pkijs.SafeBag({
      bagId: '1.2.840.113549.1.12.10.1.3',
      bagValue: new pkijs.CertBag({ parsedValue: pkijs.Certificate.fromBER(toArrayBuffer(der)) }),
      ...(own ? { bagAttributes } : {}),
    });
  const pfx = new pkijs.PFX({
    parsedValue: {
      integrityMode: 0,
      authenticatedSafe: new pkijs.AuthenticatedSafe({
        parsedValue: {
          safeContents: [
            {
              privacyMode: 1,
              value: new pkijs.SafeContents({
                safeBags: [
                  certificateBag(input.certificate, true),
                  ...input.chain.map((c) => certificateBag(c, false)),
                ],
              }),
            },
            {
              privacyMode: 0,
              value: new pkijs.SafeContents({
                safeBags: [new pkijs.SafeBag({ bagId: '1.2.840.113549.1.12.10.1.2', bagValue: keyBag, bagAttributes })],
              }),
            },
          ],
        },
      }),
    },
  });
  await pfx.parsedValue!.authenticatedSafe!.makeInternalValues({ safeContents: [encryption, {}] });
  await pfx.makeInternalValues({
    password,
    iterations: 2048,
    pbkdf2HashAlgorithm: 'SHA-256',
    hmacHashAlgorithm: 'SHA-256',
  });
  return new Uint8Array(pfx.toSchema().toBER(false));
}

/** "Айгүл Сейтқалиқызы Нұрланова" → CN "НҰРЛАНОВА АЙГҮЛ", SURNAME "НҰРЛАНОВА", G "СЕЙТҚАЛИҚЫЗЫ", as НУЦ РК writes names. */
export function nameParts(fullName: string): Pick<TestCertificateSpec, 'commonName' | 'surname' | 'givenName'> {
  const parts = fullName.trim().split(/\s+/);
  const given = (parts[0] ?? '').toUpperCase();
  const surname = (parts.length > 1 ? parts.at(-1)! : given).toUpperCase();
  const patronymic = parts.length > 2 ? parts.slice(1, -1).join(' ').toUpperCase() : undefined;
  return { commonName: `${surname} ${given}`.trim(), surname, ...(patronymic ? { givenName: patronymic } : {}) };
}

export type PkiUser = {
  login: string;
  fullName: string;
  iin: string;
  role: string;
  organisation: { kind: 'employer' | 'centre'; name: string; bin: string } | null;
};

/**
 * One certificate per user with an IIN: employer representatives and heads of centres as first heads with their
 * organisation's BIN, other staff as employees, job seekers as individuals. Each employer gets an RSA and an ECDSA key.
 */
export function demoCertificateSpecs(users: PkiUser[]): TestCertificateSpec[] {
  const specs: TestCertificateSpec[] = [];
  for (const [i, user] of users.entries()) {
    const base = { login: user.login, iin: user.iin, ...nameParts(user.fullName) };
    if (!user.organisation) {
      specs.push({ ...base, name: user.login, roles: ['individual'], keyAlgorithm: i % 2 ? 'ECDSA' : 'RSA' });
      continue;
    }
    const isHead = user.role === 'employer_representative' || user.role === 'centre_head';
    const organisation = { name: user.organisation.name, bin: user.organisation.bin };
    const roles: CertificateRole[] = ['organisation', isHead ? 'firstHead' : 'employee'];
    specs.push({ ...base, name: user.login, organisation, roles, keyAlgorithm: 'RSA' });
    // Centre staff also hold a personal key: the commission's chair and secretary sign its minutes as individuals.
    if (user.organisation.kind === 'centre') {
      specs.push({ ...base, name: `${user.login}-personal`, roles: ['individual'], keyAlgorithm: 'ECDSA' });
    }
    if (user.organisation.kind === 'employer') {
      specs.push({ ...base, name: `${user.login}-ecdsa`, organisation, roles, keyAlgorithm: 'ECDSA' });
    }
  }
  return specs;
}

/** The defective certificates tests and demos need, all in the name of one employer's head so only the defect differs. */
export function defectiveCertificateSpecs(holder: TestCertificateSpec, now: Date): TestCertificateSpec[] {
  const base = { ...holder, login: undefined } as TestCertificateSpec;
  delete base.login;
  const organisation = holder.organisation ?? { name: 'ТОО «Тест»', bin: null };
  return [
    {
      ...base,
      name: 'test-expired',
      notBefore: new Date(now.getTime() - 800 * day),
      notAfter: new Date(now.getTime() - 30 * day),
      note: 'expired 30 days before generation',
    },
    {
      ...base,
      name: 'test-not-yet-valid',
      notBefore: new Date(now.getTime() + 30 * day),
      notAfter: new Date(now.getTime() + 400 * day),
      note: 'valid from 30 days after generation',
    },
    { ...base, name: 'test-revoked', revoked: true, note: 'listed in trust/issuing.crl' },
    { ...base, name: 'test-untrusted', issuer: 'untrusted', note: 'issued by a CA outside the trust store' },
    {
      ...base,
      name: 'test-no-bin',
      organisation: { name: organisation.name, bin: null },
      note: 'organisation certificate without OU=BIN: cannot sign for the organisation',
    },
    {
      ...base,
      name: 'test-employee-only',
      roles: ['organisation', 'employee'],
      note: 'employee role only: no right to sign for the organisation',
    },
    {
      ...base,
      name: 'test-authentication-only',
      purposes: ['authentication'],
      keyUsage: ['digitalSignature'],
      note: 'authentication key: signs in, cannot sign documents',
    },
    {
      ...base,
      name: 'test-key-encipherment',
      keyUsage: ['keyEncipherment'],
      note: 'key usage without digitalSignature or nonRepudiation',
    },
    {
      ...base,
      name: 'test-nca-test-iin',
      iin: nationalCaTestIin,
      note: 'IIN123456789011 as in НУЦ РК test certificates: accepted only with the test trust store',
    },
  ];
}

function readJson<T>(file: string): T | null {
  return fs.existsSync(file) ? (JSON.parse(fs.readFileSync(file, 'utf8')) as T) : null;
}

async function loadOrCreateCa(
  dir: string,
  label: string,
  create: () => Promise<CertificateAuthority>,
  reuse: boolean,
): Promise<CertificateAuthority> {
  const certificateFile = path.join(dir, 'ca', `${label}.pem`);
  const keyFile = path.join(dir, 'ca', `${label}.key.pem`);
  if (reuse && fs.existsSync(certificateFile) && fs.existsSync(keyFile)) {
    const der = fromPem(fs.readFileSync(certificateFile, 'utf8'), 'CERTIFICATE')[0]!;
    const keyPkcs8 = fromPem(fs.readFileSync(keyFile, 'utf8'), 'PRIVATE KEY')[0]!;
    const certificate = pkijs.Certificate.fromBER(toArrayBuffer(der));
    return { certificate, der, keyPkcs8, privateKey: await importCaKey(keyPkcs8, certificate) };
  }
  const ca = await create();
  fs.writeFileSync(certificateFile, toPem('CERTIFICATE', ca.der));
  // A test CA's key, unencrypted on purpose: it signs nothing but test certificates.
  fs.writeFileSync(keyFile, toPem('PRIVATE KEY', ca.keyPkcs8), { mode: 0o600 });
  return ca;
}

/**
 * Creates (or completes) the test PKI under dir: ca/ (CA keys), trust/ (root.pem, issuing.pem, issuing.crl, root.crl — CRLs
 * in DER), p12/<name>.p12, certs/<name>.pem and manifest.json. A second run keeps the CA and the issued files unless force.
 */
export async function generateTestPki(input: {
  dir: string;
  subjects: TestCertificateSpec[];
  now: Date;
  force?: boolean;
  password?: string;
  crlValidityDays?: number;
}): Promise<TestPki> {
  const { dir, now } = input;
  const password = input.password ?? TEST_PKI_PASSWORD;
  if (input.force) {
    for (const sub of ['ca', 'trust', 'p12', 'certs', 'manifest.json'])
      fs.rmSync(path.join(dir, sub), { recursive: true, force: true });
  }
  for (const sub of ['ca', 'trust', 'p12', 'certs']) fs.mkdirSync(path.join(dir, sub), { recursive: true });
  const previous = readJson<TestPkiManifest>(path.join(dir, 'manifest.json'));
  const reuse = !input.force && previous !== null;
  const caValidity = { notBefore: new Date(now.getTime() - 2 * day), notAfter: new Date(now.getTime() + 3650 * day) };

  const root = await loadOrCreateCa(
    dir,
    'root',
    () => createCertificateAuthority({ commonName: 'Jumys Test Root CA', issuer: null, pathLength: 1, ...caValidity }),
    reuse,
  );
  const issuing = await loadOrCreateCa(
    dir,
    'issuing',
    () => createCertificateAuthority({ commonName: 'Jumys Test Issuing CA', issuer: root, ...caValidity }),
    reuse,
  );
  const untrusted = await loadOrCreateCa(
    dir,
    'untrusted-root',
    () => createCertificateAuthority({ commonName: 'Untrusted Test CA', issuer: null, ...caValidity }),
    reuse,
  );
  fs.writeFileSync(path.join(dir, 'trust', 'root.pem'), toPem('CERTIFICATE', root.der));
  fs.writeFileSync(path.join(dir, 'trust', 'issuing.pem'), toPem('CERTIFICATE', issuing.der));

  const kept = new Map((reuse ? previous.certificates : []).map((e) => [e.name, e]));
  const entries: ManifestEntry[] = [];
  const issued = new Map<string, IssuedCertificate>();
  for (const spec of input.subjects) {
    const p12File = path.join('p12', `${spec.name}.p12`);
    const pemFile = path.join('certs', `${spec.name}.pem`);
    const existing = kept.get(spec.name);
    if (existing && fs.existsSync(path.join(dir, p12File)) && fs.existsSync(path.join(dir, pemFile))) {
      entries.push(existing);
      issued.set(spec.name, {
        spec,
        serial: existing.serial,
        subject: existing.subject,
        der: fromPem(fs.readFileSync(path.join(dir, pemFile), 'utf8'), 'CERTIFICATE')[0]!,
        p12: new Uint8Array(fs.readFileSync(path.join(dir, p12File))),
      });
      continue;
    }
    const ca = spec.issuer === 'untrusted' ? untrusted : issuing;
    const { certificate, der, keyPkcs8 } = await issueCertificate(ca, spec, now);
    const facts = parseCertificate(der);
    const p12 = await buildPkcs12({ certificate: der, chain: [ca.der], keyPkcs8, password, friendlyName: spec.name });
    fs.writeFileSync(path.join(dir, p12File), p12);
    fs.writeFileSync(path.join(dir, pemFile), toPem('CERTIFICATE', der));
    const entry: ManifestEntry = {
      name: spec.name,
      login: spec.login ?? null,
      file: p12File,
      certificate: pemFile,
      subject: facts.subjectDn,
      serial: facts.serialHex,
      iin: spec.iin,
      bin: spec.organisation?.bin ?? null,
      keyAlgorithm: spec.keyAlgorithm ?? 'ECDSA',
      purposes: spec.purposes ?? ['signing', 'authentication'],
      roles: spec.roles,
      notBefore: certificate.notBefore.value.toISOString(),
      notAfter: certificate.notAfter.value.toISOString(),
      revoked: spec.revoked === true,
      issuer: spec.issuer ?? 'issuing',
      note: spec.note ?? null,
    };
    entries.push(entry);
    issued.set(spec.name, { spec, serial: entry.serial, subject: entry.subject, der, p12 });
  }

  // CRLs are issued afresh on every run, so a dev machine's list does not go stale.
  const crlValidity = {
    thisUpdate: new Date(now.getTime() - 3_600_000),
    nextUpdate: new Date(now.getTime() + (input.crlValidityDays ?? 90) * day),
  };
  const revoked = entries
    .filter((e) => e.revoked && e.issuer === 'issuing')
    .map((e) => ({ serial: e.serial, at: new Date(now.getTime() - 3_600_000) }));
  fs.writeFileSync(path.join(dir, 'trust', 'issuing.crl'), await issueCrl({ ca: issuing, revoked, ...crlValidity }));
  fs.writeFileSync(path.join(dir, 'trust', 'root.crl'), await issueCrl({ ca: root, revoked: [], ...crlValidity }));

  const manifest: TestPkiManifest = {
    generatedAt: now.toISOString(),
    password,
    trust: {
      root: 'trust/root.pem',
      issuing: 'trust/issuing.pem',
      issuingCrl: 'trust/issuing.crl',
      rootCrl: 'trust/root.crl',
      crlFormat: 'DER',
    },
    untrustedRoot: 'ca/untrusted-root.pem',
    certificates: entries,
  };
  fs.writeFileSync(path.join(dir, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  return { dir, trustDir: path.join(dir, 'trust'), manifest, root, issuing, untrusted, issued };
}
