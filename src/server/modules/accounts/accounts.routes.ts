// HTTP edge of accounts: a job seeker's self-registration, e-mail confirmation, password reset by e-mail link, an
// employer joining by ЭЦП, and its colleagues' invitations and rights.
import type { FastifyReply } from 'fastify';
import { z } from 'zod';
import {
  accountAcceptedResponse,
  confirmEmailRequest,
  employerJoinRequest,
  employerJoinResponse,
  invitationAcceptRequest,
  invitationAcceptResponse,
  invitationListResponse,
  invitationPreviewResponse,
  invitationRequest,
  invitationTokenRequest,
  organisationUsersResponse,
  passwordResetCompleteRequest,
  passwordResetRequest,
  rightsUpdateRequest,
  seekerJoinRequest,
  seekerJoinResponse,
  seekerRegistrationRequest,
} from '../../../shared/api/accounts';
import { idParams } from '../../../shared/api/common';
import { ecpChallengeResponse } from '../../../shared/api/signatures';
import { Role } from '../../../shared/roles';
import type { AppDeps } from '../../app';
import { access } from '../../platform/auth/access';
import { setSessionCookie } from '../../platform/auth/sessions';
import type { App } from '../../platform/http';
import { getCurrentUserView } from '../identity/identity.repository';
import { issueLoginChallenge } from '../signatures';
import {
  acceptInvitation,
  changeRights,
  inviteColleague,
  listColleagues,
  listInvitations,
  previewInvitation,
  revokeInvitation,
} from './accounts.invitations';
import { type JoinedSeeker, joinAsEmployer, joinAsSeeker } from './accounts.joining';
import { completePasswordReset, confirmEmail, registerSeeker, requestPasswordReset } from './accounts.usecases';

const tags = ['accounts'];

export function registerAccountRoutes(app: App, deps: AppDeps) {
  const { db, clock, config, throttle } = deps;
  app.post(
    '/api/accounts/seekers',
    {
      config: { access: access.public },
      schema: { tags, body: seekerRegistrationRequest, response: { 201: accountAcceptedResponse } },
    },
    async (request, reply) => {
      await registerSeeker({ db, now: clock.now(), publicUrl: config.publicUrl }, request.body);
      return reply.status(201).send({ status: 'confirmation_sent' });
    },
  );

  app.post(
    '/api/accounts/confirm-email',
    {
      config: { access: access.public },
      schema: { tags, body: confirmEmailRequest, response: { 200: accountAcceptedResponse } },
    },
    async (request) => {
      await confirmEmail({ db, now: clock.now() }, request.body.token);
      return { status: 'done' as const };
    },
  );

  app.post(
    '/api/accounts/password-reset',
    {
      config: { access: access.public },
      schema: { tags, body: passwordResetRequest, response: { 202: accountAcceptedResponse } },
    },
    async (request, reply) => {
      await requestPasswordReset(
        { db, now: clock.now(), publicUrl: config.publicUrl, throttle },
        { email: request.body.email, ip: request.ip },
      );
      return reply.status(202).send({ status: 'reset_sent' });
    },
  );

  app.post(
    '/api/accounts/password-reset/complete',
    {
      config: { access: access.public },
      schema: { tags, body: passwordResetCompleteRequest, response: { 200: accountAcceptedResponse } },
    },
    async (request) => {
      await completePasswordReset({ db, now: clock.now() }, request.body);
      return { status: 'done' as const };
    },
  );

  registerJoiningRoutes(app, deps);
  registerInvitationRoutes(app, deps);
}

const employerOnly = access.roles(Role.employerRepresentative);

