import { formatAmount, formatInvoiceDate, formatRate, type InvoiceDocument, invoiceLabels, type InvoiceLabels } from '@checkout/domain';
import { isolateBidi } from './bidi';
import { InvalidInvoiceDocumentError } from './errors';
import type { FontStyle, ShapedLine, Typesetter } from './typesetter';

/** Colours by role; the writer maps them to RGB. */
export type Tone = 'ink' | 'muted' | 'rule' | 'band';

/** What to draw, in PDF points from the bottom-left corner. Text `y` is the baseline. */
export type DrawOp =
  | { kind: 'text'; x: number; y: number; line: ShapedLine; tone: Tone }
  | { kind: 'rect'; x: number; y: number; width: number; height: number; tone: Tone }
  | { kind: 'rule'; x1: number; x2: number; y: number; thickness: number; tone: Tone };

export interface PageLayout {
  ops: DrawOp[];
}

/** A4 in points. */
export const PAGE_SIZE: readonly [number, number] = [595.28, 841.89];

const [PAGE_WIDTH, PAGE_HEIGHT] = PAGE_SIZE;
const LEFT = 48;
const RIGHT = PAGE_WIDTH - 48;
const TOP = PAGE_HEIGHT - 48;
/** Lowest point body content may reach; the footer lives below it. */
const BOTTOM = 76;
const FOOTER_RULE_Y = 58;
const FOOTER_BASELINE = 44;

const BODY = 9;
const SMALL = 8;
const MIN_AMOUNT_SIZE = 5;
const CELL_PAD = 4;
const ROW_LINE = BODY * 1.3;

const ADDRESS_BLOCK_WIDTH = 240;
const META_LEFT = 300;
const META_VALUE_LEFT = 374;
const MAX_ADDRESS_LINES = 8;

/** Table columns: text starts at `left`; amounts are right-aligned on `right`. */
const COLUMNS = {
  sku: { left: LEFT + CELL_PAD, right: 116 },
  description: { left: 122, right: 300 },
  quantity: { left: 306, right: 338 },
  unitPrice: { left: 344, right: 414 },
  vat: { left: 420, right: 452 },
  lineTotal: { left: 458, right: RIGHT - CELL_PAD },
} as const;

const tableHeader = (labels: InvoiceLabels) =>
  [
    { label: labels.sku, column: COLUMNS.sku, align: 'left' },
    { label: labels.description, column: COLUMNS.description, align: 'left' },
    { label: labels.quantity, column: COLUMNS.quantity, align: 'right' },
    { label: labels.unitPrice, column: COLUMNS.unitPrice, align: 'right' },
    { label: labels.vat, column: COLUMNS.vat, align: 'right' },
    { label: labels.amount, column: COLUMNS.lineTotal, align: 'right' },
  ] as const;

/**
 * Lays the invoice out on A4 pages: pure, no PDF involved. Labels, amounts and dates follow the
 * seller's locale. Pages break automatically, the table header repeats on every page, and every
 * page gets a footer with "Page X of Y". Throws InvalidInvoiceDocumentError when `issuedAt` is not
 * a date.
 */
export function layoutInvoice(doc: InvoiceDocument, type: Typesetter): PageLayout[] {
  assertIssuedAt(doc);
  const pages = new Pages(type, doc);
  pages.drawHeader();
  pages.drawTableHeader();
  for (const line of doc.lines) pages.drawLineItem(line);
  pages.drawTotals();
  pages.drawNotes();
  pages.drawFooters();
  return pages.all;
}

function assertIssuedAt(doc: InvoiceDocument): void {
  if (Number.isNaN(new Date(doc.issuedAt).getTime())) {
    throw new InvalidInvoiceDocumentError(`issuedAt "${doc.issuedAt}" of invoice ${doc.invoiceNumber} is not a date`);
  }
}

/** The page being filled, its vertical cursor and the pages before it. */
class Pages {
  readonly all: PageLayout[] = [];
  private ops: DrawOp[] = [];
  private top = TOP;

  private readonly labels: InvoiceLabels;
  private readonly locale: string;
  /** A credit note (381) rather than an invoice (380). */
  private readonly creditNote: boolean;

  constructor(
    private readonly type: Typesetter,
    private readonly doc: InvoiceDocument,
  ) {
    this.locale = doc.seller.locale;
    this.labels = invoiceLabels(this.locale);
    this.creditNote = doc.typeCode === '381';
    this.startPage();
  }

