import type { InvoiceDocument } from '@checkout/domain';
import { FormatFactoryService, type Invoice } from '@e-invoice-eu/core';
import { en16931Invoice } from './en16931Invoice';

/** The two XML syntaxes of EN 16931 every invoice is written in. */
export interface EInvoiceXml {
  /** UN/CEFACT Cross Industry Invoice, embedded in the PDF as factur-x.xml (Factur-X profile EN 16931). */
  cii: string;
  /** OASIS UBL 2.1 Invoice, stored beside the PDF. */
  ubl: string;
}

export interface EInvoiceWriter {
  /** Both XML forms of one invoice. Deterministic: the same document gives the same bytes. */
  write(doc: InvoiceDocument): Promise<EInvoiceXml>;
}

/** What `@e-invoice-eu/core` logs through; its warnings are about spreadsheet input we do not use. */
const silent = { log() {}, warn() {}, error() {} };

/**
 * Creates the CII and UBL formatters once. `InvoiceService.generate` compiles its JSON schema
 * with ajv on every call (about 400 ms); the formatters it wraps take 1-2 ms, so we call them
 * directly. The input schema is not checked here: the document is already validated by the
 * domain, and the output is checked against the XSDs and the EN 16931 rules in the test suite.
 */
export function createEInvoiceWriter(): EInvoiceWriter {
  const factory = new FormatFactoryService();
  const cii = factory.createFormatService('CII', silent);
  const ubl = factory.createFormatService('UBL', silent);
  const generate = async (format: typeof cii, name: string, invoice: Invoice): Promise<string> => {
    const own = structuredClone(invoice); // the formatter fills defaults in place
    format.fillInvoiceDefaults(own);
    const xml = await format.generate(own, { format: name, lang: 'en' });
    if (typeof xml !== 'string') throw new TypeError(`${name} formatter returned ${typeof xml}, not XML text`);
    return xml;
  };
  return {
    async write(doc) {
      const invoice = en16931Invoice(doc);
      const ciiXml = await generate(cii, 'CII', withoutBillingReference(withoutUblOrderId(invoice)));
      return { cii: withPrecedingInvoice(ciiXml, doc), ubl: await generate(ubl, 'UBL', invoice) };
    },
  };
}

/**
 * UBL needs an order ID beside the seller's order reference and EN 16931 says to write "NA"; CII
 * has no such need, and the formatter would print "NA" as the buyer's order number (BT-13).
 */
function withoutUblOrderId(invoice: Invoice): Invoice {
  const reference = invoice['ubl:Invoice']['cac:OrderReference'];
  if (reference?.['cbc:ID'] !== 'NA') return invoice;
  const { 'cbc:ID': _na, ...sellerOrder } = reference;
  return { 'ubl:Invoice': { ...invoice['ubl:Invoice'], 'cac:OrderReference': sellerOrder } };
}

/**
 * The CII formatter (2.3.4) cannot write the preceding invoice of a credit note (BG-3): it reads
 * BT-25 from `cac:BillingReference/cbc:ID` rather than from `.../cac:InvoiceDocumentReference/cbc:ID`
 * where its own input schema (and UBL) put it, and given that, it writes the date as
 * `udt:DateTimeString` with the ISO date unchanged, where the Factur-X XSD wants
 * `qdt:DateTimeString` in format 102 (YYYYMMDD). So the reference is left out of its input and
 * `withPrecedingInvoice` writes it. docs/decisions/credit-notes.md.
 */
function withoutBillingReference(invoice: Invoice): Invoice {
  const { 'cac:BillingReference': _reference, ...rest } = invoice['ubl:Invoice'];
  return { 'ubl:Invoice': rest as Invoice['ubl:Invoice'] };
}

/** Where `ram:InvoiceReferencedDocument` goes in the header settlement: right after the totals (Factur-X XSD order). */
const AFTER_TOTALS = '</ram:SpecifiedTradeSettlementHeaderMonetarySummation>';

/** Adds BT-25 and BT-26 to the CII of a credit note, at the place the XSD gives them. */
export function withPrecedingInvoice(cii: string, doc: InvoiceDocument): string {
  const preceding = doc.precedingInvoice;
  if (!preceding) return cii;
  const at = cii.indexOf(AFTER_TOTALS);
  if (at < 0 || cii.indexOf(AFTER_TOTALS, at + 1) >= 0) throw new Error(`CII of ${doc.invoiceNumber} does not have exactly one header monetary summation`);
  const indent = /\n(\t*)[^\n]*$/.exec(cii.slice(0, at))?.[1] ?? '';
  const reference = [
    '<ram:InvoiceReferencedDocument>',
    `\t<ram:IssuerAssignedID>${escapeXml(preceding.invoiceNumber)}</ram:IssuerAssignedID>`,
    '\t<ram:FormattedIssueDateTime>',
    `\t\t<qdt:DateTimeString format="102">${preceding.issueDate.replaceAll('-', '')}</qdt:DateTimeString>`,
    '\t</ram:FormattedIssueDateTime>',
    '</ram:InvoiceReferencedDocument>',
  ].map((line) => `\n${indent}${line}`).join('');
  const end = at + AFTER_TOTALS.length;
  return `${cii.slice(0, end)}${reference}${cii.slice(end)}`;
}

const escapeXml = (value: string) => value.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
