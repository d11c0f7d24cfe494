import { createHash } from 'node:crypto';
import type { InvoiceDocument } from '@checkout/domain';
import { AFRelationship, PDFDocument, PDFHexString, PDFName } from 'pdf-lib';
import type { ColorProfile } from './colorProfile';
import { type EmbeddedFont, embedFont } from './embedFont';
import { FACE_KEYS, type FaceKey, type FontLibrary } from './fonts';
import { type GlyphPlacement, NO_TEXT } from './glyphLayout';
import { type DrawOp, PAGE_SIZE, type PageLayout, type Tone } from './invoiceLayout';
import { makePdfA3FacturX } from './pdfA3FacturX';
import { flateStream } from './flateStream';

/** RGB components of each tone, as written in content streams. */
const TONES: Record<Tone, string> = {
  ink: '0.11 0.12 0.14',
  muted: '0.4 0.42 0.46',
  rule: '0.82 0.83 0.85',
  band: '0.94 0.95 0.96',
};

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
  const what = doc.typeCode === '381' ? 'Credit note' : 'Invoice';

  const issuedAt = new Date(doc.issuedAt);
  const facturXml = typeof parts.facturXml === 'string' ? new TextEncoder().encode(parts.facturXml) : parts.facturXml;
  // Before invoice.json: see makePdfA3FacturX on the order of attachments.
  await makePdfA3FacturX(
    pdf,
    {
      title: `${what} ${doc.invoiceNumber}`,
      author: doc.seller.name,
      subject: `${what} ${doc.invoiceNumber} for order ${doc.orderId}${doc.precedingInvoice ? `, crediting invoice ${doc.precedingInvoice.invoiceNumber}` : ''}`,
      keywords: [what.toLowerCase(), doc.invoiceNumber, doc.orderId, ...(doc.precedingInvoice ? [doc.precedingInvoice.invoiceNumber] : [])],
      creator: CREATOR,
      producer: PRODUCER,
      language: 'en',
      issuedAt,
    },
    parts.colorProfile,
    facturXml && { xml: facturXml, description: `${what} ${doc.invoiceNumber} (Factur-X, EN 16931)` },
  );

  const json = JSON.stringify(doc, null, 2);
  await pdf.attach(new TextEncoder().encode(json), INVOICE_ATTACHMENT_NAME, {
    mimeType: 'application/json',
    description: `${what} ${doc.invoiceNumber} (machine-readable)`,
    creationDate: issuedAt,
    modificationDate: issuedAt,
    afRelationship: AFRelationship.Data,
  });

  // Only faces a page uses are embedded, so a Latin-only invoice carries no CJK subset.
  const embedded = new Map<FaceKey, EmbeddedFont>();
  for (const [key, textsOf] of glyphsUsed(pages)) {
    embedded.set(key, embedFont(pdf.context, fonts.loaded(key)!, key, textsOf));
  }

  for (const layout of pages) {
    const page = pdf.addPage([...PAGE_SIZE]);
    const { content, faces } = pageContent(layout.ops, embedded);
    page.node.set(PDFName.of('Contents'), pdf.context.register(flateStream(pdf.context, content)));
    for (const key of FACE_KEYS) {
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
 * Per face, in embedding order, each glyph the pages draw and the texts it stands for (in order of
 * first use, in page order).
 */
function glyphsUsed(pages: readonly PageLayout[]): Map<FaceKey, Map<number, string[]>> {
  const used = new Map<FaceKey, Map<number, string[]>>();
  for (const page of pages) {
    for (const op of page.ops) {
      if (op.kind !== 'text') continue;
      for (const run of op.line.runs) {
        let glyphs = used.get(run.face);
        if (!glyphs) used.set(run.face, (glyphs = new Map()));
        const { ids, unicode } = run.glyphs;
        for (let index = 0; index < ids.length; index++) {
          const texts = glyphs.get(ids[index]!);
          if (!texts) glyphs.set(ids[index]!, [unicode[index]!]);
          else if (!texts.includes(unicode[index]!)) texts.push(unicode[index]!);
        }
      }
    }
  }
  return new Map(FACE_KEYS.filter((key) => used.has(key)).map((key) => [key, used.get(key)!]));
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
    const { runs, size } = op.line;
    const draw = (run: (typeof runs)[number]) => {
      const embedded = fonts.get(run.face)!;
      faces.add(run.face);
      const selected = `/${run.face} ${num(size)} Tf`;
      if (font !== selected) out.push((font = selected));
      const { ids, unicode, placements } = run.glyphs;
      const codes = ids.map((id, index) => embedded.codeOf(id, unicode[index]!));
      if (placements) out.push(...placedGlyphs(codes, unicode, placements, size));
      else out.push(`<${codes.join('')}> Tj`);
    };
    // Each run starts where the previous one ended (the font's widths are the advances measured),
    // unless bidi reordered the runs or positioning moved the pen: then each run is placed where it
    // is seen, and written in reading order, the order text extraction follows.
    let x = op.x;
    const placed = runs.map((run) => ({ run, x: (x += run.width) - run.width }));
    const reordered = runs.some((run) => run.order !== undefined);
    if (reordered) placed.sort((a, b) => a.run.order! - b.run.order!);
    let moved = true;
    for (const { run, x: left } of placed) {
      if (moved) out.push(`1 0 0 1 ${num(left)} ${num(op.y)} Tm`);
      draw(run);
      moved = reordered || run.glyphs.placements !== undefined;
    }
  }
  out.push('ET');
  return { content: out.join('\n'), faces };
}

/**
 * Glyphs the font's positioning moved (marks, Arabic dots), drawn with TJ: a number in a TJ array
 * moves the pen left by that many thousandths of the font size, so each glyph is put at its pen
 * position plus offset. Vertical offsets are text rise (Ts), reset to 0 after the run. Glyphs that
 * stand for no text come last: text extraction then sees the letters in order without the jumps
 * to the dots between them (pdf.js reads a jump to the right as a space). Leaves the pen anywhere.
 */
function placedGlyphs(codes: readonly string[], texts: readonly string[], placements: readonly GlyphPlacement[], size: number): string[] {
  const out: string[] = [];
  const pens: number[] = [];
  let pen = 0;
  for (const { advance } of placements) {
    pens.push(pen);
    pen += advance;
  }
  const order = [...codes.keys()].sort((a, b) => Number(texts[a] === NO_TEXT) - Number(texts[b] === NO_TEXT) || a - b);
  let items = '';
  let rise = 0;
  let drawnTo = 0; // where the reader's pen is, in 1/1000 em from the run's start
  const flush = () => {
    if (items) out.push(`[${items}] TJ`);
    items = '';
  };
  for (const index of order) {
    const { dx, dy, width } = placements[index]!;
    if (dy !== rise) {
      flush();
      out.push(`${num((dy * size) / 1000)} Ts`);
      rise = dy;
    }
    const shift = num(drawnTo - (pens[index]! + dx));
    if (shift !== '0') items += `${shift} `;
    items += `<${codes[index]}>`;
    drawnTo = pens[index]! + dx + width;
  }
  flush();
  if (rise !== 0) out.push('0 Ts');
  return out;
}

/** A number rounded to a thousandth (of a point), as written in the content stream. */
function num(value: number): string {
  const rounded = Math.round(value * 1000);
  return rounded === 0 ? '0' : String(rounded / 1000);
}
