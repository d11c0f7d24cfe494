/**
 * The part of upstream fontkit 2 (which ships no types) that the renderer uses. pdf-lib reads more
 * of the font object than this; it receives the real object, typed through its own interface.
 */
declare module 'fontkit' {
  export interface FontkitGlyph {
    id: number;
    codePoints: number[];
    advanceWidth: number;
  }

  export interface FontkitGlyphRun {
    glyphs: FontkitGlyph[];
  }

  export interface FontkitSubset {
    includeGlyph(glyph: number | FontkitGlyph): number;
    encode(): Uint8Array;
  }

  export interface FontkitFont {
    postscriptName: string;
    unitsPerEm: number;
    hasGlyphForCodePoint(codePoint: number): boolean;
    layout(text: string, features?: Record<string, boolean>): FontkitGlyphRun;
    createSubset(): FontkitSubset;
  }

  export function create(buffer: Uint8Array, postscriptName?: string): FontkitFont;
}
