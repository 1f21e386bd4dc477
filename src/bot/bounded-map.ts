/**
 * A map that forgets: at most `capacity` entries, each for at most `ttlMs`. The bot keeps per-card and
 * per-delivery memory in these so that a busy or long-running bot uses a fixed amount of memory.
 * Insertion order is age order, so eviction is a walk from the front of the underlying Map.
 */
export class BoundedMap<K, V> {
  private readonly entries = new Map<K, { readonly value: V; readonly expires: number }>();

  constructor(
    private readonly capacity: number,
    private readonly ttlMs: number,
    private readonly now: () => number = Date.now,
  ) {}

  get size(): number {
    return this.entries.size;
  }

  /** The value, if present and not expired. */
  find(key: K): { readonly found: true; readonly value: V } | { readonly found: false } {
    const entry = this.entries.get(key);
    if (!entry) return { found: false };
    if (entry.expires <= this.now()) {
      this.entries.delete(key);
      return { found: false };
    }
    return { found: true, value: entry.value };
  }

  set(key: K, value: V): void {
    this.entries.delete(key);
    this.entries.set(key, { value, expires: this.now() + this.ttlMs });
    this.evict();
  }

  private evict(): void {
    const now = this.now();
    for (const [key, entry] of this.entries) {
      if (this.entries.size <= this.capacity && entry.expires > now) break;
      this.entries.delete(key);
    }
  }
}
