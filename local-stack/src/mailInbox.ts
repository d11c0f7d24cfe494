import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { importFromPackage } from './loadEsm';

export interface MailInbox {
  smtpPort: number;
  /** Web inbox; its REST API lists messages at GET /api/email. */
  webUrl: string;
  stop(): Promise<void>;
}

/**
 * Starts maildev: an SMTP server that keeps every message and a web inbox, both on 127.0.0.1.
 * STARTTLS is hidden because the certificate bundled with its SMTP server has expired; this is a
 * loopback-only development server.
 */
export async function startMailInbox(options: { smtpPort: number; webPort: number }): Promise<MailInbox> {
  const { MailDev } = await importFromPackage<{ MailDev: new (config: object) => MailDevLike }>('maildev', 'dist/index.js');
  // Each inbox keeps its messages in its own directory (maildev's default is one shared /tmp/maildev).
  const mailDirectory = await mkdtemp(join(tmpdir(), 'checkout-inbox-'));
  const maildev = new MailDev({
    mailDirectory,
    smtp: options.smtpPort,
    ip: '127.0.0.1',
    web: options.webPort,
    webIp: '127.0.0.1',
    hideExtensions: ['STARTTLS'],
    silent: true,
  });
  await maildev.start();
  return {
    smtpPort: options.smtpPort,
    webUrl: `http://127.0.0.1:${options.webPort}`,
    stop: async () => {
      await maildev.stop();
      await rm(mailDirectory, { recursive: true, force: true });
    },
  };
}

interface MailDevLike {
  start(): Promise<unknown>;
  stop(): Promise<void>;
}
