// HTTP edge of CVs: a job seeker's own CVs and photo, the CV page, photo and PDF for whoever may see them, the search
// for employers and centre staff, and the seeker's consent.
import { idParams } from '../../../shared/api/common';
import {
  consentRequest,
  consentView,
  cvInput,
  cvPageView,
  cvPhotoRequest,
  cvSearchQuery,
  cvSearchResponse,
  cvUpdateRequest,
  cvView,
  MAX_PHOTO_BYTES,
  myCvsResponse,
  versionQuery,
} from '../../../shared/api/cvs';
import { Role, staffRoles } from '../../../shared/roles';
import type { AppDeps } from '../../app';
import { access } from '../../platform/auth/access';
import { mediaTypes, sendDownload } from '../../platform/documents/http';
import type { App } from '../../platform/http';
import {
  type CvsDeps,
  createCv,
  deleteMyCv,
  getConsent,
  getCvPage,
  getCvPdf,
  getCvPhoto,
  getMyCv,
  listMyCvs,
  removeMyCvPhoto,
  searchCvsFor,
  setConsent,
  setMyCvPhoto,
  updateMyCv,
} from './cvs.usecases';

const seeker = access.roles(Role.jobSeeker);
const searchers = access.roles(Role.employerRepresentative, ...staffRoles);
const tags = ['cvs'];
// A 2 MB photo is 2.7 MB as base64, above the app's 1 MB body limit for everything else.
const photoBodyLimit = Math.ceil(MAX_PHOTO_BYTES / 3) * 4 + 64 * 1024;

export function registerCvRoutes(app: App, { db, clock }: AppDeps) {
  const deps: CvsDeps = { db, clock };

  app.get('/api/cvs', { config: { access: seeker }, schema: { tags, response: { 200: myCvsResponse } } }, (request) =>
    listMyCvs(deps, request.user!),
  );

  app.post(
    '/api/cvs',
    { config: { access: seeker }, schema: { tags, body: cvInput, response: { 201: cvView } } },
    async (request, reply) => reply.status(201).send(await createCv(deps, request.user!, request.body)),
  );

  // Only CVs the caller may see; declared before /api/cvs/:id, though the router prefers the static path anyway.
  app.get(
    '/api/cvs/search',
    {
      config: { access: searchers },
      schema: { tags, querystring: cvSearchQuery, response: { 200: cvSearchResponse } },
    },
    (request) => searchCvsFor(deps, request.user!, request.query),
  );

  app.get(
    '/api/cvs/:id',
    { config: { access: seeker }, schema: { tags, params: idParams, response: { 200: cvView } } },
    (request) => getMyCv(deps, request.user!, request.params.id),
  );

  app.put(
    '/api/cvs/:id',
    {
      config: { access: seeker },
      schema: { tags, params: idParams, body: cvUpdateRequest, response: { 200: cvView } },
    },
    (request) => updateMyCv(deps, request.user!, request.params.id, request.body),
  );

  app.delete(
    '/api/cvs/:id',
    { config: { access: seeker }, schema: { tags, params: idParams } },
    async (request, reply) => {
      await deleteMyCv(deps, request.user!, request.params.id);
      return reply.status(204).send();
    },
  );

  app.put(
    '/api/cvs/:id/photo',
    {
      config: { access: seeker },
      bodyLimit: photoBodyLimit,
      schema: { tags, params: idParams, body: cvPhotoRequest, response: { 200: cvView } },
    },
    (request) => setMyCvPhoto(deps, request.user!, request.params.id, request.body),
  );

  app.delete(
    '/api/cvs/:id/photo',
    {
      config: { access: seeker },
      schema: { tags, params: idParams, querystring: versionQuery, response: { 200: cvView } },
    },
    (request) => removeMyCvPhoto(deps, request.user!, request.params.id, request.query.version),
  );

  // Whoever may see the CV (the seeker, their centre, employers with consent); anyone else gets 404, never 403.
  app.get(
    '/api/cvs/:id/view',
    { config: { access: access.authenticated }, schema: { tags, params: idParams, response: { 200: cvPageView } } },
    (request) => getCvPage(deps, request.user!, request.params.id),
  );

  // Image bytes, not JSON: no response schema.
  app.get(
    '/api/cvs/:id/photo',
    { config: { access: access.authenticated }, schema: { tags, params: idParams } },
    async (request, reply) => {
      const photo = await getCvPhoto(deps, request.user!, request.params.id);
      return reply
        .header('cache-control', 'private, no-cache')
        .header('x-content-type-options', 'nosniff')
        .header('content-security-policy', "default-src 'none'")
        .type(photo.mediaType)
        .send(Buffer.from(photo.bytes.buffer, photo.bytes.byteOffset, photo.bytes.byteLength));
    },
  );

  app.get(
    '/api/cvs/:id/pdf',
    { config: { access: access.authenticated }, schema: { tags, params: idParams } },
    async (request, reply) => {
      const file = await getCvPdf(deps, request.user!, request.params.id);
      return sendDownload(reply, { fileName: file.fileName, mediaType: mediaTypes.pdf, bytes: file.bytes });
    },
  );

  app.get(
    '/api/seekers/me/consent',
    { config: { access: seeker }, schema: { tags, response: { 200: consentView } } },
    (request) => getConsent(deps, request.user!),
  );

  app.put(
    '/api/seekers/me/consent',
    { config: { access: seeker }, schema: { tags, body: consentRequest, response: { 200: consentView } } },
    (request) => setConsent(deps, request.user!, request.body),
  );
}
