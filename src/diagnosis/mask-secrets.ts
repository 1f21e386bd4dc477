import type { MaskedSecret, SecretKind } from './types';

export const MASK = '****';

export interface MaskedLines {
  readonly lines: readonly string[];
  readonly secrets: readonly MaskedSecret[];
}

interface SecretPattern {
  readonly kind: SecretKind;
  /** Cheap lower-case test before the pattern runs. */
  readonly hint: string;
  /** Group 1 is the prefix kept as written, group 2 the secret value that is masked. */
  readonly pattern: RegExp;
  /** Only on lines that also contain one of these (e.g. `-p` only on `login` lines, not `mkdir -p`). */
  readonly onlyWith?: readonly string[];
}

// Values that are references to secrets, not secrets: $VAR, ${VAR}, ${{ secrets.X }}, $(cmd), <placeholder>, ***.
const REFERENCE =
  /^(?:["']?\$|["']?%\w|<[^<>]{0,80}>$|\*{3,}|x{4,}$|\.{3}|["']?-$|\[?(?:masked|redacted|hidden)\]?$)/i;

const PATTERNS: readonly SecretPattern[] = [
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
    pattern: /((?:^|\s)(?:-p|--password)(?:\s{1,8}|=))("[^"\s]{1,512}"|'[^'\s]{1,512}'|[^\s"']{1,512})/g,
    onlyWith: ['login'],
  },
  {
    kind: 'client-secret',
    hint: 'secret',
    pattern:
      /((?:--client-secret|--secret|client_secret|clientSecret|AZURE_CLIENT_SECRET|ARM_CLIENT_SECRET|servicePrincipalKey)["']?\s{0,4}[:=\s]\s{0,4}["']?)([^\s"',;&]{6,512})/gi,
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
  { kind: 'bearer-token', hint: '_', pattern: /(\b)(gh[pousr]_[A-Za-z0-9]{30,255})/g },
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
    if (!lower.includes(secret.hint)) continue;
    if (secret.onlyWith && !secret.onlyWith.some((word) => lower.includes(word))) continue;
    out = out.replace(secret.pattern, (whole, prefix: string, value: string) => {
      if (value === MASK || REFERENCE.test(value)) return whole;
      found.push({ kind: secret.kind, line: lineNo });
      return `${prefix}${MASK}`;
    });
  }
  return out;
}

/**
 * Masks passwords, tokens, client secrets, connection strings and keys in the paste, and lists what was
 * masked (kind and line, never the value) so the user can be told to rotate it.
 */
export function maskSecrets(lines: readonly string[]): MaskedLines {
  const found: MaskedSecret[] = [];
  const out: string[] = [];
  // Most pastes hold no secret at all: only patterns whose hint occurs somewhere run, line by line.
  const whole = lines.join('\n').toLowerCase();
  const candidates = PATTERNS.filter((p) => whole.includes(p.hint));
  let inKey = false;
  lines.forEach((line, index) => {
    const lineNo = index + 1;
    if (inKey) {
      if (line.includes('-----END')) inKey = false;
      out.push(line.includes('-----END') ? line : MASK);
      return;
    }
    if (line.includes('-----BEGIN') && line.includes('PRIVATE KEY-----') && !line.includes('-----END')) {
      inKey = true;
      found.push({ kind: 'private-key', line: lineNo });
      out.push(line);
      return;
    }
    out.push(maskLine(line, lineNo, found, candidates));
  });
  return { lines: out, secrets: found };
}
