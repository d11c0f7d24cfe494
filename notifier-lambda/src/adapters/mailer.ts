import { SendEmailCommand, SESv2Client } from '@aws-sdk/client-sesv2';
import nodemailer, { type Transporter } from 'nodemailer';
import type { NotifierConfig } from '../config';
import type { Mailer, OutgoingEmail } from '../ports';
import { smtpCredentialsFromSecret, type SmtpCredentialsSource } from './smtpCredentials';

export type MailerConfig = Pick<
  NotifierConfig,
  | 'AWS_REGION'
  | 'MAIL_TRANSPORT'
  | 'MAIL_FROM'
  | 'SMTP_HOST'
  | 'SMTP_PORT'
  | 'SMTP_SECURE'
  | 'SMTP_CREDENTIALS_SECRET_ARN'
  | 'SES_CONFIGURATION_SET'
>;

/**
 * Bounds on one SMTP exchange, well inside the notifier Lambda's 30 s timeout, so a dead server
 * ends in a recorded failure rather than a killed invocation (nodemailer waits 2 min by default).
 */
export const SMTP_TIMEOUTS = { connectionTimeout: 10_000, greetingTimeout: 10_000, socketTimeout: 15_000 } as const;

/**
 * The mailer for the configured transport. The only module that imports nodemailer.
 *
 * - `smtp`: SMTP_HOST:SMTP_PORT; `SMTP_SECURE=true` is TLS from the first byte (port 465).
 *   Otherwise STARTTLS is used when the server offers it, and required when credentials are
 *   configured (SMTP_CREDENTIALS_SECRET_ARN), so a password never crosses the network in clear.
 *   Credentials are read from Secrets Manager on first send and read again after an
 *   authentication failure (rotation).
 * - `ses`: SESv2 SendEmail (raw MIME built by nodemailer), with SES_CONFIGURATION_SET if set.
 *
 * Messages carry MAIL_FROM as From. Addresses are passed as `{ name, address }` objects, which
 * nodemailer encodes; no header is built by string concatenation.
 */
export function createMailer(
  config: MailerConfig,
  options: { credentials?: SmtpCredentialsSource; sesClient?: SESv2Client } = {},
): Mailer {
  return config.MAIL_TRANSPORT === 'ses' ? sesMailer(config, options.sesClient) : smtpMailer(config, options.credentials);
}

function fromAddress(config: MailerConfig) {
  const { name, address } = config.MAIL_FROM;
  return name ? { name, address } : address;
}

function message(config: MailerConfig, email: OutgoingEmail) {
  const to = email.to.name ? { name: email.to.name, address: email.to.address } : email.to.address;
  return { from: fromAddress(config), to, subject: email.subject, text: email.text, html: email.html };
}

function smtpMailer(config: MailerConfig, givenCredentials?: SmtpCredentialsSource): Mailer {
  const credentials =
    givenCredentials ??
    (config.SMTP_CREDENTIALS_SECRET_ARN
      ? smtpCredentialsFromSecret(config.SMTP_CREDENTIALS_SECRET_ARN, { region: config.AWS_REGION })
      : undefined);
  let transport: Promise<Transporter> | undefined;

  const connect = async (): Promise<Transporter> => {
    const auth = credentials ? await credentials.get() : undefined;
    return nodemailer.createTransport({
      host: config.SMTP_HOST,
      port: config.SMTP_PORT,
      secure: config.SMTP_SECURE,
      requireTLS: !config.SMTP_SECURE && auth !== undefined,
      ...(auth ? { auth: { user: auth.username, pass: auth.password } } : {}),
      ...SMTP_TIMEOUTS,
      // The email never embeds files or URLs to fetch; refuse them should that ever change.
      disableFileAccess: true,
      disableUrlAccess: true,
    });
  };

  return {
    async send(email) {
      transport ??= connect().catch((error: unknown) => {
        transport = undefined;
        throw error;
      });
      const current = await transport;
      try {
        const info = await current.sendMail(message(config, email));
        return { messageId: info.messageId };
      } catch (error) {
        if ((error as { code?: string }).code === 'EAUTH' && credentials) {
          // The password may have been rotated: read the secret again on the next send.
          credentials.forget();
          current.close();
          transport = undefined;
        }
        throw error;
      }
    },
    close() {
      void transport?.then((t) => t.close(), () => undefined);
      transport = undefined;
      if (!givenCredentials) credentials?.close();
    },
  };
}

function sesMailer(config: MailerConfig, givenClient?: SESv2Client): Mailer {
  const sesClient = givenClient ?? new SESv2Client({ region: config.AWS_REGION });
  const transport = nodemailer.createTransport({ SES: { sesClient, SendEmailCommand } });
  return {
    async send(email) {
      const info = await transport.sendMail({
        ...message(config, email),
        ...(config.SES_CONFIGURATION_SET ? { ses: { ConfigurationSetName: config.SES_CONFIGURATION_SET } } : {}),
      });
      return { messageId: info.messageId };
    },
    close() {
      transport.close();
      if (!givenClient) sesClient.destroy();
    },
  };
}
