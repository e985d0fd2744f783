// A record's history for staff of the centre it belongs to; another centre's record answers 404.
import { auditHistoryQuery, auditHistoryResponse } from '../../../shared/api/audit';
import { Role, staffRoles } from '../../../shared/roles';
import type { AppDeps } from '../../app';
import { access, centreIdOf } from '../../platform/auth/access';
import { notFound } from '../../platform/errors';
import type { App } from '../../platform/http';

export function registerAuditTrailRoutes(app: App, { db }: AppDeps) {
  app.get(
    '/api/audit/history',
    {
      config: { access: access.roles(...staffRoles, Role.administrator) },
      schema: { tags: ['audit'], querystring: auditHistoryQuery, response: { 200: auditHistoryResponse } },
    },
    async (request) => {
      const { subjectType, subjectId } = request.query;
      const rows = await db
        .selectFrom('audit_log')
        .leftJoin('users', 'users.id', 'audit_log.actor_id')
        .select([
          'audit_log.seq',
          'audit_log.at',
          'audit_log.action',
          'audit_log.step',
          'audit_log.actor_role',
          'audit_log.centre_id',
          'audit_log.from_status',
          'audit_log.to_status',
          'audit_log.details',
          'users.full_name',
        ])
        .where('audit_log.subject_type', '=', subjectType)
        .where('audit_log.subject_id', '=', subjectId)
        .orderBy('audit_log.seq')
        .execute();
      const centreId = centreIdOf(request.user!);
      if (request.user!.role !== Role.administrator && rows.some((r) => r.centre_id !== centreId)) throw notFound();
      return {
        items: rows.map((r) => ({
          seq: r.seq,
          at: r.at.toISOString(),
          action: r.action,
          step: r.step,
          actorName: r.full_name,
          actorRole: r.actor_role,
          fromStatus: r.from_status,
          toStatus: r.to_status,
          comment: typeof r.details.comment === 'string' ? r.details.comment : null,
        })),
      };
    },
  );
}
