// Configuration from environment variables, validated once at start with one clear message per bad value.
import path from 'node:path';
import { z } from 'zod';

const configSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().min(1).default('127.0.0.1'),
  PUBLIC_URL: z.url({ message: 'must be an absolute URL such as http://localhost:3000' }).optional(),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'must start with postgres:// or postgresql://')
    .optional(),
  DATABASE_SCHEMA: z
    .string()
    .regex(/^[a-z_][a-z0-9_]*$/, 'must be a lower-case SQL identifier')
    .optional(),
  DATA_DIR: z.string().min(1).default('./data'),
  SMTP_URL: z
    .string()
    .regex(/^smtps?:\/\//, 'must start with smtp:// or smtps://')
    .optional(),
  MAIL_FROM: z.string().min(3).default('Jumys <no-reply@jumys.local>'),
  SESSION_TTL_HOURS: z.coerce.number().int().min(1).max(720).default(12),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  JOBS_POLL_MS: z.coerce.number().int().min(50).max(60_000).default(1000),
  COOKIE_SECURE: z.enum(['auto', 'true', 'false']).default('auto'),
  TRUST_STORE_DIR: z.string().min(1).optional(),
  TRUST_STORE_KIND: z.enum(['test', 'production'], { message: 'must be test or production' }).optional(),
  NCANODE_URL: z
    .url({ protocol: /^https?$/, message: 'must be an http(s) URL such as http://127.0.0.1:14579' })
    .optional(),
  OCSP_URL: z
    .url({ protocol: /^https?$/, message: 'must be an http(s) URL such as http://ocsp.pki.gov.kz' })
    .optional(),
  GOV_REGISTRIES_URL: z
    .url({ protocol: /^https?$/, message: 'must be an http(s) URL such as http://127.0.0.1:3999' })
    .optional(),
  GOV_REGISTRIES_TIMEOUT_MS: z.coerce.number().int().min(100).max(60_000).default(5000),
  CRL_REFRESH_MINUTES: z.coerce
    .number({ message: 'must be a whole number of minutes' })
    .int('must be a whole number of minutes')
    .min(0)
    .max(10_080)
    .default(60),
  CRL_URLS: z
    .string()
    .transform((v) => v.split(/[\s,]+/).filter(Boolean))
    .pipe(z.array(z.url({ protocol: /^https?$/, message: 'must be http(s) URLs separated by commas' })))
    .optional(),
  TEST_CLOCK: z.enum(['true', 'false'], { message: 'must be true or false' }).default('false'),
});

export type Config = {
  port: number;
  host: string;
  publicUrl: string;
  databaseUrl: string | undefined;
  databaseSchema: string | undefined;
  dataDir: string;
  smtpUrl: string | undefined;
  mailFrom: string;
  sessionTtlMs: number;
  logLevel: z.infer<typeof configSchema>['LOG_LEVEL'];
  jobsPollMs: number;
  secureCookies: boolean;
  /** Root certificates, intermediates and CRLs that signatures are verified against (default <DATA_DIR>/pki/trust). */
  trustStoreDir: string;
  /** 'test' trusts the project's test CA (npm run pki:dev) and offers the browser test signer; 'production' is for НУЦ РК. */
  trustStoreKind: 'test' | 'production';
  /** NCANode for GOST signatures; unset, GOST signatures are refused. */
  ncanodeUrl: string | undefined;
  /** OCSP responder for the signer's certificate; unset, revocation is checked against the trust store's CRLs only. */
  ocspUrl: string | undefined;
  /** Where the government-registries contract is served (docs/gov-registries-contract.md); unset, checks are unavailable. */
  govRegistriesUrl: string | undefined;
  govRegistriesTimeoutMs: number;
  /** How often CRLs are fetched again from their distribution points; 0 turns the refresh off. */
  crlRefreshMs: number;
  /** CRL addresses fetched besides the distribution points named in the trust store's certificates. */
  crlUrls: string[];
  /** The browser journeys' movable clock and its route /api/test/clock; never in production. */
  testClock: boolean;
};

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  }
}

export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  // Empty strings count as unset: `FOO= npm start` should not fail validation.
  const cleaned = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ''));
  const parsed = configSchema.safeParse(cleaned);
  if (!parsed.success) {
    throw new ConfigError(parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`));
  }
  const c = parsed.data;
  // A clock anyone can move would let a caller age checks, deadlines and sessions at will.
  if (c.TEST_CLOCK === 'true' && cleaned.NODE_ENV === 'production') {
    throw new ConfigError(['TEST_CLOCK: the movable test clock is refused when NODE_ENV=production']);
  }
  const publicUrl = c.PUBLIC_URL ?? `http://${c.HOST === '0.0.0.0' ? 'localhost' : c.HOST}:${c.PORT}`;
  return {
    port: c.PORT,
    host: c.HOST,
    publicUrl,
    databaseUrl: c.DATABASE_URL,
    databaseSchema: c.DATABASE_SCHEMA,
    dataDir: path.resolve(c.DATA_DIR),
    smtpUrl: c.SMTP_URL,
    mailFrom: c.MAIL_FROM,
    sessionTtlMs: c.SESSION_TTL_HOURS * 3_600_000,
    logLevel: c.LOG_LEVEL,
    jobsPollMs: c.JOBS_POLL_MS,
    secureCookies: c.COOKIE_SECURE === 'auto' ? publicUrl.startsWith('https:') : c.COOKIE_SECURE === 'true',
    trustStoreDir: path.resolve(c.TRUST_STORE_DIR ?? path.join(c.DATA_DIR, 'pki', 'trust')),
    trustStoreKind: c.TRUST_STORE_KIND ?? (cleaned.NODE_ENV === 'production' ? 'production' : 'test'),
    ncanodeUrl: c.NCANODE_URL,
    ocspUrl: c.OCSP_URL,
    govRegistriesUrl: c.GOV_REGISTRIES_URL,
    govRegistriesTimeoutMs: c.GOV_REGISTRIES_TIMEOUT_MS,
    crlRefreshMs: c.CRL_REFRESH_MINUTES * 60_000,
    crlUrls: c.CRL_URLS ?? [],
    testClock: c.TEST_CLOCK === 'true',
  };
}
