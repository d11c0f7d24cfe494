import { formatMoney, type InvoiceDocument } from '@checkout/domain';
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
  sku: { left: LEFT + CELL_PAD, right: 120 },
  description: { left: 128, right: 332 },
  quantity: { left: 340, right: 370 },
  unitPrice: { left: 378, right: 456 },
  lineTotal: { left: 464, right: RIGHT - CELL_PAD },
} as const;

const TABLE_HEADER = [
  { label: 'SKU', column: COLUMNS.sku, align: 'left' },
  { label: 'Description', column: COLUMNS.description, align: 'left' },
  { label: 'Qty', column: COLUMNS.quantity, align: 'right' },
  { label: 'Unit price', column: COLUMNS.unitPrice, align: 'right' },
  { label: 'Amount', column: COLUMNS.lineTotal, align: 'right' },
] as const;

/**
 * Lays the invoice out on A4 pages: pure, no PDF involved. Pages break automatically, the table
 * header repeats on every page, and every page gets a footer with "Page X of Y".
 * Throws InvalidInvoiceDocumentError when `issuedAt` is not a date.
 */
export function layoutInvoice(doc: InvoiceDocument, type: Typesetter): PageLayout[] {
  const issueDate = issueDateOf(doc);
  const pages = new Pages(type, doc);
  pages.drawHeader(issueDate);
  pages.drawTableHeader();
  for (const line of doc.lines) pages.drawLineItem(line);
  pages.drawTotals();
  pages.drawFooters(issueDate);
  return pages.all;
}

/** `2000` → `"20"`, `1950` → `"19.5"`, `725` → `"7.25"`: basis points as a percentage, exactly. */
export function formatTaxRate(taxRateBps: number): string {
  const whole = Math.trunc(taxRateBps / 100);
  const fraction = String(Math.abs(taxRateBps % 100))
    .padStart(2, '0')
    .replace(/0+$/, '');
  return fraction ? `${whole}.${fraction}` : String(whole);
}

function issueDateOf(doc: InvoiceDocument): string {
  const issued = new Date(doc.issuedAt);
  if (Number.isNaN(issued.getTime())) {
    throw new InvalidInvoiceDocumentError(`issuedAt "${doc.issuedAt}" of invoice ${doc.invoiceNumber} is not a date`);
  }
  return issued.toISOString().slice(0, 10);
}

function paymentTerms(issueDate: string, dueDate: string): string {
  const days = Math.round((Date.parse(`${dueDate}T00:00:00Z`) - Date.parse(`${issueDate}T00:00:00Z`)) / 86_400_000);
  if (!Number.isFinite(days) || days < 0) return `Payment due by ${dueDate}`;
  return `Payment due within ${days} ${days === 1 ? 'day' : 'days'}`;
}

/** The page being filled, its vertical cursor and the pages before it. */
class Pages {
  readonly all: PageLayout[] = [];
  private ops: DrawOp[] = [];
  private top = TOP;

  constructor(
    private readonly type: Typesetter,
    private readonly doc: InvoiceDocument,
  ) {
    this.startPage();
  }

  drawHeader(issueDate: string): void {
    const { doc, type } = this;
    let left = TOP;
    left = this.lines(type.wrap(doc.seller.name, 'bold', 13, ADDRESS_BLOCK_WIDTH, 2), LEFT, left, 13 * 1.25, 'ink');
    left -= 3;
    left = this.addressLines(doc.seller.addressLines, left);
    left = this.lines([type.fitLine(doc.seller.email, 'regular', BODY, ADDRESS_BLOCK_WIDTH)], LEFT, left, ROW_LINE, 'ink');
    if (doc.seller.taxId) {
      const taxId = type.fitLine(`Tax ID: ${isolateBidi(doc.seller.taxId)}`, 'regular', BODY, ADDRESS_BLOCK_WIDTH);
      left = this.lines([taxId], LEFT, left, ROW_LINE, 'ink');
    }

    this.text(type.fitLine('Invoice', 'bold', 24, RIGHT - META_LEFT), RIGHT, TOP - 20, 'ink', 'right');
    let right = TOP - 40;
    const meta: [string, string, FontStyle][] = [
      ['Invoice number', doc.invoiceNumber, 'bold'],
      ['Issue date', issueDate, 'regular'],
      ['Due date', doc.dueDate, 'regular'],
      ['Order ID', doc.orderId, 'regular'],
    ];
    for (const [label, value, style] of meta) {
      const baseline = right - BODY;
      this.text(type.fitLine(label, 'regular', BODY, META_VALUE_LEFT - META_LEFT), META_LEFT, baseline, 'muted');
      this.text(type.fitLine(value, style, BODY, RIGHT - META_VALUE_LEFT), RIGHT, baseline, 'ink', 'right');
      right -= ROW_LINE + 2;
    }

    let billTo = Math.min(left, right) - 22;
    billTo = this.lines([type.fitLine('BILL TO', 'bold', SMALL, ADDRESS_BLOCK_WIDTH)], LEFT, billTo, SMALL * 1.6, 'muted');
    billTo = this.lines(type.wrap(doc.billTo.name, 'bold', 11, ADDRESS_BLOCK_WIDTH, 3), LEFT, billTo, 11 * 1.25, 'ink');
    billTo = this.addressLines(doc.billTo.addressLines, billTo);
    billTo = this.lines([type.fitLine(doc.billTo.email, 'regular', BODY, ADDRESS_BLOCK_WIDTH)], LEFT, billTo, ROW_LINE, 'ink');
    this.top = billTo - 20;
  }

