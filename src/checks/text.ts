import type { Text } from '../knowledge';

/** A user-facing string in English and Russian. */
export function t(en: string, ru: string): Text {
  return { en, ru };
}
