import type { FaceKey, FontFaces } from './fonts';

export type FontStyle = 'regular' | 'bold';

/** A piece of text drawn with one face; `width` is at the size it was shaped for. */
export interface TextRun {
  face: FaceKey;
  text: string;
  width: number;
}

/** A single line of text, split into runs by font fallback. */
export interface ShapedLine {
  runs: TextRun[];
  width: number;
  size: number;
}

/**
 * Features handed to fontkit both when measuring and (through pdf-lib) when drawing, so widths
 * match what is drawn. Ligatures are off: text copied from the PDF stays letter by letter.
 */
export const FONT_FEATURES: Record<string, boolean> = { liga: false, clig: false, dlig: false };

const FALLBACK: Record<FontStyle, readonly FaceKey[]> = {
  regular: ['sans', 'cjk'],
  bold: ['sansBold', 'sans', 'cjk'],
};

const ELLIPSIS = '…';
const graphemes = new Intl.Segmenter('en', { granularity: 'grapheme' });

/**
 * Makes untrusted text safe to lay out on one line: canonical composition (so "ễ" is one glyph),
 * every kind of line break, tab and space collapsed to one space, invisible format characters
 * (bidi overrides, zero-width joiners, soft hyphens) removed, lone surrogates replaced.
 */
export function cleanText(text: string): string {
  return text
    .replace(/\p{Cs}/gu, '\uFFFD')
    .normalize('NFC')
    .replace(/\p{Cf}/gu, '')
    .replace(/[\p{Cc}\p{Z}]+/gu, ' ')
    .trim();
}

/**
 * Measures, wraps and splits text into runs with per-character font fallback: each grapheme takes
 * the first face of its style that has a glyph for it, else it becomes the replacement character.
 * Holds caches, so make one per document.
 */
export class Typesetter {
  private readonly widthCache = new Map<string, number>();
  private readonly faceCache = new Map<string, FaceKey | undefined>();
  private readonly replacement: { face: FaceKey; text: string };

  constructor(private readonly faces: FontFaces) {
    const face = (['sans', 'cjk'] as const).find((key) => faces[key].font.hasGlyphForCodePoint(0xfffd));
    this.replacement = face ? { face, text: '\uFFFD' } : { face: 'sans', text: '?' };
  }

  /** One line, already cleaned, shaped at `size`. */
  shape(text: string, style: FontStyle, size: number): ShapedLine {
    const runs: TextRun[] = [];
    let face: FaceKey | undefined;
    let pending = '';
    const flush = () => {
      if (face && pending) runs.push({ face, text: pending, width: this.runWidth(face, pending, size) });
      pending = '';
    };
    for (const { segment } of graphemes.segment(text)) {
      const placed = this.place(segment, style, face);
      if (placed.face !== face) {
        flush();
        face = placed.face;
      }
      pending += placed.text;
    }
    flush();
    return { runs, width: runs.reduce((sum, run) => sum + run.width, 0), size };
  }

  /** Width of a cleaned line at `size`. */
  width(text: string, style: FontStyle, size: number): number {
    return this.shape(text, style, size).width;
  }

  /**
   * Cleans and word-wraps `text` into lines no wider than `maxWidth`. A word wider than a line is
   * broken between graphemes. With `maxLines`, the last kept line ends in an ellipsis.
   */
  wrap(text: string, style: FontStyle, size: number, maxWidth: number, maxLines = Infinity): ShapedLine[] {
    const lines: string[] = [];
    const space = this.width(' ', style, size);
    let line = '';
    let lineWidth = 0;
    for (const word of cleanText(text).split(' ')) {
      if (!word) continue;
      const wordWidth = this.width(word, style, size);
      if (line && lineWidth + space + wordWidth <= maxWidth) {
        line += ` ${word}`;
        lineWidth += space + wordWidth;
        continue;
      }
      if (line) lines.push(line);
      if (wordWidth <= maxWidth) {
        line = word;
        lineWidth = wordWidth;
        continue;
      }
      const pieces = this.breakWord(word, style, size, maxWidth);
      lines.push(...pieces.slice(0, -1));
      line = pieces.at(-1) ?? '';
      lineWidth = this.width(line, style, size);
    }
    if (line) lines.push(line);
    if (lines.length > maxLines) {
      lines.length = maxLines;
      lines[maxLines - 1] = this.truncate(lines[maxLines - 1]!, style, size, maxWidth, true);
    }
    return lines.map((wrapped) => this.shape(wrapped, style, size));
  }

