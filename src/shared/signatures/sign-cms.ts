// Signs bytes as a detached CAdES-BES CMS with a key from a .p12 file: WebCrypto and PKIjs only, so the browser's test signer runs it too.
import * as asn1js from 'asn1js';
import * as pkijs from 'pkijs';
import { cmsOid, type HashName, isGostOid } from './oids';

export type SigningKey = {
  privateKey: CryptoKey;
  certificate: pkijs.Certificate;
  /** The issuing CA certificates found beside the key; they travel in the CMS so a verifier can build the chain. */
  chain: pkijs.Certificate[];
};

export type Pkcs12Problem = 'malformed' | 'wrong_password' | 'unsupported_algorithm' | 'gost_key' | 'no_key';

export class Pkcs12Error extends Error {
  constructor(readonly problem: Pkcs12Problem) {
    super(`cannot use the .p12 file: ${problem}`);
  }
}

const bagOid = {
  key: '1.2.840.113549.1.12.10.1.1',
  shroudedKey: '1.2.840.113549.1.12.10.1.2',
  certificate: '1.2.840.113549.1.12.10.1.3',
  localKeyId: '1.2.840.113549.1.9.21',
} as const;

const keyAlgorithmOid = { rsa: '1.2.840.113549.1.1.1', ec: '1.2.840.10045.2.1' } as const;
const namedCurves: Record<string, string> = {
  '1.2.840.10045.3.1.7': 'P-256',
  '1.3.132.0.34': 'P-384',
  '1.3.132.0.35': 'P-521',
};

export function toArrayBuffer(bytes: Uint8Array): ArrayBuffer {
  return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
}

function localKeyIdOf(bag: pkijs.SafeBag): string | null {
  const attribute = bag.bagAttributes?.find((a) => a.type === bagOid.localKeyId);
  const value = attribute?.values[0];
  if (!(value instanceof asn1js.OctetString)) return null;
  return Array.from(value.valueBlock.valueHexView, (b) => b.toString(16).padStart(2, '0')).join('');
}

function isCaCertificate(certificate: pkijs.Certificate): boolean {
  const constraints = certificate.extensions?.find((e) => e.extnID === '2.5.29.19')?.parsedValue;
  return constraints instanceof pkijs.BasicConstraints && constraints.cA === true;
}

async function importPrivateKey(keyInfo: pkijs.PrivateKeyInfo, hash: HashName): Promise<CryptoKey> {
  const der = keyInfo.toSchema().toBER(false);
  const algorithmId = keyInfo.privateKeyAlgorithm.algorithmId;
  if (algorithmId === keyAlgorithmOid.rsa) {
    return crypto.subtle.importKey('pkcs8', der, { name: 'RSASSA-PKCS1-v1_5', hash }, false, ['sign']);
  }
  if (algorithmId === keyAlgorithmOid.ec) {
    const params = keyInfo.privateKeyAlgorithm.algorithmParams;
    const curve = params instanceof asn1js.ObjectIdentifier ? namedCurves[params.valueBlock.toString()] : undefined;
    if (!curve) throw new Pkcs12Error('unsupported_algorithm');
    return crypto.subtle.importKey('pkcs8', der, { name: 'ECDSA', namedCurve: curve }, false, ['sign']);
  }
  // GOST keys (НУЦ РК's usual ones) need NCALayer: WebCrypto has no GOST.
  throw new Pkcs12Error(isGostOid(algorithmId) ? 'gost_key' : 'unsupported_algorithm');
}

/** Opens a PKCS#12 file protected by PBES2 (what the project's test CA issues) and returns its key and certificates. */
export async function readPkcs12(input: { p12: Uint8Array; password: string; hash?: HashName }): Promise<SigningKey> {
  const password = toArrayBuffer(new TextEncoder().encode(input.password));
  let pfx: pkijs.PFX;
  try {
    pfx = pkijs.PFX.fromBER(toArrayBuffer(input.p12));
  } catch {
    throw new Pkcs12Error('malformed');
  }
  try {
    await pfx.parseInternalValues({ password, checkIntegrity: true });
  } catch {
    throw new Pkcs12Error('wrong_password');
  }
  const authenticatedSafe = pfx.parsedValue?.authenticatedSafe;
  if (!authenticatedSafe) throw new Pkcs12Error('malformed');
  try {
    await authenticatedSafe.parseInternalValues({
      safeContents: authenticatedSafe.safeContents.map(() => ({ password })),
    });
  } catch {
    throw new Pkcs12Error('unsupported_algorithm');
  }

  const certificates: { certificate: pkijs.Certificate; localKeyId: string | null }[] = [];
  let key: { info: pkijs.PrivateKeyInfo; localKeyId: string | null } | null = null;
  for (const contents of authenticatedSafe.parsedValue?.safeContents ?? []) {
    for (const bag of contents.value.safeBags) {
      if (bag.bagId === bagOid.certificate && bag.bagValue instanceof pkijs.CertBag) {
        const certificate = bag.bagValue.parsedValue;
        if (certificate instanceof pkijs.Certificate) certificates.push({ certificate, localKeyId: localKeyIdOf(bag) });
      } else if (bag.bagId === bagOid.shroudedKey && bag.bagValue instanceof pkijs.PKCS8ShroudedKeyBag) {
        try {
          await bag.bagValue.parseInternalValues({ password });
        } catch {
          throw new Pkcs12Error('unsupported_algorithm');
        }
        if (bag.bagValue.parsedValue) key = { info: bag.bagValue.parsedValue, localKeyId: localKeyIdOf(bag) };
      } else if (bag.bagId === bagOid.key && bag.bagValue instanceof pkijs.PrivateKeyInfo) {
        key = { info: bag.bagValue, localKeyId: localKeyIdOf(bag) };
      }
    }
  }
  if (!key) throw new Pkcs12Error('no_key');
  const own =
    certificates.find((c) => key.localKeyId !== null && c.localKeyId === key.localKeyId) ??
    certificates.find((c) => !isCaCertificate(c.certificate));
  if (!own) throw new Pkcs12Error('no_key');
  return {
    privateKey: await importPrivateKey(key.info, input.hash ?? 'SHA-256'),
    certificate: own.certificate,
    chain: certificates.filter((c) => c !== own).map((c) => c.certificate),
  };
}

