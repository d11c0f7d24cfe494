import { addressLinesOf, computeTotals, defaultVatCategory, type InvoiceDocument, lineTotalMinor } from '@checkout/domain';
import { aSeller } from '../../../domain/test/support/aSeller';

export { aSeller };

type Line = InvoiceDocument['lines'][number];

export interface InvoiceDocumentOverrides extends Partial<Omit<InvoiceDocument, 'lines' | 'billTo' | 'seller'>> {
  /** How many generated line items, or the exact items (quantity and unit price; totals are derived). */
  lines?: number | (Partial<Line> & Pick<Line, 'sku'>)[];
  /** VAT rate of lines that do not set their own (default 2000 = 20%, category S). */
  taxRateBps?: number;
  billTo?: Partial<InvoiceDocument['billTo']>;
  seller?: Partial<InvoiceDocument['seller']>;
}


/** SKU of the generated line `index` (1-based): `SKU-0001`. */
export const skuOf = (index: number): string => `SKU-${String(index).padStart(4, '0')}`;

/**
 * A consistent invoice document (line totals, subtotal, tax and total add up) with `lines`
 * generated items; every third one has a description long enough to wrap.
 */
export function anInvoiceDocument(overrides: InvoiceDocumentOverrides = {}): InvoiceDocument {
  const { lines: linesOption = 3, billTo, seller, taxRateBps = 2000, ...rest } = overrides;
  const vat = { taxRateBps, vatCategory: defaultVatCategory(taxRateBps) };
  const items =
    typeof linesOption === 'number'
      ? Array.from({ length: linesOption }, (_, i) => ({ ...generatedLine(i + 1), ...vat }))
      : linesOption.map((line, i) => ({ ...generatedLine(i + 1), ...vat, ...line }));
  const lines = items.map((line) => ({ ...line, lineTotalMinor: lineTotalMinor(line) }));
  const totals = computeTotals(lines);
  const sellerOf = aSeller(seller);
  const buyerAddress = { line1: '12 Analytical Row', postalCode: 'SW1A 2AA', city: 'London', country: 'GB' };
  return {
    typeCode: '380',
    invoiceNumber: 'INV-2025-000042',
    orderId: '01JC3Z5V8R4W2K6M9P1Q7T0XYZ',
    issuedAt: '2025-03-14T09:26:53.589Z',
    issueDate: '2025-03-14',
    dueDate: '2025-03-28',
    deliveryDate: '2025-03-13',
    seller: { ...sellerOf, addressLines: seller?.addressLines ?? addressLinesOf(sellerOf.address) },
    billTo: {
      name: 'Ada Lovelace',
      email: 'ada@example.com',
      address: buyerAddress,
      addressLines: addressLinesOf(buyerAddress),
      ...billTo,
    },
    currency: 'EUR',
    lines,
    ...totals,
    ...rest,
  };
}

function generatedLine(index: number): Omit<Line, 'lineTotalMinor' | 'vatCategory' | 'taxRateBps'> {
  const long = index % 3 === 0;
  return {
    sku: skuOf(index),
    description: long
      ? `Widget model ${index} with extended warranty, stainless steel housing, spare gaskets and a printed installation manual`
      : `Widget model ${index}`,
    quantity: (index % 5) + 1,
    unitPriceMinor: 1_000 + index * 137,
  };
}
