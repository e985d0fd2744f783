// Signatures through the app: sign-in by ЭЦП, recording a signature as evidence, and the evidence package checked by OpenSSL.

import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { countRows, seedTestWorld, sessionUserOf, type TestWorld } from '../../../../tests/support/fixtures';
import { type Caller, logIn, problemOf } from '../../../../tests/support/test-app';
import { useTestDatabase } from '../../../../tests/support/test-database';
import { isIin, maskIdentifier } from '../../../shared/iin-bin';
import { buildApp } from '../../app';
import { loadConfig } from '../../config';
import { createTestClock } from '../../platform/clock';
import type { Db } from '../../platform/db/database';
import { readZip } from '../../platform/documents/zip';
import { DomainError } from '../../platform/errors';
import type { App } from '../../platform/http';
import { ensureDevelopmentPki } from './dev-pki';
import { createSignatureTestKit, type SignatureTestKit, testIdentities } from './signatures.fixtures';
import {
  createSignatureServices,
  createSignedDocument,
  recordSignature,
  registerDocumentAccessRule,
  type SignatureServices,
} from './signatures.usecases';

const start = '2026-03-02T05:00:00Z';
let db: Db;
let world: TestWorld;
let app: App;
let clock: ReturnType<typeof createTestClock>;
let kit: SignatureTestKit;
let services: SignatureServices;
let ipCounter = 0;

/** Each sign-in attempt from its own address, so the failures of one test do not throttle the next. */
const freshIp = () => ({ 'x-forwarded-for': `10.0.0.${++ipCounter}` });

beforeAll(async () => {
  ({ db } = await useTestDatabase());
  world = await seedTestWorld(db);
  await db
    .updateTable('users')
    .set({ iin: testIdentities.headAstana.iin })
    .where('id', '=', world.users.headAstana)
    .execute();
  kit = await createSignatureTestKit(new Date(start));
  clock = createTestClock(start);
  const config = loadConfig({ LOG_LEVEL: 'silent', TRUST_STORE_DIR: kit.trustDir });
  services = createSignatureServices(config);
  app = await buildApp({ db, config, clock, signatures: services });
  await app.ready();
});

afterAll(async () => {
  await app.close();
  kit.cleanUp();
});

async function challenge() {
  const response = await app.inject({ method: 'POST', url: '/api/auth/ecp/challenge', headers: freshIp() });
  expect(response.statusCode).toBe(200);
  return response.json() as { nonceId: string; nonce: string; expiresAt: string };
}

async function signInWith(certificate: string, given?: { nonceId: string; nonce: string }) {
  const { nonceId, nonce } = given ?? (await challenge());
  const cms = await kit.sign(certificate, new Uint8Array(Buffer.from(nonce, 'base64')), clock.now());
  const payload = { nonceId, cms: Buffer.from(cms).toString('base64') };
  const response = await app.inject({ method: 'POST', url: '/api/auth/ecp/login', payload, headers: freshIp() });
  return { response, payload };
}

const lastAudit = async (action: string) =>
  db
    .selectFrom('audit_log')
    .selectAll()
    .where('action', '=', action)
    .orderBy('seq', 'desc')
    .limit(1)
    .executeTakeFirstOrThrow();

describe('GET /api/signatures/trust-store', () => {
  it('tells anyone which trust store is in use, so the UI offers the test signer only with the test one', async () => {
    const response = await app.inject({ method: 'GET', url: '/api/signatures/trust-store' });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({
      kind: 'test',
      testSignerAvailable: true,
      gostVerification: false,
      ocsp: false,
      roots: [{ subject: expect.stringContaining('CN=Jumys Test Root CA') }],
    });
  });
});

describe('GET /api/admin/trust-store', () => {
  it('shows the administrator each CA certificate with its CRL state and the problems; nobody else', async () => {
    const admin = await logIn(app, 'admin@test.kz');
    const response = await app.inject({ method: 'GET', url: '/api/admin/trust-store', headers: admin.headers });
    expect(response.statusCode).toBe(200);
    const body = response.json();
    expect(body).toMatchObject({ kind: 'test', refreshMinutes: 60, problems: [] });
    expect(
      body.certificates.map(
        (c: { role: string; publishedCrl: { state: string; source: string }; revocation: string }) => [
          c.role,
          c.publishedCrl.state,
          c.publishedCrl.source,
          c.revocation,
        ],
      ),
    ).toEqual([
      ['root', 'fresh', 'root.crl', 'root'],
      ['intermediate', 'fresh', 'issuing.crl', 'fresh'],
    ]);
    expect((await app.inject({ method: 'GET', url: '/api/admin/trust-store' })).statusCode).toBe(401);
    for (const login of ['specialist.astana@test.kz', 'employer.a@test.kz', 'head.astana@test.kz']) {
      const other = await logIn(app, login);
      const refused = await app.inject({ method: 'GET', url: '/api/admin/trust-store', headers: other.headers });
      expect(refused.statusCode, login).toBe(403);
    }
  });
});

