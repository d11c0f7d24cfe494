/**
 * TrueType subsetting for PDF embedding (ISO 32000-1, 9.9: a TrueType font program in a PDF needs
 * only `head`, `hhea`, `loca`, `maxp`, `cvt `, `prep`, `glyf`, `hmtx` and `fpgm`). Table layouts
 * follow the OpenType specification. We subset ourselves rather than with fontkit's `createSubset`
 * because that decodes every outline and re-encodes every table through `restructure` for each
 * document; here a subset is a copy of the used glyphs' bytes plus four small tables.
 */

/** A parsed TrueType font: where its tables are, and the glyph offsets. Parse once per font. */
export interface TrueTypeProgram {
  bytes: Uint8Array;
  tables: ReadonlyMap<string, { offset: number; length: number }>;
  numGlyphs: number;
  numberOfHMetrics: number;
  /** Start of each glyph in `glyf` (relative to the table), `numGlyphs + 1` entries. */
  glyphOffsets: Uint32Array;
}

export interface TrueTypeSubset {
  /** The font program: only the given glyphs (and the components of composite ones). */
  bytes: Uint8Array;
  /** New glyph id for each original one; `.notdef` stays 0, the rest follow in original order. */
  newIdOf: ReadonlyMap<number, number>;
  /** Advance width, in font units, of each glyph of the subset by new id. */
  advances: readonly number[];
}

const REQUIRED = ['head', 'hhea', 'maxp', 'hmtx', 'loca', 'glyf'] as const;
const COPIED = ['cvt ', 'fpgm', 'prep'] as const;

/** Reads the table directory of a TrueType (glyf-outline) font. Throws when a required table is missing. */
export function parseTrueType(bytes: Uint8Array): TrueTypeProgram {
  const view = viewOf(bytes);
  const tables = new Map<string, { offset: number; length: number }>();
  const count = view.getUint16(4);
  for (let index = 0; index < count; index++) {
    const record = 12 + index * 16;
    const tag = String.fromCharCode(...bytes.subarray(record, record + 4));
    tables.set(tag, { offset: view.getUint32(record + 8), length: view.getUint32(record + 12) });
  }
  for (const tag of REQUIRED) if (!tables.has(tag)) throw new Error(`not a TrueType font: no '${tag}' table`);
  const at = (tag: string) => tables.get(tag)!.offset;
  const numGlyphs = view.getUint16(at('maxp') + 4);
  const longOffsets = view.getInt16(at('head') + 50) === 1;
  const glyphOffsets = new Uint32Array(numGlyphs + 1);
  for (let id = 0; id <= numGlyphs; id++) {
    glyphOffsets[id] = longOffsets ? view.getUint32(at('loca') + id * 4) : view.getUint16(at('loca') + id * 2) * 2;
  }
  return { bytes, tables, numGlyphs, numberOfHMetrics: view.getUint16(at('hhea') + 34), glyphOffsets };
}

/**
 * Builds a font program holding `glyphIds` (plus `.notdef` and the components of composite glyphs),
 * renumbered from 0 in original order. The same set of ids always gives the same bytes.
 */
export function subsetTrueType(program: TrueTypeProgram, glyphIds: Iterable<number>): TrueTypeSubset {
  const { bytes, tables, glyphOffsets } = program;
  const glyf = tables.get('glyf')!.offset;
  const glyphBytes = (id: number) => bytes.subarray(glyf + glyphOffsets[id]!, glyf + glyphOffsets[id + 1]!);

  const kept = new Set<number>([0]);
  const pending = [...glyphIds];
  while (pending.length > 0) {
    const id = pending.pop()!;
    if (kept.has(id) || id < 0 || id >= program.numGlyphs) continue;
    kept.add(id);
    pending.push(...componentsOf(glyphBytes(id)).map((component) => component.id));
  }
  const ids = [...kept].sort((a, b) => a - b);
  const newIdOf = new Map(ids.map((id, index) => [id, index]));

  const glyphs = ids.map((id) => {
    const data = glyphBytes(id);
    const components = componentsOf(data);
    if (components.length === 0) return data;
    const copy = data.slice();
    for (const { id: component, at } of components) viewOf(copy).setUint16(at, newIdOf.get(component)!);
    return copy;
  });

  const loca = new Uint8Array((ids.length + 1) * 4);
  const glyfTable = new Uint8Array(glyphs.reduce((sum, glyph) => sum + padded(glyph.length), 0));
  let offset = 0;
  glyphs.forEach((glyph, index) => {
    viewOf(loca).setUint32(index * 4, offset);
    glyfTable.set(glyph, offset);
    offset += padded(glyph.length);
  });
  viewOf(loca).setUint32(ids.length * 4, offset);

  const hmtx = new Uint8Array(ids.length * 4);
  const advances = ids.map((id, index) => {
    const { advance, leftSideBearing } = horizontalMetrics(program, id);
    viewOf(hmtx).setUint16(index * 4, advance);
    viewOf(hmtx).setInt16(index * 4 + 2, leftSideBearing);
    return advance;
  });

  const head = copyTable(program, 'head');
  viewOf(head).setUint32(8, 0); // checkSumAdjustment, set once the whole font is written
  viewOf(head).setInt16(50, 1); // indexToLocFormat: 32-bit offsets
  const hhea = copyTable(program, 'hhea');
  viewOf(hhea).setUint16(34, ids.length);
  const maxp = copyTable(program, 'maxp');
  viewOf(maxp).setUint16(4, ids.length);

  const out = new Map<string, Uint8Array>([
    ['glyf', glyfTable],
    ['head', head],
    ['hhea', hhea],
    ['hmtx', hmtx],
    ['loca', loca],
    ['maxp', maxp],
  ]);
  for (const tag of COPIED) if (tables.has(tag)) out.set(tag, copyTable(program, tag));
  return { bytes: writeFont(out), newIdOf, advances };
}

