// HTTP edge of subsidy programmes: everyone reads the programmes, МРП/МЗП and participant rules; an administrator adds
// versions, years and dated rule values.
import {
  indicatorsInput,
  indicatorsResponse,
  indicatorsView,
  indicatorsYearParams,
  newProgrammeVersionInput,
  participantRuleInput,
  participantRulesResponse,
  participantRuleView,
  programmesQuery,
  programmesResponse,
  programmeVersionView,
} from '../../../shared/api/subsidy-programmes';
import { Role } from '../../../shared/roles';
import type { AppDeps } from '../../app';
import { access } from '../../platform/auth/access';
import type { App } from '../../platform/http';
import {
  addProgrammeVersion,
  listIndicatorViews,
  listParticipantRuleViews,
  listProgrammes,
  setIndicators,
  setParticipantRule,
} from './subsidy-programmes.usecases';

export function registerSubsidyProgrammeRoutes(app: App, { db, clock }: AppDeps) {
  app.get(
    '/api/subsidy/programmes',
    {
      config: { access: access.public },
      schema: { tags: ['subsidy-programmes'], querystring: programmesQuery, response: { 200: programmesResponse } },
    },
    async (request) => listProgrammes({ db, clock }, { all: request.query.all === 'true' }),
  );

  app.get(
    '/api/subsidy/indicators',
    {
      config: { access: access.public },
      schema: { tags: ['subsidy-programmes'], response: { 200: indicatorsResponse } },
    },
    async () => ({ items: await listIndicatorViews({ db }) }),
  );

  app.get(
    '/api/subsidy/participant-rules',
    {
      config: { access: access.public },
      schema: { tags: ['subsidy-programmes'], response: { 200: participantRulesResponse } },
    },
    async () => listParticipantRuleViews({ db, clock }),
  );

  app.post(
    '/api/admin/subsidy/participant-rules',
    {
      config: { access: access.roles(Role.administrator) },
      schema: { tags: ['subsidy-programmes'], body: participantRuleInput, response: { 201: participantRuleView } },
    },
    async (request, reply) => {
      const user = request.user!;
      const saved = await setParticipantRule(
        { db, clock },
        { actor: { id: user.id, role: user.role }, input: request.body },
      );
      return reply.status(201).send(saved);
    },
  );

  app.post(
    '/api/admin/subsidy/programmes',
    {
      config: { access: access.roles(Role.administrator) },
      schema: { tags: ['subsidy-programmes'], body: newProgrammeVersionInput, response: { 201: programmeVersionView } },
    },
    async (request, reply) => {
      const user = request.user!;
      const created = await addProgrammeVersion(
        { db, clock },
        { actor: { id: user.id, role: user.role }, input: request.body },
      );
      return reply.status(201).send(created);
    },
  );

  app.put(
    '/api/admin/subsidy/indicators/:year',
    {
      config: { access: access.roles(Role.administrator) },
      schema: {
        tags: ['subsidy-programmes'],
        params: indicatorsYearParams,
        body: indicatorsInput,
        response: { 200: indicatorsView },
      },
    },
    async (request) => {
      const user = request.user!;
      return setIndicators(
        { db, clock },
        { actor: { id: user.id, role: user.role }, year: request.params.year, input: request.body },
      );
    },
  );
}
