// The in-app inbox and the kept outbound mail.
import { z } from 'zod';
import { isoDateTime } from './common';

export const notificationItem = z.object({
  id: z.uuid(),
  template: z.string(),
  title: z.string(),
  body: z.string(),
  link: z.string().nullable(),
  createdAt: isoDateTime,
  readAt: isoDateTime.nullable(),
});
export type NotificationItem = z.infer<typeof notificationItem>;

export const inboxResponse = z.object({ items: z.array(notificationItem), unread: z.number().int() });
export type InboxResponse = z.infer<typeof inboxResponse>;

export const unreadCountResponse = z.object({ unread: z.number().int() });

export const outboundMailItem = z.object({
  id: z.uuid(),
  to: z.string(),
  subject: z.string(),
  body: z.string(),
  status: z.enum(['pending', 'sent', 'kept', 'failed']),
  createdAt: isoDateTime,
  sentAt: isoDateTime.nullable(),
});
export type OutboundMailItem = z.infer<typeof outboundMailItem>;
export const outboundMailResponse = z.object({ items: z.array(outboundMailItem) });
