/** A message as maildev 3's REST API (`GET /api/email`) returns it; only what the tests read. */
export interface InboxEmail {
  id: string;
  subject: string;
  from: { address: string; name: string }[];
  to: { address: string; name: string }[];
  text?: string;
  html?: string;
  headers: Record<string, string | string[]>;
  envelope: { from: { address: string }; to: { address: string }[] };
}

/**
 * Messages maildev received for `address`. maildev stores a message before it answers the SMTP
 * DATA command, so whatever an awaited `send` delivered is already listed: no polling needed.
 */
export async function emailsTo(address: string): Promise<InboxEmail[]> {
  const base = process.env.LOCAL_INBOX_URL;
  if (!base) throw new Error('LOCAL_INBOX_URL is not set: run with the integration project (globalSetup starts maildev)');
  const response = await fetch(`${base}/api/email?${new URLSearchParams({ 'envelope.to.address': address })}`);
  if (!response.ok) throw new Error(`maildev answered ${response.status}: ${await response.text()}`);
  return (await response.json()) as InboxEmail[];
}
