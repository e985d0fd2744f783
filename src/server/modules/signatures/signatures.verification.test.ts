// The verifier, one test per reason to refuse: each with its own certificate or tampered input from the test CA.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import * as asn1js from 'asn1js';
import * as pkijs from 'pkijs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cmsOid, nationalCaTestIin } from '../../../shared/signatures/oids';
import { toArrayBuffer } from '../../../shared/signatures/sign-cms';
import { digest } from './signatures.certificates';
import {
  createSignatureTestKit,
  gostShapedCms,
  resignWithAttributes,
  type SignatureTestKit,
  testIdentities,
  variantOfStore,
  withFlippedSignatureByte,
  withMessageDigest,
  withOneByteChanged,
  withoutAttribute,
} from './signatures.fixtures';
import type { GostVerifier } from './signatures.gost';
import { ncanodeVerifier } from './signatures.gost';
import { httpOcspClient } from './signatures.ocsp';
import { createTrustStore, type TrustStore } from './signatures.trust-store';
import { type ExpectedParty, type VerifyOptions, verifyDetachedSignature } from './signatures.verification';
import { issueCrl } from './test-ca';

const now = new Date('2026-03-02T05:00:00Z');
const createdAt = new Date(now.getTime() - 60_000);
const document = new TextEncoder().encode('{"employer":"150340000105","positions":3,"programme":"youth_practice"}');
const employerA: ExpectedParty = { kind: 'employer', bin: testIdentities.employerA.bin };
let kit: SignatureTestKit;

beforeAll(async () => {
  kit = await createSignatureTestKit(now);
});

afterAll(() => kit.cleanUp());

function verify(cms: Uint8Array, options: Partial<VerifyOptions> = {}) {
  return verifyDetachedSignature({
    cms,
    content: document,
    purpose: 'signing',
    expectedParty: employerA,
    now,
    earliestSigningTime: createdAt,
    trustStore: kit.store,
    ...options,
  });
}

async function refusalOf(cms: Uint8Array, options: Partial<VerifyOptions> = {}) {
  const result = await verify(cms, options);
  if (result.ok) throw new Error('the signature was accepted');
  return result;
}

describe('verifyDetachedSignature accepts', () => {
  it('B03-1.4 the employer head’s RSA and ECDSA signatures over the stored bytes, naming the signer', async () => {
    for (const name of ['employer-a', 'employer-a-ecdsa']) {
      const result = await verify(await kit.sign(name, document, now));
      expect(result, name).toMatchObject({
        ok: true,
        verifier: 'built-in',
        digestAlgorithm: 'SHA-256',
        signingTime: now,
        signer: {
          name: 'АҚЫНОВ АРМАН',
          iin: testIdentities.employerA.iin,
          bin: testIdentities.employerA.bin,
          organisation: 'ТОО «А»',
          roles: ['organisation', 'firstHead'],
          certificateSerial: kit.issued.get(name)!.serial,
        },
      });
      if (result.ok) expect(result.anchorDer).toEqual(kit.root.der);
    }
  });

  it('B03-5.1 a person with signing right (not the first head) for the employer, with SHA-384 and SHA-512 digests', async () => {
    for (const hash of ['SHA-384', 'SHA-512'] as const) {
      const result = await verify(await kit.sign('employer-a-signing-right', document, now, hash));
      expect(result, hash).toMatchObject({
        ok: true,
        digestAlgorithm: hash,
        signer: { roles: ['organisation', 'signingRight'] },
      });
    }
  });

  it('B03-4.1 the head of the centre in person, by IIN', async () => {
    const cms = await kit.sign('head-astana', document, now);
    const result = await verify(cms, { expectedParty: { kind: 'person', iin: testIdentities.headAstana.iin } });
    expect(result).toMatchObject({ ok: true, signer: { iin: testIdentities.headAstana.iin } });
  });

  it('the national CA’s test IIN with the test trust store', async () => {
    const cms = await kit.sign('test-nca-test-iin', document, now);
    const result = await verify(cms, { expectedParty: { kind: 'person', iin: nationalCaTestIin } });
    expect(result).toMatchObject({ ok: true, signer: { iin: nationalCaTestIin } });
  });

  it('a signing time within the clock skew of the document’s creation', async () => {
    const cms = await kit.sign('employer-a-ecdsa', document, new Date(createdAt.getTime() - 4 * 60_000));
    expect((await verify(cms)).ok).toBe(true);
  });
});

