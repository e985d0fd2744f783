// Test PKI and tampered signatures for the signature tests and the benchmark, shaped around the test world's people.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import * as asn1js from 'asn1js';
import * as pkijs from 'pkijs';
import { cmsOid, type HashName } from '../../../shared/signatures/oids';
import { readPkcs12, signDetachedCms, toArrayBuffer } from '../../../shared/signatures/sign-cms';
import { makeBin, makeIin } from '../identity/identity.fixtures';
import { createTrustStore, loadTrustStoreFromDirectory, type TrustStore } from './signatures.trust-store';
import {
  defectiveCertificateSpecs,
  generateTestPki,
  TEST_PKI_PASSWORD,
  type TestCertificateSpec,
  type TestPki,
} from './test-ca';

/** The identities of tests/support/fixtures.ts seedTestWorld, plus an IIN for the Astana head (who has none there). */
export const testIdentities = {
  employerA: { iin: makeIin('1980-05-05', 'male', 1), bin: makeBin('1503', 10), organisation: 'ТОО «А»' },
  employerB: { iin: makeIin('1985-07-07', 'female', 2), bin: makeBin('1811', 20), organisation: 'ТОО «Б»' },
  seeker: { iin: makeIin('2001-02-03', 'female', 3) },
  headAstana: { iin: makeIin('1975-04-04', 'male', 4), bin: makeBin('0904', 1), organisation: 'ЦТМ Астана' },
  stranger: { iin: makeIin('1990-09-09', 'male', 5) },
};

const headOfA: TestCertificateSpec = {
  name: 'employer-a',
  commonName: 'АҚЫНОВ АРМАН',
  surname: 'АҚЫНОВ',
  givenName: 'ЕРЛАНҰЛЫ',
  iin: testIdentities.employerA.iin,
  organisation: { name: testIdentities.employerA.organisation, bin: testIdentities.employerA.bin },
  roles: ['organisation', 'firstHead'],
  keyAlgorithm: 'RSA',
};

export function testCertificateSpecs(now: Date): TestCertificateSpec[] {
  return [
    headOfA,
    { ...headOfA, name: 'employer-a-ecdsa', keyAlgorithm: 'ECDSA' },
    { ...headOfA, name: 'employer-a-signing-right', roles: ['organisation', 'signingRight'], keyAlgorithm: 'ECDSA' },
    {
      ...headOfA,
      name: 'employer-a-in-b',
      organisation: { name: testIdentities.employerB.organisation, bin: testIdentities.employerB.bin },
      keyAlgorithm: 'ECDSA',
      note: "employer A's person with employer B's BIN",
    },
    {
      name: 'employer-b',
      commonName: 'БЕКОВА БАҚЫТ',
      surname: 'БЕКОВА',
      iin: testIdentities.employerB.iin,
      organisation: { name: testIdentities.employerB.organisation, bin: testIdentities.employerB.bin },
      roles: ['organisation', 'firstHead'],
      keyAlgorithm: 'ECDSA',
    },
    {
      name: 'head-astana',
      commonName: 'СЕРІКОВ МҰРАТ',
      surname: 'СЕРІКОВ',
      iin: testIdentities.headAstana.iin,
      organisation: { name: testIdentities.headAstana.organisation, bin: testIdentities.headAstana.bin },
      roles: ['organisation', 'firstHead'],
      keyAlgorithm: 'ECDSA',
    },
    {
      name: 'seeker',
      commonName: 'ДӘУЛЕТОВА АЙЖАН',
      surname: 'ДӘУЛЕТОВА',
      iin: testIdentities.seeker.iin,
      roles: ['individual'],
      keyAlgorithm: 'ECDSA',
    },
    {
      name: 'stranger',
      commonName: 'БӨТЕН АДАМ',
      surname: 'БӨТЕН',
      iin: testIdentities.stranger.iin,
      roles: ['individual'],
      keyAlgorithm: 'ECDSA',
    },
    ...defectiveCertificateSpecs({ ...headOfA, keyAlgorithm: 'ECDSA' }, now),
  ];
}

