import type { CauseId } from './cause-ids';

/**
 * What people write about their setup when they ask in a channel, instead of (or next to) a tool's message: "az acr
 * login fails since we rotated the SP secret", "public network access was disabled last week", "the kubelet
 * identity has no AcrPull". A statement is a sentence holding one term of every group (lower-case; a term matches
 * at the start of a word and may run on — `disabl` reads disabled and disabling; terms of three characters or fewer
 * match whole words only). English and Russian, as the bot answers in both.
 *
 * Statements are the person's reading, not the registry's: next to a tool's message they only raise a candidate of
 * the stated family (a context weight); alone they name the stated cause at a low, capped confidence, flagged as
 * read from the description, and the bot never answers them unasked (listen-decision.ts: any fallback stays silent).
 * Written from what each cause means (causes.md and the cause files), not from any corpus' wording.
 */
export interface Statement {
  /** The cause named when no tool message is recognised; next to one, its family's candidates are raised. */
  readonly cause: CauseId;
  /** Every group needs one of its terms in the sentence; the first group's ASCII terms are the scanner's keys. */
  readonly all: readonly [readonly string[], ...(readonly string[])[]];
  /** Context weight next to rules, and strength alone (see rules.ts: 3 suggestive, 1 weak). */
  readonly weight: 1 | 2 | 3;
}

/** What a person says of a setting that is off, missing or refused. */
const OFF = ['disabl', 'turned off', 'switched off', 'off', 'false', 'отключ', 'выключ'];
const MISSING = [
  'missing',
  "don't have",
  "doesn't have",
  'does not have',
  'do not have',
  "doesn't include",
  'does not include',
  'lack',
  'without',
  'no',
  'not assigned',
  'not granted',
  'not given',
  'not added',
  'not set',
  'not configured',
  'forgot',
  'never',
  'removed',
  'нет',
  'не назнач',
  'не выдан',
  'не хватает',
  'отсутств',
  'забыл',
  'без',
  'удал',
];
const EXPIRED = ['expired', 'expiry', 'expires', 'истек', 'истёк', 'просроч'];
const REPLACED = [
  'rotated',
  'rotation',
  'regenerat',
  'reset',
  'renewed',
  'changed',
  'ротац',
  'сменил',
  'перегенер',
  'обновил',
];
const WRONG = [
  'wrong',
  'incorrect',
  'invalid',
  'typo',
  'misspel',
  'неверн',
  'неправильн',
  'опечат',
  'ошибочн',
];
const DOES_NOT_EXIST = [
  'does not exist',
  "doesn't exist",
  'not exist',
  'not found',
  'no such',
  'deleted',
  'не существ',
  'не найден',
  'удал',
];
const REGISTRY_FIREWALL = [
  'acr firewall',
  'registry firewall',
  'firewall rule',
  'network rule',
  'network-rule',
  'ip rule',
  'ip allowlist',
  'allowlist',
  'allow list',
  'whitelist',
  'ip restriction',
  'selected networks',
  'default action',
  'defaultaction',
  'сетевые правила',
  'сетевое правило',
  'белый список',
  'брандмауэр реестра',
];

