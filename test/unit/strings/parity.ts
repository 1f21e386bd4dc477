/**
 * What must read the same in every language of one catalogue entry: what a reader copies or the code fills
 * in. Words around them are translated; these are not.
 */
export interface Invariants {
  readonly placeholders: readonly string[];
  readonly numbers: readonly string[];
  readonly commands: readonly string[];
  readonly code: readonly string[];
  readonly links: readonly string[];
  readonly names: readonly string[];
}

const CLI_NAMES = new Set([
  'az',
  'docker',
  'kubectl',
  'helm',
  'nslookup',
  'oras',
  'podman',
  'curl',
  'acr-doctor',
]);
/** English words that end a command when a sentence goes on after it ("az acr login or …"). */
const STOP_WORDS = new Set([
  'or',
  'and',
  'then',
  'to',
  'with',
  'on',
  'in',
  'for',
  'the',
  'a',
  'an',
  'is',
  'of',
  'as',
]);

const sorted = (items: Iterable<string>): string[] => [...items].sort();
const all = (text: string, re: RegExp, group = 0): string[] =>
  [...text.matchAll(re)].map((m) => m[group] ?? '');

/**
 * `az acr login -n {registry}`, `docker push`, `kubectl describe pod`: a known command, up to two subcommand
 * words, then its flags with their values. What follows in the sentence is not part of it.
 */
function commands(text: string): string[] {
  const words = text.split(/[\s,;:()«»"“”]+/).map((w) => w.replace(/\.$/, ''));
  const found: string[] = [];
  for (let i = 0; i < words.length; i++) {
    if (!CLI_NAMES.has(words[i] ?? '')) continue;
    const command = [words[i]!];
    let j = i + 1;
    for (let sub = 0; sub < 2 && j < words.length; sub++, j++) {
      const word = words[j]!;
      if (STOP_WORDS.has(word) || !/^[a-z][\w.-]*$/.test(word)) break;
      command.push(word);
    }
    while (j < words.length && /^-{1,2}[a-z][\w-]*$/.test(words[j]!)) {
      command.push(words[j]!);
      j++;
      const value = words[j];
      if (
        value !== undefined &&
        /^(?:\{\w+\}|<\w+>|[a-z0-9][\w.-]*)$/.test(value) &&
        !STOP_WORDS.has(value)
      ) {
        command.push(value);
        j++;
      }
    }
    found.push(command.join(' '));
  }
  return found;
}

export function invariants(text: string): Invariants {
  const withoutLinks = text.replace(/https?:\/\/\S+/g, ' ');
  return {
    placeholders: sorted(all(text, /\{(\w+)\}/g, 1)),
    numbers: sorted(all(withoutLinks.replace(/\{\w+\}/g, ' '), /\d+(?:[.,]\d+)?/g)),
    commands: sorted(commands(text)),
    code: sorted(all(text, /`([^`]+)`/g, 1)),
    links: sorted(all(text, /https?:\/\/[^\s)"'»]+/g)),
    names: sorted(all(text, /\b[A-Z][A-Z0-9]*_[A-Z0-9_]+\b/g)),
  };
}
