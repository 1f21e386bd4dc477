import { KeywordScanner } from './keyword-scan';
import type { MaskedSecret, SecretKind } from './types';

export const MASK = '****';

export interface MaskedLines {
  readonly lines: readonly string[];
  readonly secrets: readonly MaskedSecret[];
}

export interface SecretPattern {
  readonly kind: SecretKind;
  /** Cheap lower-case test before the pattern runs: any of these must occur in the line. */
  readonly hint: string | readonly string[];
  /** Group 1 is the prefix kept as written, group 2 the secret value that is masked. */
  readonly pattern: RegExp;
  /** Only on lines that also contain one of these (e.g. `-p` only on `login` lines, not `mkdir -p`). */
  readonly onlyWith?: readonly string[];
  /** Only in pastes that contain one of these somewhere (e.g. `"value"` only in credential listings). */
  readonly onlyInPasteWith?: readonly string[];
  /**
   * Lower-case literals the pattern cannot match without, beyond its hint: a line lacking one is skipped
   * unread. Purely a speed-up that never changes what is masked (the equivalence test runs without it).
   */
  readonly requires?: readonly string[];
}

const HINT_LISTS = new WeakMap<SecretPattern, readonly string[]>();
/** A pattern's hints as a list, made once per pattern: every paste asks for them, most lines more than once. */
export function hints(p: SecretPattern): readonly string[] {
  let list = HINT_LISTS.get(p);
  if (list === undefined) HINT_LISTS.set(p, (list = typeof p.hint === 'string' ? [p.hint] : p.hint));
  return list;
}

// Values that are references to secrets, not secrets: $VAR, ${VAR}, ${{ secrets.X }}, $(cmd), <placeholder>, ***.
export const REFERENCE =
  /^(?:["']?\$|["']?%\w|<[^<>]{0,80}>$|\*{3,}|x{4,}$|\.{3}|["']?-$|\[?(?:masked|redacted|hidden)\]?$)/i;

