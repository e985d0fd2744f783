// A staff diagnostic: run the automatic employer check (B03-1.3) for any BIN and see each condition with its source;
// the employer conditions as dated data, read by everyone and changed by an administrator.
import { z } from 'zod';
import { binSchema } from '../../../shared/api/common';
import {
  conditionsQuery,
  conditionsResponse,
  newConditionVersionsInput,
  newConditionVersionsResponse,
} from '../../../shared/api/employer-conditions';
import { Role } from '../../../shared/roles';
import type { AppDeps } from '../../app';
import { access, centreIdOf } from '../../platform/auth/access';
import type { App } from '../../platform/http';
import { employerCheck } from './gov-registries.schemas';
import { addConditionVersions, checkEmployer, listEmployerConditions } from './gov-registries.usecases';

export function registerGovRegistriesRoutes(app: App, { db, clock, govRegistries }: AppDeps) {
  app.get(
    '/api/gov-registries/employers/:bin/check',
    {
      config: { access: access.roles(Role.employerRelationsSpecialist, Role.centreHead, Role.administrator) },
      schema: {
        tags: ['gov-registries'],
        params: z.object({ bin: binSchema }),
        querystring: z.object({ applicationDate: z.iso.date().optional() }),
        response: { 200: employerCheck },
      },
    },
    async (request) => {
      const user = request.user!;
      return checkEmployer(
        { db, registries: govRegistries, clock },
        {
          actor: { id: user.id, role: user.role, centreId: centreIdOf(user) },
          bin: request.params.bin,
          applicationDate: request.query.applicationDate,
        },
      );
    },
  );

  app.get(
    '/api/employer-conditions',
    {
      config: { access: access.public },
      schema: { tags: ['gov-registries'], querystring: conditionsQuery, response: { 200: conditionsResponse } },
    },
    async (request) => listEmployerConditions({ db, clock }, { onDate: request.query.onDate }),
  );

  app.post(
    '/api/admin/employer-conditions',
    {
      config: { access: access.roles(Role.administrator) },
      schema: {
        tags: ['gov-registries'],
        body: newConditionVersionsInput,
        response: { 201: newConditionVersionsResponse },
      },
    },
    async (request, reply) => {
      const user = request.user!;
      const items = await addConditionVersions(
        { db, clock },
        { actor: { id: user.id, role: user.role }, input: request.body },
      );
      return reply.status(201).send({ items });
    },
  );
}
