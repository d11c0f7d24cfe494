import bidiFactory from 'bidi-js';
import type { Direction } from './glyphLayout';

/**
 * The Unicode Bidirectional Algorithm (UAX #9) as the typesetter uses it, through bidi-js: the
 * direction of a paragraph, the embedding level of each character of a line, and the order runs of
 * different levels are drawn in.
 */
const bidi = bidiFactory();

/**
 * Characters whose bidi class is R, AL or AN (Hebrew, Arabic, Syriac, Thaana, N'Ko and the other
 * right-to-left blocks, their presentation forms, Arabic digits). A line without any, in a
 * left-to-right paragraph, needs no bidi work: every level is 0.
 */
const RIGHT_TO_LEFT = /[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFE\u{10800}-\u{10FFF}\u{1E800}-\u{1EFFF}]/u;

const FIRST_STRONG_ISOLATE = '\u2068';
const POP_DIRECTIONAL_ISOLATE = '\u2069';
const ISOLATE_CONTROLS = /[\u2066-\u2069]/g;

/** True when the text has a right-to-left character. */
export function hasRightToLeft(text: string): boolean {
  return RIGHT_TO_LEFT.test(text);
}

/**
 * The paragraph direction of `text` by its first strong character (UAX #9 rules P2 and P3):
 * Hebrew or Arabic first gives right-to-left; Latin, Greek, Cyrillic, CJK, Thai, Devanagari first,
 * or no strong character at all, gives left-to-right. Characters inside isolates (see
 * `isolateBidi`) are skipped, so a label such as "Tax ID: ⁨…⁩" stays left-to-right whatever is
 * inside.
 */
export function paragraphDirection(text: string): Direction {
  if (!hasRightToLeft(text)) return 'ltr';
  const [paragraph] = bidi.getEmbeddingLevels(text).paragraphs;
  return paragraph && paragraph.level % 2 === 1 ? 'rtl' : 'ltr';
}

/**
 * Wraps customer text that is placed inside a line of ours (a label, a footer) in a first-strong
 * isolate, so its direction is decided by its own first strong character and it cannot reorder
 * the text around it (an Arabic name would otherwise pull a following number into its run). Isolate
 * controls inside `text` are dropped first, so the customer cannot close the isolate early.
 */
export function isolateBidi(text: string): string {
  return `${FIRST_STRONG_ISOLATE}${text.replace(ISOLATE_CONTROLS, '')}${POP_DIRECTIONAL_ISOLATE}`;
}

/** True for the isolate controls `isolateBidi` adds: they steer the algorithm and are not drawn. */
export function isIsolateControl(char: string): boolean {
  return char >= '\u2066' && char <= '\u2069';
}

/**
 * Embedding level of each UTF-16 code unit of one line laid out in a paragraph of `direction`
 * (even: left-to-right, odd: right-to-left), and the mirrored form of each bracket-like character
 * on an odd level ("(" drawn as ")"), by index.
 */
export function resolveBidi(line: string, direction: Direction): { levels: Uint8Array; mirrored: Map<number, string> } {
  const { levels } = bidi.getEmbeddingLevels(line, direction);
  return { levels, mirrored: bidi.getMirroredCharactersMap(line, levels) };
}

/** The mirror image of a bracket-like character ("(" for ")"), or null. */
export function mirroredCharacter(char: string): string | null {
  return bidi.getMirroredCharacter(char);
}

/**
 * Puts the runs of a line, given in logical order with their levels, into drawing order (UAX #9
 * rule L2): from the highest level down to the lowest odd one, every maximal sequence of runs at
 * that level or above is reversed.
 */
export function visualOrder<T extends { level: number }>(runs: readonly T[]): T[] {
  const ordered = [...runs];
  if (ordered.length < 2) return ordered;
  const levels = ordered.map((run) => run.level);
  const highest = Math.max(...levels);
  const lowest = Math.min(...levels);
  const lowestOdd = lowest % 2 === 1 ? lowest : lowest + 1;
  for (let level = highest; level >= lowestOdd; level--) {
    for (let start = 0; start < ordered.length; ) {
      if (ordered[start]!.level < level) {
        start++;
        continue;
      }
      let end = start;
      while (end < ordered.length && ordered[end]!.level >= level) end++;
      ordered.splice(start, end - start, ...ordered.slice(start, end).reverse());
      start = end;
    }
  }
  return ordered;
}
