import { formatFieldPath, unicodeTextProblem, type FieldError } from '@checkout/domain';

/**
 * How the API reads a JSON request body, before any schema sees it: the media type must be
 * `application/json` in UTF-8, the bytes must be UTF-8, the text must be JSON, and the JSON must
 * say one thing only (no duplicate keys, every string Unicode text, every number exact, bounded
 * nesting). Pure: the same bytes give the same answer in Lambda, in the local server and in tests.
 */

/** Limits of a JSON body's shape; an order needs a depth of 3 and property names of 18 characters. */
export const JSON_BODY_LIMITS = {
  maxDepth: 10,
  maxPropertyNameLength: 64,
  /** At most this many problems are reported; a hostile body could otherwise make a huge answer. */
  maxProblems: 20,
} as const;

export type BodyReading = { ok: true; text: string } | { ok: false; errors: FieldError[] };

const CONTENT_TYPE = 'content-type';

/**
 * Why a `Content-Type` header is not `application/json` in UTF-8, or undefined. A `charset`
 * parameter may be given (any case, quoted or not) but must be UTF-8: JSON exchanged between
 * systems is UTF-8 (RFC 8259 §8.1), and a body declared as ISO-8859-1 would otherwise be read as
 * UTF-8 and stored as different text than the client meant.
 */
