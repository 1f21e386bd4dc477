import type { Text } from './text';

/** The cause families of shared/causes.md. Ids are stable: the corpus and the benchmarks use them. */
export const FAMILY_IDS = [
  'docker-not-running-or-misconfigured',
  'wrong-registry-name-or-not-found',
  'dns-resolution-failure',
  'invalid-credentials',
  'expired-credentials',
  'admin-user-disabled',
  'missing-role-assignment',
  'abac-repository-permissions-mode',
  'public-network-access-disabled',
  'firewall-ip-not-allowed',
  'private-endpoint-or-private-dns',
  'stale-docker-credentials',
  'wrong-tenant-or-subscription',
  'az-cli-not-logged-in-or-token-expired',
  'aks-acr-not-attached',
  'image-or-tag-not-found',
  'throttled-too-many-requests',
  'tls-or-proxy-interception',
  'client-firewall-blocks-endpoints',
  'token-scope-map-insufficient',
  'service-principal-not-registered',
  'credentials-not-configured',
  'other',
] as const;

export type FamilyId = (typeof FAMILY_IDS)[number];

/** One line per family: what went wrong, in the words a user would search for. */
export const FAMILY_TITLES: Readonly<Record<FamilyId, Text>> = {
  'docker-not-running-or-misconfigured': {
    en: 'The local Docker client is missing, stopped or misconfigured',
    ru: 'Локальный клиент Docker отсутствует, не запущен или настроен неверно',
  },
  'wrong-registry-name-or-not-found': {
    en: 'Wrong registry name or login server, or the registry does not exist',
    ru: 'Неверное имя реестра или сервера входа, либо реестр не существует',
  },
  'dns-resolution-failure': {
    en: "The client's DNS cannot resolve the login server",
    ru: 'DNS клиента не может разрешить имя сервера входа',
  },
  'invalid-credentials': {
    en: 'The credential presented is wrong',
    ru: 'Предъявлены неверные учётные данные',
  },
  'expired-credentials': {
    en: 'The credential was valid once but has expired',
    ru: 'Учётные данные были верны, но срок их действия истёк',
  },
  'admin-user-disabled': {
    en: 'Admin credentials were used but the admin user is disabled',
    ru: 'Использованы учётные данные администратора, но пользователь-администратор отключён',
  },
  'missing-role-assignment': {
    en: 'The identity signed in but lacks the role for this operation',
    ru: 'Удостоверение вошло в систему, но у него нет роли для этой операции',
  },
  'abac-repository-permissions-mode': {
    en: 'The registry uses ABAC repository permissions, so the usual roles are not honoured',
    ru: 'Реестр работает в режиме разрешений ABAC на уровне репозиториев, обычные роли не действуют',
  },
  'public-network-access-disabled': {
    en: 'Public network access is disabled and the client is not on a private endpoint',
    ru: 'Публичный сетевой доступ отключён, а клиент подключается не через частную конечную точку',
  },
  'firewall-ip-not-allowed': {
    en: "The registry's firewall does not allow the client's IP",
    ru: 'Брандмауэр реестра не разрешает IP-адрес клиента',
  },
  'private-endpoint-or-private-dns': {
    en: 'The private endpoint or its private DNS is not set up for this client',
    ru: 'Частная конечная точка или её частная DNS-зона не настроены для этого клиента',
  },
  'stale-docker-credentials': {
    en: 'Old credentials cached by Docker get in the way',
    ru: 'Мешают старые учётные данные, сохранённые Docker',
  },
  'wrong-tenant-or-subscription': {
    en: 'The identity or the CLI is in another tenant or subscription',
    ru: 'Удостоверение или CLI находятся в другом клиенте (tenant) или подписке',
  },
  'az-cli-not-logged-in-or-token-expired': {
    en: 'The Azure CLI is not signed in, or its sign-in has expired or was blocked',
    ru: 'Azure CLI не выполнил вход, или вход истёк либо заблокирован',
  },
  'aks-acr-not-attached': {
    en: 'The AKS cluster is not allowed to pull from the registry',
    ru: 'Кластеру AKS не разрешено извлекать образы из реестра',
  },
  'image-or-tag-not-found': {
    en: 'The repository, tag or manifest does not exist (sign-in was fine)',
    ru: 'Репозиторий, тег или манифест не существует (вход выполнен успешно)',
  },
  'throttled-too-many-requests': {
    en: 'Too many requests: the registry throttled the client',
    ru: 'Слишком много запросов: реестр ограничил клиента',
  },
  'tls-or-proxy-interception': {
    en: 'A proxy or TLS inspection sits between the client and the registry',
    ru: 'Между клиентом и реестром стоит прокси или проверка TLS',
  },
  'client-firewall-blocks-endpoints': {
    en: "The client's own network blocks the registry or its data endpoints",
    ru: 'Собственная сеть клиента блокирует реестр или его конечные точки данных',
  },
  'token-scope-map-insufficient': {
    en: "A repository-scoped token's scope map lacks the action",
    ru: 'В карте областей токена репозитория нет нужного действия',
  },
  'service-principal-not-registered': {
    en: "The service principal does not exist in the registry's tenant",
    ru: 'Субъект-служба не существует в клиенте (tenant) реестра',
  },
  'credentials-not-configured': {
    en: 'No credential was sent at all',
    ru: 'Учётные данные вообще не были переданы',
  },
  other: {
    en: 'Not an ACR access problem, or an ACR problem outside access',
    ru: 'Не проблема доступа к ACR, либо проблема ACR другого рода',
  },
};
