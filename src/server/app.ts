// Builds the Fastify app: the HTTP pipeline, the API docs, and every module's routes, registered explicitly.
import fs from 'node:fs';
import path from 'node:path';
import fastifyCookie from '@fastify/cookie';
import fastifyStatic from '@fastify/static';
import fastifySwagger from '@fastify/swagger';
import fastifySwaggerUi from '@fastify/swagger-ui';
import Fastify, { type FastifyBaseLogger } from 'fastify';
import {
  jsonSchemaTransform,
  serializerCompiler,
  validatorCompiler,
  type ZodTypeProvider,
} from 'fastify-type-provider-zod';
import { sql } from 'kysely';
import { processMaps, stepId } from '../shared/processes';
import type { Config } from './config';
import { registerAccountRoutes } from './modules/accounts';
import { registerAdministrationRoutes } from './modules/administration/administration.routes';
import { registerAppealRouteRoutes } from './modules/appeal-routes';
import { registerAuditTrailRoutes } from './modules/audit-trail/audit-trail.routes';
import { commissionSessionWorkflow, registerCommissionRoutes } from './modules/commission';
import { registerCvRoutes } from './modules/cvs';
import { type GovRegistries, registerGovRegistriesRoutes } from './modules/gov-registries';
import { registerIdentityRoutes } from './modules/identity/identity.routes';
import { registerInboxRoutes } from './modules/inbox/inbox.routes';
import { registerProcessMapRoutes } from './modules/process-maps/process-maps.routes';
import { registerSeekerRoutes } from './modules/seekers';
import { createSignatureServices, registerSignatureRoutes, type SignatureServices } from './modules/signatures';
import { applicationWorkflow, registerSubsidizedJobsRoutes } from './modules/subsidized-jobs';
import { registerSubsidyProgrammeRoutes } from './modules/subsidy-programmes';
import { registerSubsidyReviewRoutes } from './modules/subsidy-review';
import { access } from './platform/auth/access';
import { LoginThrottle } from './platform/auth/login-throttle';
import { type Clock, isMovableClock } from './platform/clock';
import type { Db } from './platform/db/database';
import { type App, installHttpPipeline, RequestLogController, recordRouteTable, requestId } from './platform/http';
import { registerTestClockRoutes } from './platform/test-clock.routes';
import { type AnyWorkflow, assertWellFormed } from './platform/workflow/workflow';

export type AppDeps = {
  db: Db;
  config: Config;
  clock: Clock;
  throttle: LoginThrottle;
  /** Every workflow definition; the process maps show which transition implements each step. */
  workflows: readonly AnyWorkflow[];
  /** Set while the process drains on SIGTERM: /readyz then answers 503 so balancers stop sending traffic. */
  isShuttingDown: () => boolean;
  /** The trust store and verifier adapters for digital signatures; from the config unless a test passes its own. */
  signatures: SignatureServices;
  /** The government registries (ГБД ЮЛ, КГД, ГФСС, ЕСУТД); unset, every check answers gov_registries.unavailable. */
  govRegistries?: GovRegistries | undefined;
};

export type BuildAppOptions = Omit<AppDeps, 'throttle' | 'workflows' | 'isShuttingDown' | 'signatures'> &
  Partial<Pick<AppDeps, 'throttle' | 'workflows' | 'isShuttingDown' | 'signatures'>> & {
    logger?: FastifyBaseLogger | boolean;
    /** The built web app; served with an SPA fallback when present. */
    webRoot?: string;
  };

export const workflows: readonly AnyWorkflow[] = [applicationWorkflow, commissionSessionWorkflow];

const knownStepIds = new Set(processMaps.flatMap((m) => m.steps.map((s) => stepId(m.code, s.number))));
// A definition naming an unknown step or status fails at start, not when someone first takes that action.
for (const workflow of workflows) assertWellFormed(workflow, knownStepIds);

