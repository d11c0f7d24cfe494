import type { FontFace } from './fonts';

/** One run of text shaped with one face: what is measured is what is drawn. */
export interface GlyphRun {
  /** Glyph ids in drawing order. */
  ids: readonly number[];
  /** The text each glyph stands for, for the PDF's ToUnicode map (copy and search). */
  unicode: readonly string[];
  /** Sum of the glyphs' advance widths in 1/1000 em (kerning is not applied). */
  units: number;
}

/**
 * Features handed to fontkit when shaping. Ligatures are off: text copied from the PDF stays letter
 * by letter.
 */
export const FONT_FEATURES: Record<string, boolean> = { liga: false, clig: false, dlig: false };

/**
 * Shapes `text` with `face` once and keeps the result on the face (bounded, least recently used
 * dropped), so a word or line seen in any earlier document is not shaped again.
 * The result depends only on the face and the text.
 */
export function glyphRunOf(face: FontFace, text: string): GlyphRun {
  return face.glyphRuns.getOrAdd(text, () => {
    const { font } = face;
    // fontkit caches glyph objects per font, and a glyph keeps the code points it was first looked up
    // by (Noto maps U+2F08 and U+4EBA to one glyph). Emptying that cache first makes `codePoints`
    // come from this text alone, whatever was shaped before. It relies on fontkit's private
    // `_glyphs`; the determinism test fails if an upgrade renames it.
    (font as unknown as { _glyphs: object })._glyphs = {};
    const { glyphs } = font.layout(text, FONT_FEATURES);
    return {
      ids: glyphs.map((glyph) => glyph.id),
      unicode: glyphs.map((glyph) => String.fromCodePoint(...glyph.codePoints)),
      units: (glyphs.reduce((sum, glyph) => sum + glyph.advanceWidth, 0) * 1000) / font.unitsPerEm,
    };
  });
}
