import { AmountOutOfRangeError, computeTotals, MAX_AMOUNT_MINOR, taxMinor } from '../../src';

const standard = (quantity: number, unitPriceMinor: number, taxRateBps: number) => ({ quantity, unitPriceMinor, vatCategory: 'S' as const, taxRateBps });

describe('totals', () => {
  it('computes tax once on the subtotal, rounding half up to the minor unit', () => {
    expect(taxMinor(1000, 2000)).toBe(200);
    expect(taxMinor(1, 5000)).toBe(1); // 0.5 rounds up
    expect(taxMinor(1, 4999)).toBe(0); // 0.4999 rounds down
    expect(taxMinor(333, 1900)).toBe(63); // 63.27
    expect(taxMinor(250, 700)).toBe(18); // 17.5 rounds up
    expect(taxMinor(12345, 0)).toBe(0);
  });

  it('does not round per line: three lines of 0.333 tax are 1 cent in total, not 0', () => {
    const lines = [1, 2, 3].map(() => standard(1, 1, 3333));
    expect(computeTotals(lines)).toMatchObject({ subtotalMinor: 3, taxMinor: 1, totalMinor: 4 });
  });

  it('adds quantity × unit price exactly, without floats', () => {
    expect(computeTotals([standard(3, 1999, 2000), standard(1, 1, 2000)])).toEqual({
      subtotalMinor: 5998,
      taxMinor: 1200,
      totalMinor: 7198,
      vatBreakdown: [{ vatCategory: 'S', taxRateBps: 2000, taxableMinor: 5998, taxMinor: 1200 }],
    });
  });

  it('taxes each VAT category and rate on its own sum, and the order\'s tax is the sum of those', () => {
    const books = standard(1, 1005, 700); // 70.35 -> 70
    const mugs = standard(3, 333, 1900); // 999 * 0.19 = 189.81 -> 190
    const moreBooks = standard(1, 5, 700); // books: 1010 * 0.07 = 70.7 -> 71
    const exempt = { quantity: 1, unitPriceMinor: 5000, vatCategory: 'E' as const, taxRateBps: 0 };
    const totals = computeTotals([books, mugs, exempt, moreBooks]);
    expect(totals.vatBreakdown).toEqual([
      { vatCategory: 'S', taxRateBps: 1900, taxableMinor: 999, taxMinor: 190 },
      { vatCategory: 'S', taxRateBps: 700, taxableMinor: 1010, taxMinor: 71 },
      { vatCategory: 'E', taxRateBps: 0, taxableMinor: 5000, taxMinor: 0 },
    ]);
    expect(totals).toMatchObject({ subtotalMinor: 7009, taxMinor: 261, totalMinor: 7270 });
  });

  it('refuses totals past the maximum instead of losing precision', () => {
    const huge = [{ quantity: 100_000, unitPriceMinor: 10_000_000_000, vatCategory: 'Z' as const, taxRateBps: 0 }];
    expect(() => computeTotals(huge)).not.toThrow();
    expect(() => computeTotals([...huge, ...huge])).toThrow(AmountOutOfRangeError);
    expect(() => computeTotals([standard(1, MAX_AMOUNT_MINOR, 1)])).toThrow(/total exceeds/);
  });
});
