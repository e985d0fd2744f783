// HTTP edge of the centre's review of applications (ФК-В.03 steps 2.1–2.4). The routes let the centre's staff in; the
// workflow decides which of them may act (the employer-relations specialist) and on which application (their centre's).
import { idParams } from '../../../shared/api/common';
import {
  applicationDemandSupply,
  applicationDemandSupplyResponse,
  complianceItemParams,
  complianceResponse,
  concludeRequest,
  conclusionResponse,
  conclusionView,
  consultationRequest,
  consultationResponse,
  demandSupplyQuery,
  demandSupplyReport,
  recordComplianceRequest,
  returnRequest,
  transitionResponse,
  versionBody,
} from '../../../shared/api/subsidy-review';
import { Role, staffRoles } from '../../../shared/roles';
import type { AppDeps } from '../../app';
import { access } from '../../platform/auth/access';
import { sendDownload } from '../../platform/documents/http';
import type { App } from '../../platform/http';
import {
  assessApplicationDemandSupply,
  exportDemandSupplyReport,
  getApplicationDemandSupply,
  getComplianceChecklist,
  getConclusion,
  getDemandSupplyReport,
  logConsultation,
  recordComplianceItem,
  recordConclusion,
  returnWithRemarks,
  startReview,
} from './subsidy-review.usecases';

const tags = ['subsidy-review'];
const staff = access.roles(...staffRoles);
const staffAndAdministrators = access.roles(...staffRoles, Role.administrator);

export function registerSubsidyReviewRoutes(app: App, { db, clock }: AppDeps) {
  const deps = { db, clock };

  app.post(
    '/api/subsidy/applications/:id/start-review',
    {
      config: { access: staff },
      schema: { tags, params: idParams, body: versionBody, response: { 200: transitionResponse } },
    },
    async (request) =>
      startReview(deps, { actor: request.user!, id: request.params.id, version: request.body.version }),
  );

  app.get(
    '/api/subsidy/demand-supply',
    {
      config: { access: staff },
      schema: { tags, querystring: demandSupplyQuery, response: { 200: demandSupplyReport } },
    },
    async (request) => getDemandSupplyReport(deps, { actor: request.user!, ...request.query }),
  );

  // A spreadsheet, not JSON: no response schema, and the report it is built from carries counts only.
  app.get(
    '/api/subsidy/demand-supply.xlsx',
    { config: { access: staff }, schema: { tags, querystring: demandSupplyQuery } },
    async (request, reply) => {
      const file = await exportDemandSupplyReport(deps, {
        actor: request.user!,
        ...request.query,
        locale: request.locale,
      });
      return sendDownload(reply, file);
    },
  );

  app.get(
    '/api/subsidy/applications/:id/demand-supply',
    {
      config: { access: staffAndAdministrators },
      schema: { tags, params: idParams, response: { 200: applicationDemandSupplyResponse } },
    },
    async (request) => ({
      assessment: await getApplicationDemandSupply(deps, { actor: request.user!, id: request.params.id }),
    }),
  );

  app.post(
    '/api/subsidy/applications/:id/demand-supply',
    {
      config: { access: staff },
      schema: { tags, params: idParams, response: { 200: applicationDemandSupply } },
    },
    async (request) => assessApplicationDemandSupply(deps, { actor: request.user!, id: request.params.id }),
  );

  app.get(
    '/api/subsidy/applications/:id/compliance',
    {
      config: { access: staffAndAdministrators },
      schema: { tags, params: idParams, response: { 200: complianceResponse } },
    },
    async (request) => getComplianceChecklist(deps, { actor: request.user!, id: request.params.id }),
  );

  app.put(
    '/api/subsidy/applications/:id/compliance/:item',
    {
      config: { access: staff },
      schema: {
        tags,
        params: complianceItemParams,
        body: recordComplianceRequest,
        response: { 200: complianceResponse },
      },
    },
    async (request) =>
      recordComplianceItem(deps, {
        actor: request.user!,
        id: request.params.id,
        item: request.params.item,
        result: request.body.result,
        note: request.body.note,
      }),
  );

  app.get(
    '/api/subsidy/applications/:id/conclusion',
    {
      config: { access: staffAndAdministrators },
      schema: { tags, params: idParams, response: { 200: conclusionResponse } },
    },
    async (request) => ({ conclusion: await getConclusion(deps, { actor: request.user!, id: request.params.id }) }),
  );

  app.put(
    '/api/subsidy/applications/:id/conclusion',
    {
      config: { access: staff },
      schema: { tags, params: idParams, body: concludeRequest, response: { 200: conclusionView } },
    },
    async (request) => recordConclusion(deps, { actor: request.user!, id: request.params.id, request: request.body }),
  );

  app.post(
    '/api/subsidy/applications/:id/return',
    {
      config: { access: staff },
      schema: { tags, params: idParams, body: returnRequest, response: { 200: transitionResponse } },
    },
    async (request) => returnWithRemarks(deps, { actor: request.user!, id: request.params.id, request: request.body }),
  );

  app.post(
    '/api/subsidy/applications/:id/consultations',
    {
      config: { access: staff },
      schema: { tags, params: idParams, body: consultationRequest, response: { 201: consultationResponse } },
    },
    async (request, reply) => {
      const consultation = await logConsultation(deps, {
        actor: request.user!,
        id: request.params.id,
        request: request.body,
      });
      return reply.status(201).send(consultation);
    },
  );
}
