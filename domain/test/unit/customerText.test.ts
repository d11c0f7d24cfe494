import { customerTextProblem, displayText, unicodeTextProblem } from '../../src';

describe('customer text the API refuses', () => {
  it.each([
    ['a lone high surrogate', 'Eve\ud800', 'must not contain a lone surrogate (U+D800): it is not Unicode text'],
    ['a lone low surrogate', '\udfffEve', 'must not contain a lone surrogate (U+DFFF): it is not Unicode text'],
    ['a noncharacter of the BMP', 'Eve\uFFFE', 'must not contain the Unicode noncharacter U+FFFE'],
    ['a noncharacter of the Arabic block', 'Eve\uFDD0', 'must not contain the Unicode noncharacter U+FDD0'],
    ['a noncharacter of plane 16', 'Eve\u{10FFFF}', 'must not contain the Unicode noncharacter U+10FFFF'],
    ['the replacement character', 'Caf\uFFFD', 'must not contain U+FFFD REPLACEMENT CHARACTER (the text was damaged by a decoding error before it was sent)'],
  ])('%s is not Unicode text', (_, value, message) => {
    expect(unicodeTextProblem(value)).toBe(message);
    expect(customerTextProblem(value)).toBe(message);
  });

  it.each([
    ['RIGHT-TO-LEFT OVERRIDE', 'Invoice \u202Efdp.exe', 'must not contain the bidi control U+202E (it reorders the text around it)'],
    ['LEFT-TO-RIGHT EMBEDDING', '\u202AEve', 'must not contain the bidi control U+202A (it reorders the text around it)'],
    ['RIGHT-TO-LEFT ISOLATE', 'Eve\u2067', 'must not contain the bidi control U+2067 (it reorders the text around it)'],
    ['POP DIRECTIONAL ISOLATE', 'Eve\u2069', 'must not contain the bidi control U+2069 (it reorders the text around it)'],
    ['ZERO WIDTH SPACE', 'Pay\u200Bpal', 'must not contain the invisible character U+200B'],
    ['WORD JOINER', 'Pay\u2060pal', 'must not contain the invisible character U+2060'],
    ['ZERO WIDTH NO-BREAK SPACE inside', 'Pay\uFEFFpal', 'must not contain the invisible character U+FEFF'],
    ['a C1 control (CSI)', 'Eve\u009B31m', 'must not contain control characters or line breaks'],
    ['NEL', 'Eve\u0085Bcc', 'must not contain control characters or line breaks'],
  ])('%s is refused with the code point named', (_, value, message) => {
    expect(customerTextProblem(value)).toBe(message);
  });

  it.each([
    ['a Persian name with ZERO WIDTH NON-JOINER', 'مهرداد\u200Cزاده'],
    ['an emoji ZWJ sequence', 'Team 👩\u200D💻'],
    ['Hebrew with a RIGHT-TO-LEFT MARK', 'שלום\u200F 42'],
    ['a soft hyphen from pasted text', 'Donau\u00ADdampf'],
    ['a surrogate pair', 'Grin 😀'],
    ['Chinese', '张伟'],
  ])('accepts %s, which real text needs', (_, value) => {
    expect(customerTextProblem(value)).toBeUndefined();
  });
});

describe('displayText, the one rule for showing customer text', () => {
  it('removes bidi controls and zero-width characters, so what is shown is what is stored, in order', () => {
    expect(displayText('Eve \u202Efdp.exe\u202C')).toBe('Eve fdp.exe');
    expect(displayText('Pay\u200Bpal\u2060 \u2067Ltd\u2069')).toBe('Paypal Ltd');
    expect(displayText('\u200E\u200F\u061CName\u00AD')).toBe('Name');
  });

  it('replaces lone surrogates, composes, and collapses controls, breaks and spaces to one space', () => {
    expect(displayText('Eve\ud800')).toBe('Eve\uFFFD');
    expect(displayText('Nguye\u0302\u0303n')).toBe('Nguyễn');
    expect(displayText('  Eve\r\nBcc:\u2028all\u00A0\u3000x\t ')).toBe('Eve Bcc: all x');
  });

  it('is idempotent', () => {
    const once = displayText('\u202E a\u200B\u2028b \ud800 ');
    expect(displayText(once)).toBe(once);
  });
});