describe('verifyDetachedSignature refuses, each with its own reason', () => {
  it('signatures.malformed: bytes that are not a CMS, a truncated CMS, a CMS without signed attributes', async () => {
    expect((await refusalOf(new TextEncoder().encode('not a signature'))).code).toBe('signatures.malformed');
    const cms = await kit.sign('employer-a-ecdsa', document, now);
    expect((await refusalOf(cms.subarray(0, cms.length - 40))).code).toBe('signatures.malformed');
    const signedData = new pkijs.SignedData({ schema: pkijs.ContentInfo.fromBER(toArrayBuffer(cms)).content });
    delete signedData.signerInfos[0]!.signedAttrs;
    const bare = new pkijs.ContentInfo({ contentType: cmsOid.signedData, content: signedData.toSchema(true) });
    expect((await refusalOf(new Uint8Array(bare.toSchema().toBER(false)))).code).toBe('signatures.malformed');
  });

  it('signatures.digest_mismatch: the document changed by one byte after signing', async () => {
    const cms = await kit.sign('employer-a', document, now);
    const refusal = await refusalOf(cms, { content: withOneByteChanged(document, 5) });
    expect(refusal).toMatchObject({
      code: 'signatures.digest_mismatch',
      certificateSerial: kit.issued.get('employer-a')!.serial,
    });
  });

  it('signatures.invalid_signature: one bit of the signature value flipped (RSA and ECDSA)', async () => {
    for (const name of ['employer-a', 'employer-a-ecdsa']) {
      const cms = withFlippedSignatureByte(await kit.sign(name, document, now));
      expect((await refusalOf(cms)).code, name).toBe('signatures.invalid_signature');
    }
  });

  it('signatures.invalid_signature: signing-certificate-v2 naming another certificate than the signer’s', async () => {
    const other = await kit.sign('employer-b', document, now);
    const otherSigned = new pkijs.SignedData({ schema: pkijs.ContentInfo.fromBER(toArrayBuffer(other)).content });
    const foreign = otherSigned.signerInfos[0]!.signedAttrs!.attributes.find(
      (a) => a.type === cmsOid.signingCertificateV2,
    )!;
    const cms = await resignWithAttributes({
      cms: await kit.sign('employer-a-ecdsa', document, now),
      p12: kit.p12('employer-a-ecdsa'),
      change: (attributes) => attributes.map((a) => (a.type === cmsOid.signingCertificateV2 ? foreign : a)),
    });
    expect((await refusalOf(cms)).code).toBe('signatures.invalid_signature');
  });

  it('signatures.unsupported_algorithm: a SHA-1 digest', async () => {
    const cms = await resignWithAttributes({
      cms: await kit.sign('employer-a-ecdsa', document, now),
      p12: kit.p12('employer-a-ecdsa'),
      change: withMessageDigest(await crypto.subtle.digest('SHA-1', document)),
      hash: 'SHA-1',
    });
    expect((await refusalOf(cms)).code).toBe('signatures.unsupported_algorithm');
  });

  it('signatures.signing_time_missing: a correct signature without the signingTime attribute', async () => {
    const cms = await resignWithAttributes({
      cms: await kit.sign('employer-a-ecdsa', document, now),
      p12: kit.p12('employer-a-ecdsa'),
      change: withoutAttribute(cmsOid.signingTime),
    });
    expect((await refusalOf(cms)).code).toBe('signatures.signing_time_missing');
  });

  it('signatures.signing_time_invalid: a signing time before the document existed, or in the future', async () => {
    const early = await kit.sign('employer-a-ecdsa', document, new Date(createdAt.getTime() - 3_600_000));
    expect((await refusalOf(early)).code).toBe('signatures.signing_time_invalid');
    const late = await kit.sign('employer-a-ecdsa', document, new Date(now.getTime() + 3_600_000));
    expect((await refusalOf(late)).code).toBe('signatures.signing_time_invalid');
  });

  it('signatures.untrusted_chain: a certificate from a CA outside the trust store', async () => {
    const cms = await kit.sign('test-untrusted', document, now);
    expect(await refusalOf(cms)).toMatchObject({
      code: 'signatures.untrusted_chain',
      certificateSerial: kit.issued.get('test-untrusted')!.serial,
    });
  });

  it('signatures.untrusted_chain: a store that trusts only the issuing CA’s look-alike name, not its key', async () => {
    const cms = await kit.sign('employer-a-ecdsa', document, now);
    const store = createTrustStore({ kind: 'test', certificates: [kit.untrusted.der] });
    expect((await refusalOf(cms, { trustStore: store })).code).toBe('signatures.untrusted_chain');
  });

  it('signatures.certificate_expired: a certificate that expired before the signing time', async () => {
    const cms = await kit.sign('test-expired', document, now);
    expect((await refusalOf(cms)).code).toBe('signatures.certificate_expired');
  });

  it('signatures.certificate_expired: a valid certificate, but the verification happens after it expired', async () => {
    const later = new Date(now.getTime() + 800 * 86_400_000);
    const cms = await kit.sign('employer-a-ecdsa', document, later);
    expect((await refusalOf(cms, { now: later })).code).toBe('signatures.certificate_expired');
  });

  it('signatures.certificate_not_yet_valid: a certificate valid only from next month', async () => {
    const cms = await kit.sign('test-not-yet-valid', document, now);
    expect((await refusalOf(cms)).code).toBe('signatures.certificate_not_yet_valid');
  });

  it('signatures.certificate_revoked: a certificate listed in the issuing CA’s CRL', async () => {
    const cms = await kit.sign('test-revoked', document, now);
    expect(await refusalOf(cms)).toMatchObject({
      code: 'signatures.certificate_revoked',
      certificateSerial: kit.issued.get('test-revoked')!.serial,
    });
  });

  it('signatures.revocation_unknown: the issuing CA’s CRL expired, badly signed, or missing', async () => {
    const cms = await kit.sign('employer-a-ecdsa', document, now);
    const rootCrl = await issueCrl({
      ca: kit.root,
      revoked: [],
      thisUpdate: createdAt,
      nextUpdate: new Date(now.getTime() + 86_400_000),
    });
    const expired = await issueCrl({
      ca: kit.issuing,
      revoked: [],
      thisUpdate: new Date(now.getTime() - 10 * 86_400_000),
      nextUpdate: new Date(now.getTime() - 86_400_000),
    });
    const forged = await issueCrl({
      ca: kit.issuing,
      revoked: [],
      thisUpdate: createdAt,
      nextUpdate: new Date(now.getTime() + 86_400_000),
      signingKey: kit.untrusted.privateKey,
    });
    for (const [label, crls] of [
      ['expired', [rootCrl, expired]],
      ['forged', [rootCrl, forged]],
      ['missing', [rootCrl]],
    ] as const) {
      const refusal = await refusalOf(cms, { trustStore: variantOfStore(kit, { crls: [...crls] }) });
      expect(refusal.code, label).toBe('signatures.revocation_unknown');
    }
  });

  it('signatures.key_usage: an authentication-only key, and a key-encipherment key, used to sign a document', async () => {
    for (const name of ['test-authentication-only', 'test-key-encipherment']) {
      const cms = await kit.sign(name, document, now);
      expect((await refusalOf(cms)).code, name).toBe('signatures.key_usage');
    }
  });

  it('signatures.wrong_signer_iin: the centre head’s contract signed by somebody else', async () => {
    const cms = await kit.sign('employer-a-ecdsa', document, now);
    const refusal = await refusalOf(cms, { expectedParty: { kind: 'person', iin: testIdentities.headAstana.iin } });
    expect(refusal).toMatchObject({ code: 'signatures.wrong_signer_iin', signerIin: testIdentities.employerA.iin });
  });

  it('signatures.wrong_signer_bin: another organisation’s certificate', async () => {
    expect((await refusalOf(await kit.sign('employer-b', document, now))).code).toBe('signatures.wrong_signer_bin');
  });

  it('B03-1.4 signatures.personal_certificate: a key without a BIN is refused as personal, not as another organisation’s', async () => {
    // test-no-bin is employer A's head with O= but no OU=BIN…: a personal key, whatever organisation it names.
    expect((await refusalOf(await kit.sign('test-no-bin', document, now))).code).toBe(
      'signatures.personal_certificate',
    );
  });

  it('signatures.no_signing_right: the employer’s BIN, but an employee-only role', async () => {
    const cms = await kit.sign('test-employee-only', document, now);
    expect((await refusalOf(cms)).code).toBe('signatures.no_signing_right');
  });

  it('signatures.test_certificate: the national CA’s test IIN with the production trust store', async () => {
    const cms = await kit.sign('test-nca-test-iin', document, now);
    const production = variantOfStore(kit, { kind: 'production' });
    const refusal = await refusalOf(cms, {
      trustStore: production,
      expectedParty: { kind: 'person', iin: nationalCaTestIin },
    });
    expect(refusal.code).toBe('signatures.test_certificate');
  });

  it('signatures.trust_store_empty: a production store without roots refuses every signature', async () => {
    const cms = await kit.sign('employer-a', document, now);
    const empty = createTrustStore({ kind: 'production', certificates: [] });
    expect((await refusalOf(cms, { trustStore: empty })).code).toBe('signatures.trust_store_empty');
  });
});