describe('sign-in by ЭЦП', () => {
  it('the challenge is a 32-byte nonce valid for five minutes', async () => {
    const { nonce, expiresAt } = await challenge();
    expect(Buffer.from(nonce, 'base64')).toHaveLength(32);
    expect(new Date(expiresAt).getTime() - clock.now().getTime()).toBe(5 * 60_000);
  });

  it('signs in the employer whose IIN and BIN the certificate carries: the cookie opens the session', async () => {
    const { response } = await signInWith('employer-a');
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json().user).toMatchObject({
      login: 'employer.a@test.kz',
      organisation: { id: world.employers.a },
    });
    const cookie = response.cookies.find((c) => c.name === 'jumys_session');
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Lax', path: '/' });
    const session = await app.inject({
      method: 'GET',
      url: '/api/session',
      headers: { cookie: `jumys_session=${cookie!.value}` },
    });
    expect(session.json().user).toMatchObject({ login: 'employer.a@test.kz' });
    const audit = await lastAudit('auth.login');
    expect(audit).toMatchObject({ actor_id: world.users.employerA, subject_id: world.users.employerA });
    expect(audit.details).toMatchObject({
      method: 'ecp',
      certificateSerial: kit.issued.get('employer-a')!.serial,
      signerIin: maskIdentifier(testIdentities.employerA.iin),
      reason: null,
    });
    expect(JSON.stringify(audit.details)).not.toContain(testIdentities.employerA.iin);
  });

  it('signs in a job seeker with a personal (individual) certificate', async () => {
    const { response } = await signInWith('seeker');
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json().user.login).toBe('seeker@test.kz');
  });

  it('refuses a replayed nonce: the same signed answer a second time', async () => {
    const { response, payload } = await signInWith('employer-a-ecdsa');
    expect(response.statusCode).toBe(200);
    const replay = await app.inject({ method: 'POST', url: '/api/auth/ecp/login', payload, headers: freshIp() });
    expect(problemOf(replay)).toMatchObject({ status: 401, body: { code: 'signatures.nonce_invalid' } });
  });

  it('refuses an expired nonce (signed after its five minutes)', async () => {
    const given = await challenge();
    clock.advance(5 * 60_000 + 1000);
    const { response } = await signInWith('employer-a-ecdsa', given);
    expect(problemOf(response)).toMatchObject({ status: 401, body: { code: 'signatures.nonce_invalid' } });
    expect((await lastAudit('auth.login_failed')).details).toMatchObject({
      method: 'ecp',
      reason: 'signatures.nonce_invalid',
    });
  });

  it('refuses a certificate of another organisation: the right person, but employer B’s BIN', async () => {
    const { response } = await signInWith('employer-a-in-b');
    expect(problemOf(response)).toMatchObject({ status: 422, body: { code: 'signatures.wrong_signer_bin' } });
    const audit = await lastAudit('auth.login_failed');
    expect(audit.subject_id).toBe(world.users.employerA);
    expect(audit.details).toMatchObject({
      reason: 'signatures.wrong_signer_bin',
      certificateSerial: kit.issued.get('employer-a-in-b')!.serial,
    });
  });

  it('refuses a certificate whose IIN has no account, and a revoked one, with their reasons in the user’s language', async () => {
    const { response } = await signInWith('stranger');
    expect(problemOf(response)).toMatchObject({ status: 401, body: { code: 'signatures.no_account' } });
    const { nonceId, nonce } = await challenge();
    const cms = await kit.sign('test-revoked', new Uint8Array(Buffer.from(nonce, 'base64')), clock.now());
    const revoked = await app.inject({
      method: 'POST',
      url: '/api/auth/ecp/login',
      payload: { nonceId, cms: Buffer.from(cms).toString('base64') },
      headers: { ...freshIp(), 'accept-language': 'kk' },
    });
    expect(problemOf(revoked)).toMatchObject({
      status: 422,
      body: { code: 'signatures.certificate_revoked', detail: 'Сертификат кері қайтарылған.' },
    });
  });

  it('refuses a signature over other bytes than the nonce', async () => {
    const { nonceId } = await challenge();
    const cms = await kit.sign('employer-a', new Uint8Array(32), clock.now());
    const response = await app.inject({
      method: 'POST',
      url: '/api/auth/ecp/login',
      payload: { nonceId, cms: Buffer.from(cms).toString('base64') },
      headers: freshIp(),
    });
    expect(problemOf(response).body.code).toBe('signatures.digest_mismatch');
  });

  it('answers 400 to a body that is not a nonce id and base64', async () => {
    const response = await app.inject({
      method: 'POST',
      url: '/api/auth/ecp/login',
      payload: { nonceId: 'x', cms: 'not base64!' },
      headers: freshIp(),
    });
    expect(problemOf(response)).toMatchObject({ status: 400, body: { code: 'validation.failed' } });
  });
});

