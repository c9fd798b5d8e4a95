/** Outbound mail as the domain needs it; `mail/mailer.ts` sends it over SMTP (or logs it without one). */
export interface Mail {
  to: string;
  subject: string;
  text: string;
}

export interface Mailer {
  send(mail: Mail): Promise<void>;
}
