import type { LineIndex } from '../line-index';

/**
 * `az containerapp` keeps a registry password in a secret it names after the login server without dots and the
 * username (`contosoazurecrio-<username>`): when Container Apps rejects that name, the username shows in it.
 */
const SECRET_NAME = 'azurecrio-';

export const LOGIN_USER_KEYWORDS = [' -u ', '--username', '-u=', 'username:', SECRET_NAME];

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
    const lower = index.lower(i);
    const secretAt = lower.indexOf(SECRET_NAME);
    const user =
      secretAt >= 0
        ? /^[^\s'"]{1,256}/.exec(index.line(i).slice(secretAt + SECRET_NAME.length))?.[0]
        : lower.includes('login')
          ? USER_ARG.exec(index.line(i))?.[1]
          : undefined;
    if (!user || user.startsWith('$') || user.startsWith('<')) continue;
    const name = user.toLowerCase();
    if (name === NIL_GUID) return { kind: 'nil-guid', line: i };
    if (GUID.test(name)) return { kind: 'guid', line: i };
    if (name.includes('@')) return { kind: 'email', line: i };
    if (registries.includes(name)) return { kind: 'registry-name', line: i };
  }
  return null;
}
