import {
  creditNoteDocumentFor,
  creditNoteSeriesFor,
  formatCreditNoteNumber,
  invoiceObjectKey,
  isRefundable,
  newRefund,
  parseCreditNoteNumber,
  parseInvoiceObjectKey,
  refundableQuantities,
  refundedQuantitiesAfter,
  RefundRejectedError,
  refundLinesFor,
  RefundRequestSchema,
  refundStatusesAllowedBefore,
  toFieldErrors,
} from '../../src';
import { anInvoicedOrder } from '../support/anInvoicedOrder';
import { anOrderRequest } from '../support/anOrderRequest';
import { aSeller } from '../support/aSeller';

/** SKU-1 × 1, SKU-2 × 2, SKU-3 × 3 at 19.99 EUR, 20 % VAT. */
const order = () => anInvoicedOrder();

function rejection(run: () => unknown): RefundRejectedError {
  try {
    run();
  } catch (error) {
    if (error instanceof RefundRejectedError) return error;
    throw error;
  }
  throw new Error('expected a RefundRejectedError');
}

describe('refundable quantities', () => {
  it('is everything ordered until something is refunded, then what is left per line', () => {
    expect(refundableQuantities(order())).toEqual([1, 2, 3]);
    expect(refundableQuantities({ ...order(), refundedQuantities: [1, 0, 2] })).toEqual([0, 2, 1]);
  });

  it('credits the lines and quantities asked for, by line number or SKU, in line order', () => {
    const lines = refundLinesFor(order(), { lines: [{ sku: 'SKU-3', quantity: 2 }, { lineNumber: 1, quantity: 1 }] });

    expect(lines.map((line) => [line.lineNumber, line.sku, line.quantity, line.lineTotalMinor, line.vatCategory, line.taxRateBps])).toEqual([
      [1, 'SKU-1', 1, 1999, 'S', 2000],
      [3, 'SKU-3', 2, 3998, 'S', 2000],
    ]);
  });

  it('refunds everything not yet refunded when no lines are given', () => {
    const lines = refundLinesFor({ ...order(), refundedQuantities: [1, 1, 0] }, {});
    expect(lines.map((line) => [line.lineNumber, line.quantity])).toEqual([
      [2, 1],
      [3, 3],
    ]);
  });

  it('refuses more than is left of a line, naming the field and how many are left', () => {
    const error = rejection(() => refundLinesFor({ ...order(), refundedQuantities: [0, 0, 2] }, { lines: [{ lineNumber: 3, quantity: 2 }] }));
    expect(error.errors).toEqual([{ path: 'lines[0].quantity', message: 'must be at most 1: line 3 (SKU-3) has 3, of which 2 already refunded' }]);
  });

  it('counts the same line named twice in one request', () => {
    const error = rejection(() => refundLinesFor(order(), { lines: [{ lineNumber: 2, quantity: 1 }, { sku: 'SKU-2', quantity: 2 }] }));
    expect(error.errors).toEqual([{ path: 'lines[1].quantity', message: 'must be at most 1: line 2 (SKU-2) has 2, of which 0 already refunded and more requested above' }]);
  });

  it('refuses unknown line numbers and SKUs, and an ambiguous SKU', () => {
    const twice = anInvoicedOrder(
      anOrderRequest({ lineItems: [{ sku: 'A', description: 'a', quantity: 1, unitPriceMinor: 100 }, { sku: 'A', description: 'b', quantity: 1, unitPriceMinor: 100 }] }),
    );
    expect(rejection(() => refundLinesFor(order(), { lines: [{ lineNumber: 4, quantity: 1 }, { sku: 'NOPE', quantity: 1 }] })).errors).toEqual([
      { path: 'lines[0].lineNumber', message: 'there is no line 4: the order has 3' },
      { path: 'lines[1].sku', message: 'no line of the order has SKU NOPE' },
    ]);
    expect(rejection(() => refundLinesFor(twice, { lines: [{ sku: 'A', quantity: 1 }] })).errors).toEqual([
      { path: 'lines[0].sku', message: '2 lines have SKU A (lines 1, 2): use lineNumber' },
    ]);
  });

  it('refuses a full refund when everything is refunded already', () => {
    expect(rejection(() => refundLinesFor({ ...order(), refundedQuantities: [1, 2, 3] }, {})).errors).toEqual([
      { path: 'lines', message: 'nothing is left to refund: every line is refunded in full' },
    ]);
  });

  it('adds the credited quantities to what the order has refunded', () => {
    const lines = refundLinesFor(order(), { lines: [{ lineNumber: 3, quantity: 2 }] });
    expect(refundedQuantitiesAfter({ ...order(), refundedQuantities: [1, 0, 1] }, lines)).toEqual([1, 0, 3]);
    expect(refundedQuantitiesAfter(order(), lines)).toEqual([0, 0, 2]);
  });
});

describe('refund request body', () => {
  it('names a line that gives both or neither of lineNumber and sku, and a quantity below 1', () => {
    const result = RefundRequestSchema.safeParse({ lines: [{ lineNumber: 1, sku: 'SKU-1', quantity: 1 }, { quantity: 0 }] });
    expect(result.success).toBe(false);
    expect(toFieldErrors(result.error!.issues)).toEqual(
      expect.arrayContaining([
        { path: 'lines[0].lineNumber', message: 'give exactly one of lineNumber and sku' },
        { path: 'lines[1].quantity', message: 'must be at least 1' },
        { path: 'lines[1].lineNumber', message: 'give exactly one of lineNumber and sku' },
      ]),
    );
  });

  it('refuses an empty line list (leave it out to refund everything) and unknown fields', () => {
    const result = RefundRequestSchema.safeParse({ lines: [], amountMinor: 5 });
    expect(toFieldErrors(result.error!.issues).map((e) => e.path)).toEqual(expect.arrayContaining(['lines', '']));
  });
});

