// HTTP edge of the commission: members, sessions and their agenda (B03-2.5), the meeting, minutes, decisions (B03-3.1/3.2).
import { z } from 'zod';
import {
  agendaRequest,
  applicationCommissionDecisionResponse,
  applicationDecisionResponse,
  attendanceRequest,
  cancelSessionRequest,
  commissionQueueResponse,
  conflictRequest,
  createMemberRequest,
  createSessionRequest,
  decisionRequest,
  enterDecisionsResponse,
  memberListResponse,
  minutesQuery,
  postponeItemRequest,
  proposalRequest,
  sessionListResponse,
  sessionView,
  signMinutesRequest,
  updateMemberRequest,
  versionRequest,
  voteRequest,
  withdrawItemRequest,
} from '../../../shared/api/commission';
import { idParams, uuidSchema } from '../../../shared/api/common';
import { Role, staffRoles } from '../../../shared/roles';
import type { AppDeps } from '../../app';
import { access } from '../../platform/auth/access';
import { mediaTypes, sendDownload } from '../../platform/documents/http';
import type { App } from '../../platform/http';
import {
  amendProposal,
  type CommissionDeps,
  cancelSession,
  closeSession,
  composeAgenda,
  createMember,
  createSession,
  decideItem,
  declareConflict,
  enterApplicationDecision,
  enterSessionDecisions,
  getApplicationCommissionDecision,
  getCommissionQueue,
  getDecisionExtract,
  getMinutes,
  getSessionView,
  listMembersOf,
  listSessionsOf,
  openSession,
  postponeItem,
  recordAttendance,
  recordVote,
  signSessionMinutes,
  updateMember,
  withdrawItem,
} from './commission.usecases';

const tags = ['commission'];
const itemParams = z.object({ id: uuidSchema, itemId: uuidSchema });
const voteParams = itemParams.extend({ memberId: uuidSchema });

const specialist = access.roles(Role.employerRelationsSpecialist);
const specialistOrHead = access.roles(Role.employerRelationsSpecialist, Role.centreHead);
const head = access.roles(Role.centreHead);
// The meeting is recorded by the specialist or the staff member linked to the secretary: checked in the use cases.
const recorder = access.staff;

