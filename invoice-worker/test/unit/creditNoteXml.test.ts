import { writeFileSync } from 'node:fs';
import { createEInvoiceWriter } from '../../src/eInvoice/eInvoiceWriter';
import { createInvoiceRendering } from '../../src/renderInvoice';
import { aCreditNoteDocument } from '../support/aCreditNoteDocument';
import { aSeller } from '../support/anInvoiceDocument';
import { checkFacturXPdf, extractFacturXml, validateCiiXml } from '../support/eInvoiceChecks';
import { extractPdfText } from '../support/pdfText';
import { ruleViolationsOf, semanticInvoiceFromCii, semanticInvoiceFromUbl } from '../support/semanticInvoice';

const writer = createEInvoiceWriter();

describe('credit notes (type 381) in EN 16931 XML and as Factur-X', () => {
  it.each([
    ['one line, SEPA seller', aCreditNoteDocument()],
    ['a German seller paid by card, no reason', aCreditNoteDocument({ seller: aSeller({ locale: 'de-DE', paymentMeans: { kind: 'card' } }), note: undefined })],
    [
      'several rates and an exempt line',
      aCreditNoteDocument({
        lines: [
          { sku: 'BOOK-1', description: 'Book', quantity: 2, unitPriceMinor: 3333, taxRateBps: 700 },
          { sku: 'MUG-2', description: 'Mug', quantity: 1, unitPriceMinor: 999, taxRateBps: 1900 },
        ],
      }),
    ],
  ])('writes %s so that the CII passes the Factur-X XSD and both syntaxes pass the business rules', async (_case, doc) => {
    const { cii, ubl } = await writer.write(doc);

    expect(await validateCiiXml(cii)).toEqual({ valid: true, errors: [] });
    expect(ruleViolationsOf(cii)).toEqual([]);
    expect(ruleViolationsOf(ubl)).toEqual([]);
  });

  it('states type 381, its own number, the credited invoice (BT-25, BT-26) and positive amounts in both syntaxes', async () => {
    const doc = aCreditNoteDocument();

    const { cii, ubl } = await writer.write(doc);

    for (const creditNote of [semanticInvoiceFromCii(cii), semanticInvoiceFromUbl(ubl)]) {
      expect(creditNote).toMatchObject({ typeCode: '381', number: 'CN-2025-000003', totalWithVat: '15.29', amountDue: '15.29' });
      expect(creditNote.precedingInvoices?.map((p) => [p.number, p.issueDate?.replaceAll('-', '')])).toEqual([['INV-2025-000042', '20250314']]);
      expect(creditNote.lines.map((line) => [line.itemName, line.quantity, line.netAmount])).toEqual([['Widget model 2', '1', '12.74']]);
      expect(creditNote.dueDate).toBeUndefined();
    }
  });

  it('writes the UBL as a CreditNote document, not an Invoice', async () => {
    const { ubl } = await writer.write(aCreditNoteDocument());

    expect(ubl).toMatch(/<CreditNote xmlns="urn:oasis:names:specification:ubl:schema:xsd:CreditNote-2"/);
    expect(ubl).toContain('<cbc:CreditNoteTypeCode>381</cbc:CreditNoteTypeCode>');
    expect(ubl).toMatch(/<cac:CreditNoteLine>[\s\S]*<cbc:CreditedQuantity unitCode="C62">1<\/cbc:CreditedQuantity>/);
    expect(ubl).not.toMatch(/<cbc:(InvoiceTypeCode|InvoicedQuantity|DueDate)>|<cac:InvoiceLine>|<Invoice /);
  });

  it('fails BR-55 when the preceding invoice reference has no number', async () => {
    const { cii } = await writer.write(aCreditNoteDocument());

    const broken = cii.replace(/<ram:IssuerAssignedID>INV-2025-000042<\/ram:IssuerAssignedID>/, '');

    expect(ruleViolationsOf(broken).map((v) => v.rule)).toEqual(['BR-55']);
  });

  it.each([
    ['en-GB', ['Credit note', 'Credit note number', 'CN-2025-000003', 'Credits invoice', 'INV-2025-000042 of 14 Mar 2025', 'Reason: Damaged in transit', 'nothing is to be paid']],
    ['de-DE', ['Rechnungskorrektur', 'Korrekturnummer', 'CN-2025-000003', 'Zur Rechnung', 'INV-2025-000042 vom 14.03.2025', 'Grund: Damaged in transit', 'es ist nichts zu zahlen']],
  ])('renders a %s credit note as a Factur-X PDF/A-3b titled and referenced as a credit note', async (locale, expected) => {
    const render = await createInvoiceRendering();
    const doc = aCreditNoteDocument({ seller: aSeller({ locale }) });

    const { pdf } = await render(doc);

    expect(await checkFacturXPdf(pdf)).toEqual([]);
    const text = (await extractPdfText(pdf)).join('\n');
    for (const phrase of expected) expect(text).toContain(phrase);
    expect(text).not.toMatch(/Due date|Fällig am|Payable within|Zahlbar innerhalb/);
    expect(semanticInvoiceFromCii(await extractFacturXml(pdf)).typeCode).toBe('381');
    if (process.env.CREDIT_NOTE_PDF_DIR) writeFileSync(`${process.env.CREDIT_NOTE_PDF_DIR}/credit-note-${locale}.pdf`, pdf);
  });
});
