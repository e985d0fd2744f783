// Object identifiers of CMS, X.509 and the national CA (НУЦ РК) that the signer and the verifier speak of (DOMAIN.md §4).
export const cmsOid = {
  data: '1.2.840.113549.1.7.1',
  signedData: '1.2.840.113549.1.7.2',
  contentType: '1.2.840.113549.1.9.3',
  messageDigest: '1.2.840.113549.1.9.4',
  signingTime: '1.2.840.113549.1.9.5',
  signingCertificateV2: '1.2.840.113549.1.9.16.2.47',
} as const;

export const hashOid = {
  'SHA-256': '2.16.840.1.101.3.4.2.1',
  'SHA-384': '2.16.840.1.101.3.4.2.2',
  'SHA-512': '2.16.840.1.101.3.4.2.3',
} as const;
export type HashName = keyof typeof hashOid;

export const nameOid = {
  commonName: '2.5.4.3',
  surname: '2.5.4.4',
  serialNumber: '2.5.4.5',
  country: '2.5.4.6',
  organisation: '2.5.4.10',
  organisationalUnit: '2.5.4.11',
  givenName: '2.5.4.42',
} as const;

/** Extended key usage: what the key is for. НУЦ РК issues a signing key (e-mail protection) and an authentication key. */
export const purposeOid = {
  signing: '1.3.6.1.5.5.7.3.4',
  authentication: '1.3.6.1.5.5.7.3.2',
  ocspSigning: '1.3.6.1.5.5.7.3.9',
} as const;

/** The holder's role, which НУЦ РК writes into the extended key usage (NCANode calls it keyUser). */
export const roleOid = {
  individual: '1.2.398.3.3.4.1.1',
  organisation: '1.2.398.3.3.4.1.2',
  firstHead: '1.2.398.3.3.4.1.2.1',
  signingRight: '1.2.398.3.3.4.1.2.2',
  financialSigning: '1.2.398.3.3.4.1.2.3',
  humanResources: '1.2.398.3.3.4.1.2.4',
  employee: '1.2.398.3.3.4.1.2.5',
} as const;
export type CertificateRole = keyof typeof roleOid;

/** Kazakhstan's GOST 34.310 / 34.311 algorithms live under this arc; pure JavaScript cannot verify them. */
export const gostOidPrefix = '1.2.398.3.10.';

export function isGostOid(oid: string): boolean {
  return oid.startsWith(gostOidPrefix);
}

/** The national CA's test certificates carry this IIN, which fails the check digit (DOMAIN.md §4). */
export const nationalCaTestIin = '123456789011';