  drawTableHeader(): void {
    const height = 18;
    this.ops.push({ kind: 'rect', x: LEFT, y: this.top - height, width: RIGHT - LEFT, height, tone: 'band' });
    for (const { label, column, align } of TABLE_HEADER) {
      const line = this.type.fitLine(label, 'bold', SMALL, column.right - column.left);
      this.text(line, align === 'left' ? column.left : column.right, this.top - 12, 'muted', align);
    }
    this.top -= height;
  }

  drawLineItem(item: InvoiceDocument['lines'][number]): void {
    const { type } = this;
    const { currency } = this.doc;
    const width = (column: { left: number; right: number }) => column.right - column.left;
    const sku = type.wrap(item.sku, 'regular', SMALL, width(COLUMNS.sku), 4);
    const description = type.wrap(item.description, 'regular', BODY, width(COLUMNS.description));
    const amounts: [ShapedLine, number][] = [
      [type.shrinkToFit(String(item.quantity), 'regular', BODY, width(COLUMNS.quantity), MIN_AMOUNT_SIZE), COLUMNS.quantity.right],
      [type.shrinkToFit(formatMoney(item.unitPriceMinor, currency), 'regular', BODY, width(COLUMNS.unitPrice), MIN_AMOUNT_SIZE), COLUMNS.unitPrice.right],
      [type.shrinkToFit(formatMoney(item.lineTotalMinor, currency), 'regular', BODY, width(COLUMNS.lineTotal), MIN_AMOUNT_SIZE), COLUMNS.lineTotal.right],
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
    const { doc, type } = this;
    const needed = 3 * (ROW_LINE + 4) + 30;
    if (this.top - needed < BOTTOM) this.startPage(true);
    this.top -= 10;
    const valueWidth = RIGHT - CELL_PAD - (META_VALUE_LEFT + 10);
    const rows: [string, number][] = [
      ['Subtotal', doc.subtotalMinor],
      [`Tax (${formatTaxRate(doc.taxRateBps)}%)`, doc.taxMinor],
    ];
    for (const [label, amount] of rows) {
      const baseline = this.top - BODY - 2;
      this.text(type.fitLine(label, 'regular', BODY, META_VALUE_LEFT - META_LEFT), META_LEFT + CELL_PAD, baseline, 'muted');
      const value = type.shrinkToFit(formatMoney(amount, doc.currency), 'regular', BODY, valueWidth, MIN_AMOUNT_SIZE);
      this.text(value, RIGHT - CELL_PAD, baseline, 'ink', 'right');
      this.top -= ROW_LINE + 4;
    }
    this.top -= 4;
    this.ops.push({ kind: 'rule', x1: META_LEFT, x2: RIGHT, y: this.top, thickness: 1, tone: 'ink' });
    const baseline = this.top - 16;
    this.text(type.fitLine('Total', 'bold', 11, META_VALUE_LEFT - META_LEFT), META_LEFT + CELL_PAD, baseline, 'ink');
    const total = type.shrinkToFit(formatMoney(doc.totalMinor, doc.currency), 'bold', 11, valueWidth, MIN_AMOUNT_SIZE);
    this.text(total, RIGHT - CELL_PAD, baseline, 'ink', 'right');
    this.top = baseline - 8;
  }

  drawFooters(issueDate: string): void {
    const { doc, type } = this;
    // Customer text is isolated: an Arabic seller name must not pull "Tax ID" or "14 days" into its run.
    const isolated = (value: string | undefined) => (value?.trim() ? isolateBidi(value.trim()) : '');
    const parts = [isolated(doc.seller.name), doc.seller.taxId ? `Tax ID ${isolated(doc.seller.taxId)}` : '', paymentTerms(issueDate, doc.dueDate)];
    const note = parts.filter(Boolean).join(' · ');
    this.all.forEach((page, index) => {
      const pageOf = type.fitLine(`Page ${index + 1} of ${this.all.length}`, 'regular', SMALL, 80);
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
    const heading = this.type.fitLine(`Invoice ${this.doc.invoiceNumber} (continued)`, 'bold', 10, RIGHT - LEFT);
    this.text(heading, LEFT, TOP - 10, 'ink');
    this.top = TOP - 24;
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