export type SignatureTestKit = TestPki & {
  store: TrustStore;
  /** The .p12 of a certificate of the kit, by name. */
  p12(name: string): Uint8Array;
  sign(name: string, content: Uint8Array, signingTime: Date, hash?: HashName): Promise<Uint8Array>;
  cleanUp(): void;
};

/** A fresh test PKI in a temporary folder, its trust store read back from the files as the server would. */
export async function createSignatureTestKit(now: Date): Promise<SignatureTestKit> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jumys-pki-'));
  const pki = await generateTestPki({ dir, subjects: testCertificateSpecs(now), now });
  const store = loadTrustStoreFromDirectory(pki.trustDir, 'test');
  const p12 = (name: string) => {
    const issued = pki.issued.get(name);
    if (!issued) throw new Error(`no test certificate ${name}`);
    return issued.p12;
  };
  return {
    ...pki,
    store,
    p12,
    sign: (name, content, signingTime, hash) =>
      signDetachedCms({ content, p12: p12(name), password: TEST_PKI_PASSWORD, signingTime, hash: hash ?? 'SHA-256' }),
    cleanUp: () => fs.rmSync(dir, { recursive: true, force: true }),
  };
}

/** The same store with other CRLs (or none), or of the other kind. */
export function variantOfStore(kit: TestPki, input: { crls?: Uint8Array[]; kind?: 'test' | 'production' }): TrustStore {
  return createTrustStore({
    kind: input.kind ?? 'test',
    certificates: [kit.root.der, kit.issuing.der],
    crls:
      input.crls ?? ['issuing.crl', 'root.crl'].map((f) => new Uint8Array(fs.readFileSync(path.join(kit.trustDir, f)))),
  });
}

function parseSignedData(cms: Uint8Array): pkijs.SignedData {
  const contentInfo = pkijs.ContentInfo.fromBER(toArrayBuffer(cms));
  return new pkijs.SignedData({ schema: contentInfo.content });
}

function encode(signedData: pkijs.SignedData): Uint8Array {
  const contentInfo = new pkijs.ContentInfo({ contentType: cmsOid.signedData, content: signedData.toSchema(true) });
  return new Uint8Array(contentInfo.toSchema().toBER(false));
}

/** Re-signs a CMS with its own key after changing its signed attributes: a correct signature over a defective CMS. */
export async function resignWithAttributes(input: {
  cms: Uint8Array;
  p12: Uint8Array;
  change: (attributes: pkijs.Attribute[]) => pkijs.Attribute[];
  hash?: string;
}): Promise<Uint8Array> {
  const key = await readPkcs12({ p12: input.p12, password: TEST_PKI_PASSWORD });
  const signedData = parseSignedData(input.cms);
  const signerInfo = signedData.signerInfos[0]!;
  signerInfo.signedAttrs = new pkijs.SignedAndUnsignedAttributes({
    type: 0,
    attributes: input.change(signerInfo.signedAttrs!.attributes),
  });
  signedData.digestAlgorithms = [];
  await signedData.sign(key.privateKey, 0, input.hash ?? 'SHA-256');
  return encode(signedData);
}

export function withoutAttribute(oid: string) {
  return (attributes: pkijs.Attribute[]) => attributes.filter((a) => a.type !== oid);
}

/** The messageDigest attribute recomputed with another hash (for a signature whose digest algorithm we refuse). */
export function withMessageDigest(value: ArrayBuffer) {
  return (attributes: pkijs.Attribute[]) =>
    attributes.map((a) =>
      a.type === cmsOid.messageDigest
        ? new pkijs.Attribute({ type: cmsOid.messageDigest, values: [new asn1js.OctetString({ valueHex: value })] })
        : a,
    );
}

/** The signature value's last byte flipped: SignerInfo ends the CMS, and its signature ends the SignerInfo. */
export function withFlippedSignatureByte(cms: Uint8Array): Uint8Array {
  const copy = new Uint8Array(cms);
  const last = copy.length - 1;
  copy[last] = (copy[last] ?? 0) ^ 0x01;
  return copy;
}

