import { type InvoiceDocument } from '@checkout/domain';
import { anInvoiceDocument, type InvoiceDocumentOverrides } from './anInvoiceDocument';

/**
 * A consistent credit note document (type 381): its own number, the invoice it credits, no due
 * date; lines and totals as `anInvoiceDocument` makes them.
 */
export function aCreditNoteDocument(overrides: InvoiceDocumentOverrides = {}): InvoiceDocument {
  const { dueDate: _noDueDate, note: _note, ...doc } = anInvoiceDocument({
    lines: [{ sku: 'SKU-0002', description: 'Widget model 2', quantity: 1, unitPriceMinor: 1274 }],
    ...overrides,
  });
  return {
    ...doc,
    typeCode: '381',
    invoiceNumber: 'CN-2025-000003',
    issuedAt: '2025-03-20T11:02:03.004Z',
    issueDate: '2025-03-20',
    precedingInvoice: { invoiceNumber: 'INV-2025-000042', issueDate: '2025-03-14' },
    ...('note' in overrides ? (overrides.note === undefined ? {} : { note: overrides.note }) : { note: 'Damaged in transit' }),
  };
}