describe('recording a signature and its evidence package', () => {
  const contract = new TextEncoder().encode('%PDF-1.7\n% Договор ЦТМ Астана — ТОО «А»\n%%EOF\n');
  let documentId: string;
  let employerA: Caller;

  beforeAll(async () => {
    const headUser = await sessionUserOf(db, world.users.headAstana, clock.now());
    const created = await createSignedDocument(db, {
      subjectType: 'signature_test_contract',
      subjectId: 'contract-1',
      kind: 'contract',
      content: contract,
      mediaType: 'application/pdf',
      createdBy: headUser.id,
      now: clock.now(),
    });
    documentId = created.id;
    const deps = { db, services, now: clock.now() };
    await recordSignature(
      { ...deps, actor: { id: headUser.id, role: headUser.role, organisationId: headUser.organisationId } },
      {
        documentId,
        step: 'B03-4.1',
        cms: await kit.sign('head-astana', contract, clock.now()),
        expectedParty: { kind: 'person', iin: testIdentities.headAstana.iin },
      },
    );
    const employerUser = await sessionUserOf(db, world.users.employerA, clock.now());
    await recordSignature(
      { ...deps, actor: { id: employerUser.id, role: employerUser.role, organisationId: employerUser.organisationId } },
      {
        documentId,
        step: 'B03-5.1',
        cms: await kit.sign('employer-a', contract, clock.now()),
        expectedParty: { kind: 'employer', bin: testIdentities.employerA.bin },
      },
    );
    employerA = await logIn(app, 'employer.a@test.kz');
  });

  it('B03-4.1 and B03-5.1 keep each signer, certificate and time, and audit the acceptance with a masked IIN', async () => {
    const rows = await db
      .selectFrom('signatures')
      .selectAll()
      .where('document_id', '=', documentId)
      .orderBy('seq')
      .execute();
    expect(rows.map((r) => [r.signer_iin, r.signer_bin, r.verified_by, r.trust_store_kind])).toEqual([
      [testIdentities.headAstana.iin, testIdentities.headAstana.bin, 'built-in', 'test'],
      [testIdentities.employerA.iin, testIdentities.employerA.bin, 'built-in', 'test'],
    ]);
    expect(rows[1]!.certificate_serial).toBe(kit.issued.get('employer-a')!.serial);
    expect(rows[1]!.signer_roles).toEqual(['organisation', 'firstHead']);
    const audits = await db
      .selectFrom('audit_log')
      .selectAll()
      .where('subject_type', '=', 'signed_document')
      .where('subject_id', '=', documentId)
      .orderBy('seq')
      .execute();
    expect(audits.map((a) => [a.action, a.step])).toEqual([
      ['signature.accepted', 'B03-4.1'],
      ['signature.accepted', 'B03-5.1'],
    ]);
    expect(audits[1]!.details).toMatchObject({
      signerIin: maskIdentifier(testIdentities.employerA.iin),
      certificateSerial: kit.issued.get('employer-a')!.serial,
      expectedParty: 'employer',
    });
  });

  it('a refused signature is audited with its reason and the certificate serial, and nothing is stored', async () => {
    const before = await countRows(db, 'signatures');
    const attempt = recordSignature(
      { db, services, now: clock.now(), actor: null },
      {
        documentId,
        cms: await kit.sign('employer-b', contract, clock.now()),
        expectedParty: { kind: 'employer', bin: testIdentities.employerA.bin },
      },
    );
    await expect(attempt).rejects.toMatchObject({ code: 'signatures.wrong_signer_bin', status: 422 });
    await expect(attempt).rejects.toBeInstanceOf(DomainError);
    expect(await countRows(db, 'signatures')).toBe(before);
    const audit = await lastAudit('signature.refused');
    expect(audit.details).toMatchObject({
      reason: 'signatures.wrong_signer_bin',
      certificateSerial: kit.issued.get('employer-b')!.serial,
      signerIin: maskIdentifier(testIdentities.employerB.iin),
    });
  });

  it('the signed action runs in the same transaction: if it fails, the signature is not kept either', async () => {
    const before = await countRows(db, 'signatures');
    const attempt = recordSignature(
      { db, services, now: clock.now(), actor: null },
      {
        documentId,
        cms: await kit.sign('employer-a-ecdsa', contract, clock.now()),
        expectedParty: { kind: 'employer', bin: testIdentities.employerA.bin },
        onAccepted: async () => {
          throw new DomainError('workflow.conflict');
        },
      },
    );
    await expect(attempt).rejects.toMatchObject({ code: 'workflow.conflict' });
    expect(await countRows(db, 'signatures')).toBe(before);
  });

  it('signed documents and signatures are append-only in the database itself', async () => {
    await expect(
      db.updateTable('signatures').set({ signer_name: 'someone else' }).where('document_id', '=', documentId).execute(),
    ).rejects.toThrow(/append-only/);
    await expect(db.deleteFrom('signed_documents').where('id', '=', documentId).execute()).rejects.toThrow(
      /append-only/,
    );
  });

  it('GET /api/signatures/documents/:id lists the signatures without anyone’s IIN', async () => {
    const response = await app.inject({
      method: 'GET',
      url: `/api/signatures/documents/${documentId}`,
      headers: employerA.headers,
    });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({
      kind: 'contract',
      mediaType: 'application/pdf',
      signatures: [
        { signerName: 'СЕРІКОВ МҰРАТ' },
        { signerName: 'АҚЫНОВ АРМАН', signerBin: testIdentities.employerA.bin },
      ],
    });
    expect(response.body).not.toContain(testIdentities.employerA.iin);
    expect(response.body).not.toContain(testIdentities.headAstana.iin);
  });

  it('GET …/content answers the exact stored bytes to sign', async () => {
    const response = await app.inject({
      method: 'GET',
      url: `/api/signatures/documents/${documentId}/content`,
      headers: employerA.headers,
    });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('application/pdf');
    expect(new Uint8Array(response.rawPayload)).toEqual(contract);
  });

  it('the evidence ZIP holds the document, each .p7s, the certificates and a README; OpenSSL verifies every .p7s', async () => {
    const response = await app.inject({
      method: 'GET',
      url: `/api/signatures/documents/${documentId}/evidence`,
      headers: employerA.headers,
    });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('application/zip');
    expect(response.headers['content-disposition']).toBe(`attachment; filename="evidence-${documentId}.zip"`);
    const files = readZip(new Uint8Array(response.rawPayload));
    expect([...files.keys()]).toEqual([
      'document.pdf',
      'signature-1.p7s',
      'signer-1.pem',
      'signature-2.p7s',
      'signer-2.pem',
      'root.pem',
      'README.txt',
    ]);
    expect(files.get('document.pdf')).toEqual(contract);
    const readme = Buffer.from(files.get('README.txt')!).toString('utf8');
    expect(readme).toContain(
      'openssl cms -verify -binary -inform DER -content document.pdf -in signature-1.p7s -CAfile root.pem',
    );
    expect(readme).toContain('ҚАЗАҚША');
    expect(readme).toContain('РУССКИЙ');
    expect(readme).toContain('ENGLISH');

    const dir = fs.mkdtempSync(path.join(kit.dir, 'evidence-'));
    const zipFile = path.join(dir, 'evidence.zip');
    fs.writeFileSync(zipFile, response.rawPayload);
    // An independent unzip reads it too.
    const unzip = spawnSync('unzip', ['-q', zipFile, '-d', dir], { encoding: 'utf8' });
    expect(unzip.status, unzip.stderr).toBe(0);
    for (const signature of ['signature-1.p7s', 'signature-2.p7s']) {
      const args = [
        'cms',
        '-verify',
        '-binary',
        '-inform',
        'DER',
        '-in',
        signature,
        '-CAfile',
        'root.pem',
        '-purpose',
        'any',
      ];
      // The CMS was signed at the test clock's time, which is also within the certificates' validity today.
      const verified = spawnSync('openssl', [...args, '-content', 'document.pdf', '-out', '/dev/null'], {
        cwd: dir,
        encoding: 'utf8',
      });
      expect(verified.status, verified.stderr).toBe(0);
      fs.writeFileSync(path.join(dir, 'changed.pdf'), Buffer.concat([Buffer.from(contract), Buffer.from(' ')]));
      const changed = spawnSync('openssl', [...args, '-content', 'changed.pdf', '-out', '/dev/null'], {
        cwd: dir,
        encoding: 'utf8',
      });
      expect(changed.status).not.toBe(0);
    }
  });

  const statusFor = async (login: string | null, url: string) => {
    const headers = login ? (await logIn(app, login)).headers : {};
    return (await app.inject({ method: 'GET', url, headers })).statusCode;
  };

  it('the signers, their organisations, the creator and administrators get the package; others 404, anonymous 401', async () => {
    const url = `/api/signatures/documents/${documentId}/evidence`;
    expect(await statusFor('head.astana@test.kz', url)).toBe(200);
    // The head signed with the centre's BIN: the centre's staff see what their head signed.
    expect(await statusFor('analyst.astana@test.kz', url)).toBe(200);
    expect(await statusFor('admin@test.kz', url)).toBe(200);
    expect(await statusFor('employer.b@test.kz', url)).toBe(404);
    expect(await statusFor('specialist.almaty@test.kz', url)).toBe(404);
    expect(await statusFor('seeker@test.kz', url)).toBe(404);
    expect(await statusFor(null, url)).toBe(401);
  });

  it('B03-1.4 a subject’s own access rule (registered by its module) lets that module’s staff see the application', async () => {
    const application = new TextEncoder().encode('{"employer":"А","positions":2}');
    const { id } = await createSignedDocument(db, {
      subjectType: 'signature_test_application',
      subjectId: 'application-1',
      kind: 'application',
      content: application,
      mediaType: 'application/json',
      createdBy: world.users.employerA,
      now: clock.now(),
    });
    await recordSignature(
      { db, services, now: clock.now(), actor: null },
      {
        documentId: id,
        step: 'B03-1.4',
        cms: await kit.sign('employer-a-ecdsa', application, clock.now()),
        expectedParty: { kind: 'employer', bin: testIdentities.employerA.bin },
      },
    );
    const url = `/api/signatures/documents/${id}`;
    expect(await statusFor('specialist.astana@test.kz', url)).toBe(404);
    registerDocumentAccessRule(
      'signature_test_application',
      async ({ user }) => user.organisationId === world.centres.astana,
    );
    expect(await statusFor('specialist.astana@test.kz', url)).toBe(200);
    expect(await statusFor('specialist.almaty@test.kz', url)).toBe(404);
    expect(await statusFor('employer.a@test.kz', url)).toBe(200);
  });
});

