// Every user's in-app inbox, rendered in the language of the request.
import { sql } from 'kysely';
import { idParams } from '../../../shared/api/common';
import { inboxResponse, unreadCountResponse } from '../../../shared/api/notifications';
import type { AppDeps } from '../../app';
import { access } from '../../platform/auth/access';
import { notFound } from '../../platform/errors';
import type { App } from '../../platform/http';
import { renderNotification } from '../../platform/notifications/notifications';

export function registerInboxRoutes(app: App, { db, clock }: AppDeps) {
  app.get(
    '/api/notifications',
    { config: { access: access.authenticated }, schema: { tags: ['inbox'], response: { 200: inboxResponse } } },
    async (request) => {
      const userId = request.user!.id;
      const rows = await db
        .selectFrom('notifications')
        .selectAll()
        .where('user_id', '=', userId)
        .orderBy('created_at', 'desc')
        .limit(100)
        .execute();
      const { unread } = await db
        .selectFrom('notifications')
        .select(sql<number>`count(*)::int`.as('unread'))
        .where('user_id', '=', userId)
        .where('read_at', 'is', null)
        .executeTakeFirstOrThrow();
      return {
        unread,
        items: rows.map((n) => ({
          id: n.id,
          template: n.template,
          ...renderNotification(request.locale, n.template, n.params),
          link: n.link,
          createdAt: n.created_at.toISOString(),
          readAt: n.read_at?.toISOString() ?? null,
        })),
      };
    },
  );

  app.get(
    '/api/notifications/unread-count',
    { config: { access: access.authenticated }, schema: { tags: ['inbox'], response: { 200: unreadCountResponse } } },
    async (request) =>
      db
        .selectFrom('notifications')
        .select(sql<number>`count(*)::int`.as('unread'))
        .where('user_id', '=', request.user!.id)
        .where('read_at', 'is', null)
        .executeTakeFirstOrThrow(),
  );

  app.post(
    '/api/notifications/:id/read',
    { config: { access: access.authenticated }, schema: { tags: ['inbox'], params: idParams } },
    async (request, reply) => {
      const result = await db
        .updateTable('notifications')
        .set({ read_at: sql`coalesce(read_at, ${clock.now()})` })
        .where('id', '=', request.params.id)
        .where('user_id', '=', request.user!.id)
        .executeTakeFirst();
      if (Number(result.numUpdatedRows) === 0) throw notFound();
      return reply.status(204).send();
    },
  );

  app.post(
    '/api/notifications/read-all',
    { config: { access: access.authenticated }, schema: { tags: ['inbox'] } },
    async (request, reply) => {
      await db
        .updateTable('notifications')
        .set({ read_at: clock.now() })
        .where('user_id', '=', request.user!.id)
        .where('read_at', 'is', null)
        .execute();
      return reply.status(204).send();
    },
  );
}