  drawHeader(): void {
    const { doc, type, labels } = this;
    let left = TOP;
    left = this.lines(type.wrap(doc.seller.name, 'bold', 13, ADDRESS_BLOCK_WIDTH, 2), LEFT, left, 13 * 1.25, 'ink');
    left -= 3;
    left = this.addressLines(doc.seller.addressLines, left);
    left = this.lines([type.fitLine(doc.seller.email, 'regular', BODY, ADDRESS_BLOCK_WIDTH)], LEFT, left, ROW_LINE, 'ink');
    const sellerIds: [string, string | undefined][] = [
      [labels.vatId, doc.seller.vatId],
      [labels.taxNumber, doc.seller.taxNumber],
    ];
    for (const [label, value] of sellerIds) {
      if (value) left = this.labelled(label, value, left);
    }

    const title = this.creditNote ? labels.creditNote : labels.invoice;
    // "Rechnungskorrektur" is wider than the column at 24 pt: smaller rather than cut.
    this.text(type.shrinkToFit(title, 'bold', 24, RIGHT - META_LEFT, 16), RIGHT, TOP - 20, 'ink', 'right');
    let right = TOP - 40;
    const preceding = doc.precedingInvoice;
    const meta: [string, string, FontStyle][] = [
      [this.creditNote ? labels.creditNoteNumber : labels.invoiceNumber, doc.invoiceNumber, 'bold'],
      [labels.issueDate, this.date(doc.issueDate), 'regular'],
      ...(preceding ? [[labels.correctsInvoice, labels.correctsInvoiceValue(preceding.invoiceNumber, this.date(preceding.issueDate)), 'bold'] as [string, string, FontStyle]] : []),
      [labels.deliveryDate, this.date(doc.deliveryDate), 'regular'],
      ...(doc.dueDate ? [[labels.dueDate, this.date(doc.dueDate), 'regular'] as [string, string, FontStyle]] : []),
      [labels.orderId, doc.orderId, 'regular'],
    ];
    if (doc.billTo.reference) meta.push([labels.buyerReference, doc.billTo.reference, 'regular']);
    for (const [label, value, style] of meta) {
      const baseline = right - BODY;
      const valueLine = type.fitLine(value, style, BODY, RIGHT - META_VALUE_LEFT);
      // Labels take what the value leaves: German labels are longer than English ones.
      this.text(type.fitLine(label, 'regular', BODY, RIGHT - valueLine.width - 8 - META_LEFT), META_LEFT, baseline, 'muted');
      this.text(valueLine, RIGHT, baseline, 'ink', 'right');
      right -= ROW_LINE + 2;
    }

    let billTo = Math.min(left, right) - 22;
    billTo = this.lines([type.fitLine(labels.billTo, 'bold', SMALL, ADDRESS_BLOCK_WIDTH)], LEFT, billTo, SMALL * 1.6, 'muted');
    billTo = this.lines(type.wrap(doc.billTo.name, 'bold', 11, ADDRESS_BLOCK_WIDTH, 3), LEFT, billTo, 11 * 1.25, 'ink');
    billTo = this.addressLines(doc.billTo.addressLines, billTo);
    billTo = this.lines([type.fitLine(doc.billTo.email, 'regular', BODY, ADDRESS_BLOCK_WIDTH)], LEFT, billTo, ROW_LINE, 'ink');
    if (doc.billTo.vatId) billTo = this.labelled(labels.vatId, doc.billTo.vatId, billTo);
    this.top = billTo - 20;
  }

  drawTableHeader(): void {
    const height = 18;
    this.ops.push({ kind: 'rect', x: LEFT, y: this.top - height, width: RIGHT - LEFT, height, tone: 'band' });
    for (const { label, column, align } of tableHeader(this.labels)) {
      const line = this.type.fitLine(label, 'bold', SMALL, column.right - column.left);
      this.text(line, align === 'left' ? column.left : column.right, this.top - 12, 'muted', align);
    }
    this.top -= height;
  }

