// In-app notifications and the outbound mail that is sent by SMTP or kept for administrators.
import type { CreatedAt, GeneratedId, Json, Timestamp } from '../db/column-types';

export type NotificationsTable = {
  id: GeneratedId;
  user_id: string;
  template: string;
  params: Json<Record<string, string | number>>;
  link: string | null;
  created_at: CreatedAt;
  read_at: Timestamp | null;
};

export type OutboundMailStatus = 'pending' | 'sent' | 'kept' | 'failed';

export type OutboundMailTable = {
  id: GeneratedId;
  user_id: string | null;
  to_address: string;
  locale: string;
  subject: string;
  body: string;
  status: OutboundMailStatus;
  attempts: number;
  last_error: string | null;
  created_at: CreatedAt;
  sent_at: Timestamp | null;
};

export type NotificationsTables = { notifications: NotificationsTable; outbound_mail: OutboundMailTable };
