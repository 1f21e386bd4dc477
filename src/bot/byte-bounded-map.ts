/**
 * A map bounded by the bytes of its values (as the caller measures them) and by age: storing past the budget
 * forgets the oldest entries first. Counting entries is not enough when one entry can be a hundred times
 * another; counting bytes keeps the memory a crafted flood of large pastes can take to the budget.
 */
export class ByteBoundedMap<K, V> {
  private readonly entries = new Map<
    K,
    { readonly value: V; readonly bytes: number; readonly expires: number }
  >();
  private total = 0;

  constructor(
    private readonly maxBytes: number,
    private readonly ttlMs: number,
    private readonly now: () => number = Date.now,
  ) {}

  get bytes(): number {
    return this.total;
  }

  get size(): number {
    return this.entries.size;
  }

  find(key: K): { readonly found: true; readonly value: V } | { readonly found: false } {
    const entry = this.entries.get(key);
    if (!entry) return { found: false };
    if (entry.expires <= this.now()) {
      this.remove(key);
      return { found: false };
    }
    return { found: true, value: entry.value };
  }

  /** Stores `value` as `bytes` large until `expires` (default: now + ttl); one larger than the budget is not kept. */
  set(key: K, value: V, bytes: number, expires?: number): void {
    this.remove(key);
    if (bytes > this.maxBytes) return;
    this.entries.set(key, { value, bytes, expires: expires ?? this.now() + this.ttlMs });
    this.total += bytes;
    this.evict();
  }

  private remove(key: K): void {
    const entry = this.entries.get(key);
    if (!entry) return;
    this.entries.delete(key);
    this.total -= entry.bytes;
  }

  private evict(): void {
    const now = this.now();
    for (const [key, entry] of this.entries) {
      if (this.total <= this.maxBytes && entry.expires > now) break;
      this.remove(key);
    }
  }
}
