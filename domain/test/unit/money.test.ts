import { formatAmount, formatMoney, isCurrencyCode, minorUnitDigits } from '../../src';

describe('money', () => {
  it('formats minor units with the currency exponent, ASCII only', () => {
    expect(formatMoney(123456, 'EUR')).toBe('1,234.56 EUR');
    expect(formatMoney(5, 'USD')).toBe('0.05 USD');
    expect(formatMoney(1234, 'JPY')).toBe('1,234 JPY');
    expect(formatMoney(1234, 'KWD')).toBe('1.234 KWD');
    expect(formatMoney(0, 'EUR')).toBe('0.00 EUR');
    expect(formatMoney(-150, 'EUR')).toBe('-1.50 EUR');
    expect(formatMoney(999_999_999_999_999, 'EUR')).toBe('9,999,999,999,999.99 EUR');
    expect(formatMoney(123456789, 'EUR')).toMatch(/^[\x20-\x7E]+$/);
  });

  it('refuses amounts that are not safe integers', () => {
    expect(() => formatMoney(1.5, 'EUR')).toThrow(RangeError);
    expect(() => formatMoney(2 ** 60, 'EUR')).toThrow(RangeError);
  });

  it('knows ISO 4217 codes and their exponents', () => {
    expect(isCurrencyCode('EUR')).toBe(true);
    expect(isCurrencyCode('eur')).toBe(false);
    expect(isCurrencyCode('XXY')).toBe(false);
    expect(minorUnitDigits('EUR')).toBe(2);
    expect(minorUnitDigits('JPY')).toBe(0);
    expect(minorUnitDigits('CLF')).toBe(4);
    expect(formatMoney(1_234_567, 'CLF')).toBe('123.4567 CLF');
  });

  it('counts minor units as ISO 4217 does where Intl\'s display habit differs, and shows them on the invoice', () => {
    expect(['HUF', 'IDR', 'COP', 'IQD', 'JPY'].map(minorUnitDigits)).toEqual([2, 2, 2, 3, 0]);
    expect(formatMoney(12345, 'HUF')).toBe('123.45 HUF');
    expect(formatAmount(12345, 'HUF', 'en-GB')).toBe('HUF\u00a0123.45');
    expect(formatAmount(123456, 'IQD', 'de-DE')).toBe('123,456\u00a0IQD');
  });

  it('looks a currency\'s exponent up once and still refuses an unknown code every time', () => {
    expect([minorUnitDigits('KWD'), minorUnitDigits('KWD')]).toEqual([3, 3]);
    expect(() => minorUnitDigits('EURO')).toThrow(RangeError);
    expect(() => minorUnitDigits('EURO')).toThrow(RangeError);
  });
});
