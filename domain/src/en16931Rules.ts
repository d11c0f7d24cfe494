import { isCurrencyCode } from './isoCodes';
import { minorUnitDigits } from './money';

/**
 * The EN 16931-1 business rules our invoices can break, written from the standard as our own
 * checks: mandatory fields (BR-01…BR-26, BR-45…BR-48, BR-55, BR-61), the sums (BR-CO-10…BR-CO-17), the
 * VAT category rules of the categories we issue (BR-S, BR-Z, BR-E, BR-AE) and two decimals for
 * amounts (BR-DEC). They run on the semantic model (business terms BT-n), which tests read back
 * from the CII and the UBL XML, so a wrong mapping fails as surely as a wrong sum.
 *
 * Amounts are decimal strings as written in the XML; they are compared in integer hundredths.
 */

export interface SemanticLine {
  /** BT-126 */ id?: string;
  /** BT-129 */ quantity?: string;
  /** BT-131 */ netAmount?: string;
  /** BT-146 */ netPrice?: string;
  /** BT-153 */ itemName?: string;
  /** BT-151 */ vatCategory?: string;
  /** BT-152 */ vatRate?: string;
}

export interface SemanticVatBreakdown {
  /** BT-116 */ taxableAmount?: string;
  /** BT-117 */ taxAmount?: string;
  /** BT-118 */ category?: string;
  /** BT-119 */ rate?: string;
  /** BT-120 */ exemptionReason?: string;
  /** BT-121 */ exemptionReasonCode?: string;
}

export interface SemanticParty {
  /** BT-27 / BT-44 */ name?: string;
  /** BT-35 / BT-50 (any address line) */ addressLine?: string;
  /** BT-40 / BT-55 */ country?: string;
  /** BT-31 / BT-48 */ vatId?: string;
  /** BT-32 (seller tax registration) */ taxRegistrationId?: string;
}

export interface SemanticInvoice {
  /** BT-24 */ specification?: string;
  /** BT-1 */ number?: string;
  /** BT-2 */ issueDate?: string;
  /** BT-3 */ typeCode?: string;
  /** BT-5 */ currency?: string;
  /** BT-9 */ dueDate?: string;
  /** BT-20 */ paymentTerms?: string;
  /** BT-81 */ paymentMeansCode?: string;
  /** BT-84 */ payeeAccount?: string;
  seller: SemanticParty;
  buyer: SemanticParty;
  /** BT-106 */ sumOfLineNetAmounts?: string;
  /** BT-107 */ sumOfAllowances?: string;
  /** BT-108 */ sumOfCharges?: string;
  /** BT-109 */ totalWithoutVat?: string;
  /** BT-110 */ totalVat?: string;
  /** BT-112 */ totalWithVat?: string;
  /** BT-113 */ paidAmount?: string;
  /** BT-114 */ roundingAmount?: string;
  /** BT-115 */ amountDue?: string;
  lines: SemanticLine[];
  vatBreakdown: SemanticVatBreakdown[];
  /** BG-3: the invoices a credit note (or corrected invoice) refers to. */
  precedingInvoices?: SemanticPrecedingInvoice[];
}

export interface SemanticPrecedingInvoice {
  /** BT-25 */ number?: string;
  /** BT-26 */ issueDate?: string;
}

export interface RuleViolation {
  rule: string;
  message: string;
}

const ZERO_RATED_CATEGORIES = ['Z', 'E', 'AE'] as const;