  /** Cleans `text` onto one line, cut with an ellipsis if wider than `maxWidth`. */
  fitLine(text: string, style: FontStyle, size: number, maxWidth: number): ShapedLine {
    return this.shape(this.truncate(cleanText(text), style, size, maxWidth), style, size);
  }

  /**
   * Cleans `text` onto one line at `size`, or smaller if needed to fit `maxWidth` (amounts must
   * never be cut), down to `minSize`, below which it is cut.
   */
  shrinkToFit(text: string, style: FontStyle, size: number, maxWidth: number, minSize: number): ShapedLine {
    const clean = cleanText(text);
    const width = this.width(clean, style, size);
    if (width <= maxWidth) return this.shape(clean, style, size);
    const fitted = Math.max(minSize, Math.floor(((size * maxWidth) / width) * 10) / 10);
    return this.shape(this.truncate(clean, style, fitted, maxWidth), style, fitted);
  }

  private truncate(text: string, style: FontStyle, size: number, maxWidth: number, always = false): string {
    if (!always && this.width(text, style, size) <= maxWidth) return text;
    const budget = maxWidth - this.width(ELLIPSIS, style, size);
    let kept = '';
    let width = 0;
    for (const { segment } of graphemes.segment(text)) {
      const next = this.width(segment, style, size);
      if (width + next > budget) break;
      kept += segment;
      width += next;
    }
    return `${kept.trimEnd()}${ELLIPSIS}`;
  }

  private breakWord(word: string, style: FontStyle, size: number, maxWidth: number): string[] {
    const pieces: string[] = [];
    let piece = '';
    let width = 0;
    for (const { segment } of graphemes.segment(word)) {
      const next = this.width(segment, style, size);
      if (piece && width + next > maxWidth) {
        pieces.push(piece);
        piece = '';
        width = 0;
      }
      piece += segment;
      width += next;
    }
    if (piece) pieces.push(piece);
    return pieces;
  }

  /** The face a grapheme is drawn with and the part of it that face can draw. */
  private place(grapheme: string, style: FontStyle, current: FaceKey | undefined): { face: FaceKey; text: string } {
    if (grapheme === ' ') return { face: current ?? FALLBACK[style][0]!, text: ' ' };
    const [base, ...marks] = Array.from(grapheme, (char) => char.codePointAt(0)!);
    const face = this.faceFor(base!, style);
    if (!face) return this.replacement;
    const { font } = this.faces[face];
    // Combining marks the chosen face lacks are dropped rather than drawn as boxes.
    const kept = marks.filter((mark) => font.hasGlyphForCodePoint(mark));
    return { face, text: String.fromCodePoint(base!, ...kept) };
  }

  private faceFor(codePoint: number, style: FontStyle): FaceKey | undefined {
    const key = `${style}:${codePoint}`;
    if (this.faceCache.has(key)) return this.faceCache.get(key);
    const face = FALLBACK[style].find((candidate) => this.faces[candidate].font.hasGlyphForCodePoint(codePoint));
    this.faceCache.set(key, face);
    return face;
  }

  private runWidth(face: FaceKey, text: string, size: number): number {
    const key = `${face}:${text}`;
    let units = this.widthCache.get(key);
    if (units === undefined) {
      const { font } = this.faces[face];
      const { glyphs } = font.layout(text, FONT_FEATURES);
      units = (glyphs.reduce((sum, glyph) => sum + glyph.advanceWidth, 0) * 1000) / font.unitsPerEm;
      this.widthCache.set(key, units);
    }
    return (units * size) / 1000;
  }
}
