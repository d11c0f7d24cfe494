import { AmountOutOfRangeError, computeTotals, MAX_AMOUNT_MINOR, taxMinor } from '../../src';

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
    const lines = [1, 2, 3].map(() => ({ quantity: 1, unitPriceMinor: 1 }));
    expect(computeTotals(lines, 3333)).toEqual({ subtotalMinor: 3, taxMinor: 1, totalMinor: 4 });
  });

  it('adds quantity × unit price exactly, without floats', () => {
    expect(computeTotals([{ quantity: 3, unitPriceMinor: 1999 }, { quantity: 1, unitPriceMinor: 1 }], 2000)).toEqual({
      subtotalMinor: 5998,
      taxMinor: 1200,
      totalMinor: 7198,
    });
  });

  it('refuses totals past the maximum instead of losing precision', () => {
    const huge = [{ quantity: 100_000, unitPriceMinor: 10_000_000_000 }];
    expect(() => computeTotals(huge, 0)).not.toThrow();
    expect(() => computeTotals([...huge, ...huge], 0)).toThrow(AmountOutOfRangeError);
    expect(() => computeTotals([{ quantity: 1, unitPriceMinor: MAX_AMOUNT_MINOR }], 1)).toThrow(/total exceeds/);
  });
});
