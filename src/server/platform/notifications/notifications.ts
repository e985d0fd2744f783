// Notifies a user: an inbox entry always, and an e-mail in the user's language when they have an address.
import type { Transporter } from 'nodemailer';
import nodemailer from 'nodemailer';
import { registerMessages, translate } from '../../../shared/i18n/messages';
import type { Locale } from '../../../shared/roles';
import type { Db, DbOrTx } from '../db/database';
import { enqueueJob, type JobHandlers } from '../jobs/jobs';
import { platformTemplates } from './templates';

for (const locale of ['kk', 'ru', 'en'] as const) registerMessages(locale, platformTemplates[locale]);

export type NotifyRequest = {
  userId: string;
  /** Message keys notification.<template>.title and .body must exist in kk and ru. */
  template: string;
  params?: Record<string, string | number>;
  link?: string | null;
  now: Date;
  email?: boolean;
  /** false for mail that must not sit in the inbox, such as a one-time link. */
  inbox?: boolean;
};

export function renderNotification(locale: Locale, template: string, params: Record<string, string | number>) {
  return {
    title: translate(locale, `notification.${template}.title`, params),
    body: translate(locale, `notification.${template}.body`, params),
  };
}

/** Call inside the transaction of the change that causes it: the notice and its mail commit with it or not at all. */
export async function notify(db: DbOrTx, request: NotifyRequest): Promise<void> {
  const params = request.params ?? {};
  if (request.inbox !== false) {
    await db
      .insertInto('notifications')
      .values({
        user_id: request.userId,
        template: request.template,
        params: JSON.stringify(params),
        link: request.link ?? null,
        read_at: null,
      })
      .execute();
  }
  if (request.email === false) return;
  const user = await db
    .selectFrom('users')
    .select(['email', 'locale'])
    .where('id', '=', request.userId)
    .executeTakeFirstOrThrow();
  if (!user.email) return;
  const { title, body } = renderNotification(user.locale, request.template, params);
  const mail = await db
    .insertInto('outbound_mail')
    .values({
      user_id: request.userId,
      to_address: user.email,
      locale: user.locale,
      subject: title,
      body: `${body}\n\n${translate(user.locale, 'mail.footer')}`,
      status: 'pending',
      attempts: 0,
      last_error: null,
      sent_at: null,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await enqueueJob(db, 'mail.send', { mailId: mail.id }, request.now, { dedupeKey: `mail.send:${mail.id}` });
}

export type Mailer = { send: (mail: { to: string; subject: string; text: string }) => Promise<void> } | null;

export function createMailer(smtpUrl: string | undefined, from: string): Mailer {
  if (!smtpUrl) return null;
  const transport: Transporter = nodemailer.createTransport(smtpUrl);
  return {
    send: async ({ to, subject, text }) => {
      await transport.sendMail({ from, to, subject, text });
    },
  };
}

/** Sends pending mail by SMTP; without SMTP the mail is kept for administrators to read, never dropped. */
export function mailJobHandlers(db: Db, mailer: Mailer, now: () => Date): JobHandlers {
  return {
    'mail.send': async (payload, job) => {
      const mail = await db
        .selectFrom('outbound_mail')
        .selectAll()
        .where('id', '=', String(payload.mailId))
        .executeTakeFirst();
      if (!mail || mail.status === 'sent' || mail.status === 'kept') return;
      if (!mailer) {
        await db.updateTable('outbound_mail').set({ status: 'kept' }).where('id', '=', mail.id).execute();
        return;
      }
      try {
        await mailer.send({ to: mail.to_address, subject: mail.subject, text: mail.body });
        await db
          .updateTable('outbound_mail')
          .set({ status: 'sent', sent_at: now(), attempts: mail.attempts + 1, last_error: null })
          .where('id', '=', mail.id)
          .execute();
      } catch (error) {
        await db
          .updateTable('outbound_mail')
          .set({
            // After the job's last attempt the mail is marked failed, so administrators see it was never delivered.
            status: job.attempts >= job.maxAttempts ? 'failed' : 'pending',
            attempts: mail.attempts + 1,
            last_error: error instanceof Error ? error.message : String(error),
          })
          .where('id', '=', mail.id)
          .execute();
        throw error; // the job queue retries with backoff
      }
    },
  };
}
