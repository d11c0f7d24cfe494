import { AFRelationship, type PDFDocument, PDFName, PDFString } from 'pdf-lib';
import type { ColorProfile } from './colorProfile';
import { constantFlateStream } from './flateStream';

/** Name of the embedded CII XML, fixed by the Factur-X specification. */
export const FACTUR_X_FILE_NAME = 'factur-x.xml';

/** XMP namespace of the Factur-X extension schema (Factur-X 1.0, the same for ZUGFeRD 2.x). */
export const FACTUR_X_NAMESPACE = 'urn:factur-x:pdfa:CrossIndustryDocument:invoice:1p0#';

/** The document information, written both to the Info dictionary and to the XMP metadata. */
export interface PdfA3Metadata {
  title: string;
  /** Info /Author, XMP dc:creator. */
  author: string;
  /** Info /Subject, XMP dc:description. */
  subject: string;
  /** Info /Keywords and XMP pdf:Keywords, joined by spaces. */
  keywords: readonly string[];
  /** Info /Creator, XMP xmp:CreatorTool. */
  creator: string;
  producer: string;
  /** Catalog /Lang, e.g. `en`. */
  language: string;
  /** Creation, modification and metadata date, and the dates of the embedded XML. Second precision. */
  issuedAt: Date;
}

/** The Factur-X part: the CII XML (UTF-8) of the invoice at the EN 16931 profile. */
export interface FacturXInvoice {
  xml: string | Uint8Array;
  /** Shown by readers beside the attachment. */
  description: string;
}

/**
 * Makes `pdf` (being written, not yet saved) a PDF/A-3b file and, given `facturX`, a Factur-X
 * invoice at the EN 16931 conformance level:
 * - Info dictionary and an uncompressed XMP metadata stream with the same title, author, subject,
 *   keywords, creator, producer and dates (PDF/A requires them to agree), `pdfaid` part 3,
 *   conformance B, and with `facturX` the `fx` properties and their extension schema;
 * - an output intent (GTS_PDFA1) carrying `colorProfile`, the colour space of every colour drawn;
 * - with `facturX`, `factur-x.xml` embedded as text/xml with /AFRelationship /Alternative, dated
 *   `issuedAt`, in the EmbeddedFiles name tree and the catalog's /AF (pdf-lib adds both).
 *
 * Call it before attaching any other file: pdf-lib writes the EmbeddedFiles names in attach order,
 * and a name tree must be sorted (`factur-x.xml` sorts before `invoice.json`).
 * What the rest of the writer must keep true for PDF/A-3b (fonts embedded, no encryption, a
 * trailer /ID, no transparency) is listed in docs/decisions/factur-x.md. Deterministic: nothing
 * depends on the clock or the time zone. Text that XML cannot carry (control characters, lone
 * surrogates) becomes U+FFFD in both Info and XMP, so they still agree.
 */
export async function makePdfA3FacturX(
  pdf: PDFDocument,
  metadata: PdfA3Metadata,
  colorProfile: ColorProfile,
  facturX?: FacturXInvoice,
): Promise<void> {
  const info = {
    title: xmlSafe(metadata.title),
    author: xmlSafe(metadata.author),
    subject: xmlSafe(metadata.subject),
    keywords: metadata.keywords.map(xmlSafe).join(' '),
    creator: xmlSafe(metadata.creator),
    producer: xmlSafe(metadata.producer),
  };
  // Info dates are written to the second; XMP must name the same instant.
  const issuedAt = new Date(Math.floor(metadata.issuedAt.getTime() / 1000) * 1000);

  pdf.setTitle(info.title);
  pdf.setAuthor(info.author);
  pdf.setSubject(info.subject);
  pdf.setKeywords([info.keywords]);
  pdf.setCreator(info.creator);
  pdf.setProducer(info.producer);
  pdf.setLanguage(metadata.language);
  pdf.setCreationDate(issuedAt);
  pdf.setModificationDate(issuedAt);

  const { context, catalog } = pdf;
  const xmp = context.stream(new TextEncoder().encode(xmpPacket(info, issuedAt, facturX !== undefined)), {
    Type: 'Metadata',
    Subtype: 'XML',
  });
  catalog.set(PDFName.of('Metadata'), context.register(xmp));

  const profile = context.register(constantFlateStream(context, colorProfile.bytes, { N: 3 }));
  const intent = context.obj({
    Type: 'OutputIntent',
    S: 'GTS_PDFA1',
    OutputConditionIdentifier: PDFString.of(colorProfile.identifier),
    Info: PDFString.of(colorProfile.identifier),
    RegistryName: PDFString.of('http://www.color.org'),
    DestOutputProfile: profile,
  });
  catalog.set(PDFName.of('OutputIntents'), context.obj([context.register(intent)]));

  if (facturX) {
    const xml = typeof facturX.xml === 'string' ? new TextEncoder().encode(facturX.xml) : facturX.xml;
    await pdf.attach(xml, FACTUR_X_FILE_NAME, {
      mimeType: 'text/xml',
      description: xmlSafe(facturX.description),
      creationDate: issuedAt,
      modificationDate: issuedAt,
      afRelationship: AFRelationship.Alternative,
    });
  }
}

type InfoText = Record<'title' | 'author' | 'subject' | 'keywords' | 'creator' | 'producer', string>;

/**
 * The XMP packet (ISO 16684-1) of a PDF/A-3b file: one rdf:Description per schema, no padding
 * (the file is never edited in place), no xmpMM ids (they would have to be random or derived).
 */
