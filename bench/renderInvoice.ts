/**
 * Invoice PDF rendering, side by side in one process: our renderer against pdfkit with the same
 * DejaVu Sans TTF files and against pdf-lib with its built-in Helvetica (no font embedded), for 10
 * and 120 line items. Also the one-off cost of `createInvoiceRenderer()`.
 *
 * Method: every round renders a new PDF document of a new invoice (its invoice number and order id
 * change; line items and customer stay, as for one seller's catalogue). The three renderers take
 * turns within each round, so load from other processes on the machine falls on all of them alike.
 * 5 warm-up rounds, then 40 timed ones; median and p95 of the wall-clock times (performance.now),
 * and each median as a ratio of pdfkit's. pdfkit and pdf-lib draw the same invoice (the same texts,
 * word-wrapped by the bench with their own measurements, page breaks, repeated table header, "Page
 * X of Y" footers); pdfkit has no CJK fallback, so the Chinese characters of the customer's name are
 * drawn with DejaVu's .notdef glyph there, and dropped for Helvetica (WinAnsi only).
 */
import { readFileSync } from 'node:fs';
import { formatMoney, type InvoiceDocument } from '@checkout/domain';
import { PDFDocument as PdfLibDocument, type PDFFont, type PDFPage, rgb, StandardFonts } from 'pdf-lib';
import { createInvoiceRenderer, createInvoiceRendering, invoiceFontFiles } from '../invoice-worker/src/renderInvoice';
import { anInvoiceDocument } from '../invoice-worker/test/support/anInvoiceDocument';
import { machineLine } from './support/machine';

// pdfkit ships no types; this is the part the bench uses.
const PdfKitDocument = require('pdfkit') as new (options: object) => PdfKit;
interface PdfKit {
  registerFont(name: string, font: Buffer): void;
  font(name: string): PdfKit;
  fontSize(size: number): PdfKit;
  fillColor(color: string): PdfKit;
  text(text: string, x: number, y: number, options: { lineBreak: false }): PdfKit;
  widthOfString(text: string): number;
  rect(x: number, y: number, width: number, height: number): PdfKit;
  fill(color: string): PdfKit;
  moveTo(x: number, y: number): PdfKit;
  lineTo(x: number, y: number): PdfKit;
  lineWidth(width: number): PdfKit;
  stroke(color: string): PdfKit;
  addPage(): PdfKit;
  switchToPage(index: number): PdfKit;
  bufferedPageRange(): { start: number; count: number };
  on(event: 'data', listener: (chunk: Buffer) => void): PdfKit;
  on(event: 'end', listener: () => void): PdfKit;
  end(): void;
}

export interface BenchResult {
  name: string;
  median_ms: number;
  p95_ms: number;
  /** Median as a multiple of pdfkit's median for the same invoice. */
  vs_pdfkit?: number;
  runs: number;
  /** Size of the produced PDF, where the case produces one. */
  bytes?: number;
}

const WARM_UP = 5;
const RUNS = 40;
const CUSTOMER = 'Łukasz Żółć · Nguyễn Văn A · 张伟 · Ærøskøbing';

type Render = (doc: InvoiceDocument) => Promise<Uint8Array>;

