import type { FontFace } from './fonts';

/** Writing direction of a run of text, and of a paragraph. */
export type Direction = 'ltr' | 'rtl';

/**
 * Where the font's positioning (GPOS) puts one glyph, relative to simply following the previous
 * glyph by its advance width: Arabic dots and vowel marks, Thai and Devanagari marks. In 1/1000 em.
 */
export interface GlyphPlacement {
  /** Horizontal and vertical offset of the glyph from the pen. */
  dx: number;
  dy: number;
  /** How far the pen moves on after the glyph. */
  advance: number;
  /** The glyph's own advance width in the font (what a PDF reader moves the pen by). */
  width: number;
}

/** One run of text shaped with one face: what is measured is what is drawn. */
export interface GlyphRun {
  /** Glyph ids in drawing order (left to right, also for right-to-left text). */
  ids: readonly number[];
  /** The text each glyph stands for, for the PDF's ToUnicode map (copy and search). */
  unicode: readonly string[];
  /** Sum of the glyphs' advances in 1/1000 em (kerning is not applied). */
  units: number;
  /**
   * Per glyph, where positioning moved it; absent when no glyph moved (Latin, Greek, Cyrillic and
   * CJK text usually), so such runs are drawn as one string.
   */
  placements?: readonly GlyphPlacement[];
}

/**
 * What a glyph that stands for no character copies as (Arabic dots drawn apart from their letter,
 * the second glyph of a split Thai vowel): WORD JOINER, invisible and a format character, which
 * pdf.js leaves out of extracted text. An empty ToUnicode entry would be better, but pdf.js then
 * falls back to the glyph's code as a character.
 */
export const NO_TEXT = '\u2060';

/**
 * Features handed to fontkit when shaping. Ligatures are off: text copied from the PDF stays letter
 * by letter (required ligatures such as Arabic lam-alef and Devanagari conjuncts still apply).
 * Kerning is off, as it always was for Latin, so a Latin line keeps its width and bytes; mark
 * positioning (`mark`, `mkmk`, `abvm`, `blwm`) stays on.
 */
export const FONT_FEATURES: Record<string, boolean> = { liga: false, clig: false, dlig: false, kern: false };

/**
 * Shapes `text` with `face` once and keeps the result on the face (bounded, least recently used
 * dropped), so a word or line seen in any earlier document is not shaped again. `direction` is the
 * direction the run is read in (its bidi level): a right-to-left run comes back with its glyphs in
 * drawing order, reversed. The result depends only on the face, the text and the direction.
 */
export function glyphRunOf(face: FontFace, text: string, direction: Direction = 'ltr'): GlyphRun {
  // NUL never survives cleanText, so it cannot make a left-to-right key collide with this one.
  const key = direction === 'ltr' ? text : `\u0000${text}`;
  return face.glyphRuns.getOrAdd(key, () => {
    const { font } = face;
    // fontkit caches glyph objects per font, and a glyph keeps the code points it was first looked up
    // by (Noto maps U+2F08 and U+4EBA to one glyph). Emptying that cache first makes `codePoints`
    // come from this text alone, whatever was shaped before. It relies on fontkit's private
    // `_glyphs`; should an upgrade rename it, `textInReadingOrder` still takes each glyph's text
    // from `text`, as it does whenever the glyphs' code points do not spell it.
    (font as unknown as { _glyphs: object })._glyphs = {};
    const { glyphs, positions } = font.layout(text, FONT_FEATURES, undefined, undefined, direction);
    const scale = 1000 / font.unitsPerEm;
    let advance = 0;
    let moved = false;
    glyphs.forEach((glyph, index) => {
      const position = positions[index]!;
      advance += position.xAdvance;
      moved ||= position.xOffset !== 0 || position.yOffset !== 0 || position.xAdvance !== glyph.advanceWidth;
    });
    const drawn = glyphs.map((glyph) => String.fromCodePoint(...glyph.codePoints));
    const widths = glyphs.map((glyph) => glyph.advanceWidth);
    const inReadingOrder = <T>(items: T[]) => (direction === 'rtl' ? items.toReversed() : items);
    const unicode = inReadingOrder(textInReadingOrder(text, inReadingOrder(drawn), inReadingOrder(widths))).map((chars) => chars || NO_TEXT);
    return {
      ids: glyphs.map((glyph) => glyph.id),
      unicode,
      units: (advance * 1000) / font.unitsPerEm,
      ...(moved
        ? {
            placements: glyphs.map((glyph, index) => {
              const { xOffset, yOffset, xAdvance } = positions[index]!;
              return { dx: xOffset * scale, dy: yOffset * scale, advance: xAdvance * scale, width: glyph.advanceWidth * scale };
            }),
          }
        : {}),
    };
  });
}

/**
 * The text each glyph stands for, such that reading the glyphs in order gives `text`. Shaping may
 * draw a glyph before the ones it follows in the text (a Devanagari "ि" before its consonant) or
 * draw one character with two glyphs (Thai "ำ"): such a cluster's characters are handed out in
 * order to its glyphs that have a width, so the cluster copies as written and no glyph with a
 * width stands for nothing (pdf.js reads the gap it leaves as a space). Other glyphs keep their own
 * characters. `unicode` and `widths` are per glyph in reading order; "" is a glyph standing for none.
 */
export function textInReadingOrder(text: string, unicode: readonly string[], widths: readonly number[]): string[] {
  const result = [...unicode];
  if (unicode.join('') === text && unicode.every((chars, index) => chars !== '' || widths[index] === 0)) return result;
  const sorted = (chars: string) => [...chars].sort().join('');
  let at = 0;
  for (let start = 0; start < unicode.length; ) {
    // Grow the cluster until its glyphs stand for exactly the next characters of the text, then
    // take in the glyphs after it that stand for nothing.
    let end = start;
    let chars = '';
    do chars += unicode[end++];
    while (end < unicode.length && sorted(chars) !== sorted(text.slice(at, at + chars.length)));
    while (end < unicode.length && unicode[end] === '') end++;
    const written = text.slice(at, at + chars.length);
    if (chars !== written || end - start > 1) result.splice(start, end - start, ...handOut(written, widths.slice(start, end)));
    at += chars.length;
    start = end;
  }
  // The shaper dropped or added characters: the whole run copies as one.
  if (result.join('') !== text) return handOut(text, widths);
  return result;
}

/** `text` split in reading order over the glyphs that have a width (all, if none has), by code point. */
function handOut(text: string, widths: readonly number[]): string[] {
  const chars = [...text];
  const carriers = widths.some((width) => width > 0) ? widths.map((width) => width > 0) : widths.map(() => true);
  const count = carriers.filter(Boolean).length;
  let carrier = 0;
  return carriers.map((carries) => {
    if (!carries) return '';
    const from = Math.floor((carrier * chars.length) / count);
    const to = Math.floor((++carrier * chars.length) / count);
    return chars.slice(from, to).join('');
  });
}
