import { copyFile, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  colorProfileFile,
  createInvoiceRenderer,
  FACTUR_X_FILE_NAME,
  INVOICE_ATTACHMENT_NAME,
  InvoiceColorProfileError,
  type InvoiceRenderer,
} from '../../src/renderInvoice';
import { anInvoiceDocument } from '../support/anInvoiceDocument';
import { checkFacturXPdf, checkPdfA3b, extractFacturXml } from '../support/eInvoiceChecks';
import { extractPdfAttachments, extractPdfText } from '../support/pdfText';
import { childRenderer } from '../support/renderInChildProcess';

const FIXTURE = join(__dirname, '..', 'fixtures', 'factur-x-en16931.xml');
const sameBytes = (a: Uint8Array, b: Uint8Array) => Buffer.from(a).equals(Buffer.from(b));

let renderer: InvoiceRenderer;
let facturXml: string;
beforeAll(async () => {
  renderer = await createInvoiceRenderer();
  facturXml = await readFile(FIXTURE, 'utf8');
});

describe('Factur-X invoice PDF', () => {
  it('renders an invoice with its CII XML as a Factur-X EN 16931 PDF/A-3b that passes every offline check', async () => {
    const pdf = await renderer.render(anInvoiceDocument(), { facturXml });

    expect(await checkFacturXPdf(pdf)).toEqual([]);
  });

  it('passes the checks with many pages, Chinese text and a CJK font subset', async () => {
    const pdf = await renderer.render(anInvoiceDocument({ lines: 60, billTo: { name: '张伟 Łukasz' } }), { facturXml });

    expect(await checkFacturXPdf(pdf)).toEqual([]);
  });

  it('embeds the XML unchanged as factur-x.xml, beside invoice.json, both readable by pdf.js', async () => {
    const doc = anInvoiceDocument();
    const pdf = await renderer.render(doc, { facturXml: new TextEncoder().encode(facturXml) });

    expect(await extractFacturXml(pdf)).toBe(facturXml);
    const attachments = await extractPdfAttachments(pdf);
    expect(Object.keys(attachments).sort()).toEqual([FACTUR_X_FILE_NAME, INVOICE_ATTACHMENT_NAME]);
    expect(new TextDecoder().decode(attachments[FACTUR_X_FILE_NAME])).toBe(facturXml);
    expect(JSON.parse(new TextDecoder().decode(attachments[INVOICE_ATTACHMENT_NAME]))).toEqual(doc);
  });

  it('renders PDF/A-3b without factur-x.xml when no XML is given', async () => {
    const pdf = await renderer.render(anInvoiceDocument());

    expect(await checkPdfA3b(pdf)).toEqual([]);
    expect(Object.keys(await extractPdfAttachments(pdf))).toEqual([INVOICE_ATTACHMENT_NAME]);
    await expect(extractFacturXml(pdf)).rejects.toThrow(/no embedded factur-x\.xml/);
  });

  it('keeps XMP well-formed and equal to Info for names with XML markup, control characters and lone surrogates', async () => {
    const doc = anInvoiceDocument({
      invoiceNumber: 'INV-<1>&"2"',
      seller: { name: 'Smith & <Sons> "Ltd" \u0007 \uD800 ]]>' },
    });

    const pdf = await renderer.render(doc, { facturXml });

    expect(await checkFacturXPdf(pdf)).toEqual([]);
    expect((await extractPdfText(pdf))[0]).toContain('INV-<1>&"2"');
  });

  it('renders the same bytes for the same document and XML, from one renderer or two', async () => {
    const doc = anInvoiceDocument({ lines: 12, billTo: { name: 'Nguyễn 张伟' } });

    const first = await renderer.render(doc, { facturXml });
    const second = await (await createInvoiceRenderer()).render(doc, { facturXml });

    expect(sameBytes(first, second)).toBe(true);
    expect(sameBytes(first, await renderer.render(doc))).toBe(false);
  });

  it('renders the same bytes in processes with time zones on either side of the date line', async () => {
    // Issued a second before midnight UTC: the local date differs by a day between the two zones.
    const doc = anInvoiceDocument({ issuedAt: '2025-03-14T23:59:59.000Z', lines: 5 });
    const child = await childRenderer();
    try {
      const east = await child.render(doc, facturXml, { TZ: 'Pacific/Kiritimati' });
      const west = await child.render(doc, facturXml, { TZ: 'Pacific/Pago_Pago' });

      expect([east.timezoneOffsetMinutes, west.timezoneOffsetMinutes]).toEqual([-14 * 60, 11 * 60]);
      expect(sameBytes(east.pdf, west.pdf)).toBe(true);
      expect(sameBytes(east.pdf, await renderer.render(doc, { facturXml }))).toBe(true);
    } finally {
      await child.dispose();
    }
  });
});

describe('output intent ICC profile', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'invoice-icc-'));
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('renders the same bytes from a copy of the file listed by colorProfileFile()', async () => {
    const { file, source } = colorProfileFile();
    await copyFile(source, join(dir, file));

    const pdf = await (await createInvoiceRenderer({ colorProfile: join(dir, file) })).render(anInvoiceDocument(), { facturXml });

    expect(sameBytes(pdf, await renderer.render(anInvoiceDocument(), { facturXml }))).toBe(true);
  });

  it('fails at start-up with InvoiceColorProfileError naming a missing profile', async () => {
    const created = createInvoiceRenderer({ colorProfile: join(dir, 'missing.icc') });

    await expect(created).rejects.toThrow(InvoiceColorProfileError);
    await expect(created).rejects.toThrow(/missing\.icc cannot be read/);
  });

  it('fails at start-up when the file is not an RGB ICC profile', async () => {
    await writeFile(join(dir, 'fake.icc'), Buffer.alloc(3024, 1));

    await expect(createInvoiceRenderer({ colorProfile: join(dir, 'fake.icc') })).rejects.toThrow(/fake\.icc is not an RGB display ICC profile/);
  });
});