describe('GOST signatures', () => {
  it('signatures.gost_unsupported: refused, never accepted, when no GOST verifier is configured', async () => {
    const cms = await gostShapedCms(kit, { iin: testIdentities.employerA.iin, signingTime: now });
    expect((await refusalOf(cms)).code).toBe('signatures.gost_unsupported');
  });

  describe('through NCANode (POST /cms/verify)', () => {
    let server: Server;
    let answer: unknown;
    let received: { cms?: string; data?: string; revocationCheck?: string[] } = {};
    let verifier: GostVerifier;

    beforeAll(async () => {
      server = createServer((request, response) => {
        let body = '';
        request.on('data', (chunk) => {
          body += chunk;
        });
        request.on('end', () => {
          received = request.url === '/cms/verify' ? JSON.parse(body) : {};
          response.writeHead(request.url === '/cms/verify' ? 200 : 404, { 'content-type': 'application/json' });
          response.end(JSON.stringify(answer));
        });
      });
      await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
      verifier = ncanodeVerifier({ url: `http://127.0.0.1:${(server.address() as AddressInfo).port}` });
    });

    afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

    const signerCertificate = (overrides: Record<string, unknown> = {}) => ({
      valid: true,
      revocations: [{ revoked: false, by: 'OCSP' }],
      notBefore: '2025-06-01T00:00:00.000+00:00',
      notAfter: '2027-06-01T00:00:00.000+00:00',
      keyUsage: 'SIGN',
      serialNumber: '6f57',
      keyUser: ['ORGANIZATION', 'CEO'],
      subject: {
        commonName: 'АҚЫНОВ АРМАН',
        iin: testIdentities.employerA.iin,
        bin: testIdentities.employerA.bin,
        organization: 'ТОО «А»',
        dn: 'CN=АҚЫНОВ АРМАН,...',
      },
      issuer: { commonName: 'ҰЛТТЫҚ КУӘЛАНДЫРУШЫ ОРТАЛЫҚ (GOST)', dn: 'CN=ҰЛТТЫҚ КУӘЛАНДЫРУШЫ ОРТАЛЫҚ (GOST)' },
      ...overrides,
    });

    it('sends the CMS and the exact bytes, and accepts what NCANode validates, the party rules still ours', async () => {
      const cms = await gostShapedCms(kit, { iin: testIdentities.employerA.iin, signingTime: now });
      answer = { status: 200, message: 'OK', valid: true, signers: [{ certificates: [signerCertificate()] }] };
      const result = await verify(cms, { gostVerifier: verifier });
      expect(received).toEqual({
        cms: Buffer.from(cms).toString('base64'),
        data: Buffer.from(document).toString('base64'),
        revocationCheck: ['OCSP', 'CRL'],
      });
      expect(result).toMatchObject({
        ok: true,
        verifier: 'ncanode',
        signer: {
          iin: testIdentities.employerA.iin,
          bin: testIdentities.employerA.bin,
          roles: ['organisation', 'firstHead'],
        },
      });
      answer = {
        valid: true,
        signers: [{ certificates: [signerCertificate({ keyUser: ['ORGANIZATION', 'EMPLOYEE'] })] }],
      };
      expect((await refusalOf(cms, { gostVerifier: verifier })).code).toBe('signatures.no_signing_right');
    });

    it('maps NCANode’s refusals: invalid, revoked, unreachable', async () => {
      const cms = await gostShapedCms(kit, { iin: testIdentities.employerA.iin, signingTime: now });
      answer = { valid: false, signers: [{ certificates: [signerCertificate({ valid: false })] }] };
      expect((await refusalOf(cms, { gostVerifier: verifier })).code).toBe('signatures.invalid_signature');
      answer = { valid: false, signers: [{ certificates: [signerCertificate({ revocations: [{ revoked: true }] })] }] };
      expect((await refusalOf(cms, { gostVerifier: verifier })).code).toBe('signatures.certificate_revoked');
      const unreachable = ncanodeVerifier({ url: 'http://127.0.0.1:9', timeoutMs: 2000 });
      expect((await refusalOf(cms, { gostVerifier: unreachable })).code).toBe('signatures.verifier_unavailable');
    });

    it('a GOST CMS without a signing time is refused before NCANode is asked', async () => {
      received = {};
      const cms = await gostShapedCms(kit, { iin: testIdentities.employerA.iin });
      expect((await refusalOf(cms, { gostVerifier: verifier })).code).toBe('signatures.signing_time_missing');
      expect(received).toEqual({});
    });
  });
});

