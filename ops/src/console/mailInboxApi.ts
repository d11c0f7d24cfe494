/** An email as the console shows it, from maildev's REST API. */
export interface CapturedEmail {
  id: string;
  subject: string;
  date?: string;
  to: string[];
  text: string;
  /** Same-origin URL of its HTML part, served under a sandboxing CSP. */
  htmlUrl: string;
}

interface MaildevEmail {
  id: string;
  subject?: string;
  /** When maildev received it. */
  time?: string;
  text?: string;
  to?: { address: string }[];
}

/** maildev message ids: letters, digits, `_` and `-` (checked before one goes into a URL). */
export const EMAIL_ID_PATTERN = /^[A-Za-z0-9_-]{1,64}$/;

/**
 * Reads the local inbox (maildev's REST API under `inboxApi`): the emails to `address` whose
 * subject names `invoiceNumber` (the invoice email says "Your invoice <number>"), oldest first.
 */
export async function emailsAbout(inboxApi: string, address: string, invoiceNumber: string): Promise<CapturedEmail[]> {
  const response = await fetch(`${inboxApi}/api/email?${new URLSearchParams({ 'envelope.to.address': address })}`);
  if (!response.ok) throw new Error(`the inbox answered ${response.status}`);
  const emails = (await response.json()) as MaildevEmail[];
  return emails
    .filter((email) => EMAIL_ID_PATTERN.test(email.id) && (email.subject ?? '').includes(invoiceNumber))
    .map((email) => ({
      id: email.id,
      subject: email.subject ?? '',
      ...(email.time ? { date: email.time } : {}),
      to: (email.to ?? []).map((to) => to.address),
      text: email.text ?? '',
      htmlUrl: `/api/emails/${email.id}/html`,
    }));
}

/** The HTML part of one email. */
export async function emailHtml(inboxApi: string, emailId: string): Promise<string | undefined> {
  const response = await fetch(`${inboxApi}/api/email/${emailId}/html`);
  return response.ok ? response.text() : undefined;
}