export async function buildApp(options: BuildAppOptions): Promise<App> {
  const deps: AppDeps = {
    db: options.db,
    config: options.config,
    clock: options.clock,
    throttle: options.throttle ?? new LoginThrottle(options.db, options.clock),
    workflows: options.workflows ?? workflows,
    isShuttingDown: options.isShuttingDown ?? (() => false),
    signatures: options.signatures ?? createSignatureServices(options.config),
    govRegistries: options.govRegistries,
  };
  const app = Fastify({
    ...(typeof options.logger === 'object' ? { loggerInstance: options.logger } : { logger: options.logger ?? false }),
    logController: new RequestLogController(),
    genReqId: requestId,
    bodyLimit: 1_048_576,
    trustProxy: true,
  }).withTypeProvider<ZodTypeProvider>();

  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  await app.register(fastifyCookie);

  // The docs' own routes (UI assets, JSON) are public by design; declared here since the plugin cannot.
  app.addHook('onRoute', (route) => {
    if (route.url.startsWith('/api/docs')) route.config = { ...route.config, access: access.public };
  });
  recordRouteTable(app);
  await app.register(fastifySwagger, {
    openapi: {
      openapi: '3.1.0',
      info: { title: 'Jumys API', version: '0.1.0', description: 'Subsidized jobs (ФК-В.03) and job fairs (ФК-В.06)' },
      components: { securitySchemes: { session: { type: 'apiKey', in: 'cookie', name: 'jumys_session' } } },
    },
    transform: jsonSchemaTransform,
  });
  await app.register(fastifySwaggerUi, { routePrefix: '/api/docs' });

  installHttpPipeline(app, deps);

  app.get('/healthz', { config: { access: access.public }, schema: { hide: true } }, async () => ({ status: 'ok' }));
  app.get('/readyz', { config: { access: access.public }, schema: { hide: true } }, async (_request, reply) => {
    if (deps.isShuttingDown()) return reply.status(503).send({ status: 'draining' });
    await sql`select 1`.execute(deps.db);
    return { status: 'ready' };
  });

  registerIdentityRoutes(app, deps);
  registerAccountRoutes(app, deps);
  registerInboxRoutes(app, deps);
  registerProcessMapRoutes(app, deps);
  registerAuditTrailRoutes(app, deps);
  registerAdministrationRoutes(app, deps);
  registerSignatureRoutes(app, deps);
  registerGovRegistriesRoutes(app, deps);
  registerCvRoutes(app, deps);
  registerSeekerRoutes(app, deps);
  registerCommissionRoutes(app, deps);
  registerAppealRouteRoutes(app, deps);
  registerSubsidizedJobsRoutes(app, deps);
  registerSubsidyProgrammeRoutes(app, deps);
  registerSubsidyReviewRoutes(app, deps);
  if (options.config.testClock) {
    if (!isMovableClock(options.clock)) throw new Error('TEST_CLOCK=true needs a movable clock');
    registerTestClockRoutes(app, options.clock);
  }

  if (options.webRoot && fs.existsSync(path.join(options.webRoot, 'index.html'))) {
    await serveWebApp(app, options.webRoot);
  }
  return app;
}

async function serveWebApp(app: App, webRoot: string) {
  await app.register(fastifyStatic, { root: webRoot, serve: false });
  app.get('/assets/*', { config: { access: access.public }, schema: { hide: true } }, (request, reply) => {
    const file = (request.params as { '*': string })['*'];
    return reply.header('cache-control', 'public, max-age=31536000, immutable').sendFile(path.join('assets', file));
  });
  // Any other page path is the single-page app's; /api paths keep their problem+json 404.
  app.get('/*', { config: { access: access.public }, schema: { hide: true } }, (request, reply) => {
    const file = (request.params as { '*': string })['*'];
    if (file.startsWith('api/')) return reply.callNotFound();
    if (file && fs.existsSync(path.join(webRoot, file)) && !file.includes('..') && !file.endsWith('/')) {
      return reply.sendFile(file);
    }
    return reply.header('cache-control', 'no-cache').sendFile('index.html');
  });
}
