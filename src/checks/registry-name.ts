import { CLOUD_DISPLAY_NAMES, cloudOfLoginServer, type CloudEndpoints, type CloudName } from '../azure';
import { isValidRegistryName, type Text } from '../knowledge';
import { t } from './text';

/**
 * The registry a live check is about, validated before anything is sent anywhere. A registry name only ever
 * becomes a path segment or a JSON value in requests to the configured Azure endpoints; a host written by
 * the user is never contacted, it only names the registry and must belong to the configured cloud.
 */
export interface RegistryTarget {
  /** The registry resource name (5–50 letters and digits), as given (ARM compares names case-insensitively). */
  readonly name: string;
  /** The login server the user named, lower case, when they named one. */
  readonly loginServer: string | null;
  readonly cloud: CloudName;
  /** The login server carries a domain-name-label hash (`name-hash.azurecr.io`): the name alone is not unique. */
  readonly dnl: boolean;
}

export type RegistryTargetResult =
  { readonly ok: true; readonly target: RegistryTarget } | { readonly ok: false; readonly problem: Text };

export { isValidRegistryName as isRegistryName } from '../knowledge';

const LABEL = /^([a-z0-9]{5,50})(?:-([a-z0-9]{1,30}))?$/;

function badName(input: string): Text {
  return t(
    `"${input}" is not a registry name: registry names have 5 to 50 letters and digits, nothing else.`,
    `«${input}» — не имя реестра: имя реестра состоит из 5–50 латинских букв и цифр, без других символов.`,
  );
}

/**
 * Accepts a registry name (`contoso`) or a login server of the configured cloud (`contoso.azurecr.io`,
 * `contoso-abc123.azurecr.io`, `contoso.westeurope.data.azurecr.io`), with an optional https:// and image path.
 */
export function parseRegistryTarget(raw: string, endpoints: CloudEndpoints): RegistryTargetResult {
  const input = raw.trim();
  if (input === '' || input.length > 300) return { ok: false, problem: badName(input.slice(0, 60)) };
  if (!input.includes('.') && !input.includes('/')) {
    return isValidRegistryName(input)
      ? { ok: true, target: { name: input, loginServer: null, cloud: endpoints.cloud, dnl: false } }
      : { ok: false, problem: badName(input) };
  }
  const host =
    input
      .replace(/^https?:\/\//i, '')
      .split('/')[0]
      ?.toLowerCase() ?? '';
  const suffix = endpoints.acrLoginServerSuffix;
  const cloud = cloudOfLoginServer(host);
  if (cloud !== endpoints.cloud) {
    if (cloud !== null) {
      return {
        ok: false,
        problem: t(
          `${host} is a registry in ${CLOUD_DISPLAY_NAMES[cloud]}, but acr-doctor is set up for ${CLOUD_DISPLAY_NAMES[endpoints.cloud]}: it can only check registries ending in .${suffix}.`,
          `${host} — реестр в облаке ${CLOUD_DISPLAY_NAMES[cloud]}, а acr-doctor настроен на ${CLOUD_DISPLAY_NAMES[endpoints.cloud]}: проверять можно только реестры с окончанием .${suffix}.`,
        ),
      };
    }
    return {
      ok: false,
      problem: t(
        `"${host}" is not an Azure Container Registry login server: those end in .${suffix}.`,
        `«${host}» — не сервер входа реестра контейнеров Azure: такие адреса оканчиваются на .${suffix}.`,
      ),
    };
  }
  const labels = host.slice(0, -(suffix.length + 1)).split('.');
  const first = labels[0] ?? '';
  const isLoginServer = labels.length === 1;
  const isDataEndpoint = labels.length === 3 && labels[2] === 'data' && /^[a-z0-9]+$/.test(labels[1] ?? '');
  const m = LABEL.exec(first);
  if (!m || !(isLoginServer || isDataEndpoint) || (isDataEndpoint && m[2] !== undefined)) {
    return { ok: false, problem: badName(host) };
  }
  const dnl = m[2] !== undefined;
  return {
    ok: true,
    target: { name: m[1] ?? first, loginServer: isLoginServer ? host : null, cloud: endpoints.cloud, dnl },
  };
}
