// HTTP edge of the appeal routes: everyone reads them; an administrator adds a dated version.
import { appealRouteInput, appealRoutesResponse } from '../../../shared/api/appeal-routes';
import { Role } from '../../../shared/roles';
import type { AppDeps } from '../../app';
import { access } from '../../platform/auth/access';
import type { App } from '../../platform/http';
import { listAppealRouteViews, setAppealRoute } from './appeal-routes.usecases';

export function registerAppealRouteRoutes(app: App, { db, clock }: AppDeps) {
  app.get(
    '/api/appeal-routes',
    {
      config: { access: access.public },
      schema: { tags: ['appeal-routes'], response: { 200: appealRoutesResponse } },
    },
    async () => listAppealRouteViews({ db, clock }),
  );

  app.post(
    '/api/admin/appeal-routes',
    {
      config: { access: access.roles(Role.administrator) },
      schema: { tags: ['appeal-routes'], body: appealRouteInput, response: { 201: appealRoutesResponse } },
    },
    async (request, reply) => {
      const user = request.user!;
      const saved = await setAppealRoute(
        { db, clock },
        { actor: { id: user.id, role: user.role }, input: request.body },
      );
      return reply.status(201).send(saved);
    },
  );
}
