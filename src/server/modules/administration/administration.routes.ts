// Administrators' tools: the outbound mail kept when no SMTP server is configured (reading it is audited), and the
// settings of subsidized-job applications (when a returned one the employer abandoned may be closed).
import { z } from 'zod';
import { outboundMailResponse } from '../../../shared/api/notifications';
import { applicationSettingsInput, applicationSettingsView } from '../../../shared/api/subsidized-jobs';
import { Role } from '../../../shared/roles';
import type { AppDeps } from '../../app';
import { appendAudit, verifyAuditChain } from '../../platform/audit/audit';
import { access } from '../../platform/auth/access';
import type { App } from '../../platform/http';
import { defaultAbandonmentSettings, getAbandonmentSettings, setAbandonmentSettings } from '../subsidized-jobs';

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

  app.get(
    '/api/admin/subsidy/application-settings',
    {
      config: { access: access.roles(Role.administrator) },
      schema: { tags: ['administration'], response: { 200: applicationSettingsView } },
    },
    async () => ({ ...(await getAbandonmentSettings(db)), defaults: defaultAbandonmentSettings }),
  );

  app.put(
    '/api/admin/subsidy/application-settings',
    {
      config: { access: access.roles(Role.administrator) },
      schema: { tags: ['administration'], body: applicationSettingsInput, response: { 200: applicationSettingsView } },
    },
    async (request) => {
      const user = request.user!;
      const saved = await setAbandonmentSettings(
        { db, clock },
        { actor: { id: user.id, role: user.role }, input: request.body },
      );
      return { ...saved, defaults: defaultAbandonmentSettings };
    },
  );
}