/** DER orders a SET OF by the encodings' bytes; OpenSSL re-encodes signed attributes that way before it verifies. */
function compareEncodings(a: Uint8Array, b: Uint8Array): number {
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const diff = (a[i] ?? 0) - (b[i] ?? 0);
    if (diff !== 0) return diff;
  }
  return 0;
}

function sortedForDer(attributes: pkijs.Attribute[]): pkijs.Attribute[] {
  const encoded = attributes.map((a) => ({ a, der: new Uint8Array(a.toSchema().toBER(false)) }));
  return encoded.sort((x, y) => compareEncodings(x.der, y.der)).map((x) => x.a);
}

/** ESS signing-certificate-v2 (RFC 5035): binds the signer's certificate into what is signed. */
async function signingCertificateV2(certificate: pkijs.Certificate): Promise<asn1js.Sequence> {
  const certificateHash = await crypto.subtle.digest('SHA-256', certificate.toSchema().toBER(false));
  const directoryName = new asn1js.Constructed({
    idBlock: { tagClass: 3, tagNumber: 4 },
    value: [certificate.issuer.toSchema()],
  });
  const essCertIdV2 = new asn1js.Sequence({
    value: [
      // hashAlgorithm is omitted: SHA-256 is its DEFAULT, and DER leaves defaults out.
      new asn1js.OctetString({ valueHex: certificateHash }),
      new asn1js.Sequence({
        value: [
          new asn1js.Sequence({ value: [directoryName] }),
          new asn1js.Integer({ valueHex: certificate.serialNumber.valueBlock.valueHexView }),
        ],
      }),
    ],
  });
  return new asn1js.Sequence({ value: [new asn1js.Sequence({ value: [essCertIdV2] })] });
}

export type SignOptions = {
  content: Uint8Array;
  signingTime: Date;
  hash?: HashName;
};

/** The CMS (DER) a signing key makes over content: contentType, messageDigest, signingTime and signing-certificate-v2 signed. */
export async function signDetachedCmsWithKey(input: SignOptions & { key: SigningKey }): Promise<Uint8Array> {
  const hash = input.hash ?? 'SHA-256';
  const { certificate, chain, privateKey } = input.key;
  const messageDigest = await crypto.subtle.digest(hash, toArrayBuffer(input.content));
  const attributes = sortedForDer([
    new pkijs.Attribute({ type: cmsOid.contentType, values: [new asn1js.ObjectIdentifier({ value: cmsOid.data })] }),
    new pkijs.Attribute({ type: cmsOid.signingTime, values: [new asn1js.UTCTime({ valueDate: input.signingTime })] }),
    new pkijs.Attribute({ type: cmsOid.messageDigest, values: [new asn1js.OctetString({ valueHex: messageDigest })] }),
    new pkijs.Attribute({ type: cmsOid.signingCertificateV2, values: [await signingCertificateV2(certificate)] }),
  ]);
  const signedData = new pkijs.SignedData({
    version: 1,
    encapContentInfo: new pkijs.EncapsulatedContentInfo({ eContentType: cmsOid.data }),
    signerInfos: [
      new pkijs.SignerInfo({
        version: 1,
        sid: new pkijs.IssuerAndSerialNumber({ issuer: certificate.issuer, serialNumber: certificate.serialNumber }),
        signedAttrs: new pkijs.SignedAndUnsignedAttributes({ type: 0, attributes }),
      }),
    ],
    certificates: [certificate, ...chain],
  });
  await signedData.sign(privateKey, 0, hash);
  const contentInfo = new pkijs.ContentInfo({ contentType: cmsOid.signedData, content: signedData.toSchema(true) });
  return new Uint8Array(contentInfo.toSchema().toBER(false));
}

/** What the browser's test signer does: open the .p12 with its password and sign the server's exact bytes. */
export async function signDetachedCms(input: SignOptions & { p12: Uint8Array; password: string }): Promise<Uint8Array> {
  const key = await readPkcs12({ p12: input.p12, password: input.password, hash: input.hash ?? 'SHA-256' });
  return signDetachedCmsWithKey({ ...input, key });
}

export function bytesToBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

export function base64ToBytes(base64: string): Uint8Array {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}