export const PATTERNS: readonly SecretPattern[] = [
  {
    kind: 'private-key',
    hint: 'private key',
    pattern: /(-----BEGIN [A-Z ]{0,40}PRIVATE KEY-----)([A-Za-z0-9+/=\s]{16,8000})/g,
  },
  { kind: 'bearer-token', hint: 'bearer', pattern: /(\bBearer\s{1,8})([A-Za-z0-9._~+/=-]{12,8192})/gi },
  { kind: 'basic-auth', hint: 'basic', pattern: /(\bBasic\s{1,8})([A-Za-z0-9+/]{12,4096}={0,2})/g },
  {
    kind: 'password',
    hint: '-p',
    pattern: /((?:^|\s)-p(?:\s{1,8}|=))("[^"\s]{1,512}"|'[^'\s]{1,512}'|[^\s"']{1,512})/g,
    onlyWith: ['login', 'import'],
  },
  {
    // --password, --docker-password, --docker-registry-server-password…; never --password-stdin.
    kind: 'password',
    hint: 'password',
    pattern:
      /((?:^|\s)--(?:[a-z][a-z-]{0,60}-)?password(?:\s{1,8}|=))("[^"\s]{1,512}"|'[^'\s]{1,512}'|[^\s"']{1,512})/g,
  },
  {
    // echo '…' | docker login --password-stdin: the value echoed is the password.
    kind: 'password',
    hint: ['echo', 'printf'],
    pattern:
      /(\b(?:echo(?:\s{1,8}-[neE]{1,3})?|printf(?:\s{1,8}["']?%s["']?)?)\s{1,8})("[^"]{1,512}"|'[^']{1,512}'|[^\s|;'"]{1,512})/g,
    onlyWith: ['password-stdin'],
  },
  {
    // skopeo --creds / --src-creds / --dest-creds user:password
    kind: 'password',
    hint: 'creds',
    pattern: /((?:^|\s)--(?:src-|dest-)?creds(?:\s{1,8}|=)["']?[^\s:"']{1,256}:)([^\s"']{1,512})/g,
  },
  {
    // curl -u user:password
    kind: 'password',
    hint: ['-u', '--user'],
    pattern: /((?:^|\s)(?:-u|--user)(?:\s{1,8}|=)["']?[^\s:"']{1,256}:)([^\s"']{1,512})/g,
    onlyWith: ['curl', 'wget'],
  },
  {
    // https://user:password@host
    kind: 'basic-auth',
    hint: '@',
    pattern: /(\b(?:https?|ssh|git|oci):\/\/[^\s/:@]{1,256}:)([^\s/@]{1,512})(?=@)/gi,
    // `@` alone is on every `action@v3` and `package@1.0.6` line of a CI log.
    requires: ['://'],
  },
  {
    // Credential listings (az acr credential show, az acr token, storage keys, Key Vault secrets) put the
    // secret in a field called "value".
    kind: 'password',
    hint: '"value"',
    pattern: /("value"\s{0,4}:\s{0,4}")([^"\s]{6,1024})/g,
    onlyInPasteWith: ['"passwords"', '"keyname"', '/secrets/', 'credential'],
  },
  {
    kind: 'basic-auth',
    hint: 'dockerconfigjson',
    pattern: /(dockerconfigjson["']?\s{0,4}:\s{0,4}["']?)([A-Za-z0-9+/=]{16,65536})/g,
  },
  {
    // base64 of {"auths": …}: a Docker config with its credentials, wherever it appears.
    kind: 'basic-auth',
    hint: 'eyjhdxrocy',
    pattern: /(\b)(eyJhdXRocyI[A-Za-z0-9+/=]{8,65536})/g,
  },
  {
    kind: 'client-secret',
    hint: 'secret',
    pattern:
      /((?:--client-secret|--secret|client_secret|clientSecret|secretText|AZURE_CLIENT_SECRET|ARM_CLIENT_SECRET|servicePrincipalKey)["']?\s{0,4}[:=\s]\s{0,4}["']?)([^\s"',;&]{6,512})/gi,
  },
  {
    kind: 'password',
    hint: 'pass',
    pattern:
      /((?:["']?(?:password|passwd|registry_password|docker_password|acr_password|DOCKER_REGISTRY_SERVER_PASSWORD)["']?)\s{0,4}[:=]\s{0,4}["']?)([^\s"',;&]{4,512})/gi,
  },
  { kind: 'client-secret', hint: 'q~', pattern: /(\b)([A-Za-z0-9_.~-]{3}\dQ~[A-Za-z0-9_.~-]{31,34})/g },
  {
    kind: 'connection-string',
    hint: 'key=',
    pattern: /((?:AccountKey|SharedAccessKey|SharedAccessSignature|InstrumentationKey)=)([^;\s"']{8,1024})/gi,
  },
  { kind: 'sas-signature', hint: 'sig=', pattern: /([?&]sig=)([A-Za-z0-9%+/=]{10,1024})/gi },
  {
    kind: 'basic-auth',
    hint: '"auth"',
    pattern: /("auth"\s{0,4}:\s{0,4}")([A-Za-z0-9+/=]{8,4096})/g,
  },
  {
    kind: 'acr-refresh-token',
    hint: 'token"',
    pattern:
      /("(?:identitytoken|refresh_?token|refreshToken|access_?token|accessToken)"\s{0,4}:\s{0,4}")([^"\s]{8,8192})/gi,
  },
  {
    kind: 'bearer-token',
    hint: '_',
    pattern: /(\b)(gh[pousr]_[A-Za-z0-9]{30,255}|github_pat_[A-Za-z0-9_]{40,255})/g,
  },
  {
    // Last, so that a more specific kind wins: environment variables named for secrets: REGISTRY_TOKEN=…, ACR_ACCESS_TOKEN="…", DB_PWD=…
    kind: 'password',
    hint: ['token', 'secret', 'pass', 'pwd', '_key'],
    pattern:
      /(\b[A-Z][A-Z0-9_]{0,64}(?:TOKEN|SECRET|PASSWORD|PASSWD|PWD|ACCESS_KEY|API_KEY)\s{0,4}=\s{0,4}["']?)([^\s"']{4,1024})/g,
  },
];

/** ACR refresh tokens are JWTs issued by "Azure Container Registry"; tell them apart from Entra tokens. */
function jwtKind(token: string): SecretKind {
  const payload = token.split('.')[1] ?? '';
  try {
    const json = atob(payload.replace(/-/g, '+').replace(/_/g, '/'));
    return json.includes('Azure Container Registry') || json.includes('"refresh_token"')
      ? 'acr-refresh-token'
      : 'jwt';
  } catch {
    return 'jwt';
  }
}

const TOKEN_CHAR = /[A-Za-z0-9_\-.]/;

/**
 * JWTs (`eyJ….eyJ….sig`): found by scanning rather than by a pattern, since a pattern over long base64 runs
 * backtracks. Each character is looked at a bounded number of times.
 */
function maskJwts(line: string, lineNo: number, found: MaskedSecret[]): string {
  if (!line.includes('eyJ')) return line;
  let out = '';
  let from = 0;
  for (let at = line.indexOf('eyJ'); at >= 0; at = line.indexOf('eyJ', from)) {
    if (at > 0 && TOKEN_CHAR.test(line[at - 1] as string)) {
      out += line.slice(from, at + 3);
      from = at + 3;
      continue;
    }
    let end = at;
    while (end < line.length && TOKEN_CHAR.test(line[end] as string)) end++;
    const token = line.slice(at, end);
    const parts = token.split('.');
    if (
      parts.length === 3 &&
      (parts[0] as string).length >= 10 &&
      (parts[1] as string).startsWith('eyJ') &&
      (parts[1] as string).length >= 10
    ) {
      found.push({ kind: jwtKind(token), line: lineNo });
      out += line.slice(from, at) + MASK;
    } else {
      out += line.slice(from, end);
    }
    from = end;
  }
  return out + line.slice(from);
}

function maskLine(
  line: string,
  lineNo: number,
  found: MaskedSecret[],
  candidates: readonly SecretPattern[],
): string {
  let out = maskJwts(line, lineNo, found);
  if (candidates.length === 0) return out;
  const lower = out.toLowerCase();
  for (const secret of candidates) {
    if (!hints(secret).some((hint) => lower.includes(hint))) continue;
    if (secret.onlyWith && !secret.onlyWith.some((word) => lower.includes(word))) continue;
    if (secret.requires && !secret.requires.every((word) => lower.includes(word))) continue;
    out = out.replace(secret.pattern, (whole, prefix: string, value: string) => {
      if (value === MASK || REFERENCE.test(value)) return whole;
      found.push({ kind: secret.kind, line: lineNo });
      return `${prefix}${MASK}`;
    });
  }
  return out;
}

const TABLE_HEADER = /^\s{0,8}USERNAME\s{1,64}PASSWORD\s{1,64}PASSWORD2\b/i;

/**
 * `az acr credential show -o table` prints USERNAME, PASSWORD and PASSWORD2 columns: the rows under such a
 * header hold two passwords with nothing around them to recognise them by.
 */
function credentialTableRows(lines: readonly string[], headers: readonly number[]): Set<number> {
  const rows = new Set<number>();
  for (const index of headers) {
    if (!TABLE_HEADER.test(lines[index] as string)) continue;
    for (let next = index + 1; next < lines.length && next <= index + 12; next++) {
      const row = lines[next] as string;
      if (row.trim() === '') break;
      if (/^[\s-]+$/.test(row)) continue;
      rows.add(next);
    }
  }
  return rows;
}

function maskTableRow(row: string): string {
  const [user] = row.trim().split(/\s+/);
  return `${user ?? ''}  ${MASK}  ${MASK}`;
}

// Every literal that decides whether masking looks at a line, lower-case. One scan of the paste tells which
// lines hold which; a line holding none of them is passed through untouched without being read again.
const JWT_START = 'eyj';
const KEY_BEGIN = '-----begin';
const TABLE_WORD = 'username';
const NEEDLES: readonly string[] = [
  ...new Set([
    JWT_START,
    KEY_BEGIN,
    TABLE_WORD,
    ...PATTERNS.flatMap((p) => [
      ...hints(p),
      ...(p.onlyWith ?? []),
      ...(p.onlyInPasteWith ?? []),
      ...(p.requires ?? []),
    ]),
  ]),
];
const NEEDLE_ID = new Map(NEEDLES.map((needle, id) => [needle, id]));
// Folds `İ` and the Kelvin sign as toLowerCase() does, so it finds every line the checks in maskLine accept.
const NEEDLE_SCANNER = new KeywordScanner(NEEDLES, 'like-to-lower-case');

/** Where the needles occur: a superset of the lines whose `toLowerCase()` contains each. */
class NeedleHits {
  private readonly hits: Map<number, number[]>;
  // Each line lower-cased once: the same candidate line is confirmed for one pattern's hint after another.
  private readonly lower: Array<string | undefined>;
  constructor(private readonly lines: readonly string[]) {
    this.hits = NEEDLE_SCANNER.scan(lines);
    this.lower = new Array<string | undefined>(lines.length);
  }
  linesWith(needle: string): readonly number[] {
    return this.hits.get(NEEDLE_ID.get(needle) as number) ?? [];
  }
  /** Exactly `lines.join('\n').toLowerCase().includes(needle)`: the scan's candidates, confirmed. */
  inPaste(needle: string): boolean {
    return this.linesWith(needle).some((i) =>
      (this.lower[i] ??= (this.lines[i] as string).toLowerCase()).includes(needle),
    );
  }
}

/**
 * Marks the lines maskLine could change: those holding a hint of a pattern that runs (and one of its
 * `onlyWith` words and all its `requires`), or the start of a JWT. Every other line it would return as it is.
 */
function linesToMask(needles: NeedleHits, candidates: readonly SecretPattern[], count: number): Uint8Array {
  const marked = new Uint8Array(count);
  for (const i of needles.linesWith(JWT_START)) marked[i] = 1;
  // satisfied[i] counts the word groups, taken in order, that line i has passed: one word of each is needed.
  const satisfied = new Uint8Array(count);
  for (const p of candidates) {
    const groups = [hints(p), ...(p.onlyWith ? [p.onlyWith] : []), ...(p.requires ?? []).map((w) => [w])];
    satisfied.fill(0);
    groups.forEach((words, g) => {
      for (const w of words)
        for (const i of needles.linesWith(w)) if (satisfied[i] === g) satisfied[i] = g + 1;
    });
    for (const h of hints(p))
      for (const i of needles.linesWith(h)) if (satisfied[i] === groups.length) marked[i] = 1;
  }
  return marked;
}

/**
 * Masks passwords, tokens, client secrets, connection strings and keys in the paste, and lists what was
 * masked (kind and line, never the value) so the user can be told to rotate it.
 */
export function maskSecrets(lines: readonly string[]): MaskedLines {
  const found: MaskedSecret[] = [];
  const out = lines.slice();
  // Most pastes hold no secret at all: only patterns whose hint occurs somewhere run, and only on the lines
  // that could hold what they look for.
  const needles = new NeedleHits(lines);
  const candidates = PATTERNS.filter(
    (p) =>
      hints(p).some((hint) => needles.inPaste(hint)) &&
      (!p.onlyInPasteWith || p.onlyInPasteWith.some((word) => needles.inPaste(word))),
  );
  const marked = linesToMask(needles, candidates, lines.length);
  const tableRows = credentialTableRows(lines, needles.linesWith(TABLE_WORD));
  for (const row of tableRows) marked[row] = 1;
  for (const i of needles.linesWith(KEY_BEGIN)) marked[i] = 1;

  for (let index = 0; index < lines.length; index++) {
    if (marked[index] === 0) continue;
    const line = lines[index] as string;
    const lineNo = index + 1;
    if (line.includes('-----BEGIN') && line.includes('PRIVATE KEY-----') && !line.includes('-----END')) {
      found.push({ kind: 'private-key', line: lineNo });
      // The key's lines are masked up to its END line, which is kept as it is; the rest if there is none.
      for (index++; index < lines.length && !(lines[index] as string).includes('-----END'); index++)
        out[index] = MASK;
      continue;
    }
    if (tableRows.has(index)) {
      out[index] = maskTableRow(line);
      found.push({ kind: 'password', line: lineNo });
      continue;
    }
    out[index] = maskLine(line, lineNo, found, candidates);
  }
  return { lines: out, secrets: found };
}
