import { BoundedCache } from '../../src/pdf/boundedCache';

describe('BoundedCache', () => {
  it('keeps at most maxEntries values, dropping the least recently used', () => {
    const cache = new BoundedCache<string, number>(2);
    const made: string[] = [];
    const get = (key: string) => cache.getOrAdd(key, () => (made.push(key), key.length));

    get('a');
    get('bb');
    get('a'); // 'a' is now more recent than 'bb'
    get('ccc'); // drops 'bb'
    get('a');
    get('bb');

    expect(made).toEqual(['a', 'bb', 'ccc', 'bb']);
    expect(cache.size).toBe(2);
  });

  it('computes a value once while it is kept', () => {
    const cache = new BoundedCache<string, number>(10);
    let calls = 0;

    for (let round = 0; round < 3; round++) cache.getOrAdd('key', () => ++calls);

    expect(calls).toBe(1);
  });
});
