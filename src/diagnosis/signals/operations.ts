import type { Operation } from '../../knowledge';
import type { LineIndex } from '../line-index';

const OPERATION_PHRASES: ReadonlyArray<readonly [Operation, readonly string[]]> = [
  [
    'push',
    [
      'docker push',
      'the push refers to repository',
      'failed to push',
      'push access denied',
      'oras push',
      'helm push',
      'pushing ',
      'unable to push',
    ],
  ],
  [
    'pull',
    [
      'docker pull',
      'failed to pull',
      'pull access denied',
      'pulling image',
      'errimagepull',
      'imagepullbackoff',
      'error pulling',
      'oras pull',
      'helm pull',
      'trying to pull',
      'unable to pull',
      'pull image',
    ],
  ],
  [
    'login',
    [
      'docker login',
      'az acr login',
      'login attempt',
      'login failed',
      'helm registry login',
      'oras login',
      'podman login',
      'error saving credentials',
    ],
  ],
  ['list', ['az acr repository list', 'az acr repository show', '_catalog', 'catalog']],
  [
    'delete',
    ['az acr repository delete', 'az acr repository untag', 'acr purge', 'untag', 'artifacts/delete'],
  ],
  ['build', ['az acr build', 'docker build', 'failed to solve', 'docker buildx build']],
  ['import', ['az acr import']],
];

/**
 * Lines that show an operation succeeding: all words of one entry on a line. `docker push` ends with
 * "<tag>: digest: sha256:… size: N"; `docker pull` prints "Digest: sha256:…" without a size.
 */
const SUCCESS_PHRASES: ReadonlyArray<readonly [Operation, ReadonlyArray<readonly string[]>]> = [
  ['push', [['digest: sha256:', ' size: '], [': pushed']]],
  [
    'pull',
    [
      ['status: downloaded newer image'],
      ['pull complete'],
      ['successfully pulled image'],
      ['status: image is up to date'],
    ],
  ],
  ['login', [['login succeeded']]],
];

const ERROR_WORDS = ['error', 'denied', 'unauthorized', 'failed', 'forbidden', 'not found', 'unknown'];

export const OPERATION_KEYWORDS = [
  ...OPERATION_PHRASES.flatMap(([, phrases]) => phrases),
  ...SUCCESS_PHRASES.flatMap(([, sets]) => sets.map((words) => words[0] as string)),
];

export interface OperationFindings {
  readonly operation: Operation | null;
  /** Each operation seen, with the 0-based line that shows it (its first failing line if any). */
  readonly attempted: ReadonlyArray<{ readonly op: Operation; readonly line: number }>;
  readonly succeeded: ReadonlyArray<{ readonly op: Operation; readonly line: number }>;
}

export function findOperations(index: LineIndex): OperationFindings {
  const seen: Array<{ op: Operation; lines: readonly number[] }> = [];
  for (const [op, phrases] of OPERATION_PHRASES) {
    const lines = index.linesWithAny(phrases);
    if (lines.length > 0) seen.push({ op, lines });
  }
  const isError = (i: number) => ERROR_WORDS.some((w) => index.lower(i).includes(w));
  const attempted = seen.map(({ op, lines }) => ({ op, line: lines.find(isError) ?? (lines[0] as number) }));

  // The operation the paste is about: one whose own line reports a failure, else the last one started
  // before the first error line (`docker pull x` … `unauthorized`).
  let operation: Operation | null = null;
  const failing = attempted.filter(({ op, line }) => isError(line) && seen.some((s) => s.op === op));
  if (failing.length > 0) {
    operation = [...failing].sort((a, b) => a.line - b.line)[0]?.op ?? null;
  } else {
    const firstError = index.lines.findIndex((_, i) => isError(i));
    let best = -1;
    for (const { op, lines } of seen) {
      const before = lines.filter((l) => firstError < 0 || l <= firstError).at(-1);
      if (before !== undefined && before > best) {
        best = before;
        operation = op;
      }
    }
    if (operation === null) operation = seen[0]?.op ?? null;
  }

  const succeeded: Array<{ op: Operation; line: number }> = [];
  for (const [op, sets] of SUCCESS_PHRASES) {
    for (const words of sets) {
      const line = index
        .linesWith(words[0] as string)
        .find((i) => words.every((w) => index.lower(i).includes(w)));
      if (line !== undefined) {
        succeeded.push({ op, line });
        break;
      }
    }
  }
  return { operation, attempted, succeeded };
}