  drawLineItem(item: InvoiceDocument['lines'][number]): void {
    const { type } = this;
    const width = (column: { left: number; right: number }) => column.right - column.left;
    const sku = type.wrap(item.sku, 'regular', SMALL, width(COLUMNS.sku), 4);
    const description = type.wrap(item.description, 'regular', BODY, width(COLUMNS.description));
    const cell = (text: string, column: { left: number; right: number }): [ShapedLine, number] => [
      type.shrinkToFit(text, 'regular', BODY, width(column), MIN_AMOUNT_SIZE),
      column.right,
    ];
    const amounts: [ShapedLine, number][] = [
      cell(item.quantity.toLocaleString(this.locale), COLUMNS.quantity),
      cell(this.money(item.unitPriceMinor), COLUMNS.unitPrice),
      cell(`${item.vatCategory === 'S' ? '' : `${item.vatCategory} `}${formatRate(item.taxRateBps, this.locale)}`, COLUMNS.vat),
      cell(this.money(item.lineTotalMinor), COLUMNS.lineTotal),
    ];
    const rowLines = Math.max(sku.length, description.length, 1);
    const rowHeight = (lines: number) => 2 * CELL_PAD + lines * ROW_LINE;

    // A row that fits on a page is never split; one taller than a whole page continues on the next.
    const freshPageRoom = TOP - 24 - 18 - BOTTOM;
    if (rowHeight(rowLines) > this.top - BOTTOM && rowHeight(rowLines) <= freshPageRoom) this.continueTable();

    let from = 0;
    while (from < rowLines) {
      const room = Math.floor((this.top - BOTTOM - 2 * CELL_PAD) / ROW_LINE);
      if (room < 1) {
        this.continueTable();
        continue;
      }
      const to = Math.min(rowLines, from + room);
      const first = this.top - CELL_PAD - BODY;
      // Same baseline as the 9 pt description although the SKU is set at 8 pt.
      this.lines(sku.slice(from, to), COLUMNS.sku.left, this.top - CELL_PAD - (BODY - SMALL), ROW_LINE, 'ink');
      this.lines(description.slice(from, to), COLUMNS.description.left, this.top - CELL_PAD, ROW_LINE, 'ink');
      if (from === 0) for (const [line, right] of amounts) this.text(line, right, first, 'ink', 'right');
      this.top -= rowHeight(to - from);
      this.ops.push({ kind: 'rule', x1: LEFT, x2: RIGHT, y: this.top, thickness: 0.5, tone: 'rule' });
      from = to;
    }
  }

  drawTotals(): void {
    const { doc, type, labels } = this;
    const rows: [string, number][] = [
      [labels.subtotal, doc.subtotalMinor],
      ...doc.vatBreakdown.map((entry): [string, number] => [
        labels.vatLine(entry.vatCategory, formatRate(entry.taxRateBps, this.locale), this.money(entry.taxableMinor)),
        entry.taxMinor,
      ]),
    ];
    const needed = rows.length * (ROW_LINE + 4) + 30;
    if (this.top - needed < BOTTOM) this.startPage(true);
    this.top -= 10;
    const labelLeft = META_LEFT - 100;
    const valueWidth = RIGHT - CELL_PAD - (META_VALUE_LEFT + 40);
    for (const [label, amount] of rows) {
      const baseline = this.top - BODY - 2;
      this.text(type.fitLine(label, 'regular', BODY, META_VALUE_LEFT + 30 - labelLeft), labelLeft + CELL_PAD, baseline, 'muted');
      const value = type.shrinkToFit(this.money(amount), 'regular', BODY, valueWidth, MIN_AMOUNT_SIZE);
      this.text(value, RIGHT - CELL_PAD, baseline, 'ink', 'right');
      this.top -= ROW_LINE + 4;
    }
    this.top -= 4;
    this.ops.push({ kind: 'rule', x1: labelLeft, x2: RIGHT, y: this.top, thickness: 1, tone: 'ink' });
    const baseline = this.top - 16;
    this.text(type.fitLine(labels.total, 'bold', 11, META_VALUE_LEFT + 30 - labelLeft), labelLeft + CELL_PAD, baseline, 'ink');
    const total = type.shrinkToFit(this.money(doc.totalMinor), 'bold', 11, valueWidth, MIN_AMOUNT_SIZE);
    this.text(total, RIGHT - CELL_PAD, baseline, 'ink', 'right');
    this.top = baseline - 8;
  }

