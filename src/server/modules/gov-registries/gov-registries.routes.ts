// A staff diagnostic: run the automatic employer check (B03-1.3) for any BIN and see each condition with its source.
import { z } from 'zod';
import { binSchema } from '../../../shared/api/common';
import { Role } from '../../../shared/roles';
import type { AppDeps } from '../../app';
import { access, centreIdOf } from '../../platform/auth/access';
import type { App } from '../../platform/http';
import { employerCheck } from './gov-registries.schemas';
import { checkEmployer } from './gov-registries.usecases';

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
}
