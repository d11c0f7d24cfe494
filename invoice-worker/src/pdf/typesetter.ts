import { hasRightToLeft, isIsolateControl, mirroredCharacter, paragraphDirection, resolveBidi, visualOrder } from './bidi';
import { BoundedCache } from './boundedCache';
import { FontNotLoadedError } from './errors';
import type { FaceKey, FontFace, FontLibrary } from './fonts';
import { type Direction, type GlyphRun, glyphRunOf } from './glyphLayout';

export type FontStyle = 'regular' | 'bold';

/** A piece of text drawn with one face in one direction; `width` is at the size it was shaped for. */
export interface TextRun {
  face: FaceKey;
  /** The run's text in logical (reading) order. */
  text: string;
  /**
   * Place of the run in reading order, on lines whose runs bidi reordered; the writer emits runs in
   * this order so text extraction reads them as written.
   */
  order?: number;
  width: number;
  /** The shaped glyphs, drawn as they are: the writer does not shape again. */
  glyphs: GlyphRun;
}

/**
 * A single line of text, split into runs by font fallback and bidi level. Runs are in drawing order,
 * left to right: in a right-to-left line the first run holds the last words read.
 */
export interface ShapedLine {
  runs: TextRun[];
  width: number;
  size: number;
}

type ShapedRun = Omit<TextRun, 'width'>;

/** Lines and words kept shaped across documents. */
const SHAPED_TEXTS = 5_000;
/** Code points whose face is remembered, per style. */
const PLACED_CODE_POINTS = 5_000;

/** The DejaVu faces of each style (Latin, Greek, Cyrillic, Hebrew, symbols), parsed at start-up. */
const BASE_FACES: Record<FontStyle, readonly FaceKey[]> = {
  regular: ['sans'],
  bold: ['sansBold', 'sans'],
};

/**
 * Faces for scripts DejaVu lacks or draws less well, by the character's script (Script_Extensions,
 * so Arabic punctuation and digits go with Arabic letters). `first`: tried before DejaVu, which has
 * Arabic letters but not Noto Sans Arabic's shaping and mark positioning. Bold falls back to the
 * regular face where none is shipped (CJK, Korean).
 */
const SCRIPT_FACES: readonly { script: RegExp; first: boolean; faces: Record<FontStyle, readonly FaceKey[]> }[] = [
  { script: /\p{scx=Arabic}/u, first: true, faces: { regular: ['arabic'], bold: ['arabicBold', 'arabic'] } },
  { script: /\p{scx=Devanagari}/u, first: false, faces: { regular: ['devanagari'], bold: ['devanagariBold', 'devanagari'] } },
  { script: /\p{scx=Thai}/u, first: false, faces: { regular: ['thai'], bold: ['thaiBold', 'thai'] } },
  { script: /\p{scx=Hangul}/u, first: false, faces: { regular: ['korean'], bold: ['korean'] } },
  // Noto Sans SC has traditional characters and kana too; Noto Sans KR the Han characters of Korean.
  {
    script: /[\p{scx=Han}\p{scx=Hiragana}\p{scx=Katakana}\p{scx=Bopomofo}]/u,
    first: false,
    faces: { regular: ['cjk', 'korean'], bold: ['cjk', 'korean'] },
  },
  // Symbols DejaVu lacks (circled numbers, full-width forms): Noto Sans SC has many.
  { script: /\p{Script=Common}/u, first: false, faces: { regular: ['cjk'], bold: ['cjk'] } },
];

/** Emoji that show as pictures by default, or asked to by U+FE0F: all drawn by Noto Emoji (monochrome). */
const EMOJI_PRESENTATION = /\p{Emoji_Presentation}/u;
const EMOJI_VARIATION = '\uFE0F';

/**
 * The faces to try, in order, for a grapheme starting with `char`. Only faces meant for its script
 * are listed, so text in one script never loads the fonts of another.
 */
function candidateFaces(char: string, style: FontStyle, emoji: boolean): FaceKey[] {
  const before: FaceKey[] = emoji ? ['emoji'] : [];
  const after: FaceKey[] = [];
  for (const { script, first, faces } of SCRIPT_FACES) if (script.test(char)) (first ? before : after).push(...faces[style]);
  return [...new Set([...before, ...BASE_FACES[style], ...after])];
}

const REPLACEMENT_FACES: readonly FaceKey[] = ['sans', 'cjk'];
const ELLIPSIS = '…';
const graphemes = new Intl.Segmenter('en', { granularity: 'grapheme' });

/**
 * Makes untrusted text safe to lay out on one line: canonical composition (so "ễ" is one glyph),
 * every kind of line break, tab and space collapsed to one space, invisible format characters
 * (bidi overrides and embeddings, zero-width joiners, soft hyphens) removed, lone surrogates
 * replaced. Bidi isolates (U+2066 to U+2069) stay: they only keep a piece of text from reordering
 * its neighbours (see `isolateBidi`), and they are not drawn.
 */
export function cleanText(text: string): string {
  return text
    .replace(/\p{Cs}/gu, '\uFFFD')
    .normalize('NFC')
    .replace(/(?![\u2066-\u2069])\p{Cf}/gu, '')
    .replace(/[\p{Cc}\p{Z}]+/gu, ' ')
    .trim();
}

/**
 * The glyphs of a run drawn with mirrored brackets, standing for the characters as written: a "("
 * on a right-to-left level is drawn with the glyph of ")" but copies as "(".
 */
