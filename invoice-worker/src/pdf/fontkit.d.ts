/**
 * The part of upstream fontkit 2 (which ships no types) that the renderer uses: parsing, cmap
 * look-ups, shaping (`layout`) and the metrics a PDF font descriptor needs. Subsetting is ours
 * (`trueTypeSubset.ts`).
 */
declare module 'fontkit' {
  export interface FontkitGlyph {
    id: number;
    codePoints: number[];
    advanceWidth: number;
  }

  export interface FontkitGlyphPosition {
    xAdvance: number;
    yAdvance: number;
    xOffset: number;
    yOffset: number;
  }

  export interface FontkitGlyphRun {
    glyphs: FontkitGlyph[];
    /** One per glyph, in the same order; in font units. */
    positions: FontkitGlyphPosition[];
  }

  export interface FontkitFont {
    postscriptName: string;
    unitsPerEm: number;
    ascent: number;
    descent: number;
    capHeight: number;
    xHeight: number;
    italicAngle: number;
    bbox: { minX: number; minY: number; maxX: number; maxY: number };
    post: { isFixedPitch: number | boolean };
    head: { macStyle: { italic: boolean } };
    'OS/2'?: { sFamilyClass: number };
    hasGlyphForCodePoint(codePoint: number): boolean;
    /** Shapes `text`; with `direction` 'rtl' the glyphs come back in drawing order (reversed). */
    layout(text: string, features?: Record<string, boolean>, script?: string, language?: string, direction?: 'ltr' | 'rtl'): FontkitGlyphRun;
  }

  export function create(buffer: Uint8Array, postscriptName?: string): FontkitFont;
}
