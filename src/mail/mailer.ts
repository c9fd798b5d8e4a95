import nodemailer from 'nodemailer';
import type { Logger } from 'pino';
import type { Mailer } from '../domain/users/mailer.js';

/**
 * SMTP through nodemailer when SMTP_URL is set; otherwise each mail is logged with a warning, so a
 * development setup still gets its reset links (and an operator sees that mail is not configured).
 */
export function createMailer(opts: { smtpUrl: string | undefined; from: string; logger: Logger }): Mailer {
  const log = opts.logger.child({ component: 'mail' });
  if (!opts.smtpUrl) {
    return {
      async send(mail) {
        log.warn({ to: mail.to, subject: mail.subject, text: mail.text }, 'SMTP_URL is not set: mail logged, not sent');
      },
    };
  }
  const transport = nodemailer.createTransport(opts.smtpUrl);
  return {
    async send(mail) {
      await transport.sendMail({ from: opts.from, ...mail });
      log.info({ to: mail.to, subject: mail.subject }, 'mail sent');
    },
  };
}