function unmirrored(glyphs: GlyphRun): GlyphRun {
  return { ...glyphs, unicode: glyphs.unicode.map((text) => (text.length === 1 ? (mirroredCharacter(text) ?? text) : text)) };
}

/**
 * Measures, wraps and splits text into runs with per-character font fallback: each grapheme takes
 * the first face meant for its script that has a glyph for it, else it becomes the replacement
 * character. Right-to-left text is laid out by the Unicode Bidirectional Algorithm: wrapped in
 * logical order, then each line's runs shaped in logical order and put in drawing order. The
 * paragraph direction is that of the text's first strong character (`paragraphDirection`), for a
 * wrapped text that of the whole text. Pure given the fonts: one typesetter serves every document
 * of a renderer, and keeps what it shaped (bounded). Throws FontNotLoadedError when text needs a
 * face the library has not loaded.
 */
export class Typesetter {
  private readonly shaped = new BoundedCache<string, ShapedRun[]>(SHAPED_TEXTS);
  private readonly placedFace = new BoundedCache<string, FaceKey | null>(PLACED_CODE_POINTS);

  constructor(private readonly fonts: FontLibrary) {}

  /** One line, already cleaned, shaped at `size` in a paragraph of `direction` (default: its own). */
  shape(text: string, style: FontStyle, size: number, direction: Direction = paragraphDirection(text)): ShapedLine {
    // A line without right-to-left characters in a left-to-right paragraph has every bidi level 0.
    const simple = direction === 'ltr' && !hasRightToLeft(text);
    const key = simple ? `${style}:${text}` : `${style}/${direction}:${text}`;
    const runs = this.shaped
      .getOrAdd(key, () => (simple ? this.split(text, style) : this.splitBidi(text, style, direction)))
      .map((run) => ({ ...run, width: (run.glyphs.units * size) / 1000 }));
    return { runs, width: runs.reduce((sum, run) => sum + run.width, 0), size };
  }

  private split(text: string, style: FontStyle): ShapedRun[] {
    const runs: ShapedRun[] = [];
    let face: FaceKey | undefined;
    let pending = '';
    const flush = () => {
      if (face && pending) runs.push({ face, text: pending, glyphs: glyphRunOf(this.face(face), pending) });
      pending = '';
    };
    for (const { segment } of graphemes.segment(text)) {
      const placed = this.place(segment, style, face);
      if (!placed) continue;
      if (placed.face !== face) {
        flush();
        face = placed.face;
      }
      pending += placed.text;
    }
    flush();
    return runs;
  }

  /**
   * Splits a line into runs of one face and one bidi level, in logical order; shapes each in its
   * direction (Arabic joins across the whole run, as read), mirrors brackets on right-to-left
   * levels, then puts the runs in drawing order.
   */
  private splitBidi(text: string, style: FontStyle, direction: Direction): ShapedRun[] {
    const { levels, mirrored } = resolveBidi(text, direction);
    const runs: (ShapedRun & { level: number })[] = [];
    let face: FaceKey | undefined;
    let level = -1;
    let logical = '';
    let drawn = '';
    const flush = () => {
      if (face && drawn) {
        const glyphs = glyphRunOf(this.face(face), drawn, level % 2 === 1 ? 'rtl' : 'ltr');
        runs.push({ face, text: logical, glyphs: drawn === logical ? glyphs : unmirrored(glyphs), level, order: runs.length });
      }
      logical = '';
      drawn = '';
    };
    for (const { segment, index } of graphemes.segment(text)) {
      const placed = this.place(segment, style, face);
      if (!placed) continue;
      if (placed.face !== face || levels[index] !== level) {
        flush();
        face = placed.face;
        level = levels[index]!;
      }
      logical += placed.text;
      drawn += mirrored.get(index) ?? placed.text;
    }
    flush();
    const drawing = visualOrder(runs);
    const reordered = drawing.some((run, index) => run.order !== index);
    return drawing.map(({ level: _level, order, ...run }) => (reordered ? { ...run, order } : run));
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
    const clean = cleanText(text);
    // Every line of a wrapped text takes the direction of the whole text, not of its own words.
    const direction = paragraphDirection(clean);
    let line = '';
    let lineWidth = 0;
    for (const word of clean.split(' ')) {
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
    return lines.map((wrapped) => this.shape(wrapped, style, size, direction));
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

  /**
   * The face a grapheme is drawn with and the part of it that face can draw; undefined for a bidi
   * isolate control, which is not drawn.
   */
  private place(grapheme: string, style: FontStyle, current: FaceKey | undefined): { face: FaceKey; text: string } | undefined {
    if (grapheme === ' ') return { face: current ?? BASE_FACES[style][0]!, text: ' ' };
    if (isIsolateControl(grapheme)) return undefined;
    const [base, ...marks] = Array.from(grapheme, (char) => char.codePointAt(0)!);
    const emoji = EMOJI_PRESENTATION.test(grapheme) || grapheme.includes(EMOJI_VARIATION);
    const face = this.faceFor(base!, style, emoji);
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

  private faceFor(codePoint: number, style: FontStyle, emoji: boolean): FaceKey | undefined {
    const face = this.placedFace.getOrAdd(`${style}${emoji ? '+emoji' : ''}:${codePoint}`, () => {
      const candidates = candidateFaces(String.fromCodePoint(codePoint), style, emoji);
      const found = candidates.find((candidate) => this.face(candidate).font.hasGlyphForCodePoint(codePoint));
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
