/**
 * A CI runner's raw log (GitHub Actions, Azure Pipelines) stamps every line it prints with the time, and Azure
 * Pipelines marks every line of a failing step `##[error]`. A message that kubectl or a YAML printer folded over several
 * lines then has a stamp in front of each piece, and the passes that join folded and wrapped lines see a timestamp
 * where the piece's indent or lower-case start should be. When the same kind of mark begins every line, it tells
 * nothing about where a record starts, so it is taken off before those passes run. Where only some lines carry a mark
 * (an application log whose stack trace follows a stamped line), the mark is where a record begins, and the lines are
 * left for the per-line pass (log-prefixes.ts), which runs after the joins.
 */

/** The runner's stamp: `2026-03-01T10:12:13.4567890Z ` (seven fractional digits on Azure Pipelines, any here). */
const RUNNER_STAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d{1,9})?Z ?/;
/** Azure Pipelines' and GitHub Actions' annotation of a line. */
const ANNOTATION = /^##\[(?:error|warning|debug|info|notice|section|command)\]/;

/** The lines without `mark`'s match, when every line that is not blank has one; otherwise null. */
function withoutEverywhere(lines: readonly string[], mark: RegExp): string[] | null {
  const out: string[] = [];
  let marked = 0;
  for (const line of lines) {
    const m = mark.exec(line);
    if (m === null) {
      if (line.trim() !== '') return null;
      out.push(line);
      continue;
    }
    marked++;
    out.push(line.slice(m[0].length));
  }
  return marked >= 2 ? out : null;
}

export interface UnprefixedLines {
  readonly lines: readonly string[];
  /** Every line was annotated `##[…]`: an Azure Pipelines log, where a bare resource key is the task's message. */
  readonly annotated: boolean;
}

export function stripUniformPrefixes(lines: readonly string[]): UnprefixedLines {
  // Native checks on the first line rule out nearly every paste before a pattern runs on every line.
  const first = lines.find((line) => line.trim() !== '') ?? '';
  const stamped = /^\d{4}-/.test(first) ? withoutEverywhere(lines, RUNNER_STAMP) : null;
  const afterStamps = stamped ?? lines;
  const firstAfter = afterStamps.find((line) => line.trim() !== '') ?? '';
  const annotated = firstAfter.startsWith('##[') ? withoutEverywhere(afterStamps, ANNOTATION) : null;
  return { lines: annotated ?? afterStamps, annotated: annotated !== null };
}
