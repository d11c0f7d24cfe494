/**
 * A map that keeps at most `maxEntries` entries, dropping the least recently used first. Used for
 * layout results that are reused across documents, so a long-running worker's memory stays flat
 * however many different texts it sees.
 */
export class BoundedCache<K, V> {
  private readonly entries = new Map<K, V>();

  constructor(private readonly maxEntries: number) {
    if (!(maxEntries >= 1)) throw new RangeError(`maxEntries must be at least 1, got ${maxEntries}`);
  }

  get size(): number {
    return this.entries.size;
  }

  /** The value for `key`, computed by `make` (and kept) when absent. */
  getOrAdd(key: K, make: () => V): V {
    const found = this.entries.get(key);
    if (found !== undefined || this.entries.has(key)) {
      // Re-inserting moves the key to the end of the Map's insertion order: most recently used.
      this.entries.delete(key);
      this.entries.set(key, found as V);
      return found as V;
    }
    const value = make();
    this.entries.set(key, value);
    if (this.entries.size > this.maxEntries) this.entries.delete(this.entries.keys().next().value as K);
    return value;
  }
}
