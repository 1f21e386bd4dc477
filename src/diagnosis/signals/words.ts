/** Whether the character at `i` is an ASCII letter (false outside the string). */
function letterAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
}

/**
 * Whether `word` stands in `text` as a word of its own: no letter just before or after it (`ACR`, `acr-pull`, `(AKS)`),
 * not inside another word (`ACRE`, `breaks`). Digits, punctuation and other scripts are boundaries.
 */
export function saysWord(text: string, word: string): boolean {
  for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + word.length))
    if (!letterAt(text, at - 1) && !letterAt(text, at + word.length)) return true;
  return false;
}