/** A copy with one byte changed. */
export function withOneByteChanged(bytes: Uint8Array, at = 0): Uint8Array {
  const copy = new Uint8Array(bytes);
  copy[at] = (copy[at] ?? 0) ^ 0x20;
  return copy;
}

const gost = {
  publicKey: '1.2.398.3.10.1.1.1.1', // GOST 34.310-2004 public key
  signature: '1.2.398.3.10.1.1.1.2', // GOST 34.310 with GOST 34.311
  digest: '1.2.398.3.10.1.3.1', // GOST 34.311-95
};

/**
 * A CMS shaped like a GOST one from NCALayer: a certificate with a GOST key (issued by the test CA, bytes random) and a
 * signer info naming GOST algorithms. JavaScript cannot check it: it exercises the routing to the GOST verifier.
 */
export async function gostShapedCms(kit: TestPki, input: { iin: string; signingTime?: Date }): Promise<Uint8Array> {
  const certificate = new pkijs.Certificate();
  certificate.version = 2;
  certificate.serialNumber = new asn1js.Integer({ value: 0x6f57 });
  certificate.issuer = kit.issuing.certificate.subject;
  certificate.subject = pkijs.RelativeDistinguishedNames.fromBER(
    new asn1js.Sequence({
      value: [
        new asn1js.Set({
          value: [
            new pkijs.AttributeTypeAndValue({
              type: '2.5.4.5',
              value: new asn1js.PrintableString({ value: `IIN${input.iin}` }),
            }).toSchema(),
          ],
        }),
      ],
    }).toBER(false),
  );
  certificate.notBefore = new pkijs.Time({ type: 0, value: new Date('2025-01-01T00:00:00Z') });
  certificate.notAfter = new pkijs.Time({ type: 0, value: new Date('2028-01-01T00:00:00Z') });
  certificate.subjectPublicKeyInfo = new pkijs.PublicKeyInfo({
    algorithm: new pkijs.AlgorithmIdentifier({ algorithmId: gost.publicKey }),
    subjectPublicKey: new asn1js.BitString({ valueHex: crypto.getRandomValues(new Uint8Array(66)).buffer }),
  });
  await certificate.sign(kit.issuing.privateKey, 'SHA-256');
  const attributes = [
    new pkijs.Attribute({ type: cmsOid.contentType, values: [new asn1js.ObjectIdentifier({ value: cmsOid.data })] }),
    new pkijs.Attribute({
      type: cmsOid.messageDigest,
      values: [new asn1js.OctetString({ valueHex: crypto.getRandomValues(new Uint8Array(32)).buffer })],
    }),
    ...(input.signingTime
      ? [
          new pkijs.Attribute({
            type: cmsOid.signingTime,
            values: [new asn1js.UTCTime({ valueDate: input.signingTime })],
          }),
        ]
      : []),
  ];
  const signedData = new pkijs.SignedData({
    version: 1,
    digestAlgorithms: [new pkijs.AlgorithmIdentifier({ algorithmId: gost.digest })],
    encapContentInfo: new pkijs.EncapsulatedContentInfo({ eContentType: cmsOid.data }),
    certificates: [certificate],
    signerInfos: [
      new pkijs.SignerInfo({
        version: 1,
        sid: new pkijs.IssuerAndSerialNumber({ issuer: certificate.issuer, serialNumber: certificate.serialNumber }),
        digestAlgorithm: new pkijs.AlgorithmIdentifier({ algorithmId: gost.digest }),
        signedAttrs: new pkijs.SignedAndUnsignedAttributes({ type: 0, attributes }),
        signatureAlgorithm: new pkijs.AlgorithmIdentifier({ algorithmId: gost.signature }),
        signature: new asn1js.OctetString({ valueHex: crypto.getRandomValues(new Uint8Array(64)).buffer }),
      }),
    ],
  });
  return encode(signedData);
}
