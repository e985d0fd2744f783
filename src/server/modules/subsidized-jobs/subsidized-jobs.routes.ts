// HTTP edge of subsidized-job applications: the employer's requisites, form, check and signature (B03-1.1–1.4), and the
// application, its list and its revision differences for the employer, the centre's staff and administrators.
import { idParams } from '../../../shared/api/common';
import {
  applicationFormInput,
  applicationListQuery,
  applicationListResponse,
  applicationView,
  createApplicationRequest,
  organisationRequisitesResponse,
  requisitesInput,
  revisionDiffQuery,
  revisionDiffResponse,
  signApplicationRequest,
  versionInput,
  withdrawApplicationRequest,
} from '../../../shared/api/subsidized-jobs';
import { Role, staffRoles } from '../../../shared/roles';
import type { AppDeps } from '../../app';
import { access } from '../../platform/auth/access';
import type { App } from '../../platform/http';
import { registerDocumentAccessRule } from '../signatures';
import {
  APPLICATION_SUBJECT,
  applicationDocumentAccess,
  checkApplicationEmployer,
  closeAbandonedApplication,
  createApplication,
  editApplication,
  getApplicationView,
  getOrganisationRequisites,
  getRevisionDiff,
  listApplicationsFor,
  prepareApplicationSignature,
  type SubsidizedJobsDeps,
  saveApplicationForm,
  saveApplicationRequisites,
  saveOrganisationRequisites,
  signApplication,
  withdrawApplication,
} from './subsidized-jobs.usecases';

const employer = access.roles(Role.employerRepresentative);
const specialist = access.roles(Role.employerRelationsSpecialist);
const readers = access.roles(Role.employerRepresentative, ...staffRoles, Role.administrator);
const tags = ['subsidized-jobs'];

export function registerSubsidizedJobsRoutes(app: App, { db, clock, govRegistries, signatures }: AppDeps) {
  const deps: SubsidizedJobsDeps = { db, clock, govRegistries, signatures };
  registerDocumentAccessRule(APPLICATION_SUBJECT, applicationDocumentAccess);

  app.get(
    '/api/employer/requisites',
    { config: { access: employer }, schema: { tags, response: { 200: organisationRequisitesResponse } } },
    async (request) => getOrganisationRequisites(deps, request.user!),
  );

  app.put(
    '/api/employer/requisites',
    {
      config: { access: employer },
      schema: { tags, body: requisitesInput, response: { 200: organisationRequisitesResponse } },
    },
    async (request) => saveOrganisationRequisites(deps, request.user!, request.body),
  );

  app.get(
    '/api/subsidy/applications',
    {
      config: { access: readers },
      schema: { tags, querystring: applicationListQuery, response: { 200: applicationListResponse } },
    },
    async (request) => listApplicationsFor(deps, request.user!, request.query, request.locale),
  );

  app.post(
    '/api/subsidy/applications',
    {
      config: { access: employer },
      schema: { tags, body: createApplicationRequest, response: { 201: applicationView } },
    },
    async (request, reply) => {
      const id = await createApplication(deps, request.user!, request.body);
      return reply.status(201).send(await getApplicationView(deps, request.user!, id, request.locale));
    },
  );

  app.get(
    '/api/subsidy/applications/:id',
    { config: { access: readers }, schema: { tags, params: idParams, response: { 200: applicationView } } },
    async (request) => getApplicationView(deps, request.user!, request.params.id, request.locale),
  );

  app.get(
    '/api/subsidy/applications/:id/diff',
    {
      config: { access: readers },
      schema: { tags, params: idParams, querystring: revisionDiffQuery, response: { 200: revisionDiffResponse } },
    },
    async (request) => getRevisionDiff(deps, request.user!, request.params.id, request.query),
  );

  app.put(
    '/api/subsidy/applications/:id/requisites',
    {
      config: { access: employer },
      schema: { tags, params: idParams, body: requisitesInput, response: { 200: applicationView } },
    },
    async (request) => {
      await saveApplicationRequisites(deps, request.user!, request.params.id, request.body);
      return getApplicationView(deps, request.user!, request.params.id, request.locale);
    },
  );

  app.put(
    '/api/subsidy/applications/:id/form',
    {
      config: { access: employer },
      schema: { tags, params: idParams, body: applicationFormInput, response: { 200: applicationView } },
    },
    async (request) => {
      await saveApplicationForm(deps, request.user!, request.params.id, request.body);
      return getApplicationView(deps, request.user!, request.params.id, request.locale);
    },
  );

  app.post(
    '/api/subsidy/applications/:id/check',
    {
      config: { access: employer },
      schema: { tags, params: idParams, body: versionInput, response: { 200: applicationView } },
    },
    async (request) => {
      await checkApplicationEmployer(deps, request.user!, request.params.id, request.body);
      return getApplicationView(deps, request.user!, request.params.id, request.locale);
    },
  );

  app.post(
    '/api/subsidy/applications/:id/prepare-signature',
    {
      config: { access: employer },
      schema: { tags, params: idParams, body: versionInput, response: { 200: applicationView } },
    },
    async (request) => {
      await prepareApplicationSignature(deps, request.user!, request.params.id, request.body);
      return getApplicationView(deps, request.user!, request.params.id, request.locale);
    },
  );

  app.post(
    '/api/subsidy/applications/:id/edit',
    {
      config: { access: employer },
      schema: { tags, params: idParams, body: versionInput, response: { 200: applicationView } },
    },
    async (request) => {
      await editApplication(deps, request.user!, request.params.id, request.body);
      return getApplicationView(deps, request.user!, request.params.id, request.locale);
    },
  );

  app.post(
    '/api/subsidy/applications/:id/sign',
    {
      config: { access: employer },
      schema: { tags, params: idParams, body: signApplicationRequest, response: { 200: applicationView } },
    },
    async (request) => {
      await signApplication(deps, request.user!, request.params.id, {
        version: request.body.version,
        cms: new Uint8Array(Buffer.from(request.body.cms, 'base64')),
      });
      return getApplicationView(deps, request.user!, request.params.id, request.locale);
    },
  );

  app.post(
    '/api/subsidy/applications/:id/withdraw',
    {
      config: { access: employer },
      schema: { tags, params: idParams, body: withdrawApplicationRequest, response: { 200: applicationView } },
    },
    async (request) => {
      await withdrawApplication(deps, request.user!, request.params.id, request.body);
      return getApplicationView(deps, request.user!, request.params.id, request.locale);
    },
  );

  app.post(
    '/api/subsidy/applications/:id/close-abandoned',
    {
      config: { access: specialist },
      schema: { tags, params: idParams, body: versionInput, response: { 200: applicationView } },
    },
    async (request) => {
      await closeAbandonedApplication(deps, request.user!, request.params.id, request.body);
      return getApplicationView(deps, request.user!, request.params.id, request.locale);
    },
  );
}