export async function benchRenderInvoice(): Promise<BenchResult[]> {
  const results: BenchResult[] = [];

  const startups: number[] = [];
  for (let run = 0; run < 5; run++) {
    const started = performance.now();
    await createInvoiceRenderer();
    startups.push(performance.now() - started);
  }
  results.push({ name: 'createInvoiceRenderer (read + parse Latin fonts)', ...summarise(startups) });

  const ours = await createInvoiceRenderer();
  const eInvoice = await createInvoiceRendering();
  const fontFile = (name: string) => readFileSync(invoiceFontFiles().find(({ file }) => file === name)!.source);
  const dejaVu = { regular: fontFile('DejaVuSans.ttf'), bold: fontFile('DejaVuSans-Bold.ttf') };
  const renderers: [string, Render][] = [
    ['ours (pdf-lib, DejaVu + Noto SC subsets)', (doc) => ours.render(doc)],
    ['ours, as issued: CII + UBL written, Factur-X PDF/A-3b', async (doc) => (await eInvoice(doc)).pdf],
    ['pdfkit (DejaVu TTF subsets)', (doc) => drawInvoice(doc, new PdfKitSurface(dejaVu))],
    ['pdf-lib drawText (Helvetica, not embedded)', async (doc) => drawInvoice(doc, await PdfLibSurface.create())],
  ];

  for (const lines of [10, 120]) {
    const times = renderers.map((): number[] => []);
    const bytes = renderers.map(() => 0);
    for (let round = 0; round < WARM_UP + RUNS; round++) {
      const doc = anInvoiceDocument({
        lines,
        billTo: { name: CUSTOMER },
        invoiceNumber: `INV-2025-${String(round + 1).padStart(6, '0')}`,
        orderId: `01JC3Z5V8R4W2K6M9P1Q7T${String(round).padStart(4, '0')}`,
      });
      for (const [index, [, render]] of renderers.entries()) {
        const started = performance.now();
        const pdf = await render(doc);
        if (round >= WARM_UP) times[index]!.push(performance.now() - started);
        bytes[index] = pdf.length;
      }
    }
    const pdfkitMedian = median(times[2]!);
    renderers.forEach(([name], index) => {
      const summary = summarise(times[index]!);
      const vs_pdfkit = Math.round((median(times[index]!) / pdfkitMedian) * 100) / 100;
      results.push({ name: `${lines} lines: ${name}`, ...summary, vs_pdfkit, bytes: bytes[index] });
    });
  }
  return results;
}

// ---- the same invoice for pdfkit and pdf-lib: a plain layout on top of each library's own text measuring

type Colour = 'ink' | 'muted' | 'rule' | 'band';
const COLOURS: Record<Colour, [number, number, number]> = {
  ink: [0.11, 0.12, 0.14],
  muted: [0.4, 0.42, 0.46],
  rule: [0.82, 0.83, 0.85],
  band: [0.94, 0.95, 0.96],
};

/** Drawing on A4 with y measured from the top of the page, as the invoice is laid out. */
interface Surface {
  width(text: string, bold: boolean, size: number): number;
  text(text: string, x: number, baseline: number, bold: boolean, size: number, colour: Colour): void;
  rect(x: number, top: number, width: number, height: number, colour: Colour): void;
  rule(x1: number, x2: number, y: number, thickness: number, colour: Colour): void;
  addPage(): void;
  /** Runs `draw` on each page in turn, with its index and the page count. */
  eachPage(draw: (index: number, count: number) => void): void;
  finish(): Promise<Uint8Array>;
}

const WIDTH = 595.28;
const HEIGHT = 841.89;
const LEFT = 48;
const RIGHT = WIDTH - 48;
const BOTTOM = HEIGHT - 76;

