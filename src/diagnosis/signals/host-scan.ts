/**
 * Reading a host out of a lower-cased line by its characters (labels, dots, a port), bounded so that a long run of
 * such characters costs no more than a host could be long.
 */
const HOST_PART = /[a-z0-9.\-:]/;
const MAX_HOST = 260;

/** The end of the run of host characters that starts at `from`. */
export function hostRunEnd(lower: string, from: number): number {
  let end = from;
  while (end < lower.length && end - from < MAX_HOST && HOST_PART.test(lower[end] as string)) end++;
  return end;
}

/** The host of a URL whose path starts at `at` (`//host[:port]` right before it), or null when no `//` leads it. */
export function urlHostBefore(lower: string, at: number): string | null {
  let start = at;
  while (start > 0 && at - start < MAX_HOST && HOST_PART.test(lower[start - 1] as string)) start--;
  return lower.slice(start - 2, start) === '//' ? lower.slice(start, at) : null;
}
