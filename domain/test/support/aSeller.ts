import type { Seller } from '../../src';

/** The seller of test invoices: a UK shop paid by SEPA transfer, invoicing in English. */
export const aSeller = (overrides: Partial<Seller> = {}): Seller => ({
  name: 'Acme Widgets Ltd',
  address: { line1: '1 Market Street', postalCode: 'EC1A 1AA', city: 'London', country: 'GB' },
  email: 'billing@acme.example',
  vatId: 'GB123456789',
  paymentMeans: { kind: 'sepa-credit-transfer', iban: 'DE02120300000000202051', bic: 'BYLADEM1001' },
  paymentTermsDays: 14,
  locale: 'en-GB',
  ...overrides,
});
