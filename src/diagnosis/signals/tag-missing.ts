import type { LineIndex } from '../line-index';
import { PLATFORM_MISMATCH_KEYWORDS } from './platform-mismatch';

/**
 * A registry's own word that nothing exists under the name asked for: distribution's MANIFEST_UNKNOWN and
 * NAME_UNKNOWN as their messages read, Docker's "manifest for <ref> not found", containerd's "failed to resolve
 * reference … : not found". Read here only to tell whose registry said it (signals/index.ts pairs it with
 * `registry-elsewhere`); the cause files read the same words, and more, on their own.
 */
const TAG_MISSING = [
  'manifest unknown',
  'name unknown',
  'repository name not known to registry',
  'manifest not found',
] as const;
const TAG_MISSING_PAIRS = [
  ['manifest for', 'not found'],
  ['failed to resolve reference', ': not found'],
] as const;

export const TAG_MISSING_KEYWORDS: readonly string[] = [...TAG_MISSING, ...TAG_MISSING_PAIRS.flat()];

/**
 * 0-based line of the first such statement, or undefined. Not a line that says the platform is missing ("no matching
 * manifest for linux/arm64/v8 …: not found"): the name exists there, the platform does not (platform-mismatch.ts).
 */
export function findTagMissing(index: LineIndex): number | undefined {
  // Sets, not arrays: a long log repeats such a line thousands of times, and a membership test per line on arrays
  // made this quadratic.
  const platform = new Set(index.linesWithAny(PLATFORM_MISMATCH_KEYWORDS));
  let first: number | undefined;
  const consider = (line: number) => {
    if (!platform.has(line) && (first === undefined || line < first)) first = line;
  };
  index.linesWithAny(TAG_MISSING).forEach(consider);
  for (const [a, b] of TAG_MISSING_PAIRS) {
    const withB = new Set(index.linesWith(b));
    for (const line of index.linesWith(a)) if (withB.has(line)) consider(line);
  }
  return first;
}