async function drawInvoice(doc: InvoiceDocument, surface: Surface): Promise<Uint8Array> {
  const wrap = (text: string, bold: boolean, size: number, maxWidth: number): string[] => {
    const lines: string[] = [];
    let line = '';
    for (const word of text.split(' ')) {
      const candidate = line ? `${line} ${word}` : word;
      if (line && surface.width(candidate, bold, size) > maxWidth) {
        lines.push(line);
        line = word;
      } else line = candidate;
    }
    return line ? [...lines, line] : lines;
  };
  const right = (text: string, x: number, y: number, bold: boolean, size: number, colour: Colour) =>
    surface.text(text, x - surface.width(text, bold, size), y, bold, size, colour);

  let y = 48 + 13;
  surface.text(doc.seller.name, LEFT, y, true, 13, 'ink');
  right('Invoice', RIGHT, 48 + 20, true, 24, 'ink');
  for (const line of [...doc.seller.addressLines, doc.seller.email, `Tax ID: ${doc.seller.vatId}`]) {
    surface.text(line, LEFT, (y += 11.7), false, 9, 'ink');
  }
  const meta: [string, string][] = [
    ['Invoice number', doc.invoiceNumber],
    ['Issue date', doc.issuedAt.slice(0, 10)],
    ['Due date', doc.dueDate ?? ''],
    ['Order ID', doc.orderId],
  ];
  meta.forEach(([label, value], index) => {
    surface.text(label, 300, 97 + index * 13.7, false, 9, 'muted');
    right(value, RIGHT, 97 + index * 13.7, index === 0, 9, 'ink');
  });
  surface.text('BILL TO', LEFT, (y += 30), true, 8, 'muted');
  for (const line of wrap(doc.billTo.name, true, 11, 240)) surface.text(line, LEFT, (y += 14), true, 11, 'ink');
  for (const line of [...doc.billTo.addressLines, doc.billTo.email]) surface.text(line, LEFT, (y += 11.7), false, 9, 'ink');

  const tableHeader = () => {
    surface.rect(LEFT, y, RIGHT - LEFT, 18, 'band');
    for (const [label, x] of [['SKU', 52], ['Description', 128]] as const) surface.text(label, x, y + 12, true, 8, 'muted');
    for (const [label, x] of [['Qty', 370], ['Unit price', 456], ['Amount', RIGHT - 4]] as const) right(label, x, y + 12, true, 8, 'muted');
    y += 18;
  };
  y += 20;
  tableHeader();
  for (const item of doc.lines) {
    const description = wrap(item.description, false, 9, 204);
    const height = 8 + description.length * 11.7;
    if (y + height > BOTTOM) {
      surface.addPage();
      y = 48;
      surface.text(`Invoice ${doc.invoiceNumber} (continued)`, LEFT, y + 10, true, 10, 'ink');
      y += 24;
      tableHeader();
    }
    surface.text(item.sku, 52, y + 13, false, 8, 'ink');
    description.forEach((line, index) => surface.text(line, 128, y + 13 + index * 11.7, false, 9, 'ink'));
    right(String(item.quantity), 370, y + 13, false, 9, 'ink');
    right(formatMoney(item.unitPriceMinor, doc.currency), 456, y + 13, false, 9, 'ink');
    right(formatMoney(item.lineTotalMinor, doc.currency), RIGHT - 4, y + 13, false, 9, 'ink');
    y += height;
    surface.rule(LEFT, RIGHT, y, 0.5, 'rule');
  }
  if (y + 70 > BOTTOM) {
    surface.addPage();
    y = 48;
  }
  const totals: [string, number][] = [
    ['Subtotal', doc.subtotalMinor],
    ['Tax', doc.taxMinor],
  ];
  for (const [label, amount] of totals) {
    surface.text(label, 304, (y += 21), false, 9, 'muted');
    right(formatMoney(amount, doc.currency), RIGHT - 4, y, false, 9, 'ink');
  }
  surface.rule(300, RIGHT, (y += 8), 1, 'ink');
  surface.text('Total', 304, (y += 16), true, 11, 'ink');
  right(formatMoney(doc.totalMinor, doc.currency), RIGHT - 4, y, true, 11, 'ink');

  const note = `${doc.seller.name} · Tax ID ${doc.seller.vatId} · Payment due by ${doc.dueDate}`;
  surface.eachPage((index, count) => {
    surface.rule(LEFT, RIGHT, HEIGHT - 58, 0.5, 'rule');
    surface.text(note, LEFT, HEIGHT - 44, false, 8, 'muted');
    right(`Page ${index + 1} of ${count}`, RIGHT, HEIGHT - 44, false, 8, 'muted');
  });
  return surface.finish();
}

class PdfKitSurface implements Surface {
  private readonly doc: PdfKit;
  private readonly hex = Object.fromEntries(
    Object.entries(COLOURS).map(([tone, components]) => [tone, `#${components.map((c) => Math.round(c * 255).toString(16).padStart(2, '0')).join('')}`]),
  ) as Record<Colour, string>;

  constructor(fonts: { regular: Buffer; bold: Buffer }) {
    this.doc = new PdfKitDocument({ size: 'A4', margin: 0, bufferPages: true, compress: true });
    this.doc.registerFont('regular', fonts.regular);
    this.doc.registerFont('bold', fonts.bold);
  }

  width(text: string, bold: boolean, size: number): number {
    return this.doc.font(bold ? 'bold' : 'regular').fontSize(size).widthOfString(text);
  }

  text(text: string, x: number, baseline: number, bold: boolean, size: number, colour: Colour): void {
    // pdfkit places text by its top; 0.76 em is DejaVu's ascent, close enough for the benchmark.
    this.doc.font(bold ? 'bold' : 'regular').fontSize(size).fillColor(this.hex[colour]).text(text, x, baseline - size * 0.76, { lineBreak: false });
  }

