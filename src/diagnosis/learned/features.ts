/**
 * The words of a paste as the learned layer sees them: the masked, normalised lines reduced to vocabulary.
 * Everything that names somebody's things (registry names, hosts, GUIDs, IPs, digests, numbers) becomes a
 * shape token first, so the model learns how tools word a failure, not which registry failed in which paste.
 * Features are the distinct words and adjacent word pairs of each line.
 */

/** Only this much of a paste is read: errors sit near the end of a log, and the engine must stay fast on 1 MB. */
export const FEATURE_HEAD_CHARS = 4 * 1024;
export const FEATURE_TAIL_CHARS = 12 * 1024;
/** A paste yields at most this many distinct features (the rest add nothing the first ones did not say). */
export const MAX_FEATURES = 600;

/** HTTP statuses are the protocol's vocabulary, not somebody's number: they stay as they are. */
const STATUSES = new Set([
  '400',
  '401',
  '403',
  '404',
  '405',
  '409',
  '413',
  '429',
  '500',
  '502',
  '503',
  '504',
]);

// Every pattern below is linear: character classes with one quantifier each, no nesting.
const ACR_HOST = /\b([a-z0-9-]{1,60})(?:\.[a-z0-9-]{1,30})?\.(?:privatelink\.)?azurecr\.(?:io|cn|us)\b/g;
const GUID = /\b[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\b/g;
const IPV4 = /\b\d{1,3}\.\d{1,3}\.\d{1,3}\.\d{1,3}\b/g;
const IPV6 = /\b[0-9a-f]{1,4}(?::[0-9a-f]{0,4}){3,7}\b/g;
const DIGEST = /\b(?:sha256:)?[0-9a-f]{12,}\b/g;
const HOST = /\b(?:[a-z0-9-]{1,63}\.){1,6}([a-z0-9-]{1,63}\.[a-z]{2,12})\b/g;
const WORD = /[a-z][a-z0-9_]*|\d+/g;

/** The lines the learned layer reads: the head and the tail of the paste, cut at line boundaries. */
function window(lines: readonly string[]): string[] {
  const total = lines.reduce((n, l) => n + l.length + 1, 0);
  if (total <= FEATURE_HEAD_CHARS + FEATURE_TAIL_CHARS) return lines.slice();
  const head: string[] = [];
  let used = 0;
  for (const line of lines) {
    if (used + line.length > FEATURE_HEAD_CHARS) break;
    head.push(line);
    used += line.length + 1;
  }
  const tail: string[] = [];
  used = 0;
  for (let i = lines.length - 1; i >= head.length; i--) {
    const line = lines[i] as string;
    if (used + line.length > FEATURE_TAIL_CHARS) break;
    tail.push(line);
    used += line.length + 1;
  }
  return [...head, ...tail.reverse()];
}

const DIGITS = /^\d+$/;
const ENTRA_CODE = /^aadsts\d+$/;
const HAS_DIGIT = /\d/;
/** A word and one digit (`app1`, `node2`): vocabulary, not somebody's numbered name. */
const WORD_AND_DIGIT = /^[a-z]{1,12}\d$/;
const MASKED = /\*{4}/g;
const WHITESPACE_RUN = /\s+/;

/** One word as vocabulary: a number becomes its shape unless it is an HTTP status or an Entra code. */
function shapeOf(word: string, registries: ReadonlySet<string>): string {
  if (registries.has(word)) return 'ᐸregistryᐳ';
  if (DIGITS.test(word)) return STATUSES.has(word) ? word : word.length <= 2 ? 'ᐸnᐳ' : 'ᐸnumᐳ';
  if (ENTRA_CODE.test(word)) return word;
  // A word with digits inside (a build id, a pod suffix, a name like app01) is somebody's name.
  if (HAS_DIGIT.test(word) && !WORD_AND_DIGIT.test(word)) return 'ᐸidᐳ';
  if (word.length > 30) return 'ᐸlongᐳ';
  return word;
}

/** The words of one line, with names reduced to shapes. */
export function lineWords(line: string, registries: ReadonlySet<string>): string[] {
  const text = line
    .toLowerCase()
    .replace(ACR_HOST, ' ᐸacrhostᐳ ')
    .replace(GUID, ' ᐸguidᐳ ')
    .replace(IPV4, ' ᐸipᐳ ')
    .replace(IPV6, ' ᐸipᐳ ')
    .replace(DIGEST, ' ᐸhexᐳ ')
    // Other hosts keep their last two labels: docker.io, microsoftonline.com, azurewebsites.net are vocabulary.
    .replace(HOST, (_m, domain: string) => ` host:${domain} `)
    .replace(MASKED, ' ᐸsecretᐳ ');
  const out: string[] = [];
  for (const token of text.split(WHITESPACE_RUN)) {
    if (token === '') continue;
    // Shapes and hosts were written with spaces around them: the token is exactly the shape.
    if (token.startsWith('ᐸ') || token.startsWith('host:')) {
      out.push(token);
      continue;
    }
    for (const word of token.match(WORD) ?? []) out.push(shapeOf(word, registries));
  }
  return out;
}

/** The registry names of ACR hosts in the paste: a bare mention of one elsewhere is the same name. */
function registryNames(lines: readonly string[]): Set<string> {
  const names = new Set<string>();
  for (const line of lines) {
    const lower = line.toLowerCase();
    if (!lower.includes('azurecr.')) continue;
    for (const m of lower.matchAll(ACR_HOST)) if (m[1]) names.add(m[1]);
  }
  return names;
}

/** The distinct features of a paste (words and adjacent pairs of words), read from the last line up. */
export function featuresOf(lines: readonly string[]): string[] {
  const kept = window(lines);
  const registries = registryNames(kept);
  const seen = new Set<string>();
  // From the end: when a long log has more features than are kept, the error near its end wins.
  for (let l = kept.length - 1; l >= 0; l--) {
    const words = lineWords(kept[l] as string, registries);
    for (let i = 0; i < words.length && seen.size < MAX_FEATURES; i++) {
      const word = words[i] as string;
      seen.add(word);
      if (i > 0) seen.add(`${words[i - 1] as string}+${word}`);
    }
    if (seen.size >= MAX_FEATURES) break;
  }
  return [...seen];
}
