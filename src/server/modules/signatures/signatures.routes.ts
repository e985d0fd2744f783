// HTTP edge of digital signatures: the trust store in use, sign-in by ЭЦП, a signed document, its bytes and its evidence package.
import { sessionResponse } from '../../../shared/api/auth';
import { idParams } from '../../../shared/api/common';
import {
  ecpChallengeResponse,
  ecpLoginRequest,
  signedDocumentResponse,
  trustStoreResponse,
  trustStoreStatusResponse,
} from '../../../shared/api/signatures';
import { Role } from '../../../shared/roles';
import type { AppDeps } from '../../app';
import { access } from '../../platform/auth/access';
import { setSessionCookie } from '../../platform/auth/sessions';
import { mediaTypes, sendDownload } from '../../platform/documents/http';
import { notFound } from '../../platform/errors';
import type { App } from '../../platform/http';
import { getCurrentUserView } from '../identity/identity.repository';
import { findSignedDocument, listSignaturesOfDocument } from './signatures.repository';
import { assessTrustStore } from './signatures.trust-store';
import { buildEvidencePackage, canAccessDocument, issueLoginChallenge, logInWithEcp } from './signatures.usecases';

export function registerSignatureRoutes(app: App, deps: AppDeps) {
  const { db, clock, config, throttle, signatures: services } = deps;

  app.get(
    '/api/signatures/trust-store',
    { config: { access: access.public }, schema: { tags: ['signatures'], response: { 200: trustStoreResponse } } },
    async () => {
      const store = await services.trustStore.get();
      return {
        kind: store.kind,
        testSignerAvailable: store.kind === 'test',
        roots: store.anchors.map((a) => ({
          subject: a.subjectDn,
          serial: a.serialHex,
          notAfter: a.notAfter.toISOString(),
        })),
        gostVerification: services.gostVerifier !== null,
        ocsp: services.ocsp !== null,
      };
    },
  );

  app.get(
    '/api/admin/trust-store',
    {
      config: { access: access.roles(Role.administrator) },
      schema: { tags: ['signatures'], response: { 200: trustStoreStatusResponse } },
    },
    async () => {
      const status = assessTrustStore(await services.trustStore.get(), clock.now());
      const iso = (d: Date | null) => d?.toISOString() ?? null;
      return {
        kind: status.kind,
        refreshMinutes: services.crls && config.crlRefreshMs > 0 ? config.crlRefreshMs / 60_000 : null,
        lastRefreshAt: iso(services.crls?.lastRefreshAt() ?? null),
        certificates: status.certificates.map((c) => ({
          ...c,
          notAfter: c.notAfter.toISOString(),
          publishedCrl: {
            ...c.publishedCrl,
            thisUpdate: iso(c.publishedCrl.thisUpdate),
            nextUpdate: iso(c.publishedCrl.nextUpdate),
            fetchedAt: iso(c.publishedCrl.fetchedAt),
          },
        })),
        problems: status.problems,
      };
    },
  );

  app.post(
    '/api/auth/ecp/challenge',
    {
      config: { access: access.public },
      schema: { tags: ['signatures'], response: { 200: ecpChallengeResponse } },
    },
    async () => {
      const challenge = await issueLoginChallenge(db, clock.now());
      return {
        nonceId: challenge.nonceId,
        nonce: Buffer.from(challenge.nonce).toString('base64'),
        expiresAt: challenge.expiresAt.toISOString(),
      };
    },
  );

  app.post(
    '/api/auth/ecp/login',
    {
      config: { access: access.public },
      schema: { tags: ['signatures'], body: ecpLoginRequest, response: { 200: sessionResponse } },
    },
    async (request, reply) => {
      const session = await logInWithEcp(
        { db, services, throttle, now: clock.now(), sessionTtlMs: config.sessionTtlMs },
        { nonceId: request.body.nonceId, cms: Buffer.from(request.body.cms, 'base64'), ip: request.ip },
      );
      setSessionCookie(reply, session, config.secureCookies);
      return { user: await getCurrentUserView(db, session.userId), csrfToken: session.csrfToken };
    },
  );

  app.get(
    '/api/signatures/documents/:id',
    {
      config: { access: access.authenticated },
      schema: { tags: ['signatures'], params: idParams, response: { 200: signedDocumentResponse } },
    },
    async (request) => {
      const document = await findSignedDocument(db, request.params.id);
      if (!document || !(await canAccessDocument(db, request.user!, document))) throw notFound();
      const signatures = await listSignaturesOfDocument(db, document.id);
      return {
        id: document.id,
        kind: document.kind,
        mediaType: document.media_type,
        contentSha256: document.content_sha256,
        createdAt: document.created_at.toISOString(),
        signatures: signatures.map((s) => ({
          id: s.id,
          signerName: s.signer_name,
          signerBin: s.signer_bin,
          certificateSerial: s.certificate_serial,
          certificateIssuer: s.certificate_issuer,
          signingTime: s.signing_time.toISOString(),
          verifiedAt: s.verified_at.toISOString(),
          trustStoreKind: s.trust_store_kind,
        })),
      };
    },
  );

  // The exact bytes to sign: the browser signs these, never a copy it rebuilt itself. Binary, so no JSON response schema.
  app.get(
    '/api/signatures/documents/:id/content',
    { config: { access: access.authenticated }, schema: { tags: ['signatures'], params: idParams } },
    async (request, reply) => {
      const document = await findSignedDocument(db, request.params.id);
      if (!document || !(await canAccessDocument(db, request.user!, document))) throw notFound();
      return reply
        .header('cache-control', 'no-store')
        .header('x-content-sha256', document.content_sha256)
        .type(document.media_type)
        .send(Buffer.from(document.content));
    },
  );

  app.get(
    '/api/signatures/documents/:id/evidence',
    { config: { access: access.authenticated }, schema: { tags: ['signatures'], params: idParams } },
    async (request, reply) => {
      const { fileName, zip } = await buildEvidencePackage(
        { db, services, now: clock.now() },
        request.user!,
        request.params.id,
      );
      return sendDownload(reply, { fileName, mediaType: mediaTypes.zip, bytes: zip });
    },
  );
}
