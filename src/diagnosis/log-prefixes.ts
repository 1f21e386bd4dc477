/**
 * Strips what log collectors put in front of each line (timestamps, CI annotations, klog headers, shell
 * prompts), so clues match the message itself. Where the prefix names the producing process
 * (`kubelet[812]:`), that name is kept, since it tells which tool wrote the line.
 */
/** PowerShell's prompt: `PS C:\src> `, `PS> `. */
const POWERSHELL_PROMPT = /^PS(?: [A-Za-z]:\\[^>\n]{0,200})?> ?/;
/** A Unix shell's prompt with its user, host and directory: `ops@build-01:~/app$ `. */
const USER_HOST_PROMPT = /^[\w.-]{1,64}@[\w.-]{1,64}:[^$#\n]{0,200}[$#] /;

/**
 * Whether `line` is a command typed at a shell prompt: PowerShell's, a user@host one, or a bare `$ `. Not `>` or
 * `#`, with which markdown quotes and headings begin as well.
 */
export function typedAtPrompt(line: string): boolean {
  return line.startsWith('$ ') || POWERSHELL_PROMPT.test(line) || USER_HOST_PROMPT.test(line);
}

const PREFIXES: readonly RegExp[] = [
  // 2022-03-29T07:00:30.5006078Z   (Azure DevOps, GitHub Actions raw logs, az timestamps)
  /^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}:\d{2}(?:[.,]\d{1,9})?(?:Z|[+-]\d{2}:?\d{2})?\s+/,
  // [2023-01-01 10:00:00], [10:00:00]
  /^\[\d{4}-\d{2}-\d{2}[ T]\d{2}:\d{2}:\d{2}(?:[.,]\d{1,9})?(?:Z|[+-]\d{2}:?\d{2})?\]\s*/,
  /^\[\d{2}:\d{2}:\d{2}(?:[.,]\d{1,9})?\]\s*/,
  // 2023/01/01 10:00:00 (Go's log package: ACR Tasks, acr CLI)
  /^\d{4}\/\d{2}\/\d{2} \d{2}:\d{2}:\d{2}(?:\.\d{1,9})?\s+/,
  // ##[error] ##[warning] … (Azure DevOps, GitHub Actions)
  /^##\[(?:error|warning|debug|group|endgroup|section|command|info|notice)\]\s*/,
  // ::error file=x,line=1::   (GitHub Actions workflow commands)
  /^::(?:error|warning|notice|debug)(?: [^:\n]{0,300})?::/,
  // #12 0.345  (buildkit progress)
  /^#\d{1,5} (?:\d{1,6}\.\d{1,3} )?/,
  // Shell prompts: PS C:\src>  PS>  $  >  user@host:~/dir$  (venv) …  A capitalised name in parentheses only in front
  // of another prompt: az prints its errors as "(AuthorizationFailed) The client …", the code part of the message.
  /^\((?:[a-z0-9_.-][\w.-]{0,63}\) |[\w.-]{1,64}\) (?=PS[ >]|[\w.-]{1,64}@[\w.-]{1,64}:|[$>#]{1,2} |[A-Za-z]:\\))/,
  POWERSHELL_PROMPT,
  USER_HOST_PROMPT,
  /^[$>#]{1,2} /,
];

// Jan 02 15:04:05 node-1 kubelet[812]: …  →  kubelet: …
const SYSLOG = /^[A-Z][a-z]{2} [ \d]\d \d{2}:\d{2}:\d{2} \S{1,253} ([\w.\-/]{1,64})(?:\[\d{1,10}\])?: /;
// E0316 10:20:30.123456    1234 azure_credentials.go:187] …  →  azure_credentials.go: …  (klog; the source
// file names the component, e.g. the AKS credential provider)
const KLOG = /^[IWEF]\d{4} \d{2}:\d{2}:\d{2}\.\d{1,9}\s+\d+ ([\w.-]{1,100}):\d{1,6}\]\s*/;
// time="2023-05-01T10:00:00Z" level=error msg="…"  →  level=error msg="…"
const LOGFMT_TIME = /^time="[^"\n]{0,64}" /;

// One anchored alternation: a line is tried against all prefixes in a single pass.
const ANY_PREFIX = new RegExp(`^(?:${PREFIXES.map((p) => p.source.slice(1)).join('|')})`);

/** `E0316 …`: a severity letter and a digit; checked before the klog pattern runs on every line. */
function looksKlog(line: string): boolean {
  const c = line.charCodeAt(1);
  return 'IWEF'.includes(line[0] ?? '-') && c >= 48 && c <= 57;
}

/**
 * Whether any prefix above can start `line`: each begins with a digit, a capital letter (syslog's month, klog's
 * severity, `PS`), one of `[#:($>`, `time="`, or a user name before an `@`. Most lines of a long log begin with
 * none of these, and the prefix patterns are then not tried at all.
 */
function mayStartWithPrefix(line: string): boolean {
  const c = line.charCodeAt(0);
  if ((c >= 48 && c <= 57) || (c >= 65 && c <= 90)) return true;
  if (c === 91 || c === 35 || c === 58 || c === 40 || c === 36 || c === 62) return true;
  if (c === 116 && line.startsWith('time="')) return true;
  const at = line.indexOf('@');
  return at > 0 && at <= 64;
}

export function stripLogPrefix(line: string): string {
  let out = line;
  for (let round = 0; round < 6 && mayStartWithPrefix(out); round++) {
    const named = SYSLOG.exec(out) ?? (looksKlog(out) ? KLOG.exec(out) : null);
    if (named) {
      out = `${named[1]}: ${out.slice(named[0].length)}`;
      continue;
    }
    const m = LOGFMT_TIME.exec(out) ?? ANY_PREFIX.exec(out);
    if (!m || m[0].length === 0) break;
    out = out.slice(m[0].length);
  }
  return out;
}
