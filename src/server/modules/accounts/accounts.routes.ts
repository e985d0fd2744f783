// HTTP edge of accounts: a job seeker's self-registration, e-mail confirmation, and password reset by e-mail link.
import {
  accountAcceptedResponse,
  confirmEmailRequest,
  passwordResetCompleteRequest,
  passwordResetRequest,
  seekerRegistrationRequest,
} from '../../../shared/api/accounts';
import type { AppDeps } from '../../app';
import { access } from '../../platform/auth/access';
import type { App } from '../../platform/http';
import { completePasswordReset, confirmEmail, registerSeeker, requestPasswordReset } from './accounts.usecases';

const tags = ['accounts'];

export function registerAccountRoutes(app: App, { db, clock, config, throttle }: AppDeps) {
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
}
