import { isIban, loadWorkerConfig, sellerFrom } from '../../src/config';

const required = {
  STAGE: 'test',
  AWS_REGION: 'eu-west-1',
  ORDERS_TABLE: 'orders-test',
  IDEMPOTENCY_TABLE: 'idempotency-test',
  INVOICES_BUCKET: 'invoices-test',
  ORDERS_QUEUE_URL: 'http://127.0.0.1:4566/000000000000/orders-test',
  ORDERS_DLQ_URL: 'http://127.0.0.1:4566/000000000000/orders-test-dlq',
};

describe('seller configuration', () => {
  it('describes a complete EN 16931 seller by default: structured address, VAT ID, SEPA account, English', () => {
    const seller = sellerFrom(loadWorkerConfig(required));

    expect(seller).toMatchObject({
      address: { line1: 'Hauptstrasse 1', postalCode: '10115', city: 'Berlin', country: 'DE' },
      vatId: 'DE123456789',
      paymentMeans: { kind: 'sepa-credit-transfer', iban: 'DE02120300000000202051' },
      paymentTermsDays: 14,
      locale: 'en-GB',
    });
  });

  it('still reads the older SELLER_ADDRESS and SELLER_TAX_ID', () => {
    const seller = sellerFrom(loadWorkerConfig({ ...required, SELLER_ADDRESS: 'Musterstraße 1|10115 Berlin|Germany', SELLER_TAX_ID: 'DE999999999' }));

    expect(seller.address).toEqual({ line1: 'Musterstraße 1', postalCode: '10115', city: 'Berlin', country: 'DE' });
    expect(seller.vatId).toBe('DE999999999');
  });

  it.each([
    ['SELLER_IBAN', 'DE02120300000000202052', 'must be an IBAN with a valid check sum'],
    ['SELLER_ADDRESS', 'Somewhere 1|Atlantis', 'must be "street|postcode city|country"'],
    ['SELLER_COUNTRY', 'Germany', 'must be an ISO 3166-1 alpha-2 code'],
    ['INVOICE_LOCALE', 'fr-FR', 'must be a BCP 47 locale whose language is one of en, de'],
    ['SELLER_PAYMENT_MEANS', 'cheque', 'must be sepa-credit-transfer or card'],
  ])('refuses %s=%s, naming the variable and the rule', (name, value, rule) => {
    expect(() => loadWorkerConfig({ ...required, [name]: value })).toThrow(new RegExp(`${name}.*${rule.replace(/[()|]/g, '\\$&')}`));
  });

  it('checks IBANs with the ISO 13616 mod-97 check sum', () => {
    expect(isIban('GB82WEST12345698765432')).toBe(true);
    expect(isIban('GB82WEST12345698765433')).toBe(false);
  });
});
