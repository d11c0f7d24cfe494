/**
 * Rules for text a customer sends: what the API refuses, and the one rule that makes a stored
 * string safe to show wherever it goes (PDF, email headers and bodies, logs). Pure.
 */

/** `U+202E`: how messages name a code point, never the character itself (it may be invisible). */
export const codePointName = (codePoint: number) => `U+${codePoint.toString(16).toUpperCase().padStart(4, '0')}`;

/** A surrogate code unit that is not half of a pair (with the u flag, a pair is one code point). */
const LONE_SURROGATE = /\p{Cs}/u;

/**
 * Noncharacters (Unicode §23.7): U+FDD0 to U+FDEF and the last two code points of every plane.
 * They are reserved for a program's internal use and never belong in interchanged text.
 */
const NONCHARACTER = new RegExp(
  `[\\u{FDD0}-\\u{FDEF}${Array.from({ length: 17 }, (_, plane) => {
    const base = (plane * 0x10000 + 0xfffe).toString(16);
    return `\\u{${base}}\\u{${(plane * 0x10000 + 0xffff).toString(16)}}`;
  }).join('')}]`,
  'u',
);

/**
 * Why `value` is not well-formed Unicode text, or undefined: a lone surrogate (a JSON `\ud800`
 * escape decodes to one), a noncharacter, or U+FFFD, which only appears where bytes were already
 * decoded with errors (a proxy that reads invalid UTF-8 as text puts it in place of the bad bytes). Checked on every string of a
 * request body, property names included.
 */
export function unicodeTextProblem(value: string): string | undefined {
  const surrogate = LONE_SURROGATE.exec(value);
  if (surrogate) {
    const unit = surrogate[0].charCodeAt(0);
    return `must not contain a lone surrogate (${codePointName(unit)}): it is not Unicode text`;
  }
  const nonCharacter = NONCHARACTER.exec(value);
  if (nonCharacter) return `must not contain the Unicode noncharacter ${codePointName(nonCharacter[0].codePointAt(0)!)}`;
  if (value.includes('\uFFFD')) return 'must not contain U+FFFD REPLACEMENT CHARACTER (the text was damaged by a decoding error before it was sent)';
  return undefined;
}

/**
 * Control characters (C0, DEL, C1) and line breaks, including NEL, U+2028 and U+2029: every text
 * field is one line on the invoice and in the email, and a line break in a mail header starts a
 * new header.
 */
const CONTROL_OR_LINE_BREAK = /[\p{Cc}\u2028\u2029]/u;

/**
 * Bidi embeddings, overrides and isolates (LRE, RLE, PDF, LRO, RLO; LRI, RLI, FSI, PDI). They
 * reorder the text around them ("Trojan Source", CVE-2021-42574): an invoice line or a name could
 * read differently from what is stored. No checkout form produces them.
 */
export const BIDI_CONTROL = /[\u202A-\u202E\u2066-\u2069]/u;

/**
 * Invisible characters with no part in any script: zero-width space, word joiner, invisible math
 * operators, zero-width no-break space (BOM), Mongolian vowel separator, the deprecated format
 * characters, interlinear annotation and the language tag. They make two strings that look equal
 * differ. Not here, because real text needs them: ZWNJ and ZWJ (Persian, Indic scripts, emoji
 * sequences), LRM, RLM and ALM (mixed-direction text), the soft hyphen (pasted text), emoji tag
 * sequences (subdivision flags).
 */
export const INVISIBLE_CHARACTER = /[\u200B\u2060-\u2064\uFEFF\u180E\u206A-\u206F\uFFF9-\uFFFB\u{E0001}]/u;

/**
 * Why a customer text field (name, address, description, reference) may not hold `value`, or
 * undefined: not well-formed Unicode, a control character or line break, a bidi control, an
 * invisible character. The first rule broken, naming the code point.
 */
export function customerTextProblem(value: string): string | undefined {
  const unicode = unicodeTextProblem(value);
  if (unicode) return unicode;
  if (CONTROL_OR_LINE_BREAK.test(value)) return 'must not contain control characters or line breaks';
  const bidi = BIDI_CONTROL.exec(value);
  if (bidi) return `must not contain the bidi control ${codePointName(bidi[0].codePointAt(0)!)} (it reorders the text around it)`;
  const invisible = INVISIBLE_CHARACTER.exec(value);
  if (invisible) return `must not contain the invisible character ${codePointName(invisible[0].codePointAt(0)!)}`;
  return undefined;
}

/**
 * The one rule for showing a stored customer string anywhere (PDF, email display name and body,
 * logs): lone surrogates become U+FFFD; canonical composition (NFC); every format character
 * (General Category Cf: bidi controls, zero-width characters, soft hyphens, tags) removed; control
 * characters, line breaks and every kind of space collapsed to one space; trimmed. Orders accepted
 * before the API refused bidi controls and invisible characters may still hold them, and a ZWJ the
 * API accepts is not drawn either, so every output applies this, not only the input check.
 * Idempotent.
 */
export function displayText(value: string): string {
  return value
    .replace(/\p{Cs}/gu, '\uFFFD')
    .normalize('NFC')
    .replace(/\p{Cf}/gu, '')
    .replace(/[\p{Cc}\p{Z}]+/gu, ' ')
    .trim();
}
