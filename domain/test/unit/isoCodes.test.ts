import { ISO_4217_PUBLISHED, isCountryCode, isCurrencyCode } from '../../src';

describe('ISO 3166-1 alpha-2 country codes', () => {
  it.each(['DE', 'US', 'PL', 'GB', 'CN', 'SS', 'AQ'])('accepts %s', (code) => expect(isCountryCode(code)).toBe(true));

  it.each([
    ['ZZ', 'unknown region in CLDR, not ISO'],
    ['XK', 'Kosovo: user-assigned, not ISO 3166-1'],
    ['UK', 'exceptionally reserved; the code is GB'],
    ['EU', 'exceptionally reserved'],
    ['AA', 'user-assigned'],
    ['de', 'lower case'],
    ['DEU', 'alpha-3'],
    ['', 'empty'],
  ])('refuses %s (%s)', (code) => expect(isCountryCode(code)).toBe(false));
});

describe('ISO 4217 currency codes', () => {
  it.each(['EUR', 'USD', 'JPY', 'KWD', 'CLF', 'XOF', 'CHF'])('accepts %s', (code) => expect(isCurrencyCode(code)).toBe(true));

  it.each([
    ['HRK', 'withdrawn in 2023'],
    ['DEM', 'withdrawn in 2002'],
    ['XAU', 'gold: no minor unit'],
    ['XXX', 'no currency'],
    ['XTS', 'reserved for testing'],
    ['XDR', 'special drawing right: no minor unit'],
    ['XXY', 'not assigned'],
    ['eur', 'lower case'],
    ['EURO', 'not three letters'],
  ])('refuses %s (%s)', (code) => expect(isCurrencyCode(code)).toBe(false));

  it('says which publication of the list it checks against', () => {
    expect(ISO_4217_PUBLISHED).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });
});
