import type { LineIndex } from '../line-index';

export const LOGIN_USER_KEYWORDS = [' -u ', '--username', '-u=', 'username:'];

const USER_ARG = /(?:^|\s)(?:-u|--username)[ =]["']?([^\s"']{1,256})/;
const NIL_GUID = '00000000-0000-0000-0000-000000000000';
const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export type LoginUserKind = 'registry-name' | 'nil-guid' | 'guid' | 'email';

/**
 * What kind of username a `… login -u X` line used: the registry's own name is the admin user, the nil GUID
 * an ACR refresh token, another GUID an app (service principal) id, an address with @ a person.
 */
export function findLoginUser(
  index: LineIndex,
  registries: readonly string[],
): { kind: LoginUserKind; line: number } | null {
  for (const i of index.linesWithAny(LOGIN_USER_KEYWORDS)) {
    if (!index.lower(i).includes('login')) continue;
    const user = USER_ARG.exec(index.line(i))?.[1];
    if (!user || user.startsWith('$') || user.startsWith('<')) continue;
    const lower = user.toLowerCase();
    if (lower === NIL_GUID) return { kind: 'nil-guid', line: i };
    if (GUID.test(lower)) return { kind: 'guid', line: i };
    if (lower.includes('@')) return { kind: 'email', line: i };
    if (registries.includes(lower)) return { kind: 'registry-name', line: i };
  }
  return null;
}
