/** A message as maildev's REST API lists it. */
export interface InboxEmail {
  id: string;
  subject: string;
  html: string;
  text: string;
  to: { address: string; name: string }[];
  headers: Record<string, string>;
}

/** Emails in the local inbox addressed to `address` (maildev: GET /api/email). */
export async function emailsTo(inboxUrl: string, address: string): Promise<InboxEmail[]> {
  const response = await fetch(`${inboxUrl}/api/email`);
  if (!response.ok) throw new Error(`inbox answered ${response.status}`);
  const all = (await response.json()) as InboxEmail[];
  return all.filter((email) => email.to.some((to) => to.address === address));
}