function registerJoiningRoutes(app: App, deps: AppDeps) {
  const { db, clock, config, throttle, signatures: services } = deps;

  // The same one-time nonce as the ЭЦП sign-in: what the head (or the seeker) signs to prove who joins.
  app.post(
    '/api/accounts/challenge',
    { config: { access: access.public }, schema: { tags, response: { 200: ecpChallengeResponse } } },
    async () => {
      const challenge = await issueLoginChallenge(db, clock.now());
      return {
        nonceId: challenge.nonceId,
        nonce: Buffer.from(challenge.nonce).toString('base64'),
        expiresAt: challenge.expiresAt.toISOString(),
      };
    },
  );

  const joiningDeps = () => ({
    db,
    services,
    throttle,
    now: clock.now(),
    publicUrl: config.publicUrl,
    sessionTtlMs: config.sessionTtlMs,
    govRegistries: deps.govRegistries,
  });
  const signed = (request: { body: { cms: string }; ip: string }) => ({
    cms: Buffer.from(request.body.cms, 'base64'),
    ip: request.ip,
  });
  /** The new account's session as for a sign-in: the cookie, the user and the CSRF token. */
  const startedSession = async (reply: FastifyReply, session: JoinedSeeker['session']) => {
    setSessionCookie(reply, session, config.secureCookies);
    return { user: await getCurrentUserView(db, session.userId), csrfToken: session.csrfToken };
  };

  app.post(
    '/api/accounts/employers/join',
    {
      config: { access: access.public },
      schema: { tags, body: employerJoinRequest, response: { 201: employerJoinResponse } },
    },
    async (request, reply) => {
      const joined = await joinAsEmployer(joiningDeps(), { ...request.body, ...signed(request) });
      return reply.status(201).send({
        ...(await startedSession(reply, joined.session)),
        organisation: joined.organisation,
        confirmationSentTo: request.body.email,
      });
    },
  );

  app.post(
    '/api/accounts/seekers/join',
    {
      config: { access: access.public },
      schema: { tags, body: seekerJoinRequest, response: { 201: seekerJoinResponse } },
    },
    async (request, reply) => {
      const joined = await joinAsSeeker(joiningDeps(), { ...request.body, ...signed(request) });
      return reply.status(201).send({
        ...(await startedSession(reply, joined.session)),
        confirmationSentTo: request.body.email,
      });
    },
  );
}

function registerInvitationRoutes(app: App, { db, clock, config }: AppDeps) {
  app.post(
    '/api/accounts/invitations',
    {
      config: { access: employerOnly },
      schema: { tags, body: invitationRequest, response: { 201: z.object({ id: z.uuid() }) } },
    },
    async (request, reply) => {
      const invitation = await inviteColleague(
        { db, now: clock.now(), publicUrl: config.publicUrl },
        request.user!,
        request.body,
      );
      return reply.status(201).send(invitation);
    },
  );

  app.get(
    '/api/accounts/invitations',
    { config: { access: employerOnly }, schema: { tags, response: { 200: invitationListResponse } } },
    async (request) => ({ items: await listInvitations({ db, now: clock.now() }, request.user!) }),
  );

  app.delete(
    '/api/accounts/invitations/:id',
    { config: { access: employerOnly }, schema: { tags, params: idParams } },
    async (request, reply) => {
      await revokeInvitation({ db, now: clock.now() }, request.user!, request.params.id);
      return reply.status(204).send();
    },
  );

  // POST, not GET: the token stays in the body, out of URLs that proxies and browser histories keep.
  app.post(
    '/api/accounts/invitations/preview',
    {
      config: { access: access.public },
      schema: { tags, body: invitationTokenRequest, response: { 200: invitationPreviewResponse } },
    },
    async (request) => previewInvitation({ db, now: clock.now() }, request.body.token),
  );

  app.post(
    '/api/accounts/invitations/accept',
    {
      config: { access: access.public },
      schema: { tags, body: invitationAcceptRequest, response: { 201: invitationAcceptResponse } },
    },
    async (request, reply) => {
      const session = await acceptInvitation({ db, now: clock.now(), sessionTtlMs: config.sessionTtlMs }, request.body);
      setSessionCookie(reply, session, config.secureCookies);
      return reply
        .status(201)
        .send({ user: await getCurrentUserView(db, session.userId), csrfToken: session.csrfToken });
    },
  );

  app.get(
    '/api/accounts/organisation-users',
    { config: { access: employerOnly }, schema: { tags, response: { 200: organisationUsersResponse } } },
    async (request) => listColleagues(db, request.user!),
  );

  app.put(
    '/api/accounts/organisation-users/:id/rights',
    {
      config: { access: employerOnly },
      schema: { tags, params: idParams, body: rightsUpdateRequest },
    },
    async (request, reply) => {
      await changeRights({ db, now: clock.now() }, request.user!, {
        userId: request.params.id,
        rights: request.body.rights,
      });
      return reply.status(204).send();
    },
  );
}
