import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { PDFArray, PDFDict, PDFDocument, PDFName, PDFNumber, PDFRawStream, PDFRef, PDFStream } from 'pdf-lib';
import { createInvoiceRenderer } from '../../src/renderInvoice';
import { anInvoiceDocument } from '../support/anInvoiceDocument';
import { checkFacturXPdf, checkPdfA3b, extractFacturXml, validateCiiXml } from '../support/eInvoiceChecks';

const FIXTURE = join(__dirname, '..', 'fixtures', 'factur-x-en16931.xml');

let facturXml: string;
let invoicePdf: Uint8Array;
beforeAll(async () => {
  facturXml = await readFile(FIXTURE, 'utf8');
  invoicePdf = await (await createInvoiceRenderer()).render(anInvoiceDocument(), { facturXml });
});

/** The rendered invoice, changed by `edit` through pdf-lib and saved again. */
async function brokenInvoice(edit: (pdf: PDFDocument) => void | Promise<void>): Promise<Uint8Array> {
  const pdf = await PDFDocument.load(invoicePdf, { updateMetadata: false });
  await edit(pdf);
  return pdf.save({ useObjectStreams: true });
}

const facturXFileSpec = (pdf: PDFDocument): PDFDict => {
  const names = pdf.catalog.lookup(PDFName.of('Names'), PDFDict).lookup(PDFName.of('EmbeddedFiles'), PDFDict).lookup(PDFName.of('Names'), PDFArray);
  return pdf.context.lookup(names.get(1), PDFDict);
};

const replaceXmp = (pdf: PDFDocument, edit: (xmp: string) => string | Uint8Array) => {
  const stream = pdf.catalog.lookup(PDFName.of('Metadata'));
  if (!(stream instanceof PDFRawStream)) throw new Error('the rendered invoice has no raw /Metadata stream');
  const edited = edit(new TextDecoder().decode(stream.getContents()));
  const bytes = typeof edited === 'string' ? new TextEncoder().encode(edited) : edited;
  pdf.catalog.set(PDFName.of('Metadata'), pdf.context.register(pdf.context.stream(bytes, { Type: 'Metadata', Subtype: 'XML' })));
};

/** Adds a content stream of `operators` to the first page, using its first font resource. */
const drawOnFirstPage = (pdf: PDFDocument, operators: (font: string) => string) => {
  const page = pdf.getPage(0).node;
  const font = page.Resources()!.lookup(PDFName.of('Font'), PDFDict).keys()[0]!.decodeText();
  // pdf-lib has made /Contents an array on load.
  page.lookup(PDFName.of('Contents'), PDFArray).push(pdf.context.register(pdf.context.flateStream(operators(font))));
};

describe('validateCiiXml', () => {
  it('accepts the CII EN 16931 fixture', async () => {
    expect(await validateCiiXml(facturXml)).toEqual({ valid: true, errors: [] });
  });

  it('rejects CII whose elements are out of the XSD order, naming the element and the line', async () => {
    const swapped = facturXml.replace(/(<ram:ID>INV-2025-000042<\/ram:ID>)\s*(<ram:TypeCode>380<\/ram:TypeCode>)/, '$2$1');

    const result = await validateCiiXml(swapped);

    expect(result.valid).toBe(false);
    expect(result.errors.join('\n')).toMatch(/factur-x\.xml:\d+: .*Element '\{[^}]+\}TypeCode': This element is not expected/);
  });

  it('rejects an amount that is not a decimal', async () => {
    const result = await validateCiiXml(facturXml.replace('<ram:GrandTotalAmount>140.88<', '<ram:GrandTotalAmount>140,88 EUR<'));

    expect(result.valid).toBe(false);
    expect(result.errors.join('\n')).toMatch(/GrandTotalAmount/);
  });

  it('rejects a UBL invoice, whose root element the CII schema does not declare', async () => {
    const ubl = '<Invoice xmlns="urn:oasis:names:specification:ubl:schema:xsd:Invoice-2"><ID xmlns="urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2">1</ID></Invoice>';

    expect((await validateCiiXml(ubl)).valid).toBe(false);
  });
});