/** Every rule the invoice breaks, in rule order; an empty list means it passes. */
export function checkEn16931(invoice: SemanticInvoice): RuleViolation[] {
  const violations: RuleViolation[] = [];
  const fail = (rule: string, message: string) => violations.push({ rule, message });
  const present = (value: string | undefined): value is string => value !== undefined && value.trim() !== '';
  const amount = (rule: string, what: string, value: string | undefined): bigint | undefined => {
    if (!present(value)) return undefined;
    const parsed = hundredths(value);
    if (parsed === undefined) fail(rule, `${what} "${value}" is not an amount with at most two decimals`);
    return parsed;
  };
  const required: [string, string, string | undefined][] = [
    ['BR-01', 'specification identifier (BT-24)', invoice.specification],
    ['BR-02', 'invoice number (BT-1)', invoice.number],
    ['BR-03', 'issue date (BT-2)', invoice.issueDate],
    ['BR-04', 'invoice type code (BT-3)', invoice.typeCode],
    ['BR-05', 'invoice currency code (BT-5)', invoice.currency],
    ['BR-06', 'seller name (BT-27)', invoice.seller.name],
    ['BR-07', 'buyer name (BT-44)', invoice.buyer.name],
    ['BR-08', 'seller postal address (BG-5)', invoice.seller.addressLine ?? invoice.seller.country],
    ['BR-09', 'seller country code (BT-40)', invoice.seller.country],
    ['BR-10', 'buyer postal address (BG-8)', invoice.buyer.addressLine ?? invoice.buyer.country],
    ['BR-11', 'buyer country code (BT-55)', invoice.buyer.country],
    ['BR-12', 'sum of line net amounts (BT-106)', invoice.sumOfLineNetAmounts],
    ['BR-13', 'total without VAT (BT-109)', invoice.totalWithoutVat],
    ['BR-14', 'total with VAT (BT-112)', invoice.totalWithVat],
    ['BR-15', 'amount due (BT-115)', invoice.amountDue],
  ];
  for (const [rule, what, value] of required) if (!present(value)) fail(rule, `${what} is missing`);
  if (invoice.lines.length === 0) fail('BR-16', 'the invoice has no line');
  (invoice.precedingInvoices ?? []).forEach((reference, index) => {
    if (!present(reference.number)) fail('BR-55', `preceding invoice reference ${index + 1} (BG-3) has no invoice number (BT-25)`);
  });
  if (invoice.vatBreakdown.length === 0) fail('BR-CO-18', 'the invoice has no VAT breakdown');

  const wholeUnits = invoice.currency !== undefined && isCurrencyCode(invoice.currency) && minorUnitDigits(invoice.currency) === 0;
  const lines = invoice.lines.map((line, index) => {
    const at = `line ${line.id ?? index + 1}`;
    if (!present(line.id)) fail('BR-21', `${at} has no identifier (BT-126)`);
    if (!present(line.quantity)) fail('BR-22', `${at} has no quantity (BT-129)`);
    if (!present(line.netAmount)) fail('BR-24', `${at} has no net amount (BT-131)`);
    if (!present(line.itemName)) fail('BR-25', `${at} has no item name (BT-153)`);
    if (!present(line.netPrice)) fail('BR-26', `${at} has no item net price (BT-146)`);
    if (!present(line.vatCategory)) fail('BR-CO-04', `${at} has no VAT category (BT-151)`);
    return { at, category: line.vatCategory, rate: rateOf(line.vatRate), net: amount('BR-DEC-23', `${at} net amount`, line.netAmount) ?? 0n };
  });

  const breakdown = invoice.vatBreakdown.map((entry, index) => {
    const at = `VAT breakdown ${index + 1} (${entry.category ?? '?'} ${entry.rate ?? '?'}%)`;
    if (!present(entry.taxableAmount)) fail('BR-45', `${at} has no taxable amount (BT-116)`);
    if (!present(entry.taxAmount)) fail('BR-46', `${at} has no tax amount (BT-117)`);
    if (!present(entry.category)) fail('BR-47', `${at} has no category code (BT-118)`);
    if (!present(entry.rate)) fail('BR-48', `${at} has no rate (BT-119)`);
    const taxable = amount('BR-DEC-19', `${at} taxable amount`, entry.taxableAmount) ?? 0n;
    const tax = amount('BR-DEC-20', `${at} tax amount`, entry.taxAmount) ?? 0n;
    const rate = rateOf(entry.rate);
    // BR-CO-17: tax = taxable × rate / 100, rounded to two decimals (half away from zero); in a
    // currency without minor units (JPY) the amounts are whole, so the tax is rounded to whole units.
    const expected = rate === undefined ? undefined : roundedTax(taxable, rate, wholeUnits);
    if (expected !== undefined && tax !== expected) {
      fail('BR-CO-17', `${at}: tax ${entry.taxAmount} is not taxable ${entry.taxableAmount} × ${entry.rate}% = ${formatHundredths(expected)}`);
    }
    return { at, entry, category: entry.category, rate, taxable, tax };
  });

  const sumLines = lines.reduce((sum, line) => sum + line.net, 0n);
  const sumOfLines = amount('BR-DEC-09', 'sum of line net amounts', invoice.sumOfLineNetAmounts);
  const allowances = amount('BR-DEC-10', 'sum of allowances', invoice.sumOfAllowances) ?? 0n;
  const charges = amount('BR-DEC-11', 'sum of charges', invoice.sumOfCharges) ?? 0n;
  const withoutVat = amount('BR-DEC-12', 'total without VAT', invoice.totalWithoutVat);
  const totalVat = amount('BR-DEC-13', 'total VAT', invoice.totalVat);
  const withVat = amount('BR-DEC-14', 'total with VAT', invoice.totalWithVat);
  const paid = amount('BR-DEC-16', 'paid amount', invoice.paidAmount) ?? 0n;
  const rounding = amount('BR-DEC-17', 'rounding amount', invoice.roundingAmount) ?? 0n;
  const due = amount('BR-DEC-18', 'amount due', invoice.amountDue);
  const sumTax = breakdown.reduce((sum, entry) => sum + entry.tax, 0n);

  const equal = (rule: string, what: string, actual: bigint | undefined, expected: bigint) => {
    if (actual !== undefined && actual !== expected) fail(rule, `${what} is ${formatHundredths(actual)}, expected ${formatHundredths(expected)}`);
  };
  equal('BR-CO-10', 'sum of line net amounts (BT-106)', sumOfLines, sumLines);
  if (sumOfLines !== undefined) equal('BR-CO-13', 'total without VAT (BT-109)', withoutVat, sumOfLines - allowances + charges);
  equal('BR-CO-14', 'total VAT (BT-110)', totalVat ?? 0n, sumTax);
  if (withoutVat !== undefined) equal('BR-CO-15', 'total with VAT (BT-112)', withVat, withoutVat + (totalVat ?? 0n));
  if (withVat !== undefined) equal('BR-CO-16', 'amount due (BT-115)', due, withVat - paid + rounding);
  if (due !== undefined && due > 0n && !present(invoice.dueDate) && !present(invoice.paymentTerms)) {
    fail('BR-CO-25', 'a positive amount is due but there is neither a due date (BT-9) nor payment terms (BT-20)');
  }
  if ((invoice.paymentMeansCode === '58' || invoice.paymentMeansCode === '30') && !present(invoice.payeeAccount)) {
    fail('BR-61', `payment means ${invoice.paymentMeansCode} (credit transfer) needs the payee account (BT-84)`);
  }

  for (const category of ['S', ...ZERO_RATED_CATEGORIES]) {
    const catLines = lines.filter((line) => line.category === category);
    const catBreakdown = breakdown.filter((entry) => entry.category === category);
    if (catLines.length === 0 && catBreakdown.length === 0) continue;
    const rule = (n: string) => `BR-${category}-${n}`;
    if (catLines.length > 0 && catBreakdown.length === 0) fail(rule('01'), `lines in category ${category} but no ${category} VAT breakdown`);
    if (category !== 'S' && catBreakdown.length > 1) fail(rule('01'), `more than one ${category} VAT breakdown`);
    if (catLines.length === 0 && catBreakdown.length > 0) fail(rule('01'), `a ${category} VAT breakdown but no ${category} line`);
    if (!present(invoice.seller.vatId) && !(category === 'AE' && present(invoice.seller.taxRegistrationId))) {
      fail(rule('02'), `category ${category} needs the seller's VAT identifier (BT-31)`);
    }
    if (category === 'AE' && !present(invoice.buyer.vatId)) fail('BR-AE-02', 'category AE needs the buyer\'s VAT identifier (BT-48)');
    for (const line of catLines) {
      const wrongRate = category === 'S' ? line.rate === undefined || line.rate <= 0n : line.rate !== 0n;
      if (wrongRate) fail(rule('05'), `${line.at}: rate ${line.rate === undefined ? 'missing' : formatHundredths(line.rate)} is not allowed for category ${category}`);
    }
    for (const entry of catBreakdown) {
      const sameRate = catLines.filter((line) => line.rate === entry.rate).reduce((sum, line) => sum + line.net, 0n);
      if (entry.taxable !== sameRate) {
        fail(rule('08'), `${entry.at}: taxable ${formatHundredths(entry.taxable)} is not the sum ${formatHundredths(sameRate)} of its lines`);
      }
      if (category !== 'S' && entry.tax !== 0n) fail(rule('09'), `${entry.at}: tax must be 0`);
      const hasReason = present(entry.entry.exemptionReason) || present(entry.entry.exemptionReasonCode);
      if (category === 'S' || category === 'Z') {
        if (hasReason) fail(rule('10'), `${entry.at} must not have an exemption reason`);
      } else if (!hasReason) {
        fail(rule('10'), `${entry.at} needs an exemption reason (BT-120) or code (BT-121)`);
      }
    }
  }
  return violations;
}