describe('OCSP, when a responder is configured', () => {
  let server: Server;
  let statusOf: (serialHex: string) => 'good' | 'revoked';
  let url: string;
  let storeWithoutCrls: TrustStore;

  beforeAll(async () => {
    // A responder signed by the issuing CA itself (RFC 6960 §4.2.2.2), built with PKIjs as NCA's would answer.
    server = createServer((request, response) => {
      const chunks: Buffer[] = [];
      request.on('data', (c) => chunks.push(c));
      request.on('end', async () => {
        const ocspRequest = pkijs.OCSPRequest.fromBER(toArrayBuffer(Buffer.concat(chunks)));
        const certId = ocspRequest.tbsRequest.requestList[0]!.reqCert;
        const serial = Buffer.from(certId.serialNumber.valueBlock.valueHexView).toString('hex').toUpperCase();
        const revoked = statusOf(serial) === 'revoked';
        const basic = new pkijs.BasicOCSPResponse();
        basic.tbsResponseData.responderID = kit.issuing.certificate.subject;
        basic.tbsResponseData.producedAt = now;
        basic.tbsResponseData.responses.push(
          new pkijs.SingleResponse({
            certID: certId,
            certStatus: revoked
              ? new asn1js.Constructed({
                  idBlock: { tagClass: 3, tagNumber: 1 },
                  value: [new asn1js.GeneralizedTime({ valueDate: createdAt })],
                })
              : new asn1js.Primitive({ idBlock: { tagClass: 3, tagNumber: 0 } }),
            thisUpdate: createdAt,
            nextUpdate: new Date(now.getTime() + 3_600_000),
          }),
        );
        await basic.sign(kit.issuing.privateKey, 'SHA-256');
        const ocspResponse = new pkijs.OCSPResponse({
          responseStatus: new asn1js.Enumerated({ value: 0 }),
          responseBytes: new pkijs.ResponseBytes({
            responseType: '1.3.6.1.5.5.7.48.1.1',
            response: new asn1js.OctetString({ valueHex: basic.toSchema().toBER(false) }),
          }),
        });
        response.writeHead(200, { 'content-type': 'application/ocsp-response' });
        response.end(Buffer.from(ocspResponse.toSchema().toBER(false)));
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    const rootCrl = await issueCrl({
      ca: kit.root,
      revoked: [],
      thisUpdate: createdAt,
      nextUpdate: new Date(now.getTime() + 86_400_000),
    });
    storeWithoutCrls = variantOfStore(kit, { crls: [rootCrl] });
  });

  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it('answers for the signer’s certificate where the CRL is missing: good is accepted, revoked refused', async () => {
    const cms = await kit.sign('employer-a-ecdsa', document, now);
    const serial = kit.issued.get('employer-a-ecdsa')!.serial;
    const ocsp = httpOcspClient({ url });
    statusOf = () => 'good';
    expect((await verify(cms, { trustStore: storeWithoutCrls, ocsp })).ok).toBe(true);
    statusOf = (s) => (s === serial ? 'revoked' : 'good');
    expect((await refusalOf(cms, { trustStore: storeWithoutCrls, ocsp })).code).toBe('signatures.certificate_revoked');
  });

  it('an unreachable responder is no answer: the CRL decides, and without one the status is unknown', async () => {
    const cms = await kit.sign('employer-a-ecdsa', document, now);
    const ocsp = httpOcspClient({ url: 'http://127.0.0.1:9', timeoutMs: 2000 });
    expect((await verify(cms, { ocsp })).ok).toBe(true);
    expect((await refusalOf(cms, { trustStore: storeWithoutCrls, ocsp })).code).toBe('signatures.revocation_unknown');
  });
});

describe('the signer’s exact bytes', () => {
  it('the messageDigest is the SHA-256 of the document as the server stores it', async () => {
    const cms = await kit.sign('employer-a-ecdsa', document, now);
    const signedData = new pkijs.SignedData({ schema: pkijs.ContentInfo.fromBER(toArrayBuffer(cms)).content });
    const attributes = signedData.signerInfos[0]!.signedAttrs!.attributes;
    const messageDigest = attributes.find((a) => a.type === cmsOid.messageDigest)!.values[0] as asn1js.OctetString;
    expect(Buffer.from(messageDigest.valueBlock.valueHexView)).toEqual(digest('SHA-256', document));
    expect(attributes.map((a) => a.type).sort()).toEqual(
      [cmsOid.contentType, cmsOid.messageDigest, cmsOid.signingTime, cmsOid.signingCertificateV2].sort(),
    );
    expect(signedData.encapContentInfo.eContent).toBeUndefined();
    expect(signedData.certificates).toHaveLength(2);
  });
});
