import { createHash } from 'node:crypto';
import type { InvoiceDocument } from '@checkout/domain';
import { AFRelationship, PDFDocument, PDFHexString, type PDFFont, rgb, type RGB } from 'pdf-lib';
import { fontkitFor } from './fontkitAdapter';
import type { FaceKey, FontFaces } from './fonts';
import { PAGE_SIZE, type PageLayout, type Tone } from './invoiceLayout';
import { FONT_FEATURES } from './typesetter';

const TONES: Record<Tone, RGB> = {
  ink: rgb(0.11, 0.12, 0.14),
  muted: rgb(0.4, 0.42, 0.46),
  rule: rgb(0.82, 0.83, 0.85),
  band: rgb(0.94, 0.95, 0.96),
};

/** Name of the machine-readable copy of the invoice attached to every PDF. */
export const INVOICE_ATTACHMENT_NAME = 'invoice.json';

const CREATOR = '@checkout/invoice-worker';
const PRODUCER = 'pdf-lib 1.17 (https://github.com/Hopding/pdf-lib)';

/**
 * Writes laid-out pages to PDF bytes. Deterministic: every date comes from `issuedAt`, font names
 * are fixed, and the trailer /ID is a hash of the document, so the same document gives the same
 * bytes in any process.
 */
export async function writeInvoicePdf(doc: InvoiceDocument, pages: readonly PageLayout[], faces: FontFaces): Promise<Uint8Array> {
  const pdf = await PDFDocument.create({ updateMetadata: false });
  pdf.registerFontkit(fontkitFor(Object.values(faces)));

  const issuedAt = new Date(doc.issuedAt);
  pdf.setTitle(`Invoice ${doc.invoiceNumber}`);
  pdf.setAuthor(doc.seller.name);
  pdf.setSubject(`Invoice ${doc.invoiceNumber} for order ${doc.orderId}`);
  pdf.setKeywords(['invoice', doc.invoiceNumber, doc.orderId]);
  pdf.setCreator(CREATOR);
  pdf.setProducer(PRODUCER);
  pdf.setLanguage('en');
  pdf.setCreationDate(issuedAt);
  pdf.setModificationDate(issuedAt);

  const json = JSON.stringify(doc, null, 2);
  await pdf.attach(new TextEncoder().encode(json), INVOICE_ATTACHMENT_NAME, {
    mimeType: 'application/json',
    description: `Invoice ${doc.invoiceNumber} (machine-readable)`,
    creationDate: issuedAt,
    modificationDate: issuedAt,
    afRelationship: AFRelationship.Data,
  });

  // Only faces a page uses are embedded, so a Latin-only invoice carries no CJK subset.
  const fonts = new Map<FaceKey, PDFFont>();
  for (const key of usedFaces(pages)) {
    const face = faces[key];
    fonts.set(key, await pdf.embedFont(face.bytes, { subset: true, customName: face.pdfName, features: FONT_FEATURES }));
  }

  for (const layout of pages) {
    const page = pdf.addPage([...PAGE_SIZE]);
    for (const op of layout.ops) {
      const color = TONES[op.tone];
      if (op.kind === 'rect') {
        page.drawRectangle({ x: op.x, y: op.y, width: op.width, height: op.height, color });
      } else if (op.kind === 'rule') {
        page.drawLine({ start: { x: op.x1, y: op.y }, end: { x: op.x2, y: op.y }, thickness: op.thickness, color });
      } else {
        let x = op.x;
        for (const run of op.line.runs) {
          page.drawText(run.text, { x, y: op.y, size: op.line.size, font: fonts.get(run.face)!, color });
          x += run.width;
        }
      }
    }
  }

  // pdf-lib writes no /ID; readers and PDF/A expect one. Derived from the content, not random.
  const id = PDFHexString.of(createHash('sha256').update(json).digest('hex').slice(0, 32));
  pdf.context.trailerInfo.ID = pdf.context.obj([id, id]);

  return pdf.save({ useObjectStreams: true });
}

function usedFaces(pages: readonly PageLayout[]): FaceKey[] {
  const used = new Set<FaceKey>();
  for (const page of pages) {
    for (const op of page.ops) if (op.kind === 'text') for (const run of op.line.runs) used.add(run.face);
  }
  const order: FaceKey[] = ['sans', 'sansBold', 'cjk'];
  return order.filter((key) => used.has(key));
}
