import { BoundedCache } from './boundedCache';
import { FontNotLoadedError } from './errors';
import type { FaceKey, FontFace, FontLibrary } from './fonts';
import { type GlyphRun, glyphRunOf } from './glyphLayout';

export type FontStyle = 'regular' | 'bold';

/** A piece of text drawn with one face; `width` is at the size it was shaped for. */
export interface TextRun {
  face: FaceKey;
  text: string;
  width: number;
  /** The shaped glyphs, drawn as they are: the writer does not shape again. */
  glyphs: GlyphRun;
}

/** A single line of text, split into runs by font fallback. */
export interface ShapedLine {
  runs: TextRun[];
  width: number;
  size: number;
}

/** Lines and words kept shaped across documents. */
const SHAPED_TEXTS = 5_000;
/** Code points whose face is remembered, per style. */
const PLACED_CODE_POINTS = 5_000;

const FALLBACK: Record<FontStyle, readonly FaceKey[]> = {
  regular: ['sans', 'cjk'],
  bold: ['sansBold', 'sans', 'cjk'],
};

const REPLACEMENT_FACES: readonly FaceKey[] = ['sans', 'cjk'];
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
 * Pure given the fonts: one typesetter serves every document of a renderer, and keeps what it
 * shaped (bounded). Throws FontNotLoadedError when text needs a face the library has not loaded.
 */
export class Typesetter {
  private readonly shaped = new BoundedCache<string, { face: FaceKey; text: string; glyphs: GlyphRun }[]>(SHAPED_TEXTS);
  private readonly placedFace = new BoundedCache<string, FaceKey | null>(PLACED_CODE_POINTS);

  constructor(private readonly fonts: FontLibrary) {}

  /** One line, already cleaned, shaped at `size`. */
  shape(text: string, style: FontStyle, size: number): ShapedLine {
    const runs = this.shaped.getOrAdd(`${style}:${text}`, () => this.split(text, style)).map((run) => ({
      ...run,
      width: (run.glyphs.units * size) / 1000,
    }));
    return { runs, width: runs.reduce((sum, run) => sum + run.width, 0), size };
  }

  private split(text: string, style: FontStyle): { face: FaceKey; text: string; glyphs: GlyphRun }[] {
    const runs: { face: FaceKey; text: string; glyphs: GlyphRun }[] = [];
    let face: FaceKey | undefined;
    let pending = '';
    const flush = () => {
      if (face && pending) runs.push({ face, text: pending, glyphs: glyphRunOf(this.face(face), pending) });
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
    return runs;
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
    if (!face) return this.replacement();
    const { font } = this.face(face);
    // Combining marks the chosen face lacks are dropped rather than drawn as boxes.
    const kept = marks.filter((mark) => font.hasGlyphForCodePoint(mark));
    return { face, text: String.fromCodePoint(base!, ...kept) };
  }

  private replacement(): { face: FaceKey; text: string } {
    const face = REPLACEMENT_FACES.find((key) => this.face(key).font.hasGlyphForCodePoint(0xfffd));
    return face ? { face, text: '\uFFFD' } : { face: 'sans', text: '?' };
  }

  private faceFor(codePoint: number, style: FontStyle): FaceKey | undefined {
    const face = this.placedFace.getOrAdd(`${style}:${codePoint}`, () => {
      const found = FALLBACK[style].find((candidate) => this.face(candidate).font.hasGlyphForCodePoint(codePoint));
      return found ?? null;
    });
    return face ?? undefined;
  }

  /** A loaded face; asking for one not loaded stops the layout so the renderer can load it. */
  private face(key: FaceKey): FontFace {
    const face = this.fonts.loaded(key);
    if (!face) throw new FontNotLoadedError(key);
    return face;
  }
}
