// Administrators' tools: the outbound mail kept when no SMTP server is configured (reading it is audited).
import { z } from 'zod';
import { outboundMailResponse } from '../../../shared/api/notifications';
import { Role } from '../../../shared/roles';
import type { AppDeps } from '../../app';
import { appendAudit, verifyAuditChain } from '../../platform/audit/audit';
import { access } from '../../platform/auth/access';
import type { App } from '../../platform/http';

export function registerAdministrationRoutes(app: App, { db, clock }: AppDeps) {
  app.get(
    '/api/admin/mail',
    {
      config: { access: access.roles(Role.administrator) },
      schema: { tags: ['administration'], response: { 200: outboundMailResponse } },
    },
    async (request) => {
      const rows = await db.selectFrom('outbound_mail').selectAll().orderBy('created_at', 'desc').limit(200).execute();
      await appendAudit(db, {
        at: clock.now(),
        actorId: request.user!.id,
        actorRole: request.user!.role,
        action: 'admin.mail_viewed',
        subjectType: 'outbound_mail',
        subjectId: 'list',
        details: { count: rows.length },
      });
      return {
        items: rows.map((m) => ({
          id: m.id,
          to: m.to_address,
          subject: m.subject,
          body: m.body,
          status: m.status,
          createdAt: m.created_at.toISOString(),
          sentAt: m.sent_at?.toISOString() ?? null,
        })),
      };
    },
  );

  app.get(
    '/api/admin/audit/verify',
    {
      config: { access: access.roles(Role.administrator) },
      schema: {
        tags: ['administration'],
        response: {
          200: z.object({
            ok: z.boolean(),
            entries: z.number().int(),
            brokenAt: z.number().int().optional(),
            reason: z.string().optional(),
          }),
        },
      },
    },
    // The same walk as `npm run audit:verify`, for a running server whose embedded database a script cannot open.
    async () => verifyAuditChain(db),
  );
}