export function registerCommissionRoutes(app: App, { db, clock, config, signatures }: AppDeps) {
  const deps: CommissionDeps = { db, clock, publicUrl: config.publicUrl, signatures };

  app.get(
    '/api/commission/members',
    { config: { access: access.staff }, schema: { tags, response: { 200: memberListResponse } } },
    (request) => listMembersOf(db, request.user!),
  );

  app.post(
    '/api/commission/members',
    {
      config: { access: head },
      schema: { tags, body: createMemberRequest, response: { 201: memberListResponse } },
    },
    async (request, reply) => {
      await createMember(deps, request.user!, request.body);
      return reply.status(201).send(await listMembersOf(db, request.user!));
    },
  );

  app.patch(
    '/api/commission/members/:id',
    {
      config: { access: head },
      schema: { tags, params: idParams, body: updateMemberRequest, response: { 200: memberListResponse } },
    },
    async (request) => {
      await updateMember(deps, request.user!, request.params.id, request.body);
      return listMembersOf(db, request.user!);
    },
  );

  app.get(
    '/api/commission/sessions',
    { config: { access: access.staff }, schema: { tags, response: { 200: sessionListResponse } } },
    async (request) => ({ items: await listSessionsOf(db, request.user!) }),
  );

  app.post(
    '/api/commission/sessions',
    {
      config: { access: specialistOrHead },
      schema: { tags, body: createSessionRequest, response: { 201: sessionView } },
    },
    async (request, reply) => {
      const { id } = await createSession(deps, request.user!, request.body);
      return reply.status(201).send(await getSessionView(deps, request.user!, id));
    },
  );

  app.get(
    '/api/commission/sessions/:id',
    { config: { access: access.staff }, schema: { tags, params: idParams, response: { 200: sessionView } } },
    (request) => getSessionView(deps, request.user!, request.params.id),
  );

  // B03-2.5: the list of employers with all their applications goes to the commission.
  app.post(
    '/api/commission/sessions/:id/agenda',
    {
      config: { access: specialist },
      schema: { tags, params: idParams, body: agendaRequest, response: { 200: sessionView } },
    },
    async (request) => {
      await composeAgenda(deps, request.user!, request.params.id, request.body.applicationIds);
      return getSessionView(deps, request.user!, request.params.id);
    },
  );

  app.put(
    '/api/commission/sessions/:id/attendance',
    {
      config: { access: recorder },
      schema: { tags, params: idParams, body: attendanceRequest, response: { 200: sessionView } },
    },
    async (request) => {
      await recordAttendance(deps, request.user!, request.params.id, request.body);
      return getSessionView(deps, request.user!, request.params.id);
    },
  );

  app.post(
    '/api/commission/sessions/:id/open',
    {
      // Whoever presides (the chair, or the deputy chair when the chair is absent): checked in the use case.
      config: { access: access.staff },
      schema: { tags, params: idParams, body: versionRequest, response: { 200: sessionView } },
    },
    async (request) => {
      await openSession(deps, request.user!, request.params.id, request.body.version);
      return getSessionView(deps, request.user!, request.params.id);
    },
  );

  app.post(
    '/api/commission/sessions/:id/close',
    {
      // Whoever presides (the chair, or the deputy chair when the chair is absent): checked in the use case.
      config: { access: access.staff },
      schema: { tags, params: idParams, body: versionRequest, response: { 200: sessionView } },
    },
    async (request) => {
      await closeSession(deps, request.user!, request.params.id, request.body.version);
      return getSessionView(deps, request.user!, request.params.id);
    },
  );

  app.post(
    '/api/commission/sessions/:id/cancel',
    {
      config: { access: specialistOrHead },
      schema: { tags, params: idParams, body: cancelSessionRequest, response: { 200: sessionView } },
    },
    async (request) => {
      await cancelSession(deps, request.user!, request.params.id, request.body);
      return getSessionView(deps, request.user!, request.params.id);
    },
  );

  app.get(
    '/api/commission/queue',
    { config: { access: access.staff }, schema: { tags, response: { 200: commissionQueueResponse } } },
    (request) => getCommissionQueue(db, request.user!),
  );

  app.post(
    '/api/commission/sessions/:id/items/:itemId/postpone',
    {
      config: { access: recorder },
      schema: { tags, params: itemParams, body: postponeItemRequest, response: { 200: sessionView } },
    },
    async (request) => {
      const { id, itemId } = request.params;
      await postponeItem(deps, request.user!, id, itemId, request.body);
      return getSessionView(deps, request.user!, id);
    },
  );

  app.post(
    '/api/commission/sessions/:id/items/:itemId/withdraw',
    {
      config: { access: specialist },
      schema: { tags, params: itemParams, body: withdrawItemRequest, response: { 200: sessionView } },
    },
    async (request) => {
      const { id, itemId } = request.params;
      await withdrawItem(deps, request.user!, id, itemId, request.body);
      return getSessionView(deps, request.user!, id);
    },
  );

  app.post(
    '/api/commission/sessions/:id/items/:itemId/conflicts',
    {
      config: { access: recorder },
      schema: { tags, params: itemParams, body: conflictRequest, response: { 200: sessionView } },
    },
    async (request) => {
      const { id, itemId } = request.params;
      await declareConflict(deps, request.user!, id, itemId, request.body);
      return getSessionView(deps, request.user!, id);
    },
  );

  app.put(
    '/api/commission/sessions/:id/items/:itemId/votes/:memberId',
    {
      config: { access: recorder },
      schema: { tags, params: voteParams, body: voteRequest, response: { 200: sessionView } },
    },
    async (request) => {
      const { id, itemId, memberId } = request.params;
      await recordVote(deps, request.user!, id, itemId, memberId, request.body);
      return getSessionView(deps, request.user!, id);
    },
  );

  // B03-3.1: the secretary amends the proposal before the first vote on it.
  app.put(
    '/api/commission/sessions/:id/items/:itemId/proposal',
    {
      config: { access: recorder },
      schema: { tags, params: itemParams, body: proposalRequest, response: { 200: sessionView } },
    },
    async (request) => {
      const { id, itemId } = request.params;
      await amendProposal(deps, request.user!, id, itemId, request.body);
      return getSessionView(deps, request.user!, id);
    },
  );

  app.post(
    '/api/commission/sessions/:id/items/:itemId/decision',
    {
      config: { access: recorder },
      schema: { tags, params: itemParams, body: decisionRequest, response: { 200: sessionView } },
    },
    async (request) => {
      const { id, itemId } = request.params;
      await decideItem(deps, request.user!, id, itemId, request.body);
      return getSessionView(deps, request.user!, id);
    },
  );

  // B03-3.1 + 3.2 for every decided application of a closed session.
  app.post(
    '/api/commission/sessions/:id/decisions',
    {
      config: { access: specialist },
      schema: { tags, params: idParams, response: { 200: enterDecisionsResponse } },
    },
    (request) => enterSessionDecisions(deps, request.user!, request.params.id),
  );

  // B03-3.1: whoever presided and the secretary sign each language of the minutes (checked in the use case).
  app.post(
    '/api/commission/sessions/:id/minutes/signatures',
    {
      config: { access: access.staff },
      schema: { tags, params: idParams, body: signMinutesRequest, response: { 200: sessionView } },
    },
    async (request) => {
      const { language, cms } = request.body;
      await signSessionMinutes(deps, request.user!, request.params.id, { language, cms });
      return getSessionView(deps, request.user!, request.params.id);
    },
  );

  app.get(
    '/api/commission/sessions/:id/minutes.pdf',
    { config: { access: access.staff }, schema: { tags, params: idParams, querystring: minutesQuery } },
    async (request, reply) => {
      const { fileName, bytes } = await getMinutes(db, request.user!, request.params.id, request.query.lang);
      return sendDownload(reply, { fileName, mediaType: mediaTypes.pdf, bytes });
    },
  );

  // B03-3.2: the delivered decision per position, for the employer (its own application) and the centre's staff.
  app.get(
    '/api/subsidy/applications/:id/commission-decision',
    {
      config: { access: access.roles(Role.employerRepresentative, ...staffRoles) },
      schema: {
        tags: ['subsidized-jobs'],
        params: idParams,
        response: { 200: applicationCommissionDecisionResponse },
      },
    },
    async (request) => ({
      decision: await getApplicationCommissionDecision(db, request.user!, request.params.id),
    }),
  );

  // B03-3.2: the decision as a document, the signed minutes' extract for this application, in Kazakh or Russian.
  app.get(
    '/api/subsidy/applications/:id/decision.pdf',
    {
      config: { access: access.roles(Role.employerRepresentative, ...staffRoles) },
      schema: { tags: ['subsidized-jobs'], params: idParams, querystring: minutesQuery },
    },
    async (request, reply) => {
      const { fileName, bytes } = await getDecisionExtract(db, request.user!, request.params.id, request.query.lang);
      return sendDownload(reply, { fileName, mediaType: mediaTypes.pdf, bytes });
    },
  );

  // B03-3.1: the specialist enters the commission's decision; B03-3.2 delivers it to the employer at once.
  app.post(
    '/api/subsidy/applications/:id/decision',
    {
      config: { access: specialist },
      schema: {
        tags: ['subsidized-jobs'],
        params: idParams,
        body: versionRequest,
        response: { 200: applicationDecisionResponse },
      },
    },
    (request) => enterApplicationDecision(deps, request.user!, request.params.id, request.body.version),
  );
}
