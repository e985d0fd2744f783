// A record's history as staff see it.
import { z } from 'zod';
import { isoDateTime } from './common';

export const auditEntry = z.object({
  seq: z.number().int(),
  at: isoDateTime,
  action: z.string(),
  step: z.string().nullable(),
  actorName: z.string().nullable(),
  actorRole: z.string().nullable(),
  fromStatus: z.string().nullable(),
  toStatus: z.string().nullable(),
  comment: z.string().nullable(),
});
export type AuditEntry = z.infer<typeof auditEntry>;
export const auditHistoryQuery = z.object({
  subjectType: z.string().min(1).max(60),
  subjectId: z.string().min(1).max(80),
});
export const auditHistoryResponse = z.object({ items: z.array(auditEntry) });
