// Independent checks with OpenSSL 3: the test CA's .p12 files open, and its signatures verify as the evidence README says.
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSignatureTestKit, type SignatureTestKit, withOneByteChanged } from './signatures.fixtures';
import { TEST_PKI_PASSWORD } from './test-ca';

const openssl = process.env.OPENSSL_PATH ?? '/usr/bin/openssl';
// Real time: OpenSSL checks validity against its own clock, as anyone verifying the evidence would.
const now = new Date();
let kit: SignatureTestKit;
let work: string;

function run(args: string[]) {
  return spawnSync(openssl, args, { encoding: 'utf8' });
}

beforeAll(async () => {
  kit = await createSignatureTestKit(now);
  work = fs.mkdtempSync(path.join(kit.dir, 'openssl-'));
});

afterAll(() => kit.cleanUp());

describe('PKCS#12 files of the test CA', () => {
  it('open with OpenSSL and the demo password: certificates, and the PBES2-encrypted key', () => {
    for (const name of ['employer-a', 'employer-a-ecdsa', 'seeker']) {
      const file = path.join(kit.dir, 'p12', `${name}.p12`);
      const certificates = run(['pkcs12', '-in', file, '-passin', `pass:${TEST_PKI_PASSWORD}`, '-nokeys']);
      expect(certificates.status, certificates.stderr).toBe(0);
      expect(certificates.stdout).toContain('BEGIN CERTIFICATE');
      expect(certificates.stdout).toMatch(/serialNumber\s*=\s*IIN\d{12}/);
      const key = run(['pkcs12', '-in', file, '-passin', `pass:${TEST_PKI_PASSWORD}`, '-nocerts', '-nodes']);
      expect(key.status, key.stderr).toBe(0);
      expect(key.stdout).toContain('BEGIN PRIVATE KEY');
      const info = run(['pkcs12', '-in', file, '-passin', `pass:${TEST_PKI_PASSWORD}`, '-info', '-noout']);
      expect(info.stderr).toMatch(/MAC: sha256/);
      expect(info.stderr).toMatch(/PBES2, PBKDF2, AES-256-CBC/);
    }
  });

  it('refuse a wrong password', () => {
    const file = path.join(kit.dir, 'p12', 'employer-a.p12');
    expect(run(['pkcs12', '-in', file, '-passin', 'pass:wrong', '-nokeys']).status).not.toBe(0);
  });

  it('carry НУЦ РК-shaped subjects and extended key usage', () => {
    const text = execFileSync(
      openssl,
      ['x509', '-in', path.join(kit.dir, 'certs', 'employer-a.pem'), '-noout', '-text'],
      {
        encoding: 'utf8',
      },
    );
    expect(text).toMatch(/serialNumber\s*=\s*IIN\d{12}/);
    expect(text).toMatch(/OU\s*=\s*BIN\d{12}/);
    expect(text).toMatch(/Digital Signature, Non Repudiation/);
    expect(text).toContain('E-mail Protection');
    expect(text).toContain('TLS Web Client Authentication');
    expect(text).toContain('1.2.398.3.3.4.1.2.1');
  });
});

describe('openssl cms -verify on the test signer’s signatures', () => {
  const documentBytes = new TextEncoder().encode('%PDF-1.7\nДоговор о субсидируемом рабочем месте\n%%EOF\n');

  it('accepts each signature (RSA and ECDSA) with only the root as CA file, and rejects it when the document changes by one byte', async () => {
    const content = path.join(work, 'document.pdf');
    const tampered = path.join(work, 'document-tampered.pdf');
    fs.writeFileSync(content, documentBytes);
    fs.writeFileSync(tampered, withOneByteChanged(documentBytes, 20));
    const root = path.join(kit.trustDir, 'root.pem');
    for (const name of ['employer-a', 'employer-a-ecdsa']) {
      const signature = path.join(work, `${name}.p7s`);
      fs.writeFileSync(signature, await kit.sign(name, documentBytes, now));
      const verifyAgainst = (file: string) =>
        run([
          'cms',
          '-verify',
          '-binary',
          '-inform',
          'DER',
          '-content',
          file,
          '-in',
          signature,
          '-CAfile',
          root,
          '-out',
          '/dev/null',
        ]);
      const accepted = verifyAgainst(content);
      expect(accepted.status, `${name}: ${accepted.stderr}`).toBe(0);
      expect(accepted.stderr).toContain('Verification successful');
      const rejected = verifyAgainst(tampered);
      expect(rejected.status, name).not.toBe(0);
      expect(rejected.stderr).toMatch(/digest failure|Verification failure/);
    }
  });

  it('accepts an authentication-only certificate’s signature only with -purpose any (its EKU is client auth)', async () => {
    const content = path.join(work, 'nonce.bin');
    fs.writeFileSync(content, documentBytes);
    const signature = path.join(work, 'auth.p7s');
    fs.writeFileSync(signature, await kit.sign('test-authentication-only', documentBytes, now));
    const base = ['cms', '-verify', '-binary', '-inform', 'DER', '-content', content, '-in', signature];
    const root = ['-CAfile', path.join(kit.trustDir, 'root.pem'), '-out', '/dev/null'];
    expect(run([...base, ...root]).status).not.toBe(0);
    expect(run([...base, ...root, '-purpose', 'any']).status).toBe(0);
  });

  it('the CRLs in the trust store are DER that OpenSSL reads, and the revoked certificate is listed', () => {
    const crl = run(['crl', '-inform', 'DER', '-in', path.join(kit.trustDir, 'issuing.crl'), '-noout', '-text']);
    expect(crl.status, crl.stderr).toBe(0);
    expect(crl.stdout.replace(/\s/g, '')).toContain(kit.issued.get('test-revoked')!.serial);
    const verify = run([
      'crl',
      '-inform',
      'DER',
      '-in',
      path.join(kit.trustDir, 'issuing.crl'),
      '-noout',
      '-CAfile',
      path.join(kit.trustDir, 'issuing.pem'),
    ]);
    expect(verify.stderr).toMatch(/verify OK/);
  });
});