export function contentTypeProblem(header: string | undefined): FieldError | undefined {
  if (header === undefined || header.trim() === '') return { path: CONTENT_TYPE, message: 'is required: send the body as application/json' };
  const [mediaType = '', ...parameters] = header.split(';');
  if (mediaType.trim().toLowerCase() !== 'application/json') {
    return { path: CONTENT_TYPE, message: 'must be application/json' };
  }
  for (const parameter of parameters) {
    // RFC 9110 §8.3: each parameter is name=value (the name a token); `application/json;` or `; utf-8` is not one.
    if (!/^\s*[!#$%&'*+.^_`|~0-9A-Za-z-]+=\S/.test(parameter)) return { path: CONTENT_TYPE, message: 'parameters must be name=value, such as charset=utf-8' };
    const separator = parameter.indexOf('=');
    const name = parameter.slice(0, separator < 0 ? undefined : separator).trim().toLowerCase();
    if (name !== 'charset') continue;
    const value = parameter.slice(separator + 1).trim().replace(/^"(.*)"$/, '$1').toLowerCase();
    if (value !== 'utf-8' && value !== 'utf8') return { path: CONTENT_TYPE, message: 'charset must be utf-8 (the only encoding the API reads)' };
  }
  return undefined;
}

/**
 * Why a `Content-Encoding` header names a coding the API does not decode, or undefined. A gzip
 * body read as if it were plain would be refused as bad UTF-8, naming the wrong rule (RFC 9110
 * §15.5.16: 415 for an unsupported content coding).
 */
export function contentEncodingProblem(header: string | undefined): FieldError | undefined {
  if (header === undefined || header.trim().toLowerCase() === 'identity') return undefined;
  return { path: 'content-encoding', message: 'is not supported: send the body uncompressed' };
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** What is wrong with the headers that describe a JSON body (answered with 415), if anything. */
export function bodyHeaderProblems(headers: { contentType: string | undefined; contentEncoding: string | undefined }): FieldError[] {
  return [contentTypeProblem(headers.contentType), contentEncodingProblem(headers.contentEncoding)].filter((problem) => problem !== undefined);
}

/**
 * Reads a request body: UTF-8 (a leading byte order mark is ignored, as RFC 8259 §8.1 allows),
 * JSON, then `jsonBodyProblems`. Errors name the body (`path: ''`) or the JSON path of the value.
 */
export function readJsonBody(bytes: Uint8Array): BodyReading {
  let text: string;
  try {
    text = utf8.decode(bytes);
  } catch {
    return { ok: false, errors: [{ path: '', message: utf8Problem(bytes) }] };
  }
  try {
    JSON.parse(text);
  } catch {
    return { ok: false, errors: [{ path: '', message: 'body must be valid JSON' }] };
  }
  const problems = jsonBodyProblems(text);
  return problems.length ? { ok: false, errors: problems } : { ok: true, text };
}

/**
 * Where and why `bytes` are not UTF-8 (RFC 3629): the offset of the first bad byte and what is
 * wrong with it. Called only once the decoder has refused the bytes.
 */
export function utf8Problem(bytes: Uint8Array): string {
  const at = (offset: number, why: string) => `body must be UTF-8: ${why} at byte ${offset}`;
  for (let i = 0; i < bytes.length; ) {
    const lead = bytes[i]!;
    if (lead < 0x80) {
      i += 1;
      continue;
    }
    if (lead >= 0x80 && lead <= 0xbf) return at(i, `continuation byte 0x${hex(lead)} without a lead byte (is the body ISO-8859-1 or Windows-1252?)`);
    if (lead === 0xc0 || lead === 0xc1) return at(i, `overlong encoding 0x${hex(lead)}`);
    if (lead >= 0xf5) return at(i, `byte 0x${hex(lead)}, which never occurs in UTF-8`);
    const length = lead < 0xe0 ? 2 : lead < 0xf0 ? 3 : 4;
    // The second byte's range is narrower after E0, ED, F0 and F4 (RFC 3629 §4).
    const [low, high] = lead === 0xe0 ? [0xa0, 0xbf] : lead === 0xed ? [0x80, 0x9f] : lead === 0xf0 ? [0x90, 0xbf] : lead === 0xf4 ? [0x80, 0x8f] : [0x80, 0xbf];
    const second = bytes[i + 1];
    if (second === undefined) return at(i, 'a sequence cut off by the end of the body');
    if (second < low || second > high) {
      if (lead === 0xed && second >= 0xa0 && second <= 0xbf) return at(i, 'an encoded UTF-16 surrogate (CESU-8 or WTF-8)');
      if ((lead === 0xe0 || lead === 0xf0) && second >= 0x80 && second <= 0xbf) return at(i, 'an overlong encoding');
      if (lead === 0xf4 && second >= 0x90 && second <= 0xbf) return at(i, 'a code point above U+10FFFF');
      return at(i, `a sequence starting 0x${hex(lead)} whose next byte 0x${hex(second)} is not a continuation byte`);
    }
    for (let k = 2; k < length; k++) {
      const next = bytes[i + k];
      if (next === undefined) return at(i, 'a sequence cut off by the end of the body');
      if (next < 0x80 || next > 0xbf) return at(i, `a sequence starting 0x${hex(lead)} whose byte ${k + 1} is not a continuation byte`);
    }
    i += length;
  }
  return 'body must be UTF-8';
}

const hex = (byte: number) => byte.toString(16).toUpperCase().padStart(2, '0');

type PathKey = string | number;

interface Container {
  path: PathKey[];
  /** Property names seen so far; absent for an array. */
  keys?: Set<string>;
  index: number;
  /** Inside an object: the name of the member whose value comes next. */
  key?: string;
  expectingKey: boolean;
}

/**
 * What `JSON.parse` lets through but a request must not say: a property name twice in one object
 * (parsers disagree on which one wins), a string that is not Unicode text (`"\ud800"`, a
 * noncharacter, U+FFFD), a number `JSON.parse` cannot keep exactly (beyond ±1.8e308, negative
 * zero, a whole number past 2^53 or one whose written fraction or exponent was rounded away),
 * nesting deeper than `maxDepth`, a property name longer than `maxPropertyNameLength`.
 * `text` must already be valid JSON. Each problem has the JSON path of the value (or of the object
 * for a property name), never the offending text itself.
 */
export function jsonBodyProblems(text: string, limits = JSON_BODY_LIMITS): FieldError[] {
  const problems: FieldError[] = [];
  const stack: Container[] = [];
  const report = (path: PathKey[], message: string) => problems.push({ path: formatFieldPath(path), message });
  const valuePath = (): PathKey[] => {
    const parent = stack.at(-1);
    if (!parent) return [];
    return [...parent.path, parent.keys ? parent.key! : parent.index];
  };

  let i = 0;
  while (i < text.length && problems.length < limits.maxProblems) {
    const char = text[i]!;
    switch (char) {
      case '{':
      case '[': {
        const path = valuePath();
        if (stack.length >= limits.maxDepth) {
          report(path, `must not nest objects and arrays more than ${limits.maxDepth} deep`);
          return problems;
        }
        stack.push(char === '{' ? { path, keys: new Set(), index: 0, expectingKey: true } : { path, index: 0, expectingKey: false });
        i += 1;
        break;
      }
      case '}':
      case ']':
        stack.pop();
        i += 1;
        break;
      case ',': {
        const parent = stack.at(-1)!;
        if (parent.keys) parent.expectingKey = true;
        else parent.index += 1;
        i += 1;
        break;
      }
      case '"': {
        const end = endOfString(text, i);
        const value = JSON.parse(text.slice(i, end)) as string;
        const parent = stack.at(-1);
        if (parent?.keys && parent.expectingKey) {
          parent.expectingKey = false;
          const problem = unicodeTextProblem(value);
          if (problem) report(parent.path, `property name ${problem}`);
          else if (value.length > limits.maxPropertyNameLength) report(parent.path, `property name must be at most ${limits.maxPropertyNameLength} characters`);
          else if (parent.keys.has(value)) report([...parent.path, value], 'must appear once: the object has this key twice');
          parent.keys.add(value);
          parent.key = value;
        } else {
          const problem = unicodeTextProblem(value);
          if (problem) report(valuePath(), problem);
        }
        i = end;
        break;
      }
      default: {
        if (char === '-' || (char >= '0' && char <= '9')) {
          NUMBER.lastIndex = i;
          const source = NUMBER.exec(text)![0];
          const problem = numberProblem(source);
          if (problem) report(valuePath(), problem);
          i += source.length;
        } else {
          i += 1; // whitespace, ':' and the letters of true, false, null
        }
      }
    }
  }
  return problems;
}

const NUMBER = /-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?/y;

/** Index just past the closing quote of the string starting at `start`. */
function endOfString(text: string, start: number): number {
  let i = start + 1;
  for (;;) {
    const char = text[i];
    if (char === '"') return i + 1;
    i += char === '\\' ? 2 : 1;
  }
}

/** Why a JSON number (its source text) does not mean exactly the number `JSON.parse` makes of it. */
export function numberProblem(source: string): string | undefined {
  const value = Number(source);
  if (!Number.isFinite(value)) return 'must be a number a double can hold (at most about 1.8e308)';
  if (Object.is(value, -0)) return 'must not be negative zero';
  if (!Number.isInteger(value)) return undefined;
  if (!isWholeNumber(source)) return 'must be written exactly: it has more digits than a number keeps, and would be rounded to a whole number';
  if (!Number.isSafeInteger(value)) return 'must be a whole number of at most 2^53 - 1 (9007199254740991), to be exact';
  return undefined;
}

/** True when the decimal written in `source` is a whole number (`12`, `12.0`, `1.2e1`; not `12.000000000000001`). */
function isWholeNumber(source: string): boolean {
  const [, whole = '', fraction = '', exponent = '0'] = /^-?(\d+)(?:\.(\d+))?(?:[eE]([+-]?\d+))?$/.exec(source)!;
  const digits = (whole + fraction).replace(/^0+/, '');
  if (digits === '' || /^0*$/.test(digits)) return true;
  const trailingZeros = digits.length - digits.replace(/0+$/, '').length;
  return Number(exponent) - fraction.length + trailingZeros >= 0;
}
