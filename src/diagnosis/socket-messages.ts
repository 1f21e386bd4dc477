import { SOCKET_ERRORS, type SocketErrorText } from '../knowledge';

/**
 * Adds POSIX's words to a line where Windows said a connection failed in its own (see knowledge/socket-errors):
 * `dial tcp 20.1.2.3:443: connectex: No connection could be made because the target machine actively refused it.`
 * reads as Go on Linux would print it, `dial tcp 20.1.2.3:443: connect: connection refused (connectex: …)`, and
 * `[WinError 10061] Es konnte keine Verbindung hergestellt werden, …` gains `(connection refused)`. The user's words
 * stay on the line; rules written for the POSIX wording then read every language Windows speaks.
 */

/** Where a line can hold a socket failure: a runtime's words around it. A chat line in any language rarely has these. */
const SOCKET_CONTEXT = /tcp|exception|error|connect|socket|http|wsa|getaddrinfo|:443|request|lookup/i;
const NON_ASCII = /[^\x00-\x7f]/;
/** The error's number as Python, Rust, .NET, PHP and WCF print it next to the message. */
const CODE =
  /(?:winerror|os error|errno|socketexception|error code|tcp-fehlercode|错误码)\D{0,4}(1[01]0\d\d)\b/;
/** The Winsock call Go names before the system's message. */
const GO_CALLS: ReadonlyArray<readonly [string, keyof SocketErrorText['goLinux']]> = [
  ['connectex: ', 'connect'],
  ['wsarecv: ', 'read'],
  ['wsarecvfrom: ', 'read'],
  ['wsasend: ', 'write'],
  ['getaddrinfow: ', 'lookup'],
];

interface Fragment {
  readonly text: string;
  readonly error: SocketErrorText;
}

const ASCII_FRAGMENTS: Fragment[] = [];
const OTHER_FRAGMENTS: Fragment[] = [];
for (const error of SOCKET_ERRORS) {
  for (const texts of Object.values(error.messages)) {
    for (const text of texts ?? [])
      (NON_ASCII.test(text) ? OTHER_FRAGMENTS : ASCII_FRAGMENTS).push({ text, error });
  }
}
const BY_CODE = new Map(SOCKET_ERRORS.map((e) => [e.code, e]));

function errorOn(lower: string): SocketErrorText | null {
  const code = CODE.exec(lower);
  const byCode = code?.[1] !== undefined ? BY_CODE.get(Number(code[1])) : undefined;
  if (byCode !== undefined) return byCode;
  for (const f of ASCII_FRAGMENTS) if (lower.includes(f.text)) return f.error;
  if (!NON_ASCII.test(lower)) return null;
  for (const f of OTHER_FRAGMENTS) if (lower.includes(f.text)) return f.error;
  return null;
}

/** The line with POSIX's words for the socket failure Windows reported on it; the line itself when there is none. */
export function explainSocketMessage(line: string): string {
  if (!SOCKET_CONTEXT.test(line)) return line;
  const lower = line.toLowerCase();
  const error = errorOn(lower);
  if (error === null) return line;
  for (const [call, kind] of GO_CALLS) {
    const at = lower.indexOf(call);
    if (at >= 0) return `${line.slice(0, at)}${error.goLinux[kind]} (${line.slice(at)})`;
  }
  return lower.includes(error.posix) ? line : `${line} (${error.posix})`;
}