describe('refund statuses', () => {
  it('lets only an invoiced order be refunded and only a REQUESTED refund be credited or fail', () => {
    expect(['RECEIVED', 'PROCESSING', 'INVOICED', 'NOTIFIED', 'CANCELLED', 'FAILED'].filter((s) => isRefundable(s as never))).toEqual(['INVOICED', 'NOTIFIED']);
    expect(refundStatusesAllowedBefore('CREDITED')).toEqual(['REQUESTED']);
    expect(refundStatusesAllowedBefore('NOTIFIED')).toEqual(['CREDITED']);
    expect(refundStatusesAllowedBefore('FAILED')).toEqual(['REQUESTED']);
  });
});

describe('credit note totals', () => {
  it('breaks the VAT of the credited lines down per category and rate, each rounded once', () => {
    const mixed = anInvoicedOrder(
      anOrderRequest({
        taxRateBps: 1900,
        lineItems: [
          { sku: 'BOOK', description: 'Book', quantity: 3, unitPriceMinor: 3333, taxRateBps: 700 },
          { sku: 'MUG', description: 'Mug', quantity: 2, unitPriceMinor: 999 },
          { sku: 'PAPER', description: 'Newspaper', quantity: 1, unitPriceMinor: 250, taxRateBps: 0 },
        ],
      }),
    );
    const lines = refundLinesFor(mixed, { lines: [{ sku: 'BOOK', quantity: 1 }, { sku: 'MUG', quantity: 1 }] });

    const refund = newRefund(mixed, lines, undefined, new Date('2026-03-05T08:00:00Z'));

    // 19 % of 9.99 = 1.8981 → 1.90; 7 % of 33.33 = 2.3331 → 2.33.
    expect(refund.vatBreakdown).toEqual([
      { vatCategory: 'S', taxRateBps: 1900, taxableMinor: 999, taxMinor: 190 },
      { vatCategory: 'S', taxRateBps: 700, taxableMinor: 3333, taxMinor: 233 },
    ]);
    expect([refund.subtotalMinor, refund.taxMinor, refund.totalMinor]).toEqual([4332, 423, 4755]);
    expect(refund).toMatchObject({ status: 'REQUESTED', orderId: mixed.orderId, currency: 'EUR', requestedAt: '2026-03-05T08:00:00.000Z' });
  });

  it('makes a credit note document: type 381, its own number, the invoice it credits, positive amounts, no due date', () => {
    const invoiced = order();
    const refund = {
      ...newRefund(invoiced, refundLinesFor(invoiced, { lines: [{ lineNumber: 2, quantity: 1 }] }), 'Damaged in transit', new Date('2026-03-05T08:00:00Z')),
      creditNote: { creditNoteNumber: 'CN-2026-000003', issuedAt: '2026-03-05T08:00:01.000Z' },
    };

    const doc = creditNoteDocumentFor(invoiced, refund, aSeller());

    expect(doc).toMatchObject({
      typeCode: '381',
      invoiceNumber: 'CN-2026-000003',
      issueDate: '2026-03-05',
      precedingInvoice: { invoiceNumber: 'INV-2026-000007', issueDate: '2026-03-02' },
      note: 'Damaged in transit',
      subtotalMinor: 1999,
      taxMinor: 400,
      totalMinor: 2399,
    });
    expect(doc.dueDate).toBeUndefined();
    expect(doc.lines).toEqual([{ sku: 'SKU-2', description: 'Item number 2', quantity: 1, unitPriceMinor: 1999, lineTotalMinor: 1999, vatCategory: 'S', taxRateBps: 2000 }]);
  });
});

describe('credit note numbers and keys', () => {
  it('numbers credit notes in their own series per UTC year and parses them back', () => {
    expect(creditNoteSeriesFor(new Date('2026-12-31T23:59:59.999Z'))).toBe('CN-2026');
    expect(creditNoteSeriesFor(new Date('2027-01-01T00:00:00Z'))).toBe('CN-2027');
    expect(formatCreditNoteNumber('CN-2026', 12)).toBe('CN-2026-000012');
    expect(parseCreditNoteNumber('CN-2026-000012')).toEqual({ series: 'CN-2026', sequence: 12 });
    expect(parseCreditNoteNumber('INV-2026-000012')).toBeUndefined();
    expect(() => formatCreditNoteNumber('2026', 1)).toThrow(RangeError);
  });

  it('stores a credit note beside the invoice and reads the key back as a credit note', () => {
    const key = invoiceObjectKey('01JD3ZK7Q4T2M8X9V6B5N1C0R2', 'CN-2026-000001');
    expect(parseInvoiceObjectKey(key)).toEqual({ kind: 'credit-note', orderId: '01JD3ZK7Q4T2M8X9V6B5N1C0R2', creditNoteNumber: 'CN-2026-000001' });
    expect(parseInvoiceObjectKey('invoices/01JD3ZK7Q4T2M8X9V6B5N1C0R2/CN-2026-000001.ubl.xml')).toBeUndefined();
  });
});
