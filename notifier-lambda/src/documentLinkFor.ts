import { OrderNotFoundError, signDocumentLink } from '@checkout/domain';
import { ulid } from 'ulid';
import type { NotifierPorts } from './ports';

/** A link to put in an email, and the instant it stops working (whole seconds, as the token says). */
export interface EmailedLink {
  /** The link's id, for logs (never the token itself). */
  linkId: string;
  url: string;
  expiresAt: Date;
}

/**
 * A new document link (its own id, a ULID of `now`) to one stored document of an order: `<DOCUMENT_LINK_BASE_URL>/documents/<token>`,
 * signed with the current key, under the order's current link generation, valid for
 * EMAIL_LINK_EXPIRY_SECONDS from `now`. The Orders API answers it with a redirect to a fresh
 * presigned URL, so the link lasts as long as the token does, whatever credentials signed it.
 * Throws OrderNotFoundError when the order is gone.
 */
export async function documentLinkFor(
  { links, linkKeys, config }: Pick<NotifierPorts, 'links' | 'linkKeys' | 'config'>,
  orderId: string,
  objectKey: string,
  now: Date,
): Promise<EmailedLink> {
  const [generation, keys] = await Promise.all([links.generationOf(orderId), linkKeys.get()]);
  if (generation === undefined) throw new OrderNotFoundError(orderId);
  const expiresAt = new Date(Math.floor(now.getTime() / 1000) * 1000 + config.EMAIL_LINK_EXPIRY_SECONDS * 1000);
  const linkId = ulid(now.getTime());
  const token = signDocumentLink({ linkId, orderId, objectKey, generation, expiresAt }, keys);
  return { linkId, url: `${config.DOCUMENT_LINK_BASE_URL.replace(/\/+$/, '')}/documents/${token}`, expiresAt };
}
