import type { InvoiceDocument } from '@checkout/domain';
import { createEInvoiceWriter } from './eInvoice/eInvoiceWriter';
import { createInvoiceRenderer, type InvoiceRendererOptions } from './pdf/renderer';

/**
 * Invoice rendering: `createInvoiceRendering()` once per process, then call it per invoice. The
 * PDF is a Factur-X (EN 16931) PDF/A-3b with its CII XML embedded as factur-x.xml; the UBL XML is
 * returned to be stored beside it. See docs/decisions/pdf-rendering.md (fonts, fallback,
 * determinism), docs/decisions/factur-x.md (PDF/A-3b) and docs/decisions/e-invoicing.md (EN 16931).
 */
export interface RenderedInvoice {
  pdf: Uint8Array;
  /** UBL 2.1 Invoice, EN 16931. */
  ublXml: string;
}

export async function createInvoiceRendering(options: InvoiceRendererOptions = {}): Promise<(doc: InvoiceDocument) => Promise<RenderedInvoice>> {
  const renderer = await createInvoiceRenderer(options);
  const writer = createEInvoiceWriter();
  return async (doc) => {
    const xml = await writer.write(doc);
    return { pdf: await renderer.render(doc, { facturXml: xml.cii }), ublXml: xml.ubl };
  };
}

export { createInvoiceRenderer, type InvoiceRenderer, type InvoiceRendererOptions, type RenderOptions } from './pdf/renderer';
export { invoiceFontFiles } from './pdf/fonts';
export { COLOR_PROFILE_FILE, colorProfileFile } from './pdf/colorProfile';
export { FACTUR_X_FILE_NAME } from './pdf/pdfA3FacturX';
export { INVOICE_ATTACHMENT_NAME } from './pdf/writeInvoicePdf';
export { InvalidInvoiceDocumentError, InvoiceColorProfileError, InvoiceFontError, InvoiceRenderError } from './pdf/errors';
export { createEInvoiceWriter, type EInvoiceWriter, type EInvoiceXml } from './eInvoice/eInvoiceWriter';
