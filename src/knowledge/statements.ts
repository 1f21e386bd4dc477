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
  'not yet assigned',
  'not granted',
  'not yet granted',
  // The perfect tense people use of a role still to come ("has not been granted AcrPull yet").
  'not been granted',
  'not been assigned',
  'not been given',
  'not been added',
  'not given',
  'not added',
  'not set',
  'not configured',
  'forgot',
  'never',
  'removed',
  // A role or secret that was there and went away ("the kubelet identity lost its AcrPull").
  'lost',
  'нет',
  'не назнач',
  'не выдан',
  'не хватает',
  'отсутств',
  'забыл',
  'без',
  'удал',
];
/** A person naming the registry's private endpoint. */
const PRIVATE_ENDPOINT = [
  'private endpoint',
  'private link',
  'privatelink',
  'private-endpoint',
  'частная конечная точка',
  'частную конечную точку',
];
/** What a person asks for when a role is what they lack ("can someone give me AcrPush on …?"). */
const ASKED_FOR = ['give me', 'grant me', 'assign me', 'need', 'request access', 'дайте', 'выдайте', 'нужн'];
const EXPIRED = ['expired', 'expiry', 'expires', 'истек', 'истёк', 'просроч'];
const REPLACED = [
  // Stems: a term runs on, so 'rotat' reads rotated, rotating and rotation.
  'rotat',
  'regenerat',
  'reset',
  'renew',
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
  "didn't exist",
  "don't exist",
  'never existed',
  // A tag that was never pushed is not in the registry ("the pipeline never pushed :v2").
  'never pushed',
  'not pushed',
  "wasn't pushed",
  "weren't pushed",
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
  'allowed ip',
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

/**
 * Terms of the other languages people's notes are in. Japanese, Chinese and Korean write words without spaces, so
 * their terms match anywhere in a sentence (statements.ts); the others match at word starts like English.
 */
const OTHER = {
  publicAccess: [
    'パブリックアクセス',
    'パブリック ネットワーク アクセス',
    'パブリックネットワークアクセス',
    '公共网络访问',
    '公网访问',
    '公用网络访问',
    '공용 네트워크 액세스',
    '퍼블릭 액세스',
    '공용 액세스',
    'acesso público',
    'acesso à rede pública',
    'acceso público',
    'acceso a la red pública',
    'accès public',
    'accès réseau public',
    'öffentlicher zugriff',
    'öffentlichen zugriff',
    'öffentlicher netzwerkzugriff',
    'öffentlichen netzwerkzugriff',
  ],
  off: [
    '無効',
    '禁用',
    '已关闭',
    '关闭',
    '비활성',
    '사용 안 함',
    'desabilitad',
    'desativad',
    'deshabilitad',
    'desactivad',
    'désactiv',
    'deaktiviert',
  ],
  firewall: [
    'ファイアウォール',
    '防火墙',
    '방화벽',
    'regras de rede',
    'reglas de red',
    'règles de réseau',
    'netzwerkregeln',
  ],
  blocked: [
    '許可されていない',
    '許可されていません',
    'ブロック',
    '阻止',
    '拦截',
    '未允许',
    '不允许',
    '차단',
    '허용되지',
    'bloquead',
    'não permitid',
    'no permitid',
    'bloqu',
    'non autoris',
    'blockiert',
    'nicht erlaubt',
    'nicht zugelassen',
  ],
  privateEndpoint: [
    'プライベートエンドポイント',
    'プライベート エンドポイント',
    '专用终结点',
    '私有终结点',
    '专用终端节点',
    '프라이빗 엔드포인트',
    '개인 엔드포인트',
    'ponto de extremidade privado',
    'punto de conexión privado',
    'point de terminaison privé',
    'privater endpunkt',
    'privaten endpunkt',
  ],
  resolution: ['名前解決', '解析', '확인', 'resolu', 'résolu', 'auflös'],
  role: ['ロール', '角色', '역할', 'função', 'papel', 'rol', 'rôle', 'rolle'],
  missing: [
    '付与されていない',
    '割り当てられていない',
    '割り当てがない',
    '不足',
    '没有',
    '缺少',
    '未分配',
    '未授予',
    '없',
    '누락',
    '할당되지',
    'faltando',
    'falta',
    'não atribu',
    'sem',
    'sin',
    'no asignad',
    'manqu',
    'sans',
    'pas attribu',
    'fehlt',
    'fehlende',
    'ohne',
    'nicht zugewiesen',
  ],
  secret: [
    'シークレット',
    'クライアントシークレット',
    'パスワード',
    '密钥',
    '客户端密码',
    '机密',
    '시크릿',
    '비밀',
    '암호',
    'segredo',
    'senha',
    'secreto',
    'contraseña',
    'mot de passe',
    'geheimnis',
    'kennwort',
    'passwort',
  ],
  expired: [
    '期限切れ',
    '有効期限が切れ',
    '过期',
    '已过期',
    '만료',
    'expirad',
    'caducad',
    'expiré',
    'abgelaufen',
  ],
  adminUser: [
    '管理者ユーザー',
    '管理ユーザー',
    '管理员用户',
    '관리자 사용자',
    'usuário administrador',
    'usuário admin',
    'usuario administrador',
    'utilisateur administrateur',
    'administratorbenutzer',
    'admin-benutzer',
  ],
  image: [
    'タグ',
    'イメージ',
    '标签',
    '镜像',
    '태그',
    '이미지',
    'imagem',
    'imagen',
    'etiqueta',
    'étiquette',
    'abbild',
  ],
  doesNotExist: [
    '存在しない',
    '存在しません',
    '見つからない',
    '見つかりません',
    '不存在',
    '找不到',
    '존재하지',
    '찾을 수 없',
    'não existe',
    'não encontrad',
    'no existe',
    'no encontrad',
    "n'existe pas",
    'introuvable',
    'existiert nicht',
    'nicht gefunden',
  ],
} as const;

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
      [
        'not allowed',
        'not in',
        "isn't in",
        "aren't in",
        'block',
        'denied',
        'deny',
        'refus',
        ...MISSING,
        'не добав',
        'блок',
        'запрещ',
      ],
    ],
    weight: 3,
  },
  {
    // "Since we enabled selected networks on the registry the agents cannot push": the rules now leave someone out.
    cause: 'firewall-client-ip-not-allowed',
    all: [REGISTRY_FIREWALL, ['enabl', 'turned on', 'switched to', 'restrict', 'включ', 'огранич']],
    weight: 2,
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
      [...PRIVATE_ENDPOINT, 'private dns', 'приватн'],
      ['dns', 'resolv', 'public ip', 'a record', 'not linked', 'link', 'разреш', 'резолв'],
    ],
    weight: 3,
  },
  {
    // "Since we enabled the private endpoint the cluster stopped pulling": a client outside the VNet linked to the
    // private DNS zone now resolves the name the way it cannot use.
    cause: 'private-dns-resolves-public-ip',
    all: [
      PRIVATE_ENDPOINT,
      ['enabl', 'added', 'created', 'switched to', 'moved to', 'включ', 'добав', 'создал'],
    ],
    weight: 2,
  },
  {
    cause: 'private-endpoint-unreachable',
    all: [
      PRIVATE_ENDPOINT,
      ['unreachable', 'not reachable', 'cannot reach', "can't reach", 'peering', 'not peered', 'недоступ'],
    ],
    weight: 2,
  },
  {
    // "A transient DNS/propagation issue": a name that resolves a little later (a registry just created, a
    // resolver's passing fault). Statements name causes within the registry's scope, so this one names the
    // family's client-DNS cause rather than dns-temporary-failure (scope not-acr).
    cause: 'custom-dns-cannot-resolve',
    all: [
      ['dns', 'name resolution', 'resolv', 'разрешени'],
      ['propagat', 'transient', 'temporar', 'intermittent', 'flaky', 'sporadic', 'времен', 'распростран'],
    ],
    weight: 3,
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
    // "docker login fails because the registry host is unreachable": the client's own path to the registry.
    cause: 'client-egress-blocked-login-server',
    all: [
      ['registry', 'login server', 'acr', 'azurecr', 'реестр'],
      [
        'unreachable',
        'not reachable',
        'cannot reach',
        "can't reach",
        'could not reach',
        "couldn't reach",
        'no route',
        'недоступ',
      ],
    ],
    weight: 2,
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
        // The appliance named by what it does ("since the proxy started inspecting TLS").
        'inspecting tls',
        'inspecting ssl',
        'inspecting https',
        'inspects tls',
        'inspects ssl',
        'tls-inspecting',
        'ssl-inspecting',
        'tls decryption',
        'ssl decryption',
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
        // "Without a proxy the device cannot reach the registry": the daemon's proxy setting is what is missing.
        'without',
        'без',
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
      // "The error says I need to enable the admin user": what is off, told as what to turn on.
      [...OFF, 'not enabled', 'need to enable', 'needs to be enabled', 'must be enabled', 'must enable'],
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
      // A secret in another namespace is, for the pod, no secret at all.
      [
        ...MISSING,
        'another namespace',
        'other namespace',
        'different namespace',
        'wrong namespace',
        'другом пространстве',
        // A secret for another registry is, for this one, no secret either.
        'wrong registry',
        'another registry',
        'other registry',
        'different registry',
      ],
    ],
    weight: 3,
  },
  {
    // A hosting service told where to pull from but not how to sign in ("registry identity not configured").
    cause: 'platform-registry-credentials-missing',
    all: [
      [
        'container app',
        'containerapp',
        'app service',
        'web app',
        'webapp',
        'function app',
        'container instance',
      ],
      [
        'registry identity',
        'registry credential',
        'registry password',
        'registry server',
        'registry setting',
        'acr credential',
        'pull identity',
      ],
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
        'node pool',
        'nodepool',
        'aks identity',
        'aks cluster',
        'aks',
        'кластер',
      ],
      // A kubelet without a registry credential is one that was never given pull access ("the kubelet has no registry
      // credential and falls back to an anonymous token").
      ['acrpull', 'acr pull', 'pull role', 'role', 'permission', 'credential', 'роль', 'прав'],
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
    all: [
      ['acrpush', 'acr push', 'push role', 'push permission', 'права на push', 'роль push'],
      [...MISSING, ...ASKED_FOR],
    ],
    weight: 3,
  },
  {
    // A push refused to an identity that can only pull ("the pipeline's SP only had AcrPull").
    cause: 'missing-push-permission',
    // Russian makes the verb with a prefix ("запушить", "запушил"): a term matches at a word's start only.
    all: [['push', 'пуш', 'запуш'], ['acrpull'], ['only', 'just', 'instead of acrpush', 'только']],
    weight: 3,
  },
  {
    cause: 'missing-pull-role-legacy-mode',
    all: [
      ['acrpull', 'acr pull', 'pull role', 'pull permission', 'права на pull', 'роль pull'],
      [
        ...MISSING,
        ...ASKED_FOR,
        // A role on another registry is, for this one, no role ("AcrPull was assigned on the wrong registry").
        'wrong registry',
        'another registry',
        'other registry',
        'different registry',
        'другом реестре',
      ],
    ],
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
        // The session said the other way round ("we were not logged in to az on the agent").
        'logged in to az',
        'logged into az',
        'signed in to az',
        'signed into az',
        'сессия az',
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
    // Cloud Shell has the CLI but no Docker engine: az acr login there cannot store a docker credential. ("no
    // docker" is a term of its own: the state is the negation.)
    cause: 'cloud-shell-no-docker-daemon',
    all: [
      ['cloud shell', 'cloudshell'],
      ['no docker', 'without docker', 'docker', 'daemon', 'az acr login', 'докер'],
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
  // The same statements as people write them in the other languages of their notes and consoles (Japanese, Chinese,
  // Korean, Portuguese, Spanish, French, German): the bot answers in English or Russian, but reads these too.
  { cause: 'public-network-access-disabled', all: [OTHER.publicAccess, OTHER.off], weight: 3 },
  { cause: 'firewall-client-ip-not-allowed', all: [OTHER.firewall, OTHER.blocked], weight: 3 },
  {
    cause: 'private-dns-resolves-public-ip',
    all: [OTHER.privateEndpoint, ['dns', ...OTHER.resolution]],
    weight: 3,
  },
  {
    cause: 'missing-pull-role-legacy-mode',
    all: [['acrpull', 'acr pull', ...OTHER.role], OTHER.missing],
    weight: 3,
  },
  { cause: 'missing-push-permission', all: [['acrpush', 'acr push'], OTHER.missing], weight: 3 },
  { cause: 'missing-delete-permission', all: [['acrdelete'], OTHER.missing], weight: 3 },
  { cause: 'sp-client-secret-expired', all: [OTHER.secret, OTHER.expired], weight: 3 },
  { cause: 'admin-user-disabled', all: [OTHER.adminUser, OTHER.off], weight: 3 },
  { cause: 'manifest-tag-not-found', all: [OTHER.image, OTHER.doesNotExist], weight: 2 },
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

/**
 * Words of somebody telling what happened: a line that holds a known tool message is still read for statements when
 * it has one ("pods in ImagePullBackOff since we enabled the private endpoint").
 */
export const STATEMENT_NARRATIVE_WORDS: readonly string[] = [
  'we',
  'our',
  'i',
  'my',
  'us',
  'since',
  'after',
  'yesterday',
  'мы',
  'наш',
  'я',
  'у нас',
  'после',
  'вчера',
];

/** Words that turn a state round when they stand just before it ("is not disabled", "не отключён"). */
export const STATEMENT_NEGATORS: readonly string[] = ['not', "n't", 'never', 'no', 'не', 'нет'];

/**
 * Alone, a description names a cause only when it says something failed and that a registry was involved: "we
 * rotated the secret" in a hand-over note is no question for the bot. A failure is any fallback signal's words, in any
 * language (fallbacks.ts), or one of these: how people, rather than tools, say that something does not work.
 */
export const STATEMENT_FAILURE_WORDS: readonly string[] = [
  'fail',
  // A commit or change note that fixes something says it was broken ("fix: admin user was disabled on the registry").
  'fix',
  'hotfix',
  // A credential that ran out is a failure told in a person's words ("our ACR's SP secret expired yesterday").
  'expired',
  'истек',
  'истёк',
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
  // A person naming what stops them ("the firewall blocks our agent"). Not "throttled" or "rate limit": people say
  // those of what they avoid and of healthy metrics ("so we stop hitting rate limits", "0 throttled requests").
  'blocks',
  'blocked',
  'stuck',
  'broke',
  // What used to work and does not any more ("the cluster stopped pulling", "can no longer push").
  'stopped pull',
  'stopped push',
  'stopped work',
  'no longer',
  'перестал',
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
  'не работает',
  'не могу',
  'не может',
  'не могут',
  'не получается',
  'падает',
  'упал',
  'отказ',
  'сломал',
  // The other languages of people's notes (see OTHER).
  'できない',
  'falh',
  'erro',
  'não consigo',
  'fallo',
  'no puedo',
  'échou',
  'erreur',
  'impossible',
  'kann nicht',
];

export const STATEMENT_REGISTRY_WORDS: readonly string[] = [
  'acr',
  'azurecr',
  'acrpull',
  'acrpush',
  'container registry',
  'registry',
  // ACR's own name for the host that serves its layers, and the credential a pod pulls with.
  'data endpoint',
  'data-endpoint',
  'imagepullsecret',
  'image pull secret',
  'pull secret',
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
  'レジストリ',
  '镜像仓库',
  '注册表',
  '容器注册',
  '레지스트리',
  'registro',
  'registre',
];
