/**
 * Straightforward versions of the diagnosis engine's optimised stages: the obvious code, line by line, with
 * no shared scan, no prefilter beyond the patterns' own hints and no caching. The equivalence test checks that
 * the engine gives byte for byte what these give, so a speed-up can never quietly change a result.
 * Only the tables (secret patterns, keywords) are shared with the engine; the machinery is not.
 */
import { hints, MASK, PATTERNS, REFERENCE, type SecretPattern } from '../../src/diagnosis/mask-secrets';
import type { MaskedLines } from '../../src/diagnosis/mask-secrets';
import type { UnicodeFolding } from '../../src/diagnosis/keyword-scan';
import type { MaskedSecret, SecretKind } from '../../src/diagnosis/types';

/** Lower-cases ASCII letters only, as the keyword scanner does (`İ` and the Kelvin sign stay as they are). */
export function asciiLower(s: string): string {
  return s.replace(/[A-Z]/g, (c) => c.toLowerCase());
}

/** As a scanner built with 'like-to-lower-case' reads a line: ASCII lower case, `İ` as `i`, Kelvin as `k`. */
export function foldedLower(s: string): string {
  return asciiLower(s)
    .replace(/\u0130/g, 'i')
    .replace(/\u212a/g, 'k');
}

/** KeywordScanner.scan by brute force: for each keyword id, the lines whose lower case contains it. */
export function referenceScan(
  keywords: readonly string[],
  lines: readonly string[],
  folding: UnicodeFolding = 'ascii',
): Map<number, number[]> {
  const hits = new Map<number, number[]>();
  const lower = lines.map(folding === 'ascii' ? asciiLower : foldedLower);
  keywords.forEach((keyword, id) => {
    const k = keyword.toLowerCase();
    const found = lower.flatMap((line, i) => (line.includes(k) ? [i] : []));
    if (found.length > 0) hits.set(id, found);
  });
  return hits;
}

// The patterns as the reference runs them: without `requires`, which is only a speed-up.
const PLAIN_PATTERNS: readonly SecretPattern[] = PATTERNS.map(({ requires: _unused, ...p }) => p);

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
    out = out.replace(secret.pattern, (whole, prefix: string, value: string) => {
      if (value === MASK || REFERENCE.test(value)) return whole;
      found.push({ kind: secret.kind, line: lineNo });
      return `${prefix}${MASK}`;
    });
  }
  return out;
}

/**
 * `az acr credential show -o table` prints USERNAME, PASSWORD and PASSWORD2 columns: the rows under such a
 * header hold two passwords with nothing around them to recognise them by.
 */
function credentialTableRows(lines: readonly string[]): Set<number> {
  const rows = new Set<number>();
  lines.forEach((line, index) => {
    if (!/^\s{0,8}USERNAME\s{1,64}PASSWORD\s{1,64}PASSWORD2\b/i.test(line)) return;
    for (let next = index + 1; next < lines.length && next <= index + 12; next++) {
      const row = lines[next] as string;
      if (row.trim() === '') break;
      if (/^[\s-]+$/.test(row)) continue;
      rows.add(next);
    }
  });
  return rows;
}

function maskTableRow(row: string): string {
  const [user] = row.trim().split(/\s+/);
  return `${user ?? ''}  ${MASK}  ${MASK}`;
}

/** maskSecrets as first written: the whole paste lower-cased, every line read, every hint tested. */
export function referenceMaskSecrets(lines: readonly string[]): MaskedLines {
  const found: MaskedSecret[] = [];
  const out: string[] = [];
  // Most pastes hold no secret at all: only patterns whose hint occurs somewhere run, line by line.
  const whole = lines.join('\n').toLowerCase();
  const candidates = PLAIN_PATTERNS.filter(
    (p) =>
      hints(p).some((hint) => whole.includes(hint)) &&
      (!p.onlyInPasteWith || p.onlyInPasteWith.some((word) => whole.includes(word))),
  );
  const tableRows = credentialTableRows(lines);
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
    if (tableRows.has(index)) {
      out.push(maskTableRow(line));
      found.push({ kind: 'password', line: lineNo });
      return;
    }
    out.push(maskLine(line, lineNo, found, candidates));
  });
  return { lines: out, secrets: found };
}