export const STATEMENTS: readonly Statement[] = [
  {
    cause: 'public-network-access-disabled',
    all: [
      [
        'public network access',
        'public access',
        'publicnetworkaccess',
        'public-network-enabled',
        'public endpoint',
        'public networking',
        'публичный доступ',
        'общий доступ',
        'публичный сетевой доступ',
      ],
      [...OFF, 'denied', 'blocked', 'запрещ'],
    ],
    weight: 3,
  },
  {
    cause: 'firewall-client-ip-not-allowed',
    all: [
      REGISTRY_FIREWALL,
      ['not allowed', 'not in', 'block', 'denied', 'deny', 'refus', ...MISSING, 'не добав', 'блок', 'запрещ'],
    ],
    weight: 3,
  },
  {
    cause: 'firewall-client-ip-not-allowed',
    all: [
      [
        'runner',
        'agent',
        'build server',
        'client ip',
        'my ip',
        'our ip',
        'egress ip',
        'outbound ip',
        'агент',
        'раннер',
      ],
      ['firewall', 'network rule', 'allowlist', 'whitelist', 'брандмауэр', 'файрвол'],
      ['not allowed', 'not in', 'block', 'denied', 'missing', 'not added', 'не добав', 'блок'],
    ],
    weight: 3,
  },
  {
    cause: 'acr-tasks-blocked-by-firewall',
    all: [
      ['acr task', 'acr build', 'az acr build', 'az acr run', 'acr tasks'],
      [
        'firewall',
        'network rule',
        'public access',
        'private endpoint',
        'vnet',
        'trusted services',
        'брандмауэр',
      ],
    ],
    weight: 2,
  },
  {
    cause: 'private-dns-resolves-public-ip',
    all: [
      [
        'private endpoint',
        'private link',
        'privatelink',
        'private dns',
        'private-endpoint',
        'частная конечная точка',
        'частную конечную точку',
        'приватн',
      ],
      ['dns', 'resolv', 'public ip', 'a record', 'not linked', 'link', 'разреш', 'резолв'],
    ],
    weight: 3,
  },
  {
    cause: 'private-endpoint-unreachable',
    all: [
      [
        'private endpoint',
        'private link',
        'privatelink',
        'private-endpoint',
        'частная конечная точка',
        'частную конечную точку',
      ],
      ['unreachable', 'not reachable', 'cannot reach', "can't reach", 'peering', 'not peered', 'недоступ'],
    ],
    weight: 2,
  },
  {
    cause: 'custom-dns-cannot-resolve',
    all: [
      ['dns', 'name resolution', 'nslookup', 'разрешение имён', 'разрешение имен'],
      [
        'fail',
        'cannot',
        "can't",
        'could not',
        "doesn't",
        'does not',
        'not resolv',
        'no such host',
        'не работает',
        'не разреш',
        'ошибк',
      ],
    ],
    weight: 2,
  },
  {
    cause: 'client-egress-blocked-login-server',
    all: [
      [
        'corporate firewall',
        'company firewall',
        'our firewall',
        'azure firewall',
        'outbound',
        'egress',
        'nsg',
        'network security group',
        'forced tunnel',
        'корпоративный файрвол',
        'корпоративный брандмауэр',
        'исходящ',
      ],
      [
        'block',
        'drop',
        'denied',
        'deny',
        'not allowed',
        'timeout',
        'timed out',
        'hang',
        'restrict',
        'блок',
        'запрещ',
        'режет',
      ],
    ],
    weight: 3,
  },
  {
    cause: 'client-egress-blocked-data-endpoint',
    all: [
      [
        'data endpoint',
        'data-endpoint',
        'blob.core.windows.net',
        'blob endpoint',
        'storage endpoint',
        'конечная точка данных',
      ],
      [
        'block',
        'firewall',
        'not allowed',
        'timeout',
        'timed out',
        'egress',
        'outbound',
        'proxy',
        'блок',
        'брандмауэр',
      ],
    ],
    weight: 3,
  },
  {
    cause: 'tls-interception-proxy',
    all: [
      [
        'zscaler',
        'netskope',
        'ssl inspection',
        'tls inspection',
        'https inspection',
        'ssl interception',
        'tls interception',
        'man-in-the-middle',
        'mitm',
        'corporate ca',
        'corporate certificate',
        'self-signed',
        'root ca',
        'корпоративный сертификат',
        'корневой сертификат',
      ],
    ],
    weight: 3,
  },
  {
    cause: 'docker-proxy-not-configured',
    all: [
      ['proxy', 'прокси'],
      [
        'behind',
        'not configured',
        'http_proxy',
        'https_proxy',
        'no_proxy',
        'daemon',
        'за прокси',
        'не настро',
      ],
    ],
    weight: 2,
  },
  {
    cause: 'acr-request-throttled-429',
    all: [
      [
        '429',
        'too many requests',
        'throttl',
        'rate limit',
        'rate-limit',
        'toomanyrequests',
        'троттл',
        'лимит запросов',
      ],
    ],
    weight: 3,
  },
  {
    cause: 'admin-user-disabled',
    all: [
      [
        'admin user',
        'admin account',
        'admin-enabled',
        'adminuserenabled',
        'admin credentials',
        'admin login',
        'admin password',
        'пользователь-администратор',
        'учётная запись администратора',
        'учетная запись администратора',
      ],
      [...OFF, 'not enabled'],
    ],
    weight: 3,
  },
  {
    cause: 'sp-client-secret-expired',
    all: [
      [
        'client secret',
        'secret',
        'password',
        'credential',
        'certificate',
        'service principal',
        'app registration',
        'секрет',
        'пароль',
        'сертификат',
        'учётные данные',
        'учетные данные',
      ],
      EXPIRED,
    ],
    weight: 3,
  },
  {
    cause: 'entra-acr-token-expired-3h',
    all: [
      ['acr token', 'access token', 'refresh token', 'expose-token', 'docker login token', 'токен'],
      [...EXPIRED, '3 hours', 'three hours', '3 часа', 'три часа'],
    ],
    weight: 3,
  },
  {
    cause: 'sp-invalid-client-secret',
    all: [
      [
        'client secret',
        'secret',
        'service principal',
        'sp password',
        'app registration',
        'секрет',
        'сервисного принципала',
      ],
      REPLACED,
    ],
    weight: 3,
  },
  {
    cause: 'image-pull-secret-stale',
    all: [
      [
        'imagepullsecret',
        'image pull secret',
        'pull secret',
        'imagepullsecrets',
        'docker-registry secret',
        'секрет для pull',
      ],
      [...REPLACED, 'old', 'stale', 'outdated', 'устар', 'стар'],
    ],
    weight: 3,
  },
  {
    cause: 'wrong-username-or-password',
    all: [
      ['password', 'username', 'user name', 'credentials', 'пароль', 'логин', 'имя пользователя'],
      [...WRONG, 'old', 'stale', 'outdated', 'устар'],
    ],
    weight: 2,
  },
  {
    cause: 'image-pull-secret-missing',
    all: [
      ['imagepullsecret', 'image pull secret', 'pull secret', 'imagepullsecrets', 'секрет для pull'],
      MISSING,
    ],
    weight: 3,
  },
  {
    cause: 'docker-not-logged-in',
    all: [
      [
        'docker login',
        'az acr login',
        'registry login',
        'logged in to the registry',
        'logged into the registry',
      ],
      ['without', 'forgot', 'never', 'before', 'missing', 'skipped', 'not run', 'забыл', 'без', 'не выполн'],
    ],
    weight: 2,
  },
  {
    cause: 'ci-login-inputs-missing',
    all: [
      [
        'service connection',
        'registry credentials',
        'docker credentials',
        'pipeline secret',
        'github secret',
        'repository secret',
        'secrets.',
        'сервисное подключение',
      ],
      [...MISSING, 'empty', 'not passed', 'пуст'],
    ],
    weight: 2,
  },
  {
    cause: 'aks-kubelet-identity-missing-acrpull',
    all: [
      [
        'kubelet identity',
        'kubelet managed identity',
        'kubelet',
        'agentpool identity',
        'node identity',
        'aks identity',
        'aks cluster',
        'aks',
        'кластер',
      ],
      ['acrpull', 'acr pull', 'pull role', 'role assignment', 'permission', 'роль', 'прав'],
      MISSING,
    ],
    weight: 3,
  },
  {
    cause: 'aks-kubelet-identity-missing-acrpull',
    all: [
      [
        'attach-acr',
        'attach acr',
        'attached the acr',
        'attach the acr',
        'acr attach',
        'acr integration',
        'подключ',
      ],
      [...MISSING, 'not attached', "wasn't", "didn't", 'не '],
    ],
    weight: 3,
  },
  {
    cause: 'missing-push-permission',
    all: [['acrpush', 'acr push', 'push role', 'push permission', 'права на push', 'роль push'], MISSING],
    weight: 3,
  },
  {
    cause: 'missing-pull-role-legacy-mode',
    all: [['acrpull', 'acr pull', 'pull role', 'pull permission', 'права на pull', 'роль pull'], MISSING],
    weight: 3,
  },
  {
    cause: 'missing-pull-role-legacy-mode',
    all: [
      ['role assignment', 'rbac', 'permission', 'role', 'назначение роли', 'права', 'роль', 'роли'],
      [...MISSING, 'insufficient', 'not enough', 'недостаточно'],
    ],
    weight: 2,
  },
  {
    cause: 'abac-condition-excludes-repository',
    all: [
      [
        'abac',
        'repository permissions mode',
        'repository-scoped',
        'repository scoped',
        'role assignment condition',
        'rbac + abac',
        'rbac-abac',
      ],
    ],
    weight: 3,
  },
  {
    cause: 'token-scope-map-missing-action',
    all: [
      ['scope map', 'scope-map', 'scopemap', 'repository token', 'repository-scoped token', 'карта областей'],
      [...MISSING, 'only', 'read-only', 'not include', 'только'],
    ],
    weight: 3,
  },
  {
    cause: 'identity-in-other-tenant',
    all: [
      ['tenant', 'directory', 'тенант', 'клиент azure'],
      [
        'wrong',
        'different',
        'another',
        'other',
        'cross',
        'switched',
        'другом',
        'другой',
        'другая',
        'чужой',
        'неправильн',
      ],
    ],
    weight: 3,
  },
  {
    cause: 'cli-wrong-subscription',
    all: [
      ['subscription', 'подписк'],
      [
        'wrong',
        'different',
        'another',
        'other',
        'switched',
        'default',
        'другой',
        'другая',
        'неправильн',
        'не та',
      ],
    ],
    weight: 2,
  },
  {
    cause: 'az-cli-session-stale',
    all: [
      [
        'az login',
        'azure cli',
        'az cli',
        'az session',
        'az account',
        'cli session',
        'сессия az',
        'azure cli',
      ],
      [
        ...EXPIRED,
        'not logged',
        'logged out',
        'stale',
        'relogin',
        're-login',
        'log in again',
        'login again',
        'не залогин',
        'заново',
      ],
    ],
    weight: 3,
  },
  {
    cause: 'docker-daemon-not-running',
    all: [
      [
        'docker desktop',
        'docker daemon',
        'docker engine',
        'docker service',
        'dockerd',
        'docker was',
        'docker is',
        'докер',
      ],
      [
        'not running',
        'stopped',
        'was off',
        "wasn't running",
        'not started',
        'crashed',
        'down',
        'не запущ',
        'выключ',
        'упал',
        'останов',
      ],
    ],
    weight: 3,
  },
  {
    cause: 'sp-not-found-in-tenant',
    all: [
      [
        'service principal',
        'app registration',
        'enterprise application',
        'сервисный принципал',
        'регистрация приложения',
      ],
      ['deleted', 'not found', "doesn't exist", 'does not exist', 'removed', 'не найден', 'удал'],
    ],
    weight: 3,
  },
  {
    cause: 'manifest-tag-not-found',
    all: [['tag', 'manifest', 'image', 'digest', 'тег', 'образ', 'манифест'], DOES_NOT_EXIST],
    weight: 2,
  },
  {
    cause: 'platform-architecture-mismatch',
    all: [
      ['arm64', 'amd64', 'platform', 'architecture', 'apple silicon', 'архитектур'],
      ['mismatch', 'wrong', 'built for', 'built on', 'no match', 'instead of', 'не та', 'неправильн'],
    ],
    weight: 3,
  },
  {
    cause: 'registry-name-wrong-or-missing',
    all: [
      [
        'registry name',
        'login server',
        'loginserver',
        'acr name',
        'registry url',
        'registry address',
        'имя реестра',
        'адрес реестра',
      ],
      [...WRONG, ...DOES_NOT_EXIST, 'upper', 'capital'],
    ],
    weight: 3,
  },
  {
    cause: 'docker-config-stale-login',
    all: [
      [
        'config.json',
        'docker config',
        'credential helper',
        'credsstore',
        'credstore',
        'cached credential',
        'old login',
        'previous login',
        'cached login',
      ],
      ['stale', 'old', 'cached', 'outdated', 'remov', 'logout', 'log out', 'delet', 'устар', 'стар'],
    ],
    weight: 2,
  },
];

