import { type PDFContext, PDFName, type PDFRef, PDFString } from 'pdf-lib';
import type { FontFace } from './fonts';
import { subsetTrueType } from './trueTypeSubset';
import { flateStream } from './flateStream';

/** A face written into one PDF: its resource name and the code of each glyph in content streams. */
export interface EmbeddedFont {
  resource: PDFName;
  ref: PDFRef;
  /** Hex code (4 digits, Identity-H) that draws original glyph `id` standing for `text`. */
  codeOf(id: number, text: string): string;
}

/**
 * Embeds a subset of `face` holding the glyphs of `textsOf` (original glyph id → each text it stands
 * for in the document, in order of first use) as a Type0 / CIDFontType2 font with Identity-H
 * encoding and a ToUnicode map. A glyph's first text is its code (CID) = its subset glyph id; a
 * glyph drawn for several texts (Noto Sans Arabic draws the bodies of ق and ف with one glyph and
 * their dots apart) gets one more CID per further text, past the subset's glyphs, mapped to the glyph
 * by a CIDToGIDMap, so copying each gives its own text. A glyph that stands for no text (a dot, the
 * second half of a split vowel) maps to the empty string. Deterministic: the same glyphs and texts
 * give the same objects.
 */
export function embedFont(
  context: PDFContext,
  face: FontFace,
  resource: string,
  textsOf: ReadonlyMap<number, readonly string[]>,
): EmbeddedFont {
  const { font, pdfName } = face;
  const subset = subsetTrueType(face.program, textsOf.keys());
  const scale = 1000 / font.unitsPerEm;
  const codes = new Map<number, Map<string, string>>();
  const extraGlyphs: number[] = []; // subset glyph id of each CID past the subset's glyphs
  const unicode: [cid: number, text: string][] = [];
  for (const [id, texts] of textsOf) {
    const glyph = subset.newIdOf.get(id)!;
    const byText = new Map<string, string>();
    texts.forEach((text, index) => {
      const cid = index === 0 ? glyph : subset.advances.length + extraGlyphs.push(glyph) - 1;
      byText.set(text, hex4(cid));
      unicode.push([cid, text]);
    });
    codes.set(id, byText);
  }

  const fontFile = flateStream(context, subset.bytes, { Length1: subset.bytes.length });
  const { minX, minY, maxX, maxY } = font.bbox;
  const descriptor = context.obj({
    Type: 'FontDescriptor',
    FontName: pdfName,
    Flags: fontFlags(face),
    FontBBox: [minX, minY, maxX, maxY].map((value) => round(value * scale)),
    ItalicAngle: font.italicAngle,
    Ascent: round(font.ascent * scale),
    Descent: round(font.descent * scale),
    CapHeight: round((font.capHeight || font.ascent) * scale),
    XHeight: round((font.xHeight || 0) * scale),
    StemV: 0,
    FontFile2: context.register(fontFile),
  });
  const widths = subset.advances.map((advance) => round(advance * scale));
  const cidFont = context.obj({
    Type: 'Font',
    Subtype: 'CIDFontType2',
    BaseFont: pdfName,
    CIDToGIDMap: extraGlyphs.length === 0 ? 'Identity' : context.register(flateStream(context, cidToGidMap(subset.advances.length, extraGlyphs))),
    CIDSystemInfo: { Registry: PDFString.of('Adobe'), Ordering: PDFString.of('Identity'), Supplement: 0 },
    FontDescriptor: context.register(descriptor),
    W: [0, [...widths, ...extraGlyphs.map((glyph) => widths[glyph]!)]],
  });

  const toUnicode = unicode.sort(([a], [b]) => a - b).map(([cid, text]) => `<${hex4(cid)}> <${utf16Hex(text)}>`);
  const type0 = context.obj({
    Type: 'Font',
    Subtype: 'Type0',
    BaseFont: pdfName,
    Encoding: 'Identity-H',
    DescendantFonts: [context.register(cidFont)],
    ToUnicode: context.register(flateStream(context, toUnicodeCMap(toUnicode))),
  });
  return { resource: PDFName.of(resource), ref: context.register(type0), codeOf: (id, text) => codes.get(id)!.get(text)! };
}

/** CIDToGIDMap (ISO 32000-1, 9.7.4.2): the glyph of each CID, two bytes each; CIDs below `glyphs` are their own glyph. */
function cidToGidMap(glyphs: number, extraGlyphs: readonly number[]): Uint8Array {
  const map = new Uint8Array((glyphs + extraGlyphs.length) * 2);
  const view = new DataView(map.buffer);
  for (let cid = 0; cid < glyphs; cid++) view.setUint16(cid * 2, cid);
  extraGlyphs.forEach((glyph, index) => view.setUint16((glyphs + index) * 2, glyph));
  return map;
}

/** A ToUnicode CMap (Adobe technical note 5411); at most 100 mappings per bfchar block. */
function toUnicodeCMap(mappings: readonly string[]): string {
  const blocks: string[] = [];
  for (let start = 0; start < mappings.length; start += 100) {
    const block = mappings.slice(start, start + 100);
    blocks.push(`${block.length} beginbfchar\n${block.join('\n')}\nendbfchar`);
  }
  return [
    '/CIDInit /ProcSet findresource begin',
    '12 dict begin',
    'begincmap',
    '/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def',
    '/CMapName /Adobe-Identity-UCS def',
    '/CMapType 2 def',
    '1 begincodespacerange',
    '<0000> <FFFF>',
    'endcodespacerange',
    ...blocks,
    'endcmap',
    'CMapName currentdict /CMap defineresource pop',
    'end',
    'end',
  ].join('\n');
}

/** PDF font descriptor flags (ISO 32000-1, 9.8.2): symbolic, as the subset has no standard encoding. */
function fontFlags({ font }: FontFace): number {
  const familyClass = font['OS/2']?.sFamilyClass ?? 0;
  let flags = 1 << 2; // Symbolic
  if (font.post.isFixedPitch) flags |= 1 << 0;
  if (familyClass >= 1 && familyClass <= 7) flags |= 1 << 1; // Serif
  if (familyClass === 10) flags |= 1 << 3; // Script
  if (font.head.macStyle.italic) flags |= 1 << 6;
  return flags;
}

const round = (value: number) => Math.round(value * 1000) / 1000;
const hex4 = (value: number) => value.toString(16).toUpperCase().padStart(4, '0');

function utf16Hex(text: string): string {
  let hex = '';
  for (let index = 0; index < text.length; index++) hex += hex4(text.charCodeAt(index));
  return hex;
}
