/**
 * Invoice PDF rendering: `createInvoiceRenderer()` once per process, then `render(doc, { facturXml })`
 * per invoice. See docs/decisions/pdf-rendering.md for fonts, fallback and determinism, and
 * docs/decisions/factur-x.md for PDF/A-3b and the embedded XML.
 */
export { createInvoiceRenderer, type InvoiceRenderer, type InvoiceRendererOptions, type RenderOptions } from './pdf/renderer';
export { invoiceFontFiles } from './pdf/fonts';
export { COLOR_PROFILE_FILE, colorProfileFile } from './pdf/colorProfile';
export { FACTUR_X_FILE_NAME } from './pdf/pdfA3FacturX';
export { INVOICE_ATTACHMENT_NAME } from './pdf/writeInvoicePdf';
export { InvalidInvoiceDocumentError, InvoiceColorProfileError, InvoiceFontError, InvoiceRenderError } from './pdf/errors';
