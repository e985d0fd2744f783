// Digital signatures (ЭЦП) contract: the trust store in use, sign-in by ЭЦП, signed documents and their evidence.
import { z } from 'zod';
import { isoDateTime, uuidSchema } from './common';

/** Standard base64 of binary data (a CMS, a nonce); at most ~700 KB decoded, far above any real signature. */
export const base64Schema = z
  .string()
  .trim()
  .max(1_000_000)
  .regex(/^[A-Za-z0-9+/]+={0,2}$/, 'validation.invalid_format');

export const trustStoreResponse = z.object({
  kind: z.enum(['test', 'production']),
  /** The browser's .p12 test signer is offered only with the test trust store. */
  testSignerAvailable: z.boolean(),
  roots: z.array(z.object({ subject: z.string(), serial: z.string(), notAfter: isoDateTime })),
  /** GOST signatures are verified only when an NCANode is configured. */
  gostVerification: z.boolean(),
  ocsp: z.boolean(),
});
export type TrustStoreResponse = z.infer<typeof trustStoreResponse>;

export const crlStates = ['fresh', 'stale', 'none'] as const;
export const trustStoreProblemCodes = [
  'folder_missing',
  'file_unreadable',
  'not_a_ca',
  'crl_issuer_missing',
  'ca_issuer_missing',
  'crl_expired',
  'ca_without_crl',
  'crl_refresh_failed',
] as const;

/** The administrator's view of the trust store: each CA certificate, the state of its CRLs, and every problem. */
export const trustStoreStatusResponse = z.object({
  kind: z.enum(['test', 'production']),
  /** How often CRLs are fetched from their distribution points (null: never) and when that last happened. */
  refreshMinutes: z.number().int().nullable(),
  lastRefreshAt: isoDateTime.nullable(),
  certificates: z.array(
    z.object({
      subject: z.string(),
      serial: z.string(),
      role: z.enum(['root', 'intermediate']),
      notAfter: isoDateTime,
      publishedCrl: z.object({
        state: z.enum(crlStates),
        source: z.string().nullable(),
        thisUpdate: isoDateTime.nullable(),
        nextUpdate: isoDateTime.nullable(),
        fetchedAt: isoDateTime.nullable(),
      }),
      revocation: z.enum([...crlStates, 'root']),
      distributionPoints: z.array(z.string()),
    }),
  ),
  problems: z.array(
    z.object({
      code: z.enum(trustStoreProblemCodes),
      source: z.string().optional(),
      subject: z.string().optional(),
      at: isoDateTime.optional(),
    }),
  ),
});
export type TrustStoreStatusResponse = z.infer<typeof trustStoreStatusResponse>;

export const ecpChallengeResponse = z.object({
  nonceId: uuidSchema,
  /** The bytes to sign, base64: sign the decoded bytes (NCALayer: data = this, decode = true). */
  nonce: base64Schema,
  expiresAt: isoDateTime,
});
export type EcpChallengeResponse = z.infer<typeof ecpChallengeResponse>;

export const ecpLoginRequest = z.object({
  nonceId: uuidSchema,
  /** Detached CMS over the nonce bytes, DER in base64. */
  cms: base64Schema,
});
export type EcpLoginRequest = z.infer<typeof ecpLoginRequest>;

export const signatureSummary = z.object({
  id: uuidSchema,
  signerName: z.string(),
  /** The organisation's BIN from the certificate (an organisation's identifier, not personal data). */
  signerBin: z.string().nullable(),
  certificateSerial: z.string(),
  certificateIssuer: z.string(),
  signingTime: isoDateTime,
  verifiedAt: isoDateTime,
  trustStoreKind: z.enum(['test', 'production']),
});

export const signedDocumentResponse = z.object({
  id: uuidSchema,
  kind: z.string(),
  mediaType: z.string(),
  contentSha256: z.string(),
  createdAt: isoDateTime,
  signatures: z.array(signatureSummary),
});
export type SignedDocumentResponse = z.infer<typeof signedDocumentResponse>;
