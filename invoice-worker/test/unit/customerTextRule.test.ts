import { BIDI_CONTROL, displayText, INVISIBLE_CHARACTER, invoiceDocumentFor, newOrder } from '@checkout/domain';
import { anOrderRequest } from '../../../domain/test/support/anOrderRequest';
import { aSeller } from '../../../domain/test/support/aSeller';
import { cleanText } from '../../src/pdf/typesetter';

/** Every format character (Cf) of Unicode, each as a string. */
const FORMAT_CHARACTERS = Array.from({ length: 0x110000 }, (_, cp) => cp)
  .filter((cp) => (cp < 0xd800 || cp > 0xdfff) && /\p{Cf}/u.test(String.fromCodePoint(cp)))
  .map((cp) => String.fromCodePoint(cp));
const ISOLATES = /[\u2066-\u2069]/u;

describe('the PDF typesetter and the shared display rule agree', () => {
  it('removes every format character the shared rule removes; only the bidi isolates the layout adds itself stay', () => {
    expect(FORMAT_CHARACTERS.length).toBeGreaterThan(150);
    for (const char of FORMAT_CHARACTERS) {
      expect({ char: char.codePointAt(0)!.toString(16), shown: displayText(`a${char}b`) }).toEqual({ char: char.codePointAt(0)!.toString(16), shown: 'ab' });
      const typeset = cleanText(`a${char}b`);
      expect({ char: char.codePointAt(0)!.toString(16), typeset }).toEqual({ char: char.codePointAt(0)!.toString(16), typeset: ISOLATES.test(char) ? `a${char}b` : 'ab' });
    }
  });

  it('changes nothing the shared rule has already shown, so the PDF draws what the email shows', () => {
    for (const text of ['Eve \u202Egnp.exe', 'Pay\u200Bpal\u2060', 'Nguye\u0302\u0303n  Văn\u00A0A', 'Eve\ud800', 'Line\u2028two\u0085three', 'مهرداد\u200Cزاده', '\u2067Ltd\u2069']) {
      expect(cleanText(displayText(text))).toBe(displayText(text));
    }
  });

  it('gives the invoice document (PDF and XML) customer strings without bidi controls or invisible characters, even from an order stored before the API refused them', () => {
    const request = anOrderRequest({ buyerReference: 'PO\u2067 42\u2069' });
    request.customer.name = 'Eve \u202Egnp.exe\u202C';
    request.customer.billingAddress.line1 = 'Main\u200BStreet 1';
    request.lineItems[0]!.description = 'Widget\u2066 \u2069\uFEFF';
    const order = { ...newOrder(request, new Date('2026-03-01T10:00:00Z')), invoice: { invoiceNumber: 'INV-2026-000001', issuedAt: '2026-03-01T10:00:01.000Z' } };
    const document = invoiceDocumentFor(order, aSeller());
    const customerStrings = [document.billTo.name, document.billTo.reference!, ...document.billTo.addressLines, document.billTo.address.line1, ...document.lines.map((line) => line.description)];
    for (const text of customerStrings) {
      expect(text).not.toMatch(BIDI_CONTROL);
      expect(text).not.toMatch(INVISIBLE_CHARACTER);
    }
    expect(document.billTo.name).toBe('Eve gnp.exe');
    expect(document.billTo.address.line1).toBe('MainStreet 1');
    expect(document.lines[0]!.description).toBe('Widget');
  });
});