  rect(x: number, top: number, width: number, height: number, colour: Colour): void {
    this.doc.rect(x, top, width, height).fill(this.hex[colour]);
  }

  rule(x1: number, x2: number, y: number, thickness: number, colour: Colour): void {
    this.doc.moveTo(x1, y).lineTo(x2, y).lineWidth(thickness).stroke(this.hex[colour]);
  }

  addPage(): void {
    this.doc.addPage();
  }

  eachPage(draw: (index: number, count: number) => void): void {
    const { count } = this.doc.bufferedPageRange();
    for (let index = 0; index < count; index++) {
      this.doc.switchToPage(index);
      draw(index, count);
    }
  }

  finish(): Promise<Uint8Array> {
    return new Promise((resolve) => {
      const chunks: Buffer[] = [];
      this.doc.on('data', (chunk) => chunks.push(chunk));
      this.doc.on('end', () => resolve(Buffer.concat(chunks)));
      this.doc.end();
    });
  }
}

class PdfLibSurface implements Surface {
  private readonly pages: PDFPage[] = [];
  private page!: PDFPage;

  private constructor(
    private readonly pdf: PdfLibDocument,
    private readonly fonts: { regular: PDFFont; bold: PDFFont },
  ) {
    this.addPage();
  }

  static async create(): Promise<PdfLibSurface> {
    const pdf = await PdfLibDocument.create();
    const [regular, bold] = await Promise.all([pdf.embedFont(StandardFonts.Helvetica), pdf.embedFont(StandardFonts.HelveticaBold)]);
    return new PdfLibSurface(pdf, { regular, bold });
  }

  width(text: string, bold: boolean, size: number): number {
    return this.font(bold).widthOfTextAtSize(winAnsi(text), size);
  }

  text(text: string, x: number, baseline: number, bold: boolean, size: number, colour: Colour): void {
    this.page.drawText(winAnsi(text), { x, y: HEIGHT - baseline, size, font: this.font(bold), color: rgb(...COLOURS[colour]) });
  }

  rect(x: number, top: number, width: number, height: number, colour: Colour): void {
    this.page.drawRectangle({ x, y: HEIGHT - top - height, width, height, color: rgb(...COLOURS[colour]) });
  }

  rule(x1: number, x2: number, y: number, thickness: number, colour: Colour): void {
    this.page.drawLine({ start: { x: x1, y: HEIGHT - y }, end: { x: x2, y: HEIGHT - y }, thickness, color: rgb(...COLOURS[colour]) });
  }

  addPage(): void {
    this.page = this.pdf.addPage([WIDTH, HEIGHT]);
    this.pages.push(this.page);
  }

  eachPage(draw: (index: number, count: number) => void): void {
    this.pages.forEach((page, index) => {
      this.page = page;
      draw(index, this.pages.length);
    });
  }

  finish(): Promise<Uint8Array> {
    return this.pdf.save();
  }

  private font(bold: boolean): PDFFont {
    return bold ? this.fonts.bold : this.fonts.regular;
  }
}

/** Helvetica in pdf-lib encodes WinAnsi only: other characters are dropped. */
const winAnsi = (text: string): string => text.replace(/[^\x20-\x7E\u00A0-\u00FF·]/g, '');

function median(times: readonly number[]): number {
  const sorted = [...times].sort((a, b) => a - b);
  return sorted[Math.floor((sorted.length - 1) / 2)]!;
}

function summarise(times: number[]): Pick<BenchResult, 'median_ms' | 'p95_ms' | 'runs'> {
  const sorted = [...times].sort((a, b) => a - b);
  const at = (quantile: number) => sorted[Math.min(sorted.length - 1, Math.ceil(quantile * sorted.length) - 1)]!;
  const round = (ms: number) => Math.round(ms * 10) / 10;
  return { median_ms: round(at(0.5)), p95_ms: round(at(0.95)), runs: sorted.length };
}

if (require.main === module) {
  benchRenderInvoice().then(
    (results) => {
      console.log(machineLine());
      console.table(results);
    },
    (error: unknown) => {
      console.error(error);
      process.exitCode = 1;
    },
  );
}
