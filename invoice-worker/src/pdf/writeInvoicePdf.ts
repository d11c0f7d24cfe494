import { createHash } from 'node:crypto';
import type { InvoiceDocument } from '@checkout/domain';
import { AFRelationship, PDFDocument, PDFHexString, PDFName } from 'pdf-lib';
import type { ColorProfile } from './colorProfile';
import { type EmbeddedFont, embedFont } from './embedFont';
import type { FaceKey, FontLibrary } from './fonts';
import { type DrawOp, PAGE_SIZE, type PageLayout, type Tone } from './invoiceLayout';
import { makePdfA3FacturX } from './pdfA3FacturX';

/** RGB components of each tone, as written in content streams. */
const TONES: Record<Tone, string> = {
  ink: '0.11 0.12 0.14',
  muted: '0.4 0.42 0.46',
  rule: '0.82 0.83 0.85',
  band: '0.94 0.95 0.96',
};

/** Faces in the order they are embedded, with their resource names. */
const FACE_ORDER: readonly FaceKey[] = ['sans', 'sansBold', 'cjk'];

/** Name of the machine-readable copy of the invoice attached to every PDF. */
export const INVOICE_ATTACHMENT_NAME = 'invoice.json';

const CREATOR = '@checkout/invoice-worker';
const PRODUCER = 'pdf-lib 1.17 (https://github.com/Hopding/pdf-lib)';

/** What makes the PDF a PDF/A-3b Factur-X file: the output intent's profile and the invoice's CII XML. */
export interface PdfA3Parts {
  colorProfile: ColorProfile;
  /** CII XML (EN 16931) embedded as factur-x.xml; without it the file is PDF/A-3b only. */
  facturXml?: string | Uint8Array;
}

/**
 * Writes laid-out pages to PDF/A-3b bytes (Factur-X when `parts.facturXml` is given). Text is drawn
 * from the glyphs the typesetter shaped (nothing is shaped again), one text object per page.
 * Deterministic: every date comes from `issuedAt`, font names are fixed, font subsets depend only
 * on the glyphs used, and the trailer /ID is a hash of the document and its XML, so the same
 * document gives the same bytes in any process.
 */
export async function writeInvoicePdf(
  doc: InvoiceDocument,
  pages: readonly PageLayout[],
  fonts: FontLibrary,
  parts: PdfA3Parts,
): Promise<Uint8Array> {
  const pdf = await PDFDocument.create({ updateMetadata: false });

  const issuedAt = new Date(doc.issuedAt);
  const facturXml = typeof parts.facturXml === 'string' ? new TextEncoder().encode(parts.facturXml) : parts.facturXml;
  // Before invoice.json: see makePdfA3FacturX on the order of attachments.
  await makePdfA3FacturX(
    pdf,
    {
      title: `Invoice ${doc.invoiceNumber}`,
      author: doc.seller.name,
      subject: `Invoice ${doc.invoiceNumber} for order ${doc.orderId}`,
      keywords: ['invoice', doc.invoiceNumber, doc.orderId],
      creator: CREATOR,
      producer: PRODUCER,
      language: 'en',
      issuedAt,
    },
    parts.colorProfile,
    facturXml && { xml: facturXml, description: `Invoice ${doc.invoiceNumber} (Factur-X, EN 16931)` },
  );

  const json = JSON.stringify(doc, null, 2);
  await pdf.attach(new TextEncoder().encode(json), INVOICE_ATTACHMENT_NAME, {
    mimeType: 'application/json',
    description: `Invoice ${doc.invoiceNumber} (machine-readable)`,
    creationDate: issuedAt,
    modificationDate: issuedAt,
    afRelationship: AFRelationship.Data,
  });

  // Only faces a page uses are embedded, so a Latin-only invoice carries no CJK subset.
  const embedded = new Map<FaceKey, EmbeddedFont>();
  for (const [key, unicodeOf] of glyphsUsed(pages)) {
    embedded.set(key, embedFont(pdf.context, fonts.loaded(key)!, key, unicodeOf));
  }

  for (const layout of pages) {
    const page = pdf.addPage([...PAGE_SIZE]);
    const { content, faces } = pageContent(layout.ops, embedded);
    page.node.set(PDFName.of('Contents'), pdf.context.register(pdf.context.flateStream(content)));
    for (const key of FACE_ORDER) {
      const font = embedded.get(key);
      if (font && faces.has(key)) page.node.setFontDictionary(font.resource, font.ref);
    }
  }

  // pdf-lib writes no /ID; readers and PDF/A expect one. Derived from the content, not random.
  const hash = createHash('sha256').update(json);
  if (facturXml) hash.update(facturXml);
  const id = PDFHexString.of(hash.digest('hex').slice(0, 32));
  pdf.context.trailerInfo.ID = pdf.context.obj([id, id]);

  return pdf.save({ useObjectStreams: true });
}

