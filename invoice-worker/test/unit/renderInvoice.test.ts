import { copyFile, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { formatAmount, formatRate, type InvoiceDocument, MAX_AMOUNT_MINOR } from '@checkout/domain';
import { PDFDocument, PDFName } from 'pdf-lib';
import { openFontLibrary } from '../../src/pdf/fonts';
import { type DrawOp, layoutInvoice, PAGE_SIZE, type PageLayout } from '../../src/pdf/invoiceLayout';
import { Typesetter } from '../../src/pdf/typesetter';
import {
  createInvoiceRenderer,
  INVOICE_ATTACHMENT_NAME,
  InvalidInvoiceDocumentError,
  InvoiceFontError,
  type InvoiceRenderer,
  invoiceFontFiles,
} from '../../src/renderInvoice';
import { anInvoiceDocument, skuOf } from '../support/anInvoiceDocument';
import { extractPdfAttachments, extractPdfText } from '../support/pdfText';

let renderer: InvoiceRenderer;
beforeAll(async () => {
  renderer = await createInvoiceRenderer();
});

const textOf = async (doc: InvoiceDocument) => extractPdfText(await renderer.render(doc));
const sameBytes = (a: Uint8Array, b: Uint8Array) => Buffer.from(a).equals(Buffer.from(b));
/** Euros as the test seller's locale (en-GB) writes them: €1,234.56. */
const euros = (amountMinor: number) => formatAmount(amountMinor, 'EUR', 'en-GB');

describe('renderInvoice', () => {
  it('shows the seller with its VAT ID, the invoice number, issue, supply and due dates, the order id and the bill-to block', async () => {
    const doc = anInvoiceDocument({ issuedAt: '2025-03-14T23:59:59.000Z', dueDate: '2025-03-28', billTo: { vatId: 'FR40303265045', reference: 'PO-7781' } });

    const [page] = await textOf(doc);

    for (const expected of [
      'Acme Widgets Ltd',
      '1 Market Street',
      'billing@acme.example',
      'VAT ID: GB123456789',
      'Invoice',
      'Invoice number INV-2025-000042',
      'Issue date 14 Mar 2025',
      'Date of supply 13 Mar 2025',
      'Due date 28 Mar 2025',
      'Order ID 01JC3Z5V8R4W2K6M9P1Q7T0XYZ',
      'Your reference PO-7781',
      'BILL TO',
      'Ada Lovelace',
      '12 Analytical Row',
      'ada@example.com',
      'VAT ID: FR40303265045',
      'Bank transfer to IBAN DE02120300000000202051, BIC BYLADEM1001, reference INV-2025-000042',
    ]) {
      expect(page).toContain(expected);
    }
  });

  it.each([
    ['Polish', 'Łukasz Żółć'],
    ['Vietnamese', 'Nguyễn Văn A'],
    ['Chinese', '张伟'],
    ['Danish', 'Ærøskøbing'],
  ])('renders a %s customer name as extractable text', async (_script, name) => {
    const [page] = await textOf(anInvoiceDocument({ billTo: { name } }));

    expect(page).toContain(name);
  });

  it('renders mixed scripts within one line item description', async () => {
    const description = 'Kabel für Łódź, 张伟 and Nguyễn';

    const [page] = await textOf(anInvoiceDocument({ lines: [{ sku: 'MIX-1', description }] }));

    expect(page).toContain(description);
  });

  it('replaces characters no font has with U+FFFD instead of failing', async () => {
    // Tibetan and an unassigned code point: no face has them. The unicorn is Noto Emoji's.
    const [page] = await textOf(anInvoiceDocument({ billTo: { name: 'Uni 🦄 corn \u0F40 \u{10FFFF} end' } }));

    expect(page).toContain('Uni 🦄 corn \uFFFD \uFFFD end');
  });

  it('lists every line item with its SKU, quantity, unit price and line total', async () => {
    const doc = anInvoiceDocument({ lines: 10 });

    const text = (await textOf(doc)).join('\n');

    for (const line of doc.lines) {
      expect(text).toContain(
        `${line.sku} ${line.description.split(' ').slice(0, 3).join(' ')}`,
      );
      expect(text).toContain(`${line.quantity} ${euros(line.unitPriceMinor)} 20% ${euros(line.lineTotalMinor)}`);
    }
  });

  it('shows subtotal, the tax rate as a percentage and the total', async () => {
    const doc = anInvoiceDocument({ lines: 2, taxRateBps: 1950 });

    const [page] = await textOf(doc);

    expect(page).toContain(`Subtotal ${euros(doc.subtotalMinor)}`);
    expect(page).toContain(`VAT 19.5% on ${euros(doc.subtotalMinor)} ${euros(doc.taxMinor)}`);
    expect(page).toContain(`Total ${euros(doc.totalMinor)}`);
  });

  it('breaks VAT down per category and rate, with the rate on every line and the notes exempt and reverse-charged lines need', async () => {
    const doc = anInvoiceDocument({
      lines: [
        { sku: 'BOOK', quantity: 2, unitPriceMinor: 1500, taxRateBps: 700 },
        { sku: 'MUG', quantity: 1, unitPriceMinor: 1000, taxRateBps: 1900 },
        { sku: 'COURSE', quantity: 1, unitPriceMinor: 5000, taxRateBps: 0, vatCategory: 'E' },
      ],
    });
    const exempt = { ...doc.vatBreakdown[2]!, exemptionReason: 'Education services, Art. 132(1)(i) 2006/112/EC' };

    const [page] = await textOf({ ...doc, vatBreakdown: [doc.vatBreakdown[0]!, doc.vatBreakdown[1]!, exempt] });

    expect(doc.vatBreakdown.map((entry) => entry.taxMinor)).toEqual([190, 210, 0]);
    expect(page).toContain(`2 ${euros(1500)} 7% ${euros(3000)}`);
    expect(page).toContain(`1 ${euros(1000)} 19% ${euros(1000)}`);
    expect(page).toContain(`1 ${euros(5000)} E 0% ${euros(5000)}`);
    expect(page).toContain(`VAT 19% on ${euros(1000)} ${euros(190)}`);
    expect(page).toContain(`VAT 7% on ${euros(3000)} ${euros(210)}`);
    expect(page).toContain(`VAT 0% (exempt) on ${euros(5000)} ${euros(0)}`);
    expect(page).toContain('VAT exempt: Education services, Art. 132(1)(i) 2006/112/EC');
    expect(page).toContain(`Total ${euros(9400)}`);
  });

  it('writes labels, amounts and dates in the seller\'s locale: de-DE prints 57.752,26 €', async () => {
    const doc = anInvoiceDocument({ seller: { locale: 'de-DE' }, lines: [{ sku: 'X', quantity: 1, unitPriceMinor: 4_853_131, taxRateBps: 1900 }] });

    const [page] = await textOf(doc);

    expect(doc.totalMinor).toBe(5_775_226);
    for (const expected of ['Rechnung', 'Rechnungsnummer INV-2025-000042', 'Rechnungsdatum 14.03.2025', 'Fällig am 28.03.2025', 'RECHNUNG AN', 'Gesamtbetrag 57.752,26 €', 'USt. 19 % auf 48.531,31 €', 'Seite 1 von 1']) {
      expect(page).toContain(expected);
    }
  });

  it('breaks a 120-line invoice over numbered pages and repeats the table header on each', async () => {
    const doc = anInvoiceDocument({ lines: 120 });

    const pages = await textOf(doc);

    expect(pages.length).toBeGreaterThanOrEqual(3);
    pages.forEach((page, index) => {
      expect(page).toContain(`Page ${index + 1} of ${pages.length}`);
      expect(page).toContain('Acme Widgets Ltd · VAT ID GB123456789 · Payable within 14 days, by 28 Mar 2025');
    });
    for (const page of pages.slice(1, -1)) {
      expect(page).toContain('Invoice INV-2025-000042 (continued)');
      expect(page).toContain('SKU Description Qty Unit price VAT Amount');
    }
    const all = pages.join('\n');
    for (let index = 1; index <= 120; index++) expect(all).toContain(skuOf(index));
    expect(pages.at(-1)).toContain(`Total ${euros(doc.totalMinor)}`);
  });

  it('turns tabs and line breaks in customer text into single spaces', async () => {
    const doc = anInvoiceDocument({
      billTo: { name: 'Ada\r\n\tLovelace', addressLines: ['12\tAnalytical\u2028Row'] },
      lines: [{ sku: 'A-1', description: 'first\nsecond\t\tthird' }],
    });

    const [page] = await textOf(doc);

    expect(page).toContain('Ada Lovelace');
    expect(page).toContain('12 Analytical Row');
    expect(page).toContain('first second third');
  });

  it('produces byte-identical PDFs for the same document, from one renderer or two', async () => {
    const doc = anInvoiceDocument({ lines: 30, billTo: { name: 'Łukasz Żółć 张伟' } });
    const other = await createInvoiceRenderer();

    const [first, concurrent] = await Promise.all([renderer.render(doc), renderer.render(doc)]);
    const fromOther = await other.render(doc);

    expect(sameBytes(first, concurrent)).toBe(true);
    expect(sameBytes(first, fromOther)).toBe(true);
  });

  it('renders the same bytes whatever the renderer rendered before', async () => {
    // U+2F08 (Kangxi radical) and U+4EBA share one glyph in Noto Sans SC.
    const earlier = anInvoiceDocument({ billTo: { name: 'Radical \u2F08' } });
    const doc = anInvoiceDocument({ billTo: { name: 'Person \u4EBA' } });
    const fresh = await (await createInvoiceRenderer()).render(doc);

    await renderer.render(earlier);
    const afterOther = await renderer.render(doc);

    expect(sameBytes(afterOther, fresh)).toBe(true);
    expect((await extractPdfText(afterOther))[0]).toContain('Person \u4EBA');
  });

  it('attaches the invoice document as invoice.json', async () => {
    const doc = anInvoiceDocument({ lines: 4, billTo: { name: 'Nguyễn Văn A' } });

    const attachments = await extractPdfAttachments(await renderer.render(doc));

    expect(Object.keys(attachments)).toEqual([INVOICE_ATTACHMENT_NAME]);
    expect(JSON.parse(new TextDecoder().decode(attachments[INVOICE_ATTACHMENT_NAME]))).toEqual(doc);
  });

  it('sets title, author, dates and a trailer ID from the document, on A4 pages', async () => {
    const doc = anInvoiceDocument();

    const pdf = await PDFDocument.load(await renderer.render(doc), { updateMetadata: false });

    expect(pdf.getTitle()).toBe('Invoice INV-2025-000042');
    expect(pdf.getAuthor()).toBe('Acme Widgets Ltd');
    expect(pdf.getCreator()).toBe('@checkout/invoice-worker');
    expect(pdf.getCreationDate()?.toISOString()).toBe('2025-03-14T09:26:53.000Z');
    expect(pdf.getModificationDate()?.toISOString()).toBe('2025-03-14T09:26:53.000Z');
    expect(pdf.context.trailerInfo.ID).toBeDefined();
    expect(pdf.getPage(0).getSize()).toEqual({ width: PAGE_SIZE[0], height: PAGE_SIZE[1] });
    expect(pdf.catalog.lookup(PDFName.of('Names'))).toBeDefined();
  });

  it('rejects a document whose issuedAt is not a date', async () => {
    await expect(renderer.render(anInvoiceDocument({ issuedAt: 'yesterday' }))).rejects.toThrow(InvalidInvoiceDocumentError);
  });

  it('keeps rendering after a rejected document', async () => {
    await expect(renderer.render(anInvoiceDocument({ issuedAt: 'yesterday' }))).rejects.toThrow();

    await expect(renderer.render(anInvoiceDocument())).resolves.toBeInstanceOf(Uint8Array);
  });
});

async function copyFontFiles(dir: string, keep: (file: string) => boolean): Promise<void> {
  for (const { file, source } of invoiceFontFiles()) if (keep(file)) await copyFile(source, join(dir, file));
}

describe('invoice fonts', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'invoice-fonts-'));
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('renders from a font directory holding the files listed by invoiceFontFiles()', async () => {
    await copyFontFiles(dir, () => true);
    const doc = anInvoiceDocument({ billTo: { name: '张伟' } });

    const bytes = await (await createInvoiceRenderer({ fontDir: dir })).render(doc);

    expect(sameBytes(bytes, await renderer.render(doc))).toBe(true);
  });

  it('fails at start-up with InvoiceFontError naming the missing file', async () => {
    const created = createInvoiceRenderer({ fontDir: dir });

    await expect(created).rejects.toThrow(InvoiceFontError);
    await expect(created).rejects.toThrow(/DejaVuSans\.ttf/);
  });

  it('fails at start-up naming the CJK font when only that file is missing', async () => {
    await copyFontFiles(dir, (file) => !file.startsWith('NotoSansSC'));

    await expect(createInvoiceRenderer({ fontDir: dir })).rejects.toThrow(/NotoSansSC_400Regular\.ttf/);
  });

  it('reads the CJK font only for a document that needs it, then keeps it', async () => {
    await copyFontFiles(dir, (file) => !file.startsWith('NotoSansSC'));
    const cjkFont = join(dir, 'NotoSansSC_400Regular.ttf');
    await writeFile(cjkFont, 'not a font yet');
    const lazy = await createInvoiceRenderer({ fontDir: dir });

    const latin = await lazy.render(anInvoiceDocument());
    await expect(lazy.render(anInvoiceDocument({ billTo: { name: '张伟' } }))).rejects.toThrow(/NotoSansSC_400Regular\.ttf/);
    await copyFile(invoiceFontFiles().find(({ file }) => file === 'NotoSansSC_400Regular.ttf')!.source, cjkFont);
    const chinese = await lazy.render(anInvoiceDocument({ billTo: { name: '张伟' } }));
    await rm(cjkFont);
    const again = await lazy.render(anInvoiceDocument({ billTo: { name: '李娜' } }));

    expect(sameBytes(latin, await renderer.render(anInvoiceDocument()))).toBe(true);
    expect(sameBytes(chinese, await renderer.render(anInvoiceDocument({ billTo: { name: '张伟' } })))).toBe(true);
    expect((await extractPdfText(again))[0]).toContain('李娜');
  });
});