describe('checkPdfA3b and checkFacturXPdf', () => {
  it('pass a rendered invoice, also after pdf-lib reads and saves it again', async () => {
    expect(await checkFacturXPdf(invoicePdf)).toEqual([]);
    expect(await checkFacturXPdf(await brokenInvoice(() => undefined))).toEqual([]);
  });

  it('report a missing output intent', async () => {
    const pdf = await brokenInvoice((doc) => {
      doc.catalog.delete(PDFName.of('OutputIntents'));
    });

    expect(await checkPdfA3b(pdf)).toEqual(['the catalog has no /OutputIntents']);
  });

  it('report an output intent whose ICC stream is not three-component RGB', async () => {
    const pdf = await brokenInvoice((doc) => {
      const intent = doc.catalog.lookup(PDFName.of('OutputIntents'), PDFArray).lookup(0, PDFDict);
      intent.lookup(PDFName.of('DestOutputProfile'), PDFStream).dict.set(PDFName.of('N'), PDFNumber.of(1));
    });

    expect(await checkPdfA3b(pdf)).toEqual(["the output intent's ICC stream has /N 1, not 3"]);
  });

  it('report factur-x.xml with a relationship other than Alternative', async () => {
    const pdf = await brokenInvoice((doc) => facturXFileSpec(doc).set(PDFName.of('AFRelationship'), PDFName.of('Data')));

    expect(await checkPdfA3b(pdf)).toEqual([]);
    expect(await checkFacturXPdf(pdf)).toEqual(['factur-x.xml has /AFRelationship /Data, not /Alternative']);
  });

  it('report an embedded file that is missing from the catalog /AF', async () => {
    const pdf = await brokenInvoice((doc) => doc.catalog.lookup(PDFName.of('AF'), PDFArray).remove(0));

    expect(await checkFacturXPdf(pdf)).toEqual([
      "embedded file factur-x.xml is not listed in the catalog's /AF",
      "factur-x.xml is not listed in the catalog's /AF",
    ]);
  });

  it('report malformed XMP', async () => {
    const pdf = await brokenInvoice((doc) => replaceXmp(doc, (xmp) => xmp.replace('</pdfaid:part>', '</pdfaid:parts>')));

    const problems = await checkPdfA3b(pdf);

    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^the XMP metadata is not well-formed XML: .*pdfaid:part/);
  });

  it('report XMP that is not strict UTF-8', async () => {
    const pdf = await brokenInvoice((doc) =>
      replaceXmp(doc, (xmp) => Buffer.concat([Buffer.from(xmp.replace('Acme Widgets Ltd', 'Acme Widgets Lt')), Buffer.from([0xc3, 0x28])])),
    );

    expect(await checkPdfA3b(pdf)).toEqual([expect.stringMatching(/^the XMP metadata is not UTF-8/)]);
  });

  it('report XMP that declares another PDF/A part or a compressed metadata stream', async () => {
    const pdf = await brokenInvoice((doc) => {
      replaceXmp(doc, (xmp) => xmp.replace('<pdfaid:part>3<', '<pdfaid:part>2<'));
      doc.catalog.lookup(PDFName.of('Metadata'), PDFStream).dict.set(PDFName.of('Filter'), PDFName.of('FlateDecode'));
    });

    // The stream's bytes are not Flate data; the check reads them as stored, as a PDF/A reader must.
    expect(await checkPdfA3b(pdf)).toEqual(['the /Metadata stream is compressed', 'XMP pdfaid:part is 2, not 3']);
  });

  it('report Info entries that XMP does not repeat', async () => {
    const pdf = await brokenInvoice((doc) => {
      doc.setTitle('Another title');
      doc.setModificationDate(new Date('2030-01-01T00:00:00Z'));
    });

    expect(await checkPdfA3b(pdf)).toEqual([
      'Info /Title "Another title" differs from XMP title "Invoice INV-2025-000042"',
      'Info /ModDate 2030-01-01T00:00:00.000Z differs from XMP xmp:ModifyDate 2025-03-14T09:26:53Z',
    ]);
  });

  it('report missing or wrong Factur-X XMP properties and extension schema', async () => {
    const pdf = await brokenInvoice((doc) =>
      replaceXmp(doc, (xmp) =>
        xmp
          .replace('<fx:ConformanceLevel>EN 16931<', '<fx:ConformanceLevel>BASIC<')
          .replace('<pdfaProperty:name>Version</pdfaProperty:name>', '<pdfaProperty:name>Versions</pdfaProperty:name>'),
      ),
    );

    expect(await checkFacturXPdf(pdf)).toEqual([
      'XMP fx:ConformanceLevel is BASIC, not EN 16931',
      'the Factur-X extension schema does not declare fx:Version',
    ]);
  });

  it('report a font without an embedded program', async () => {
    const pdf = await brokenInvoice((doc) => {
      const type0 = doc.getPage(0).node.Resources()!.lookup(PDFName.of('Font'), PDFDict).lookup(PDFName.of('sans'), PDFDict);
      const cidFont = type0.lookup(PDFName.of('DescendantFonts'), PDFArray).lookup(0, PDFDict);
      cidFont.lookup(PDFName.of('FontDescriptor'), PDFDict).delete(PDFName.of('FontFile2'));
    });

    expect(await checkPdfA3b(pdf)).toEqual(['font /sans (/DJVSNS+DejaVuSans) is not embedded']);
  });

  it.each([
    ['a hex string with Tj', (font: string) => `BT /${font} 9 Tf 1 0 0 1 50 50 Tm <00050000> Tj ET`],
    ['a literal string in a TJ array', (font: string) => `BT /${font} 9 Tf 50 50 Td [(\\000\\005) -20 (\\000\\000)] TJ ET`],
  ])('report text that draws glyph 0 (.notdef), written as %s', async (_form, operators) => {
    const pdf = await brokenInvoice((doc) => drawOnFirstPage(doc, operators));

    expect(await checkPdfA3b(pdf)).toEqual([expect.stringMatching(/^page 1 draws glyph 0 \(\.notdef\) of \/\w+$/)]);
  });

  it('report text that draws a glyph beyond the embedded subset', async () => {
    const pdf = await brokenInvoice((doc) => drawOnFirstPage(doc, (font) => `BT /${font} 9 Tf <7FFF> Tj ET`));

    expect(await checkPdfA3b(pdf)).toEqual([expect.stringMatching(/^page 1 draws glyph 32767 of \/\w+, whose program has \d+ glyphs$/)]);
  });

  it('report an encrypted file and a header without a binary comment', async () => {
    const encrypted = await brokenInvoice((doc) => {
      doc.context.trailerInfo.Encrypt = doc.context.register(doc.context.obj({ Filter: 'Standard' })) as PDFRef;
    });
    const header = new Uint8Array(invoicePdf);
    header.set(Buffer.from('%abcd'), header.indexOf(0x0a) + 1);

    expect(await checkPdfA3b(encrypted)).toEqual(['the file is encrypted (trailer /Encrypt)']);
    expect(await checkPdfA3b(header)).toEqual(['the header line is not followed by a comment of four bytes of 128 or more']);
  });

  it('report embedded XML that violates the XSD', async () => {
    const pdf = await (await createInvoiceRenderer()).render(anInvoiceDocument(), {
      facturXml: facturXml.replace('<ram:TypeCode>380</ram:TypeCode>', ''),
    });

    expect(await checkPdfA3b(pdf)).toEqual([]);
    expect(await checkFacturXPdf(pdf)).toEqual([expect.stringMatching(/^factur-x\.xml is not valid against the Factur-X EN 16931 XSD: .*IssueDateTime/)]);
  });
});

describe('extractFacturXml', () => {
  it('returns the embedded XML', async () => {
    expect(await extractFacturXml(invoicePdf)).toBe(facturXml);
  });

  it('throws when the PDF has no factur-x.xml', async () => {
    const pdf = await (await createInvoiceRenderer()).render(anInvoiceDocument());

    await expect(extractFacturXml(pdf)).rejects.toThrow('the PDF has no embedded factur-x.xml');
  });
});