describe('the development PKI on first start', () => {
  it('issues a .p12 per user with an IIN into <DATA_DIR>/pki once, and never for the production trust store', async () => {
    const dataDir = fs.mkdtempSync(path.join(kit.dir, 'data-'));
    expect(
      await ensureDevelopmentPki({
        db,
        config: loadConfig({ DATA_DIR: dataDir, TRUST_STORE_KIND: 'production' }),
        now: clock.now(),
      }),
    ).toBeNull();
    const config = loadConfig({ DATA_DIR: dataDir });
    const pki = await ensureDevelopmentPki({ db, config, now: clock.now() });
    const names = pki!.manifest.certificates.map((c) => c.name);
    expect(names).toEqual(
      expect.arrayContaining([
        'employer.a@test.kz',
        'employer.a@test.kz-ecdsa',
        'seeker@test.kz',
        'head.astana@test.kz',
      ]),
    );
    expect(names).toEqual(expect.arrayContaining(['test-expired', 'test-revoked', 'test-untrusted', 'test-no-bin']));
    // The newcomer's key (an individual's, of a valid IIN no user has) lets the demo register a seeker by ЭЦП.
    const newcomer = pki!.manifest.certificates.find((c) => c.name === 'newcomer');
    expect(newcomer).toMatchObject({ bin: null, roles: ['individual'] });
    expect(isIin(newcomer!.iin)).toBe(true);
    expect(
      await db.selectFrom('users').select('id').where('iin', '=', newcomer!.iin).executeTakeFirst(),
    ).toBeUndefined();
    const head = pki!.manifest.certificates.find((c) => c.name === 'head.astana@test.kz');
    expect(head).toMatchObject({ bin: testIdentities.headAstana.bin, roles: ['organisation', 'firstHead'] });
    expect(fs.existsSync(path.join(config.trustStoreDir, 'root.pem'))).toBe(true);
    expect(await ensureDevelopmentPki({ db, config, now: clock.now() })).toBeNull();
  });
});
