import { diagnose } from '../../src/diagnosis';
import type { LabelledPaste } from './corpus';
import { judge, type Result } from './figures';

/** Today's engine's answer to a paste, judged against the families it may rightly name. */
export function judgeNow(paste: LabelledPaste, expected: readonly string[]): Result {
  const d = diagnose(paste.text);
  return judge(
    paste,
    expected,
    d.causes.map((c) => c.family),
    d.verdict,
    d.causes[0]?.confidence ?? 0,
    d.ambiguity.ambiguous,
  );
}