/** "19.5" → 1950 (hundredths of a percent); undefined when absent or malformed. */
function rateOf(rate: string | undefined): bigint | undefined {
  return rate === undefined ? undefined : hundredths(rate);
}

/** A decimal string with at most two decimals, in integer hundredths. */
function hundredths(value: string): bigint | undefined {
  const match = /^(-?)(\d+)(?:\.(\d{1,2}))?$/.exec(value.trim());
  if (!match) return undefined;
  const magnitude = BigInt(match[2]!) * 100n + BigInt((match[3] ?? '').padEnd(2, '0'));
  return match[1] ? -magnitude : magnitude;
}

/** taxable × rate / 100 (both in hundredths), rounded half away from zero to hundredths (or whole units). */
function roundedTax(taxable: bigint, rate: bigint, wholeUnits: boolean): bigint {
  const product = taxable * rate;
  const step = wholeUnits ? 1_000_000n : 10_000n;
  const magnitude = (product < 0n ? -product : product) + step / 2n;
  const rounded = (magnitude / step) * (step / 10_000n);
  return product < 0n ? -rounded : rounded;
}

function formatHundredths(value: bigint): string {
  const sign = value < 0n ? '-' : '';
  const magnitude = value < 0n ? -value : value;
  return `${sign}${magnitude / 100n}.${String(magnitude % 100n).padStart(2, '0')}`;
}
