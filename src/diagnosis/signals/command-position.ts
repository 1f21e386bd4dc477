/**
 * Whether a command's name stands where a shell command starts, rather than inside a sentence ("we use `az login`
 * with DefaultAzureCredential"). Read from the lower-case text before the name on its line.
 */

/** Words after which the next word is a command: a CI runner's `Run`, someone saying what they ran, `sudo`. */
const COMMAND_WORDS =
  /(?:^|\s)(?:run|ran|running|do|did|try|tried|trying|execute|executed|executing|issue|issued|issuing|type|typed|command|sudo)$/;
/** The end of a prompt drawn with a symbol (zsh themes' `➜`, `✗`, `❯`, `»`). */
const PROMPT_SYMBOL = /[\p{S}\p{Pi}\p{Pf}]$/u;
const MARKUP = '`*_';
/** A prompt or chaining character right before a command (`$ `, `> `, `&& `, `(`). */
const PROMPT_END = /[$>#%/'"&|;(:+\]]$/;
const FLAG_DASH_END = /(?:^|\s)-$/;
/** A log line's time stamp (`2024-05-01T10:00:00.123Z`, `[10:00:01]`) in front of a command the log echoes. */
const TIME_STAMP = /\d{2}:\d{2}(?::\d{2}(?:[.,]\d{1,9})?)?z?$/;

/**
 * Nothing, a shell or PowerShell prompt, a path (`/usr/bin/az`), a quote, a chaining operator, a subshell, a label
 * (`script:`, `Run:`), a bracketed log tag (`[command]`), a shell trace (`+`), a YAML list dash, a time stamp, or
 * a word saying it was run. A code span counts only where it itself starts the command (at the start of the line,
 * after a prompt, after "ran"): a code span inside a sentence only names the command.
 *
 * (registry-targets.ts asks a looser question of its own: there a command a sentence quotes still says which
 * registry was aimed at.)
 */
export function typedCommandStart(before: string): boolean {
  let t = before.trimEnd();
  // Code spans, fences and markdown emphasis (`**az acr create**`): what matters is what stands before them.
  let end = t.length;
  while (end > 0 && MARKUP.includes(t[end - 1] as string)) end--;
  if (end < t.length) t = t.slice(0, end).trimEnd();
  if (t === '') return true;
  if (PROMPT_END.test(t) || PROMPT_SYMBOL.test(t)) return true;
  if (FLAG_DASH_END.test(t)) return true;
  return COMMAND_WORDS.test(t) || TIME_STAMP.test(t);
}
