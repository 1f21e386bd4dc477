/**
 * Wildcard matching for patterns that come from Azure: RBAC action patterns (`Microsoft.ContainerRegistry/*`,
 * `*\/read`) and ABAC `StringLike` values (`team-*`, `app?/web`). Such patterns are data anyone with rights
 * to write a role definition or a condition controls, so they are never turned into regular expressions
 * (a backtracking engine takes exponential time on `a*a*a*…b`). The pattern is cut at its stars into
 * segments; the first must match at the start, the last at the end, and each one between is placed at its
 * leftmost match after the previous one. Leftmost placement is always safe for `*` (anything a later
 * placement could match, the leftmost one leaves room for), so nothing is ever undone: the time is at most
 * |value| × |pattern| character comparisons, with no backtracking.
 */
/** Counts character comparisons, for tests that prove the work stays within |value| × |pattern|. */
export interface GlobMeter {
  steps: number;
}

export interface GlobOptions {
  /** `?` matches any one character (ABAC StringLike); RBAC actions know only `*`. */
  readonly question: boolean;
  readonly ignoreCase: boolean;
  readonly meter?: GlobMeter;
}

function same(a: string, b: string, ignoreCase: boolean): boolean {
  return a === b || (ignoreCase && a.toLowerCase() === b.toLowerCase());
}

/** Whether `segment` (no stars) matches `value` at `at`. */
function segmentAt(value: string, at: number, segment: string, options: GlobOptions): boolean {
  if (at + segment.length > value.length) return false;
  for (let i = 0; i < segment.length; i++) {
    if (options.meter) options.meter.steps++;
    const p = segment[i] as string;
    if (options.question && p === '?') continue;
    if (!same(p, value[at + i] as string, options.ignoreCase)) return false;
  }
  return true;
}

/** The leftmost position in [from, end) where `segment` matches and ends by `end`, or -1. */
function findSegment(
  value: string,
  from: number,
  end: number,
  segment: string,
  options: GlobOptions,
): number {
  for (let at = from; at + segment.length <= end; at++) {
    if (segmentAt(value, at, segment, options)) return at;
  }
  return -1;
}

export function globMatches(pattern: string, value: string, options: GlobOptions): boolean {
  const segments = pattern.split('*');
  if (segments.length === 1) return value.length === pattern.length && segmentAt(value, 0, pattern, options);
  const first = segments[0] as string;
  const last = segments[segments.length - 1] as string;
  if (first.length + last.length > value.length) return false;
  if (!segmentAt(value, 0, first, options)) return false;
  if (!segmentAt(value, value.length - last.length, last, options)) return false;
  let at = first.length;
  const end = value.length - last.length;
  for (let i = 1; i < segments.length - 1; i++) {
    const segment = segments[i] as string;
    if (segment === '') continue;
    const found = findSegment(value, at, end, segment, options);
    if (found < 0) return false;
    at = found + segment.length;
  }
  return true;
}
