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
  const platform = index.linesWithAny(PLATFORM_MISMATCH_KEYWORDS);
  const lines = [
    ...index.linesWithAny(TAG_MISSING),
    ...TAG_MISSING_PAIRS.flatMap(([a, b]) =>
      index.linesWith(a).filter((l) => index.linesWith(b).includes(l)),
    ),
  ].filter((l) => !platform.includes(l));
  return lines.length === 0 ? undefined : Math.min(...lines);
}
