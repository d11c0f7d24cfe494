import { MAX_AMOUNT_MINOR } from '@checkout/domain';
import { createEInvoiceWriter } from '../../src/eInvoice/eInvoiceWriter';
import { createInvoiceRendering } from '../../src/renderInvoice';
import { checkFacturXPdf, extractFacturXml, validateCiiXml } from '../support/eInvoiceChecks';
import { anInvoiceDocument, aSeller } from '../support/anInvoiceDocument';
import { ruleViolationsOf, semanticInvoiceFromCii, semanticInvoiceFromUbl } from '../support/semanticInvoice';

const writer = createEInvoiceWriter();

/** Books at 7 %, a mug at 19 %, an exempt course and a reverse-charged service: every category we issue. */
const mixedVat = () => {
  const doc = anInvoiceDocument({
    billTo: { vatId: 'FR40303265045', reference: 'PO-7781' },
    lines: [
      { sku: 'BOOK-1', description: 'Domain-Driven Design', quantity: 3, unitPriceMinor: 3333, taxRateBps: 700 },
      { sku: 'MUG-2', description: 'Mug & <cup> "x"', quantity: 1, unitPriceMinor: 999, taxRateBps: 1900 },
      { sku: 'COURSE', description: 'Evening course', quantity: 1, unitPriceMinor: 12000, taxRateBps: 0, vatCategory: 'E' },
      { sku: 'CONSULT', description: 'Consulting', quantity: 2, unitPriceMinor: 50000, taxRateBps: 0, vatCategory: 'AE' },
      { sku: 'PAPER', description: 'Newspaper', quantity: 1, unitPriceMinor: 250, taxRateBps: 0, vatCategory: 'Z' },
    ],
  });
  return {
    ...doc,
    vatBreakdown: doc.vatBreakdown.map((entry) =>
      entry.vatCategory === 'E'
        ? { ...entry, exemptionReason: 'Education, Art. 132(1)(i) 2006/112/EC' }
        : entry.vatCategory === 'AE'
          ? { ...entry, exemptionReason: 'Reverse charge', exemptionReasonCode: 'VATEX-EU-AE' }
          : entry,
    ),
  };
};

