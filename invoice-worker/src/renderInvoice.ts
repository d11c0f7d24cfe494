/**
 * Invoice PDF rendering: `createInvoiceRenderer()` once per process, then `render(doc)` per invoice.
 * See docs/decisions/pdf-rendering.md for fonts, fallback and determinism.
 */
export { createInvoiceRenderer, type InvoiceRenderer, type InvoiceRendererOptions } from './pdf/renderer';
export { invoiceFontFiles } from './pdf/fonts';
export { INVOICE_ATTACHMENT_NAME } from './pdf/writeInvoicePdf';
export { InvalidInvoiceDocumentError, InvoiceFontError, InvoiceRenderError } from './pdf/errors';