  /** Exemption notes, payment terms and how to pay (a credit note: its reason and how it is refunded), under the totals. */
  drawNotes(): void {
    const { doc, type, labels } = this;
    const exemptions = doc.vatBreakdown.flatMap((entry) => (entry.exemptionReason ? [labels.exemptionNote(entry.vatCategory, entry.exemptionReason)] : []));
    const paragraphs = this.creditNote
      ? [
          ...(doc.note ? [labels.refundReason(isolateBidi(doc.note))] : []),
          ...exemptions,
          labels.refundTerms(this.money(doc.totalMinor), doc.seller.paymentMeans.kind === 'card'),
        ]
      : [
          ...exemptions,
          labels.paymentTerms(doc.seller.paymentTermsDays, this.date(doc.dueDate!)),
          doc.seller.paymentMeans.kind === 'sepa-credit-transfer'
            ? labels.sepaTransfer(doc.seller.paymentMeans.iban, doc.seller.paymentMeans.bic, doc.invoiceNumber)
            : labels.paidByCard(doc.orderId),
        ];
    const lines = paragraphs.flatMap((paragraph) => type.wrap(paragraph, 'regular', BODY, RIGHT - LEFT, 3));
    this.top -= 12;
    if (this.top - lines.length * ROW_LINE < BOTTOM) this.startPage(true);
    this.top = this.lines(lines, LEFT, this.top, ROW_LINE, 'ink');
  }

  drawFooters(): void {
    const { doc, type, labels } = this;
    // Configured and customer text is isolated: an Arabic seller name must not pull "VAT ID" or "14 days" into its run.
    const isolated = (value: string | undefined) => (value?.trim() ? isolateBidi(value.trim()) : '');
    const parts = [
      isolated(doc.seller.name),
      doc.seller.vatId ? `${labels.vatId} ${isolated(doc.seller.vatId)}` : '',
      doc.dueDate ? labels.paymentTerms(doc.seller.paymentTermsDays, this.date(doc.dueDate)) : '',
    ];
    const note = parts.filter(Boolean).join(' · ');
    this.all.forEach((page, index) => {
      const pageOf = type.fitLine(labels.page(index + 1, this.all.length), 'regular', SMALL, 80);
      const noteLine = type.fitLine(note, 'regular', SMALL, RIGHT - LEFT - pageOf.width - 24);
      page.ops.push(
        { kind: 'rule', x1: LEFT, x2: RIGHT, y: FOOTER_RULE_Y, thickness: 0.5, tone: 'rule' },
        { kind: 'text', x: LEFT, y: FOOTER_BASELINE, line: noteLine, tone: 'muted' },
        { kind: 'text', x: RIGHT - pageOf.width, y: FOOTER_BASELINE, line: pageOf, tone: 'muted' },
      );
    });
  }

  private continueTable(): void {
    this.startPage(true);
    this.drawTableHeader();
  }

  private startPage(continued = false): void {
    this.ops = [];
    this.all.push({ ops: this.ops });
    this.top = TOP;
    if (!continued) return;
    const heading = this.type.fitLine(
      (this.creditNote ? this.labels.creditNoteContinued : this.labels.continued)(this.doc.invoiceNumber),
      'bold',
      10,
      RIGHT - LEFT,
    );
    this.text(heading, LEFT, TOP - 10, 'ink');
    this.top = TOP - 24;
  }

  /** "Label: value" in the address column, the value isolated for bidi. */
  private labelled(label: string, value: string, top: number): number {
    return this.lines([this.type.fitLine(`${label}: ${isolateBidi(value)}`, 'regular', BODY, ADDRESS_BLOCK_WIDTH)], LEFT, top, ROW_LINE, 'ink');
  }

  private money(amountMinor: number): string {
    return formatAmount(amountMinor, this.doc.currency, this.locale);
  }

  private date(isoDate: string): string {
    return formatInvoiceDate(isoDate, this.locale);
  }

  private addressLines(addressLines: readonly string[], top: number): number {
    const lines = addressLines
      .slice(0, MAX_ADDRESS_LINES)
      .flatMap((line) => this.type.wrap(line, 'regular', BODY, ADDRESS_BLOCK_WIDTH, 2));
    return this.lines(lines, LEFT, top, ROW_LINE, 'ink');
  }

  /** Draws lines downwards from `top` (the top of the first line box); returns the new top. */
  private lines(lines: readonly ShapedLine[], x: number, top: number, lineHeight: number, tone: Tone): number {
    let cursor = top;
    for (const line of lines) {
      this.text(line, x, cursor - line.size, tone);
      cursor -= lineHeight;
    }
    return cursor;
  }

  private text(line: ShapedLine, x: number, baseline: number, tone: Tone, align: 'left' | 'right' = 'left'): void {
    if (line.runs.length === 0) return;
    this.ops.push({ kind: 'text', x: align === 'right' ? x - line.width : x, y: baseline, line, tone });
  }
}
