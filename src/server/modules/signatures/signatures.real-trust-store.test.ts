// A trust store as an operator really has one: an issuing CA without a CRL from its root, CRLs in PEM under any name,
// CRLs fetched from their distribution points on a schedule, and every problem reported instead of refusing everything.
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestClock } from '../../platform/clock';
import { toPem } from './signatures.certificates';
import { createSignatureTestKit, type SignatureTestKit, testIdentities } from './signatures.fixtures';
import {
  assessTrustStore,
  createCrlRefresher,
  createTrustStore,
  fixedTrustStore,
  loadTrustStoreFromDirectory,
  type TrustStore,
} from './signatures.trust-store';
import { startTrustStore } from './signatures.usecases';
import { verifyDetachedSignature } from './signatures.verification';
import { createCertificateAuthority, issueCrl } from './test-ca';

const now = new Date('2026-03-02T05:00:00Z');
const day = 86_400_000;
const document = new TextEncoder().encode('{"application":7}');
let kit: SignatureTestKit;
let issuingCrl: Uint8Array;
let rootCrl: Uint8Array;

/** What the local "distribution point" serves, by path; a missing path answers 404. */
const served = new Map<string, Uint8Array | string>();
const requests: string[] = [];
let server: http.Server;
let baseUrl: string;

beforeAll(async () => {
  kit = await createSignatureTestKit(now);
  issuingCrl = new Uint8Array(fs.readFileSync(path.join(kit.trustDir, 'issuing.crl')));
  rootCrl = new Uint8Array(fs.readFileSync(path.join(kit.trustDir, 'root.crl')));
  server = http.createServer((request, response) => {
    requests.push(request.url ?? '');
    const body = served.get(request.url ?? '');
    if (body === undefined) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, { 'content-type': 'application/pkix-crl' }).end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  kit.cleanUp();
  await new Promise((resolve) => server.close(resolve));
});

const verifyAs = async (store: TrustStore, name = 'employer-a-ecdsa', at = now) =>
  verifyDetachedSignature({
    cms: await kit.sign(name, document, at),
    content: document,
    purpose: 'signing',
    expectedParty: { kind: 'employer', bin: testIdentities.employerA.bin },
    now: at,
    trustStore: store,
  });

function folderWith(files: Record<string, Uint8Array | string>): string {
  const dir = fs.mkdtempSync(path.join(kit.dir, 'store-'));
  for (const [name, bytes] of Object.entries(files)) fs.writeFileSync(path.join(dir, name), bytes);
  return dir;
}

describe('an issuing CA whose root publishes no CRL', () => {
  it('signatures verify: the configured intermediate is trusted as such, the signer still checked by its CRL', async () => {
    const store = createTrustStore({
      kind: 'production',
      certificates: [kit.root.der, kit.issuing.der],
      crls: [issuingCrl],
    });
    expect(await verifyAs(store)).toMatchObject({ ok: true });
    // The signer's own certificate is still checked: revoked is refused, no CRL for it is "unknown".
    expect(await verifyAs(store, 'test-revoked')).toMatchObject({ ok: false, code: 'signatures.certificate_revoked' });
    const noSignerCrl = createTrustStore({ kind: 'production', certificates: [kit.root.der, kit.issuing.der] });
    expect(await verifyAs(noSignerCrl)).toMatchObject({ ok: false, code: 'signatures.revocation_unknown' });
  });

  it('is a warning in the store’s status, not a refusal', () => {
    const store = createTrustStore({
      kind: 'production',
      certificates: [kit.root.der, kit.issuing.der],
      crls: [issuingCrl],
    });
    const status = assessTrustStore(store, now);
    expect(status.problems).toEqual([{ code: 'ca_without_crl', subject: kit.store.intermediates[0]!.subjectDn }]);
    expect(status.certificates.map((c) => [c.role, c.publishedCrl.state, c.revocation])).toEqual([
      ['root', 'none', 'root'],
      ['intermediate', 'fresh', 'none'],
    ]);
  });

  it('an intermediate the signature brought along (not configured) still needs its revocation checked', async () => {
    const store = createTrustStore({ kind: 'production', certificates: [kit.root.der], crls: [issuingCrl] });
    expect(await verifyAs(store)).toMatchObject({ ok: false, code: 'signatures.revocation_unknown' });
  });
});

describe('the trust store folder', () => {
  it('reads CRLs in PEM or DER whatever the file is named: a crl.pem is no longer dropped', async () => {
    const dir = folderWith({
      'root.pem': toPem('CERTIFICATE', kit.root.der),
      'issuing.cer': kit.issuing.der,
      'crl.pem': toPem('X509 CRL', issuingCrl),
      'root-list': rootCrl,
    });
    const store = loadTrustStoreFromDirectory(dir, 'production');
    expect(store.problems).toEqual([]);
    expect(store.crls.map((c) => c.source).sort()).toEqual(['crl.pem', 'root-list']);
    expect(await verifyAs(store)).toMatchObject({ ok: true });
    expect(assessTrustStore(store, now).problems).toEqual([]);
  });

  it('reports an unreadable file, an expired CRL, a CRL and a CA whose issuer is missing', async () => {
    const expired = await issueCrl({
      ca: kit.issuing,
      revoked: [],
      thisUpdate: new Date(now.getTime() - 10 * day),
      nextUpdate: new Date(now.getTime() - day),
    });
    const stranger = await issueCrl({
      ca: kit.untrusted,
      revoked: [],
      thisUpdate: now,
      nextUpdate: new Date(now.getTime() + day),
    });
    const orphan = await createCertificateAuthority({
      commonName: 'Orphan Issuing CA',
      issuer: kit.untrusted,
      notBefore: new Date(now.getTime() - day),
      notAfter: new Date(now.getTime() + 365 * day),
    });
    const dir = folderWith({
      'root.pem': toPem('CERTIFICATE', kit.root.der),
      'issuing.pem': toPem('CERTIFICATE', kit.issuing.der),
      'orphan.pem': toPem('CERTIFICATE', orphan.der),
      'root.crl': rootCrl,
      'issuing.crl': expired,
      'stranger.crl': toPem('X509 CRL', stranger),
      'notes.txt': 'the CRL is at http://crl.example',
    });
    const status = assessTrustStore(loadTrustStoreFromDirectory(dir, 'production'), now);
    expect(status.problems).toEqual(
      expect.arrayContaining([
        { code: 'file_unreadable', source: 'notes.txt' },
        { code: 'crl_issuer_missing', source: 'stranger.crl', subject: expect.stringContaining('Untrusted Test CA') },
        { code: 'ca_issuer_missing', subject: expect.stringContaining('Orphan Issuing CA') },
        {
          code: 'crl_expired',
          source: 'issuing.crl',
          subject: kit.store.intermediates[0]!.subjectDn,
          at: new Date(now.getTime() - day).toISOString(),
        },
      ]),
    );
    expect(status.problems).toHaveLength(4);
    const issuing = status.certificates.find((c) => c.subject === kit.store.intermediates[0]!.subjectDn);
    expect(issuing?.publishedCrl).toMatchObject({ state: 'stale', source: 'issuing.crl' });
  });

  it('logs every problem at start', async () => {
    const dir = folderWith({ 'root.pem': toPem('CERTIFICATE', kit.root.der), 'junk.crl': 'not a CRL' });
    const warnings: object[] = [];
    const logger = { warn: (details: object) => warnings.push(details), info: () => {} };
    const source = fixedTrustStore(loadTrustStoreFromDirectory(dir, 'production'));
    const stop = await startTrustStore({
      services: { trustStore: source, gostVerifier: null, ocsp: null },
      clock: createTestClock(now),
      refreshMs: 0,
      logger,
    });
    stop();
    expect(warnings).toEqual([{ trustStoreProblem: { code: 'file_unreadable', source: 'junk.crl' } }]);
  });
});

describe('CRLs from their distribution points', () => {
  it('are fetched from the points named in the store’s certificates and from extra addresses, and take effect', async () => {
    // An issuing CA whose certificate names where its root publishes: the refresher learns the root's CRL address.
    const pointed = await createCertificateAuthority({
      commonName: 'Pointed Issuing CA',
      issuer: kit.root,
      notBefore: new Date(now.getTime() - day),
      notAfter: new Date(now.getTime() + 365 * day),
      crlDistributionPoints: [`${baseUrl}/root.crl`],
    });
    served.set('/root.crl', rootCrl);
    served.set('/issuing.crl', toPem('X509 CRL', issuingCrl));
    const base = fixedTrustStore(
      createTrustStore({ kind: 'production', certificates: [kit.root.der, kit.issuing.der, pointed.der] }),
    );
    expect(await verifyAs(await base.get())).toMatchObject({ ok: false, code: 'signatures.revocation_unknown' });

    const refresher = createCrlRefresher({ base, extraUrls: [`${baseUrl}/issuing.crl`, `${baseUrl}/gone.crl`] });
    await refresher.refresh(now);
    expect(requests).toEqual(expect.arrayContaining(['/root.crl', '/issuing.crl', '/gone.crl']));
    const store = await refresher.source.get();
    expect(await verifyAs(store)).toMatchObject({ ok: true });
    const status = assessTrustStore(store, now);
    expect(status.certificates.find((c) => c.role === 'root')?.publishedCrl).toMatchObject({
      state: 'fresh',
      source: `${baseUrl}/root.crl`,
      fetchedAt: now,
    });
    expect(status.problems).toEqual([
      { code: 'crl_refresh_failed', source: `${baseUrl}/gone.crl`, at: now.toISOString() },
    ]);
    expect(refresher.lastRefreshAt()).toEqual(now);

    // The CA revokes the signer; the next refresh brings the news without a restart.
    const later = new Date(now.getTime() + 3_600_000);
    served.set(
      '/issuing.crl',
      await issueCrl({
        ca: kit.issuing,
        revoked: [{ serial: kit.issued.get('employer-a-ecdsa')!.serial, at: now }],
        thisUpdate: later,
        nextUpdate: new Date(later.getTime() + day),
      }),
    );
    await refresher.refresh(later);
    expect(await verifyAs(await refresher.source.get(), 'employer-a-ecdsa', later)).toMatchObject({
      ok: false,
      code: 'signatures.certificate_revoked',
    });
  });

  it('refresh on a schedule, and a CRL that is not refreshed in time is reported stale', async () => {
    served.set('/scheduled.crl', issuingCrl);
    const base = fixedTrustStore(
      createTrustStore({ kind: 'production', certificates: [kit.root.der, kit.issuing.der] }),
    );
    const refresher = createCrlRefresher({ base, extraUrls: [`${baseUrl}/scheduled.crl`] });
    const clock = createTestClock(now);
    const before = requests.filter((r) => r === '/scheduled.crl').length;
    const stop = refresher.start(40, clock);
    await expect
      .poll(() => requests.filter((r) => r === '/scheduled.crl').length - before, { timeout: 3000, interval: 20 })
      .toBeGreaterThanOrEqual(3);
    stop();
    const fetched = assessTrustStore(await refresher.source.get(), now);
    expect(fetched.certificates.find((c) => c.role === 'intermediate')?.publishedCrl.state).toBe('fresh');
    // The test PKI's CRLs are valid 90 days; on day 91 with no newer one the store reports it.
    const stale = assessTrustStore(await refresher.source.get(), new Date(now.getTime() + 91 * day));
    expect(stale.certificates.find((c) => c.role === 'intermediate')?.publishedCrl.state).toBe('stale');
    expect(stale.problems.map((p) => p.code)).toContain('crl_expired');
  });
});
