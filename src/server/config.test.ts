// Configuration from the environment: sensible defaults, one clear message naming each bad variable.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config';

/** The problems of a configuration that must be refused. */
function problemsOf(env: Record<string, string>): string[] {
  try {
    loadConfig(env);
  } catch (error) {
    if (error instanceof ConfigError) return error.problems;
    throw error;
  }
  throw new Error('the configuration was accepted');
}

describe('loadConfig', () => {
  it('starts with defaults when nothing is set', () => {
    expect(loadConfig({})).toEqual({
      port: 3000,
      host: '127.0.0.1',
      publicUrl: 'http://127.0.0.1:3000',
      databaseUrl: undefined,
      databaseSchema: undefined,
      dataDir: path.resolve('./data'),
      smtpUrl: undefined,
      mailFrom: 'Jumys <no-reply@jumys.local>',
      sessionTtlMs: 12 * 3_600_000,
      logLevel: 'info',
      jobsPollMs: 1000,
      secureCookies: false,
      trustStoreDir: path.resolve('./data/pki/trust'),
      trustStoreKind: 'test',
      ncanodeUrl: undefined,
      ocspUrl: undefined,
      govRegistriesUrl: undefined,
      govRegistriesTimeoutMs: 5000,
      crlRefreshMs: 60 * 60_000,
      crlUrls: [],
      testClock: false,
    });
  });

  it('reads every variable it knows', () => {
    const config = loadConfig({
      PORT: '8080',
      HOST: '0.0.0.0',
      DATABASE_URL: 'postgresql://jumys@db:5432/jumys',
      DATABASE_SCHEMA: 'jumys_a',
      SMTP_URL: 'smtps://mail.example:465',
      SESSION_TTL_HOURS: '8',
      LOG_LEVEL: 'warn',
      JOBS_POLL_MS: '250',
    });
    expect(config).toMatchObject({
      port: 8080,
      publicUrl: 'http://localhost:8080',
      databaseUrl: 'postgresql://jumys@db:5432/jumys',
      databaseSchema: 'jumys_a',
      smtpUrl: 'smtps://mail.example:465',
      sessionTtlMs: 8 * 3_600_000,
      logLevel: 'warn',
      jobsPollMs: 250,
    });
  });

  it('uses secure cookies behind an https PUBLIC_URL unless told otherwise', () => {
    expect(loadConfig({ PUBLIC_URL: 'https://jumys.kz' }).secureCookies).toBe(true);
    expect(loadConfig({ PUBLIC_URL: 'https://jumys.kz', COOKIE_SECURE: 'false' }).secureCookies).toBe(false);
    expect(loadConfig({ COOKIE_SECURE: 'true' }).secureCookies).toBe(true);
  });

  it('a bad PORT throws a ConfigError naming PORT', () => {
    for (const port of ['abc', '70000', '-1', '80.5']) {
      const problems = problemsOf({ PORT: port });
      expect(problems, port).toHaveLength(1);
      expect(problems[0], port).toMatch(/^PORT: /);
    }
  });

  it('a bad DATABASE_URL throws a ConfigError naming DATABASE_URL', () => {
    expect(problemsOf({ DATABASE_URL: 'mysql://root@localhost/jumys' })).toEqual([
      'DATABASE_URL: must start with postgres:// or postgresql://',
    ]);
  });

  it('a bad SMTP_URL throws a ConfigError naming SMTP_URL', () => {
    expect(problemsOf({ SMTP_URL: 'mail.example:25' })).toEqual(['SMTP_URL: must start with smtp:// or smtps://']);
  });

  it('reads the government registries address and timeout, and refuses bad ones by name', () => {
    expect(
      loadConfig({ GOV_REGISTRIES_URL: 'http://127.0.0.1:3999', GOV_REGISTRIES_TIMEOUT_MS: '1500' }),
    ).toMatchObject({ govRegistriesUrl: 'http://127.0.0.1:3999', govRegistriesTimeoutMs: 1500 });
    expect(problemsOf({ GOV_REGISTRIES_URL: 'ftp://registry.local' })).toEqual([
      'GOV_REGISTRIES_URL: must be an http(s) URL such as http://127.0.0.1:3999',
    ]);
    expect(problemsOf({ GOV_REGISTRIES_URL: 'registry.local' })[0]).toMatch(/^GOV_REGISTRIES_URL: /);
    for (const timeout of ['0', '99', '60001', 'soon']) {
      expect(problemsOf({ GOV_REGISTRIES_TIMEOUT_MS: timeout })[0], timeout).toMatch(/^GOV_REGISTRIES_TIMEOUT_MS: /);
    }
  });

  it('reads the trust store, NCANode and OCSP settings, and refuses bad ones by name', () => {
    expect(
      loadConfig({
        DATA_DIR: '/srv/jumys',
        TRUST_STORE_KIND: 'production',
        NCANODE_URL: 'http://127.0.0.1:14579',
        OCSP_URL: 'http://ocsp.pki.gov.kz',
      }),
    ).toMatchObject({
      trustStoreDir: '/srv/jumys/pki/trust',
      trustStoreKind: 'production',
      ncanodeUrl: 'http://127.0.0.1:14579',
      ocspUrl: 'http://ocsp.pki.gov.kz',
    });
    expect(loadConfig({ TRUST_STORE_DIR: '/etc/jumys/trust' }).trustStoreDir).toBe('/etc/jumys/trust');
    expect(loadConfig({ NODE_ENV: 'production' }).trustStoreKind).toBe('production');
    expect(problemsOf({ TRUST_STORE_KIND: 'staging' })).toEqual(['TRUST_STORE_KIND: must be test or production']);
    expect(problemsOf({ NCANODE_URL: 'ncanode:14579' })[0]).toMatch(/^NCANODE_URL: /);
    expect(problemsOf({ OCSP_URL: 'ftp://ocsp' })[0]).toMatch(/^OCSP_URL: /);
  });

  it('reads how often CRLs are refreshed and the extra CRL addresses, and refuses bad ones by name', () => {
    expect(
      loadConfig({
        CRL_REFRESH_MINUTES: '15',
        CRL_URLS: 'http://crl.pki.gov.kz/nca_rsa.crl, http://127.0.0.1:9/a.crl',
      }),
    ).toMatchObject({
      crlRefreshMs: 15 * 60_000,
      crlUrls: ['http://crl.pki.gov.kz/nca_rsa.crl', 'http://127.0.0.1:9/a.crl'],
    });
    expect(loadConfig({ CRL_REFRESH_MINUTES: '0' }).crlRefreshMs).toBe(0);
    for (const minutes of ['-1', '1.5', 'hourly', '10081']) {
      expect(problemsOf({ CRL_REFRESH_MINUTES: minutes })[0], minutes).toMatch(/^CRL_REFRESH_MINUTES: /);
    }
    expect(problemsOf({ CRL_URLS: 'ftp://crl.example/a.crl' })[0]).toMatch(/^CRL_URLS/);
  });

  it('turns on the movable test clock only when asked, and refuses it with NODE_ENV=production', () => {
    expect(loadConfig({ TEST_CLOCK: 'true' }).testClock).toBe(true);
    expect(loadConfig({ TEST_CLOCK: 'false', NODE_ENV: 'production' }).testClock).toBe(false);
    expect(problemsOf({ TEST_CLOCK: 'true', NODE_ENV: 'production' })).toEqual([
      'TEST_CLOCK: the movable test clock is refused when NODE_ENV=production',
    ]);
    expect(problemsOf({ TEST_CLOCK: 'yes' })).toEqual(['TEST_CLOCK: must be true or false']);
  });

  it('reports every bad variable at once, and the message lists them', () => {
    const env = { PORT: 'x', SMTP_URL: 'http://mail', LOG_LEVEL: 'loud', DATABASE_SCHEMA: 'Drop Table' };
    expect(
      problemsOf(env)
        .map((p) => p.split(':')[0])
        .sort(),
    ).toEqual(['DATABASE_SCHEMA', 'LOG_LEVEL', 'PORT', 'SMTP_URL']);
    expect(() => loadConfig(env)).toThrow(/Invalid configuration:\n {2}- /);
  });

  it('empty strings count as unset', () => {
    expect(loadConfig({ PORT: '', DATABASE_URL: '', SMTP_URL: '', LOG_LEVEL: '' })).toEqual(loadConfig({}));
  });
});
