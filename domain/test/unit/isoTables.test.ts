import currencyCodes from 'currency-codes';
import countryCodes from 'i18n-iso-countries/codes.json';
import { ISO_3166_ALPHA2, ISO_4217_DIGITS, ISO_4217_PUBLISHED } from '../../src/isoTables';

// domain/src/isoTables.ts is generated from these packages; after updating one, run `npm run iso-tables`.
describe('the generated ISO tables hold what the installed packages say', () => {
  it('every ISO 4217 code with its minor-unit digits, and the list\'s publication date', () => {
    const fromPackage = currencyCodes.codes().sort().map((code) => `${code}${currencyCodes.code(code)!.digits}`);
    expect(ISO_4217_DIGITS.split(' ')).toEqual(fromPackage);
    expect(ISO_4217_PUBLISHED).toBe(currencyCodes.publishDate);
  });

  it('every ISO 3166-1 alpha-2 code', () => {
    expect(ISO_3166_ALPHA2.split(' ')).toEqual((countryCodes as string[][]).map(([alpha2]) => alpha2).sort());
  });
});
