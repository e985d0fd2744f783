// GOST 34.310 signatures go to an external verifier: NCANode's POST /cms/verify, off unless NCANODE_URL is set.
import { z } from 'zod';
import type { CertificateRole } from '../../../shared/signatures/oids';

export type GostSigner = {
  iin: string | null;
  bin: string | null;
  name: string | null;
  organisation: string | null;
  serial: string;
  issuer: string;
  subject: string;
  roles: CertificateRole[];
  /** NCANode's keyUsage: SIGN for a signing key, AUTH for an authentication key. */
  keyUsage: 'SIGN' | 'AUTH' | 'UNKNOWN';
  notBefore: Date;
  notAfter: Date;
  revoked: boolean;
};

export type GostVerdict =
  | { outcome: 'unavailable'; detail: string }
  | { outcome: 'checked'; valid: boolean; signer: GostSigner | null };

/** Anything that can verify a GOST CMS over the document bytes, chain and revocation included. */
export type GostVerifier = {
  name: string;
  verify(input: { cms: Uint8Array; content: Uint8Array }): Promise<GostVerdict>;
};

const keyUserRoles: Record<string, CertificateRole> = {
  INDIVIDUAL: 'individual',
  ORGANIZATION: 'organisation',
  CEO: 'firstHead',
  CAN_SIGN: 'signingRight',
  CAN_SIGN_FINANCIAL: 'financialSigning',
  HR: 'humanResources',
  EMPLOYEE: 'employee',
};

const ncanodeSubject = z.object({
  commonName: z.string().nullish(),
  iin: z.string().nullish(),
  bin: z.string().nullish(),
  organization: z.string().nullish(),
  dn: z.string().nullish(),
});

const ncanodeCertificate = z.object({
  valid: z.boolean(),
  revocations: z.array(z.object({ revoked: z.boolean().nullish() }).loose()).nullish(),
  notBefore: z.coerce.date(),
  notAfter: z.coerce.date(),
  keyUsage: z.string().nullish(),
  serialNumber: z.string(),
  keyUser: z.array(z.string()).nullish(),
  subject: ncanodeSubject,
  issuer: ncanodeSubject.nullish(),
});

// NCANode 3 answers { valid, signers: [{ certificates: [signer, ...chain] }] }; older builds put certificates directly in signers.
const ncanodeAnswer = z.object({
  valid: z.boolean(),
  signers: z
    .array(z.union([z.object({ certificates: z.array(ncanodeCertificate).min(1) }).loose(), ncanodeCertificate]))
    .nullish(),
});

/** The HTTP client of NCANode (github.com/ncanode-kz/NCANode): it holds the national crypto provider that JavaScript lacks. */
export function ncanodeVerifier(options: {
  url: string;
  fetch?: typeof fetch;
  timeoutMs?: number;
  revocationCheck?: ('OCSP' | 'CRL')[];
}): GostVerifier {
  const doFetch = options.fetch ?? fetch;
  return {
    name: 'ncanode',
    async verify({ cms, content }) {
      let body: unknown;
      try {
        const response = await doFetch(new URL('/cms/verify', options.url), {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({
            cms: Buffer.from(cms).toString('base64'),
            data: Buffer.from(content).toString('base64'),
            revocationCheck: options.revocationCheck ?? ['OCSP', 'CRL'],
          }),
          signal: AbortSignal.timeout(options.timeoutMs ?? 10_000),
        });
        if (!response.ok) return { outcome: 'unavailable', detail: `NCANode answered ${response.status}` };
        body = await response.json();
      } catch (error) {
        return { outcome: 'unavailable', detail: `NCANode unreachable: ${(error as Error).message}` };
      }
      const parsed = ncanodeAnswer.safeParse(body);
      if (!parsed.success) return { outcome: 'unavailable', detail: 'NCANode answer not understood' };
      const first = parsed.data.signers?.[0];
      const certificate = first && 'certificates' in first ? first.certificates[0] : first;
      if (!certificate) return { outcome: 'checked', valid: false, signer: null };
      return {
        outcome: 'checked',
        valid: parsed.data.valid && certificate.valid,
        signer: {
          iin: certificate.subject.iin ?? null,
          bin: certificate.subject.bin ?? null,
          name: certificate.subject.commonName ?? null,
          organisation: certificate.subject.organization ?? null,
          serial: certificate.serialNumber.toUpperCase(),
          issuer: certificate.issuer?.dn ?? certificate.issuer?.commonName ?? '',
          subject: certificate.subject.dn ?? certificate.subject.commonName ?? '',
          roles: (certificate.keyUser ?? []).flatMap((k) => keyUserRoles[k] ?? []),
          keyUsage:
            certificate.keyUsage === 'SIGN' || certificate.keyUsage === 'AUTH' ? certificate.keyUsage : 'UNKNOWN',
          notBefore: certificate.notBefore,
          notAfter: certificate.notAfter,
          revoked: (certificate.revocations ?? []).some((r) => r.revoked === true),
        },
      };
    },
  };
}
