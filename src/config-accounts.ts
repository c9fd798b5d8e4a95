import { z } from 'zod';

const positiveInt = z.coerce.number().int().positive();

function isUrlWith(value: string, protocols: string[]): boolean {
  try {
    return protocols.includes(new URL(value).protocol);
  } catch {
    return false;
  }
}

/** Mail for password resets, and which proxies may name the client's address. */
export const accountsEnv = {
  // smtp://user:pass@host:587 (STARTTLS when offered) or smtps://...:465. Unset: the reset link is logged with a warning.
  SMTP_URL: z
    .string()
    .optional()
    .refine((v) => !v || isUrlWith(v, ['smtp:', 'smtps:']), 'must be an smtp:// or smtps:// URL'),
  MAIL_FROM: z.string().min(3).default('ChargeQL <no-reply@localhost>'),
  // The page that asks for the new password; the mail links to it with ?token=... . Unset: the mail holds the token.
  PASSWORD_RESET_URL: z
    .string()
    .optional()
    .refine((v) => !v || isUrlWith(v, ['http:', 'https:']), 'must be an http:// or https:// URL'),
  PASSWORD_RESET_TTL_SECONDS: positiveInt.default(3600),
  // Express "trust proxy": which hops may set X-Forwarded-For (the client address the IP allow-list,
  // rate limits and login throttle see). loopback (default), false, true, a hop count, or addresses/CIDRs.
  TRUST_PROXY: z.string().min(1).default('loopback'),
};

export interface AccountsConfig {
  smtpUrl: string | undefined;
  mailFrom: string;
  passwordResetUrl: string | undefined;
  passwordResetTtlSeconds: number;
  /** As Express takes it: true/false, a hop count, or a comma list of addresses, CIDRs and names. */
  trustProxy: boolean | number | string;
}

type AccountsEnv = z.infer<z.ZodObject<typeof accountsEnv>>;

export function accountsConfig(e: AccountsEnv): AccountsConfig {
  const t = e.TRUST_PROXY.trim();
  return {
    smtpUrl: e.SMTP_URL,
    mailFrom: e.MAIL_FROM,
    passwordResetUrl: e.PASSWORD_RESET_URL,
    passwordResetTtlSeconds: e.PASSWORD_RESET_TTL_SECONDS,
    trustProxy: t === 'true' ? true : t === 'false' ? false : /^\d+$/.test(t) ? Number(t) : t,
  };
}
