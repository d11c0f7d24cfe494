import { writeFile } from 'node:fs/promises';
import { createEInvoiceWriter } from './src/eInvoice/eInvoiceWriter';
import { anInvoiceDocument } from './test/support/anInvoiceDocument';
it('writes', async () => {
  const w = createEInvoiceWriter();
  const doc = anInvoiceDocument({ billTo: { vatId: 'FR40303265045', reference: 'PO-7781' }, lines: [
    { sku: 'BOOK', quantity: 2, unitPriceMinor: 1500, taxRateBps: 700 },
    { sku: 'MUG', quantity: 1, unitPriceMinor: 1000, taxRateBps: 1900, description: 'Mug & <cup> "x"\u0007' },
    { sku: 'SVC', quantity: 1, unitPriceMinor: 5000, taxRateBps: 0, vatCategory: 'AE' }] });
  const d = { ...doc, vatBreakdown: doc.vatBreakdown.map((e) => e.vatCategory === 'AE' ? { ...e, exemptionReason: 'Reverse charge', exemptionReasonCode: 'VATEX-EU-AE' } : e) };
  const t = performance.now();
  const x = await w.write(d);
  const t2 = performance.now();
  for (let i = 0; i < 50; i++) await w.write(d);
  console.log('first', t2 - t, 'ms; then', (performance.now() - t2) / 50);
  await writeFile('/tmp/look/cii.xml', x.cii); await writeFile('/tmp/look/ubl.xml', x.ubl);
});
