import type { InvoiceDocument } from '@checkout/domain';
import { readColorProfile } from './colorProfile';
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
  /**
   * Path of the sRGB ICC profile of the PDF/A output intent (`colorProfileFile()`). Default: resolve
   * it from node_modules. The bundled worker ships it in `dist/color/`.
   */
  colorProfile?: string;
}

export interface RenderOptions {
  /**
   * The invoice's CII XML at the EN 16931 profile (UTF-8), embedded as `factur-x.xml`: the PDF is
   * then a Factur-X invoice. Without it the PDF is PDF/A-3b with no XML.
   */
  facturXml?: string | Uint8Array;
}

export interface InvoiceRenderer {
  /**
   * Renders an invoice to PDF/A-3b bytes: A4, font fallback for any script (unrenderable characters
   * become U+FFFD), `invoice.json` attached, and with `options.facturXml` a Factur-X invoice
   * (docs/decisions/factur-x.md). The same document and XML always give the same bytes, whatever
   * was rendered before and whatever the time zone. Renders on one renderer run one at a time.
   * Throws InvalidInvoiceDocumentError when `issuedAt` is not a date, InvoiceFontError when a font
   * needed for this document's text cannot be loaded.
   */
  render(doc: InvoiceDocument, options?: RenderOptions): Promise<Uint8Array>;
}

/**
 * Reads and parses the Latin fonts and the output intent's ICC profile once, and checks the other
 * fonts exist (they are parsed on the first document that needs them); keep one renderer per
 * process. Throws InvoiceFontError when a font file is missing, InvoiceColorProfileError when the
 * ICC profile is.
 */
export async function createInvoiceRenderer(options: InvoiceRendererOptions = {}): Promise<InvoiceRenderer> {
  const fonts = await openFontLibrary(options.fontDir);
  const colorProfile = await readColorProfile(options.colorProfile);
  const typesetter = new Typesetter(fonts);
  let queue: Promise<unknown> = Promise.resolve();
  return {
    render(doc, { facturXml } = {}) {
      const rendered = queue.then(async () =>
        writeInvoicePdf(doc, await layoutWithFonts(doc, typesetter, fonts), fonts, { colorProfile, facturXml }),
      );
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
