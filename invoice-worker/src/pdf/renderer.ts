import type { InvoiceDocument } from '@checkout/domain';
import { FontNotLoadedError } from './errors';
import { type FontLibrary, openFontLibrary } from './fonts';
import { layoutInvoice, type PageLayout } from './invoiceLayout';
import { Typesetter } from './typesetter';
import { writeInvoicePdf } from './writeInvoicePdf';

export interface InvoiceRendererOptions {
  /**
   * Directory holding the font files listed by `invoiceFontFiles()` (by their `file` name). Default:
   * resolve them from node_modules. The bundled worker ships them in `dist/fonts/`.
   */
  fontDir?: string;
}

export interface InvoiceRenderer {
  /**
   * Renders an invoice to PDF bytes: A4, font fallback for any script (unrenderable characters
   * become U+FFFD), `invoice.json` attached. The same document always gives the same bytes, whatever
   * was rendered before. Renders on one renderer run one at a time. Throws
   * InvalidInvoiceDocumentError when `issuedAt` is not a date, InvoiceFontError when a font needed
   * for this document's text cannot be loaded.
   */
  render(doc: InvoiceDocument): Promise<Uint8Array>;
}

/**
 * Reads and parses the Latin fonts once, and checks the others exist (they are parsed on the first
 * document that needs them); keep one renderer per process. Throws InvoiceFontError when a font
 * file is missing.
 */
export async function createInvoiceRenderer(options: InvoiceRendererOptions = {}): Promise<InvoiceRenderer> {
  const fonts = await openFontLibrary(options.fontDir);
  const typesetter = new Typesetter(fonts);
  let queue: Promise<unknown> = Promise.resolve();
  return {
    render(doc) {
      const rendered = queue.then(async () => writeInvoicePdf(doc, await layoutWithFonts(doc, typesetter, fonts), fonts));
      queue = rendered.catch(() => undefined);
      return rendered;
    },
  };
}

/** Lays the document out, loading each face its text turns out to need and starting over. */
async function layoutWithFonts(doc: InvoiceDocument, typesetter: Typesetter, fonts: FontLibrary): Promise<PageLayout[]> {
  for (;;) {
    try {
      return layoutInvoice(doc, typesetter);
    } catch (error) {
      if (!(error instanceof FontNotLoadedError)) throw error;
      await fonts.load(error.face);
    }
  }
}