/**
 * A sentence that rules a cause out or says it is fine ("the AcrPull role is already assigned", "DNS is not the
 * problem") states nothing against the registry: it is skipped.
 */
export const STATEMENT_RULED_OUT: readonly string[] = [
  'not the issue',
  'not the problem',
  'not the cause',
  "isn't the",
  'is not the',
  'ruled out',
  'is fine',
  'are fine',
  'is correct',
  'are correct',
  'looks fine',
  'looks correct',
  'looks good',
  'already',
  'double-checked',
  'works fine',
  'in order',
  'уже ',
  'в порядке',
  'не в этом',
  'ни при чём',
  'ни при чем',
];

/** Words that turn a state round when they stand just before it ("is not disabled", "не отключён"). */
export const STATEMENT_NEGATORS: readonly string[] = ['not', "n't", 'never', 'no', 'не', 'нет'];

/**
 * Alone, a description names a cause only when it says something failed and that a registry was involved: "we
 * rotated the secret" in a hand-over note is no question for the bot.
 */
export const STATEMENT_FAILURE_WORDS: readonly string[] = [
  'fail',
  'error',
  'denied',
  'unauthori',
  'forbidden',
  'cannot',
  "can't",
  'can not',
  "couldn't",
  'could not',
  'unable',
  'refus',
  'timeout',
  'timed out',
  'times out',
  'stuck',
  'broke',
  "doesn't work",
  'does not work',
  'not working',
  "won't",
  '401',
  '403',
  '404',
  '429',
  'imagepullbackoff',
  'errimagepull',
  'ошибк',
  'не работает',
  'не могу',
  'не удаётся',
  'не удается',
  'не получается',
  'падает',
  'упал',
  'отказ',
  'сломал',
];

export const STATEMENT_REGISTRY_WORDS: readonly string[] = [
  'acr',
  'azurecr',
  'acrpull',
  'acrpush',
  'container registry',
  'registry',
  'az acr',
  'image pull',
  'pull image',
  'pulling image',
  'push image',
  'docker push',
  'docker pull',
  'docker login',
  'imagepullbackoff',
  'errimagepull',
  'реестр',
  'образ',
];
