// HTTP edge of the job-seeker registry: the seeker's own profile and request, and the employment-assistance
// specialist's registry of their centre (IINs appear in responses to the centre's staff only, never in logs).
import { idParams } from '../../../shared/api/common';
import {
  acceptRequest,
  assistedRequest,
  deregisterRequest,
  mySeekerView,
  refuseRequest,
  registrationDetail,
  registrationRequest,
  registrationView,
  registryQuery,
  registryResponse,
  seekerProfileRequest,
  seekerProfileView,
  withdrawRequest,
} from '../../../shared/api/seekers';
import { Role } from '../../../shared/roles';
import type { AppDeps } from '../../app';
import { access } from '../../platform/auth/access';
import type { App } from '../../platform/http';
import {
  acceptRegistration,
  deregisterRegistration,
  getMySeekerView,
  getRegistrationDetail,
  refuseRegistration,
  registerAssisted,
  requestRegistration,
  type SeekersDeps,
  saveMyProfile,
  searchRegistry,
  withdrawMyRegistration,
} from './seekers.usecases';

const seeker = access.roles(Role.jobSeeker);
const assistance = access.roles(Role.employmentAssistanceSpecialist);
/** The head of the centre reads the registry; deciding stays with the employment-assistance specialists. */
const registryReaders = access.roles(Role.employmentAssistanceSpecialist, Role.centreHead);
const tags = ['seekers'];

export function registerSeekerRoutes(app: App, { db, clock }: AppDeps) {
  const deps: SeekersDeps = { db, clock };

  app.get('/api/seekers/me', { config: { access: seeker }, schema: { tags, response: { 200: mySeekerView } } }, (r) =>
    getMySeekerView(deps, r.user!),
  );

  app.put(
    '/api/seekers/me/profile',
    { config: { access: seeker }, schema: { tags, body: seekerProfileRequest, response: { 200: seekerProfileView } } },
    (r) => saveMyProfile(deps, r.user!, r.body),
  );

  app.post(
    '/api/seekers/me/registrations',
    { config: { access: seeker }, schema: { tags, body: registrationRequest, response: { 201: registrationView } } },
    async (r, reply) => reply.status(201).send(await requestRegistration(deps, r.user!, r.body)),
  );

  app.post(
    '/api/seekers/me/registrations/:id/withdraw',
    {
      config: { access: seeker },
      schema: { tags, params: idParams, body: withdrawRequest, response: { 200: mySeekerView } },
    },
    (r) => withdrawMyRegistration(deps, r.user!, r.params.id, r.body),
  );

  app.get(
    '/api/seekers/registrations',
    {
      config: { access: registryReaders },
      schema: { tags, querystring: registryQuery, response: { 200: registryResponse } },
    },
    (r) => searchRegistry(deps, r.user!, r.query),
  );

  app.post(
    '/api/seekers/registrations/assisted',
    { config: { access: assistance }, schema: { tags, body: assistedRequest, response: { 201: registrationDetail } } },
    async (r, reply) => reply.status(201).send(await registerAssisted(deps, r.user!, r.body)),
  );

  app.get(
    '/api/seekers/registrations/:id',
    { config: { access: registryReaders }, schema: { tags, params: idParams, response: { 200: registrationDetail } } },
    (r) => getRegistrationDetail(deps, r.user!, r.params.id),
  );

  app.post(
    '/api/seekers/registrations/:id/accept',
    {
      config: { access: assistance },
      schema: { tags, params: idParams, body: acceptRequest, response: { 200: registrationDetail } },
    },
    (r) => acceptRegistration(deps, r.user!, r.params.id, r.body),
  );

  app.post(
    '/api/seekers/registrations/:id/refuse',
    {
      config: { access: assistance },
      schema: { tags, params: idParams, body: refuseRequest, response: { 200: registrationDetail } },
    },
    (r) => refuseRegistration(deps, r.user!, r.params.id, r.body),
  );

  app.post(
    '/api/seekers/registrations/:id/deregister',
    {
      config: { access: assistance },
      schema: { tags, params: idParams, body: deregisterRequest, response: { 200: registrationDetail } },
    },
    (r) => deregisterRegistration(deps, r.user!, r.params.id, r.body),
  );
}
