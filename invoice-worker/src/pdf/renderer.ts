import type { InvoiceDocument } from '@checkout/domain';
import { type FontFaces, loadFontFaces } from './fonts';
import { layoutInvoice } from './invoiceLayout';
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
   * InvalidInvoiceDocumentError when `issuedAt` is not a date.
   */
  render(doc: InvoiceDocument): Promise<Uint8Array>;
}

/**
 * Reads and parses the fonts once; keep one renderer per process. Throws InvoiceFontError when a
 * font file is missing.
 */
export async function createInvoiceRenderer(options: InvoiceRendererOptions = {}): Promise<InvoiceRenderer> {
  const faces = await loadFontFaces(options.fontDir);
  let queue: Promise<unknown> = Promise.resolve();
  return {
    render(doc) {
      const rendered = queue.then(() => renderOne(doc, faces));
      queue = rendered.catch(() => undefined);
      return rendered;
    },
  };
}

async function renderOne(doc: InvoiceDocument, faces: FontFaces): Promise<Uint8Array> {
  forgetGlyphs(faces);
  const pages = layoutInvoice(doc, new Typesetter(faces));
  return writeInvoicePdf(doc, pages, faces);
}

/**
 * fontkit caches glyph objects per font, keyed by glyph id, and a glyph remembers the code points it
 * was first looked up by; pdf-lib writes those into the PDF's ToUnicode map. Two characters that
 * share a glyph would make a document's bytes depend on what the process rendered before, so each
 * render starts from an empty glyph cache (the parsed tables, the expensive part, are kept). This
 * is also why renders on one renderer are serialised.
 */
function forgetGlyphs(faces: FontFaces): void {
  for (const face of Object.values(faces)) (face.font as unknown as { _glyphs: object })._glyphs = {};
}