/**
 * Per face, in embedding order, each glyph the pages draw and the text it stands for (from its
 * first use, in page order).
 */
function glyphsUsed(pages: readonly PageLayout[]): Map<FaceKey, Map<number, string>> {
  const used = new Map<FaceKey, Map<number, string>>();
  for (const page of pages) {
    for (const op of page.ops) {
      if (op.kind !== 'text') continue;
      for (const run of op.line.runs) {
        let glyphs = used.get(run.face);
        if (!glyphs) used.set(run.face, (glyphs = new Map()));
        const { ids, unicode } = run.glyphs;
        for (let index = 0; index < ids.length; index++) if (!glyphs.has(ids[index]!)) glyphs.set(ids[index]!, unicode[index]!);
      }
    }
  }
  return new Map(FACE_ORDER.filter((key) => used.has(key)).map((key) => [key, used.get(key)!]));
}

/**
 * The content stream of one page: rectangles and rules first, then all text in one BT/ET, with
 * font, size and colour set only when they change. No graphic overlaps text, so drawing graphics first looks the same as drawing in order.
 */
function pageContent(ops: readonly DrawOp[], fonts: ReadonlyMap<FaceKey, EmbeddedFont>): { content: string; faces: Set<FaceKey> } {
  const out: string[] = [];
  const faces = new Set<FaceKey>();
  let fill = '';
  let stroke = '';
  let lineWidth = '';
  for (const op of ops) {
    if (op.kind === 'rect') {
      if (fill !== op.tone) out.push(`${TONES[(fill = op.tone)]} rg`);
      out.push(`${num(op.x)} ${num(op.y)} ${num(op.width)} ${num(op.height)} re f`);
    } else if (op.kind === 'rule') {
      if (stroke !== op.tone) out.push(`${TONES[(stroke = op.tone)]} RG`);
      if (lineWidth !== num(op.thickness)) out.push(`${(lineWidth = num(op.thickness))} w`);
      out.push(`${num(op.x1)} ${num(op.y)} m ${num(op.x2)} ${num(op.y)} l S`);
    }
  }

  out.push('BT');
  let font = '';
  for (const op of ops) {
    if (op.kind !== 'text') continue;
    if (fill !== op.tone) out.push(`${TONES[(fill = op.tone)]} rg`);
    // Absolute, not relative (Td): a reader adding up relative moves in floating point lands a
    // hair off the grid and rasterises the first glyph differently.
    out.push(`1 0 0 1 ${num(op.x)} ${num(op.y)} Tm`);
    // Each run continues where the previous one ended: the font's widths are the advances measured.
    for (const run of op.line.runs) {
      const embedded = fonts.get(run.face)!;
      faces.add(run.face);
      const selected = `/${run.face} ${num(op.line.size)} Tf`;
      if (font !== selected) out.push((font = selected));
      let codes = '';
      for (const id of run.glyphs.ids) codes += embedded.codeOf.get(id)!;
      out.push(`<${codes}> Tj`);
    }
  }
  out.push('ET');
  return { content: out.join('\n'), faces };
}

/** A number rounded to a thousandth (of a point), as written in the content stream. */
function num(value: number): string {
  const rounded = Math.round(value * 1000);
  return rounded === 0 ? '0' : String(rounded / 1000);
}
