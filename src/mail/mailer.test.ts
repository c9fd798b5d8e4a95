import { Writable } from 'node:stream';
import pino from 'pino';
import { describe, expect, it } from 'vitest';
import { createMailer } from './mailer.js';

describe('createMailer without SMTP_URL', () => {
  it('logs the mail as a warning instead of sending it', async () => {
    const lines: any[] = [];
    const sink = new Writable({
      write(chunk, _enc, done) {
        lines.push(JSON.parse(String(chunk)));
        done();
      },
    });
    const mailer = createMailer({ smtpUrl: undefined, from: 'x@y.test', logger: pino({ level: 'info' }, sink) });
    await mailer.send({ to: 'someone@example.com', subject: 'Reset', text: 'token cqp_abc' });
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({
      level: 40,
      component: 'mail',
      to: 'someone@example.com',
      text: 'token cqp_abc',
      msg: 'SMTP_URL is not set: mail logged, not sent',
    });
  });
});