function xmpPacket(info: InfoText, issuedAt: Date, facturX: boolean): string {
  const date = issuedAt.toISOString().replace(/\.\d{3}Z$/, 'Z');
  const description = (namespaces: string, body: string[]) =>
    [`<rdf:Description rdf:about="" ${namespaces}>`, ...body.map((line) => `  ${line}`), '</rdf:Description>'];
  const alt = (text: string) => `<rdf:Alt><rdf:li xml:lang="x-default">${escapeXml(text)}</rdf:li></rdf:Alt>`;
  const sections = [
    description('xmlns:pdfaid="http://www.aiim.org/pdfa/ns/id/"', ['<pdfaid:part>3</pdfaid:part>', '<pdfaid:conformance>B</pdfaid:conformance>']),
    description('xmlns:dc="http://purl.org/dc/elements/1.1/"', [
      '<dc:format>application/pdf</dc:format>',
      `<dc:title>${alt(info.title)}</dc:title>`,
      `<dc:creator><rdf:Seq><rdf:li>${escapeXml(info.author)}</rdf:li></rdf:Seq></dc:creator>`,
      `<dc:description>${alt(info.subject)}</dc:description>`,
    ]),
    description('xmlns:xmp="http://ns.adobe.com/xap/1.0/"', [
      `<xmp:CreatorTool>${escapeXml(info.creator)}</xmp:CreatorTool>`,
      `<xmp:CreateDate>${date}</xmp:CreateDate>`,
      `<xmp:ModifyDate>${date}</xmp:ModifyDate>`,
      `<xmp:MetadataDate>${date}</xmp:MetadataDate>`,
    ]),
    description('xmlns:pdf="http://ns.adobe.com/pdf/1.3/"', [
      `<pdf:Producer>${escapeXml(info.producer)}</pdf:Producer>`,
      `<pdf:Keywords>${escapeXml(info.keywords)}</pdf:Keywords>`,
    ]),
    ...(facturX ? facturXSections(description) : []),
  ];
  return [
    '<?xpacket begin="\uFEFF" id="W5M0MpCehiHzreSzNTczkc9d"?>',
    '<x:xmpmeta xmlns:x="adobe:ns:meta/">',
    '<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">',
    ...sections.flat(),
    '</rdf:RDF>',
    '</x:xmpmeta>',
    '<?xpacket end="r"?>',
  ].join('\n');
}

/** The Factur-X properties and the PDF/A extension schema that declares them (Factur-X 1.0, §6.2.2). */
function facturXSections(description: (namespaces: string, body: string[]) => string[]): string[][] {
  const property = (name: string, text: string) => [
    '<rdf:li rdf:parseType="Resource">',
    `  <pdfaProperty:name>${name}</pdfaProperty:name>`,
    '  <pdfaProperty:valueType>Text</pdfaProperty:valueType>',
    '  <pdfaProperty:category>external</pdfaProperty:category>',
    `  <pdfaProperty:description>${text}</pdfaProperty:description>`,
    '</rdf:li>',
  ];
  return [
    description(`xmlns:fx="${FACTUR_X_NAMESPACE}"`, [
      '<fx:DocumentType>INVOICE</fx:DocumentType>',
      `<fx:DocumentFileName>${FACTUR_X_FILE_NAME}</fx:DocumentFileName>`,
      '<fx:Version>1.0</fx:Version>',
      '<fx:ConformanceLevel>EN 16931</fx:ConformanceLevel>',
    ]),
    description(
      [
        'xmlns:pdfaExtension="http://www.aiim.org/pdfa/ns/extension/"',
        'xmlns:pdfaSchema="http://www.aiim.org/pdfa/ns/schema#"',
        'xmlns:pdfaProperty="http://www.aiim.org/pdfa/ns/property#"',
      ].join(' '),
      [
        '<pdfaExtension:schemas>',
        '  <rdf:Bag>',
        '    <rdf:li rdf:parseType="Resource">',
        '      <pdfaSchema:schema>Factur-X PDFA Extension Schema</pdfaSchema:schema>',
        `      <pdfaSchema:namespaceURI>${FACTUR_X_NAMESPACE}</pdfaSchema:namespaceURI>`,
        '      <pdfaSchema:prefix>fx</pdfaSchema:prefix>',
        '      <pdfaSchema:property>',
        '        <rdf:Seq>',
        ...[
          property('DocumentFileName', 'The name of the embedded XML document'),
          property('DocumentType', 'The type of the hybrid document in capital letters, e.g. INVOICE or ORDER'),
          property('Version', 'The actual version of the standard applying to the embedded XML document'),
          property('ConformanceLevel', 'The conformance level of the embedded XML document'),
        ]
          .flat()
          .map((line) => `          ${line}`),
        '        </rdf:Seq>',
        '      </pdfaSchema:property>',
        '    </rdf:li>',
        '  </rdf:Bag>',
        '</pdfaExtension:schemas>',
      ],
    ),
  ];
}

/** Characters XML 1.0 cannot carry (C0 controls but tab and line breaks, U+FFFE/U+FFFF, lone surrogates). */
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

function xmlSafe(text: string): string {
  return text.replace(NOT_XML, '\uFFFD');
}

function escapeXml(text: string): string {
  return text.replace(/[&<>]/g, (char) => (char === '&' ? '&amp;' : char === '<' ? '&lt;' : '&gt;'));
}
