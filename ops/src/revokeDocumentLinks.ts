import { forOrder } from '@checkout/aws-adapters';
import type { OpsPorts } from './ports';

export interface LinkRevocation {
  orderId: string;
  /** The order's link generation now: links of any earlier one are refused (410). */
  generation: number;
  revokedAt: string;
}

/**
 * Revokes every document link emailed for an order so far (the invoice's and its credit notes'),
 * at once: the Orders API then answers them with 410 "This link was withdrawn". Links emailed
 * afterwards work, so `resend` after this sends the customer the only working link. Idempotent
 * in effect (revoking twice leaves the same links dead). Throws OrderNotFoundError.
 */
export async function revokeDocumentLinks(ports: Pick<OpsPorts, 'links' | 'clock' | 'logger'>, orderId: string): Promise<LinkRevocation> {
  const now = ports.clock();
  const generation = await ports.links.revoke(orderId, now);
  forOrder(ports.logger, orderId).info('document links revoked', { generation });
  return { orderId, generation, revokedAt: now.toISOString() };
}
