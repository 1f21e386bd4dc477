import { BoundedMap } from './bounded-map';

/**
 * The masked paste behind a card, kept for a day so that a Helpful / Not helpful answer can be stored with
 * the text it was about (the corpus grows from these). The engine masked every secret it recognised before
 * the text got here; the card store itself keeps no paste.
 */
export class PasteStore {
  private readonly pastes: BoundedMap<string, string>;

  constructor(
    options: { readonly capacity?: number; readonly ttlMs?: number; readonly maxChars?: number } = {},
    private readonly maxChars = options.maxChars ?? 16_000,
  ) {
    // At most ~300 × 16 KB ≈ 5 MB of UTF-16 text.
    this.pastes = new BoundedMap(options.capacity ?? 300, options.ttlMs ?? 24 * 60 * 60 * 1000);
  }

  keep(cardId: string, maskedText: string): void {
    // A copy, so the diagnosis's larger strings are not held through a substring.
    this.pastes.set(cardId, (' ' + maskedText.slice(0, this.maxChars)).slice(1));
  }

  find(cardId: string): string | undefined {
    const entry = this.pastes.find(cardId);
    return entry.found ? entry.value : undefined;
  }
}