describe('EN 16931 XML (CII for Factur-X, UBL 2.1)', () => {
  it.each([
    ['one standard rate', anInvoiceDocument({ lines: 12 })],
    ['every VAT category we issue, several rates', mixedVat()],
    ['a German seller paid by card', anInvoiceDocument({ seller: aSeller({ locale: 'de-DE', paymentMeans: { kind: 'card' } }) })],
    ['a zero-decimal currency', anInvoiceDocument({ currency: 'JPY', lines: [{ sku: 'TEA', quantity: 3, unitPriceMinor: 1234 }] })],
    ['the largest amounts', anInvoiceDocument({ lines: [{ sku: 'BIG', quantity: 1, unitPriceMinor: MAX_AMOUNT_MINOR / 2 }], taxRateBps: 0 })],
  ])('writes %s so that the CII passes the Factur-X EN 16931 XSD and both syntaxes pass the business rules', async (_case, doc) => {
    const { cii, ubl } = await writer.write(doc);

    expect(await validateCiiXml(cii)).toEqual({ valid: true, errors: [] });
    expect(ruleViolationsOf(cii)).toEqual([]);
    expect(ruleViolationsOf(ubl)).toEqual([]);
  });

  it('issues every invoice as a Factur-X PDF/A-3b whose factur-x.xml is the CII of that invoice', async () => {
    const render = await createInvoiceRendering();
    const doc = mixedVat();

    const { pdf, ublXml } = await render(doc);

    expect(await checkFacturXPdf(pdf)).toEqual([]);
    const embedded = await extractFacturXml(pdf);
    expect(embedded).toBe((await writer.write(doc)).cii);
    expect(ruleViolationsOf(embedded)).toEqual([]);
    expect(semanticInvoiceFromCii(embedded).amountDue).toBe(semanticInvoiceFromUbl(ublXml).amountDue);
  });

  it('carries the invoice number, every line and the totals, in both syntaxes alike', async () => {
    const doc = mixedVat();

    const { cii, ubl } = await writer.write(doc);

    for (const invoice of [semanticInvoiceFromCii(cii), semanticInvoiceFromUbl(ubl)]) {
      expect(invoice.number).toBe('INV-2025-000042');
      expect(invoice.lines.map((line) => [line.itemName, line.quantity, line.netAmount, line.vatCategory, line.vatRate])).toEqual([
        ['Domain-Driven Design', '3', '99.99', 'S', '7'],
        ['Mug & <cup> "x"', '1', '9.99', 'S', '19'],
        ['Evening course', '1', '120.00', 'E', '0'],
        ['Consulting', '2', '1000.00', 'AE', '0'],
        ['Newspaper', '1', '2.50', 'Z', '0'],
      ]);
      expect(invoice.vatBreakdown.map((entry) => [entry.category, entry.rate, entry.taxableAmount, entry.taxAmount])).toEqual([
        ['S', '19', '9.99', '1.90'],
        ['S', '7', '99.99', '7.00'],
        ['Z', '0', '2.50', '0.00'],
        ['E', '0', '120.00', '0.00'],
        ['AE', '0', '1000.00', '0.00'],
      ]);
      expect([invoice.sumOfLineNetAmounts, invoice.totalVat, invoice.totalWithVat, invoice.amountDue]).toEqual(['1232.48', '8.90', '1241.38', '1241.38']);
      expect(invoice.buyer.vatId).toBe('FR40303265045');
      expect(invoice.seller.vatId).toBe('GB123456789');
      expect(invoice.payeeAccount).toBe('DE02120300000000202051');
    }
  });

  it('writes the same bytes for the same document', async () => {
    const first = await writer.write(mixedVat());
    const second = await createEInvoiceWriter().write(mixedVat());

    expect(second).toEqual(first);
  });

  it('drops control characters, which XML 1.0 cannot carry', async () => {
    const { cii, ubl } = await writer.write(anInvoiceDocument({ lines: [{ sku: 'A', description: 'bell\u0007 and\u0085line\u2028break\ud800' }] }));

    for (const xml of [cii, ubl]) {
      expect(xml).toContain('bell and line break');
      expect(xml).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]|\p{Cs}/u);
    }
  });

  describe('business rules catch a wrong invoice (negative tests)', () => {
    const tamper = async (edit: (xml: string) => string) => {
      const { cii, ubl } = await writer.write(mixedVat());
      return { cii: ruleViolationsOf(edit(cii)).map((v) => v.rule), ubl: ruleViolationsOf(edit(ubl)).map((v) => v.rule) };
    };

    it('fails a grand total that is not net plus VAT (BR-CO-15, BR-CO-16)', async () => {
      const rules = await tamper((xml) => xml.replace(/(GrandTotalAmount|TaxInclusiveAmount)([^>]*)>1241\.38</, '$1$2>1241.39<'));
      expect(rules.cii).toEqual(expect.arrayContaining(['BR-CO-15', 'BR-CO-16']));
      expect(rules.ubl).toEqual(expect.arrayContaining(['BR-CO-15', 'BR-CO-16']));
    });

    it('fails a line total that does not add up (BR-CO-10, BR-S-08)', async () => {
      const rules = await tamper((xml) => xml.replace(/(LineTotalAmount|LineExtensionAmount)([^>]*)>99\.99</, '$1$2>99.98<'));
      expect(rules.cii).toEqual(expect.arrayContaining(['BR-CO-10', 'BR-S-08']));
      expect(rules.ubl).toEqual(expect.arrayContaining(['BR-CO-10', 'BR-S-08']));
    });

    it('fails a VAT amount that is not taxable × rate (BR-CO-17, BR-CO-14)', async () => {
      const rules = await tamper((xml) => xml.replace(/>1\.90</, '>1.91<'));
      expect(rules.cii).toEqual(expect.arrayContaining(['BR-CO-17', 'BR-CO-14']));
      expect(rules.ubl).toEqual(expect.arrayContaining(['BR-CO-17', 'BR-CO-14']));
    });

    it('fails a standard-rated line at 0 % and a reverse charge without the buyer VAT ID (BR-S-05, BR-AE-02)', async () => {
      const rules = await tamper((xml) =>
        xml
          .replace(/(RateApplicablePercent>|ClassifiedTaxCategory>\s*<cbc:ID>S<\/cbc:ID>\s*<cbc:Percent>)19</, '$10<')
          .replace(/FR40303265045/, ''),
      );
      expect(rules.cii).toEqual(expect.arrayContaining(['BR-S-05', 'BR-AE-02']));
      expect(rules.ubl).toEqual(expect.arrayContaining(['BR-S-05', 'BR-AE-02']));
    });

    it('fails an exempt breakdown without its reason, and an invoice without a seller VAT ID (BR-E-10, BR-S-02)', async () => {
      const rules = await tamper((xml) =>
        xml
          .replace(/Education, Art\. 132\(1\)\(i\) 2006\/112\/EC/g, '')
          .replace(/GB123456789/g, ''),
      );
      expect(rules.cii).toEqual(expect.arrayContaining(['BR-E-10', 'BR-S-02']));
      expect(rules.ubl).toEqual(expect.arrayContaining(['BR-E-10', 'BR-S-02']));
    });
  });
});
