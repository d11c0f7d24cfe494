import { computeTotals, type InvoiceDocument, lineTotalMinor } from '@checkout/domain';

type Line = InvoiceDocument['lines'][number];

export interface InvoiceDocumentOverrides extends Partial<Omit<InvoiceDocument, 'lines' | 'billTo' | 'seller'>> {
  /** How many generated line items, or the exact items (quantity and unit price; totals are derived). */
  lines?: number | (Partial<Line> & Pick<Line, 'sku'>)[];
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
  const { lines: linesOption = 3, billTo, seller, ...rest } = overrides;
  const taxRateBps = rest.taxRateBps ?? 2000;
  const items =
    typeof linesOption === 'number'
      ? Array.from({ length: linesOption }, (_, i) => generatedLine(i + 1))
      : linesOption.map((line, i) => ({ ...generatedLine(i + 1), ...line }));
  const lines = items.map((line) => ({ ...line, lineTotalMinor: lineTotalMinor(line) }));
  const totals = computeTotals(lines, taxRateBps);
  return {
    invoiceNumber: 'INV-2025-000042',
    orderId: '01JC3Z5V8R4W2K6M9P1Q7T0XYZ',
    issuedAt: '2025-03-14T09:26:53.589Z',
    dueDate: '2025-03-28',
    seller: {
      name: 'Acme Widgets Ltd',
      addressLines: ['1 Market Street', 'London EC1A 1AA', 'United Kingdom'],
      email: 'billing@acme.example',
      taxId: 'GB123456789',
      ...seller,
    },
    billTo: {
      name: 'Ada Lovelace',
      email: 'ada@example.com',
      addressLines: ['12 Analytical Row', 'SW1A 2AA London', 'United Kingdom'],
      ...billTo,
    },
    currency: 'EUR',
    lines,
    ...totals,
    taxRateBps,
    ...rest,
  };
}

function generatedLine(index: number): Omit<Line, 'lineTotalMinor'> {
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
