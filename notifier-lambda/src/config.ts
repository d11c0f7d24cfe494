import { baseEnv, documentLinkKeysEnv, envBoolean, envInt, envOptional, envString, envUrl, parseEnv, requireDocumentLinkKeys } from '@checkout/aws-adapters';
import * as z from 'zod/mini';

/** Emailed document links last 30 days unless configured otherwise. */
export const DEFAULT_LINK_EXPIRY_SECONDS = 30 * 86_400;
/** The longest an emailed document link may last: a year. */
export const MAX_LINK_EXPIRY_SECONDS = 366 * 86_400;

/** A mailbox as nodemailer takes it: an object, so a name can never break out of its header. */
export interface Mailbox {
  name?: string;
  address: string;
}

// One local part, one domain with a dot; no spaces, angle brackets or control characters.
const ADDRESS = /^[^\s<>@"]+@[^\s<>@"]+\.[^\s<>@"]+$/;

/** `billing@example.com` or `Example Trading <billing@example.com>` (the name may be quoted). */
export function parseMailbox(value: string): Mailbox | undefined {
  if (/[\u0000-\u001F\u007F]/.test(value)) return undefined;
  const trimmed = value.trim();
  if (ADDRESS.test(trimmed)) return { address: trimmed };
  const match = /^(.*?)\s*<([^<>]+)>$/.exec(trimmed);
  if (!match || !ADDRESS.test(match[2]!)) return undefined;
  const name = match[1]!.replace(/^"(.*)"$/, '$1').trim();
  return name ? { name, address: match[2]! } : { address: match[2]! };
}

/** Every variable the notifier reads (see .env.example). */
export const NotifierEnvSchema = z
  .object({
    ...baseEnv,
    MAIL_TRANSPORT: z._default(z.enum(['smtp', 'ses'], { message: 'must be smtp or ses' }), 'smtp'),
    MAIL_FROM: z.pipe(
      z.string({ message: 'must be set, e.g. "Example Trading <billing@example.com>"' }),
      z.transform((value, payload) => {
        const mailbox = parseMailbox(value);
        if (!mailbox) {
          payload.issues.push({ code: 'custom', input: value, message: 'must be an address such as "Example Trading <billing@example.com>"' });
          return z.NEVER;
        }
        return mailbox;
      }),
    ),
  SMTP_HOST: z._default(envString(), '127.0.0.1'),
  SMTP_PORT: z._default(envInt(1, 65_535), 1025),
  SMTP_SECURE: z._default(envBoolean(), false),
  /** Unset and empty (`SES_CONFIGURATION_SET=` in a .env file) both mean "not configured". */
  SMTP_CREDENTIALS_SECRET_ARN: envOptional(
    z.string().check(
      z.regex(/^arn:aws[a-z-]*:secretsmanager:[a-z0-9-]+:\d{12}:secret:.+$/, {
        message: 'must be a Secrets Manager secret ARN (arn:aws:secretsmanager:<region>:<account>:secret:<name>)',
      }),
    ),
  ),
  SES_CONFIGURATION_SET: envOptional(envString()),
  /** Life of the emailed document link (the signed token), and the date the email promises. */
  EMAIL_LINK_EXPIRY_SECONDS: z._default(envInt(3600, MAX_LINK_EXPIRY_SECONDS), DEFAULT_LINK_EXPIRY_SECONDS),
  /** Public base URL of the Orders API; the email links to `<base>/documents/<token>`. */
  DOCUMENT_LINK_BASE_URL: envUrl().check(
    z.refine((value) => /^https?:$/.test(new URL(value).protocol) && !new URL(value).search && !new URL(value).hash, {
      message: 'must be an http(s) URL without query or fragment, e.g. https://api.example.com or https://<id>.execute-api.<region>.amazonaws.com/<stage>',
    }),
  ),
  ...documentLinkKeysEnv,
  })
  .check(z.superRefine(requireDocumentLinkKeys));

export type NotifierConfig = z.infer<typeof NotifierEnvSchema>;

/**
 * Reads the notifier's configuration from `env` (default `process.env`), once per process.
 * Throws ConfigError (from aws-adapters) naming every missing or malformed variable.
 */
export function loadNotifierConfig(env: NodeJS.ProcessEnv = process.env): NotifierConfig {
  return parseEnv(NotifierEnvSchema, env);
}