describe('invoice layout', () => {
  const [pageWidth, pageHeight] = PAGE_SIZE;
  const margin = 48;
  let typesetter: Typesetter;
  beforeAll(async () => {
    const fonts = await openFontLibrary();
    await fonts.load('cjk');
    typesetter = new Typesetter(fonts);
  });

  const layout = (doc: InvoiceDocument) => layoutInvoice(doc, typesetter);
  const texts = (pages: PageLayout[]) =>
    pages.flatMap((page) =>
      page.ops
        .filter((op): op is Extract<DrawOp, { kind: 'text' }> => op.kind === 'text')
        .map((op) => ({ text: op.line.runs.map((run) => run.text).join(''), left: op.x, right: op.x + op.line.width, y: op.y })),
    );

  it('right-aligns quantities and amounts on their columns', () => {
    const doc = anInvoiceDocument({ lines: 12 });

    const placed = texts(layout(doc));

    const rightEdges = (pattern: RegExp) =>
      new Set(placed.filter((op) => pattern.test(op.text)).map((op) => op.right.toFixed(3)));
    // Unit prices end on one edge; line totals and the totals block end on another.
    expect(rightEdges(/^€/).size).toBe(2);
    expect(rightEdges(/^\d+$/).size).toBe(1);
    expect(rightEdges(/^\d+%$/).size).toBe(1);
    const amounts = placed.map((op) => op.text);
    for (const line of doc.lines) {
      expect(amounts).toContain(euros(line.unitPriceMinor));
      expect(amounts).toContain(euros(line.lineTotalMinor));
    }
  });

  it('keeps hostile text inside the page margins, wrapping or cutting long unbroken words', () => {
    const doc = anInvoiceDocument({
      seller: { name: 'S'.repeat(300), addressLines: Array.from({ length: 30 }, () => 'street '.repeat(40)) },
      billTo: { name: 'W'.repeat(500), email: `${'m'.repeat(200)}@example.com`, addressLines: ['\u202Eevil\u202C', 'x'.repeat(400)] },
      lines: [
        { sku: 'K'.repeat(120), description: 'Z'.repeat(6000), quantity: 999_999, unitPriceMinor: 100_000_000 },
        { sku: 'B-2', description: '张'.repeat(400) },
      ],
    });

    const pages = layout(doc);
    const placed = texts(pages);

    expect(pages.length).toBeGreaterThan(1);
    for (const op of placed) {
      expect(op.left).toBeGreaterThanOrEqual(margin - 0.001);
      expect(op.right).toBeLessThanOrEqual(pageWidth - margin + 0.001);
      expect(op.y).toBeGreaterThan(0);
      expect(op.y).toBeLessThan(pageHeight - margin);
    }
    const description = placed.filter((op) => /^Z+$/.test(op.text)).map((op) => op.text);
    expect(description.join('')).toBe('Z'.repeat(6000));
  });

  it('shrinks but never cuts the largest amounts', () => {
    const doc = anInvoiceDocument({ lines: [{ sku: 'BIG', quantity: 1, unitPriceMinor: MAX_AMOUNT_MINOR / 2 }], taxRateBps: 0 });

    const placed = texts(layout(doc)).map((op) => op.text);

    expect(placed).toContain(euros(MAX_AMOUNT_MINOR / 2));
  });
});

describe('formatRate', () => {
  it.each([
    [2000, '20%'],
    [1950, '19.5%'],
    [725, '7.25%'],
    [5, '0.05%'],
    [0, '0%'],
  ])('shows %i basis points as %s', (bps, percent) => {
    expect(formatRate(bps, 'en-GB')).toBe(percent);
  });
});