/** Component glyph ids of a composite glyph and where each is stored; none for a simple glyph. */
function componentsOf(glyph: Uint8Array): { id: number; at: number }[] {
  if (glyph.length < 10) return [];
  const view = viewOf(glyph);
  if (view.getInt16(0) >= 0) return [];
  const ARG_1_AND_2_ARE_WORDS = 0x0001;
  const WE_HAVE_A_SCALE = 0x0008;
  const MORE_COMPONENTS = 0x0020;
  const WE_HAVE_AN_X_AND_Y_SCALE = 0x0040;
  const WE_HAVE_A_TWO_BY_TWO = 0x0080;
  const components: { id: number; at: number }[] = [];
  let at = 10;
  let flags: number;
  do {
    flags = view.getUint16(at);
    components.push({ id: view.getUint16(at + 2), at: at + 2 });
    at += 4 + (flags & ARG_1_AND_2_ARE_WORDS ? 4 : 2);
    if (flags & WE_HAVE_A_SCALE) at += 2;
    else if (flags & WE_HAVE_AN_X_AND_Y_SCALE) at += 4;
    else if (flags & WE_HAVE_A_TWO_BY_TWO) at += 8;
  } while (flags & MORE_COMPONENTS && at + 4 <= glyph.length);
  return components;
}

function horizontalMetrics(program: TrueTypeProgram, id: number): { advance: number; leftSideBearing: number } {
  const view = viewOf(program.bytes);
  const hmtx = program.tables.get('hmtx')!.offset;
  const long = program.numberOfHMetrics;
  if (id < long) return { advance: view.getUint16(hmtx + id * 4), leftSideBearing: view.getInt16(hmtx + id * 4 + 2) };
  // Glyphs past the last long metric share its advance and store only a bearing.
  return { advance: view.getUint16(hmtx + (long - 1) * 4), leftSideBearing: view.getInt16(hmtx + long * 4 + (id - long) * 2) };
}

/** Writes an sfnt: table directory (tags in ascending order), 4-byte aligned tables, checksums. */
function writeFont(tables: ReadonlyMap<string, Uint8Array>): Uint8Array {
  const tags = [...tables.keys()].sort();
  const headerLength = 12 + tags.length * 16;
  const total = tags.reduce((sum, tag) => sum + padded(tables.get(tag)!.length), headerLength);
  const font = new Uint8Array(total);
  const view = viewOf(font);
  const entrySelector = Math.floor(Math.log2(tags.length));
  const searchRange = 2 ** entrySelector * 16;
  view.setUint32(0, 0x00010000);
  view.setUint16(4, tags.length);
  view.setUint16(6, searchRange);
  view.setUint16(8, entrySelector);
  view.setUint16(10, tags.length * 16 - searchRange);
  let offset = headerLength;
  let headOffset = 0;
  tags.forEach((tag, index) => {
    const table = tables.get(tag)!;
    const record = 12 + index * 16;
    for (let char = 0; char < 4; char++) font[record + char] = tag.charCodeAt(char);
    font.set(table, offset);
    view.setUint32(record + 4, checksum(font, offset, table.length));
    view.setUint32(record + 8, offset);
    view.setUint32(record + 12, table.length);
    if (tag === 'head') headOffset = offset;
    offset += padded(table.length);
  });
  view.setUint32(headOffset + 8, (0xb1b0afba - checksum(font, 0, font.length)) >>> 0);
  return font;
}

function checksum(bytes: Uint8Array, offset: number, length: number): number {
  let sum = 0;
  for (let at = offset; at < offset + length; at += 4) {
    const word = ((bytes[at] ?? 0) << 24) | ((bytes[at + 1] ?? 0) << 16) | ((bytes[at + 2] ?? 0) << 8) | (bytes[at + 3] ?? 0);
    sum = (sum + (word >>> 0)) >>> 0;
  }
  return sum;
}

function copyTable(program: TrueTypeProgram, tag: string): Uint8Array {
  const { offset, length } = program.tables.get(tag)!;
  return program.bytes.slice(offset, offset + length);
}

const padded = (length: number) => (length + 3) & ~3;
const viewOf = (bytes: Uint8Array) => new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
