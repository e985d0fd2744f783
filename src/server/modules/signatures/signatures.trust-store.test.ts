// The trust store read from a folder (PEM or DER, reloaded when a CRL changes) and the DER reader under the verifier.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseCertificate, toPem } from './signatures.certificates';
import { childrenOf, DerError, oidOf, parseDer, readDer, timeOf } from './signatures.der';
import { createSignatureTestKit, type SignatureTestKit, testIdentities } from './signatures.fixtures';
import { directoryTrustStore, loadTrustStoreFromDirectory } from './signatures.trust-store';
import { verifyDetachedSignature } from './signatures.verification';
import { issueCrl } from './test-ca';

const now = new Date('2026-03-02T05:00:00Z');
const document = new TextEncoder().encode('{"application":1}');
let kit: SignatureTestKit;

beforeAll(async () => {
  kit = await createSignatureTestKit(now);
});

afterAll(() => kit.cleanUp());

const verifyWith = (cms: Uint8Array, trustStore: Awaited<ReturnType<ReturnType<typeof directoryTrustStore>['get']>>) =>
  verifyDetachedSignature({
    cms,
    content: document,
    purpose: 'signing',
    expectedParty: { kind: 'employer', bin: testIdentities.employerA.bin },
    now,
    trustStore,
  });

describe('trust store folder', () => {
  it('reads the root as anchor, the issuing CA as intermediate, and both CRLs (DER) that pki:dev writes', () => {
    const store = loadTrustStoreFromDirectory(kit.trustDir, 'test');
    expect(store.problems).toEqual([]);
    expect(store.anchors.map((a) => a.commonName)).toEqual(['Jumys Test Root CA']);
    expect(store.intermediates.map((a) => a.commonName)).toEqual(['Jumys Test Issuing CA']);
    expect(store.crls).toHaveLength(2);
    expect([...store.crls.flatMap((c) => [...c.revoked.keys()])]).toEqual([kit.issued.get('test-revoked')!.serial]);
  });

  it('takes CRLs in PEM too, reports files it cannot read, and a missing folder is an empty store', () => {
    const dir = fs.mkdtempSync(path.join(kit.dir, 'pem-'));
    fs.copyFileSync(path.join(kit.trustDir, 'root.pem'), path.join(dir, 'root.pem'));
    const crl = fs.readFileSync(path.join(kit.trustDir, 'root.crl'));
    fs.writeFileSync(path.join(dir, 'root.crl'), toPem('X509 CRL', crl));
    fs.writeFileSync(path.join(dir, 'broken.pem'), '-----BEGIN CERTIFICATE-----\nAAAA\n-----END CERTIFICATE-----\n');
    const store = loadTrustStoreFromDirectory(dir, 'production');
    expect(store).toMatchObject({ kind: 'production', anchors: [{ commonName: 'Jumys Test Root CA' }], crls: [{}] });
    expect(store.problems).toEqual([{ code: 'file_unreadable', source: 'broken.pem' }]);
    expect(loadTrustStoreFromDirectory(path.join(dir, 'nowhere'), 'production').anchors).toEqual([]);
  });

  it('a new CRL dropped into the folder takes effect without a restart', async () => {
    const dir = fs.mkdtempSync(path.join(kit.dir, 'reload-'));
    for (const file of fs.readdirSync(kit.trustDir))
      fs.copyFileSync(path.join(kit.trustDir, file), path.join(dir, file));
    const source = directoryTrustStore(dir, 'test', 0);
    const cms = await kit.sign('employer-a-ecdsa', document, now);
    expect((await verifyWith(cms, await source.get())).ok).toBe(true);
    const revoking = await issueCrl({
      ca: kit.issuing,
      revoked: [{ serial: kit.issued.get('employer-a-ecdsa')!.serial, at: now }],
      thisUpdate: now,
      nextUpdate: new Date(now.getTime() + 86_400_000),
    });
    fs.writeFileSync(path.join(dir, 'issuing.crl'), revoking);
    fs.utimesSync(path.join(dir, 'issuing.crl'), new Date(), new Date(Date.now() + 5000));
    expect(await verifyWith(cms, await source.get())).toMatchObject({
      ok: false,
      code: 'signatures.certificate_revoked',
    });
  });
});

describe('DER reader', () => {
  it('reads a certificate of the test CA as OpenSSL wrote the fields: serial, names, validity', () => {
    const facts = parseCertificate(kit.issued.get('employer-a')!.der);
    expect(facts).toMatchObject({
      serialHex: kit.issued.get('employer-a')!.serial,
      iin: testIdentities.employerA.iin,
      bin: testIdentities.employerA.bin,
      organisation: 'ТОО «А»',
      givenName: 'ЕРЛАНҰЛЫ',
      isCa: false,
      keyUsage: { digitalSignature: true, nonRepudiation: true, keyCertSign: false },
    });
    expect(facts.subjectDn).toBe(
      `CN=АҚЫНОВ АРМАН, SURNAME=АҚЫНОВ, SERIALNUMBER=IIN${testIdentities.employerA.iin}, C=KZ, G=ЕРЛАНҰЛЫ, O=ТОО «А», OU=BIN${testIdentities.employerA.bin}`,
    );
  });

  it('decodes OIDs and both time types, and refuses truncated input', () => {
    expect(oidOf(parseDer(new Uint8Array([0x06, 0x08, 0x2a, 0x83, 0x0e, 0x03, 0x03, 0x04, 0x01, 0x02])))).toBe(
      '1.2.398.3.3.4.1.2',
    );
    const utc = new Uint8Array([0x17, 0x0d, ...Buffer.from('260302050000Z')]);
    expect(timeOf(parseDer(utc))).toEqual(now);
    const generalized = new Uint8Array([0x18, 0x0f, ...Buffer.from('20510101000000Z')]);
    expect(timeOf(parseDer(generalized))).toEqual(new Date('2051-01-01T00:00:00Z'));
    expect(() => parseDer(new Uint8Array([0x30, 0x05, 0x02, 0x01]))).toThrow(DerError);
  });

  it('accepts a BER CMS with indefinite lengths around the SignedData, as some producers write it', async () => {
    const der = await kit.sign('employer-a-ecdsa', document, now);
    const [contentType, wrapped] = childrenOf(parseDer(der));
    const [signedData] = childrenOf(wrapped!);
    const slice = (node: { start: number; end: number }) => der.subarray(node.start, node.end);
    const ber = Buffer.concat([
      Buffer.from([0x30, 0x80]),
      slice(contentType!),
      Buffer.from([0xa0, 0x80]),
      slice(signedData!),
      Buffer.from([0, 0, 0, 0]),
    ]);
    expect(readDer(ber).end).toBe(ber.length);
    const store = loadTrustStoreFromDirectory(kit.trustDir, 'test');
    expect((await verifyWith(new Uint8Array(ber), store)).ok).toBe(true);
  });
});
