import type { CauseId } from './cause-ids';
import { OTHER } from './statement-terms-other-languages';

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
  /** Terms that make the sentence about something else: with one of them in it, the statement does not hold. */
  readonly unless?: readonly string[];
}

/** What a person says of requests refused for their number. */
const RATE_LIMITED = [
  '429',
  'too many requests',
  'throttl',
  'rate limit',
  'rate-limit',
  'toomanyrequests',
  'троттл',
  'лимит запросов',
];
const DOCKER_HUB = ['docker hub', 'dockerhub', 'docker.io', 'hub.docker.com'];

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
/** What a person calls a registry that is not the one refusing: a secret or a role there is none here. */
const ANOTHER_REGISTRY = ['wrong registry', 'another registry', 'other registry', 'different registry'];
/**
 * A role given to an identity that is not the one asking ("AcrPull was granted to the wrong identity", "to the
 * control plane's instead of the kubelet's"): for the one asking, no role.
 */
const ANOTHER_IDENTITY = [
  'to the wrong',
  'wrong identity',
  'wrong principal',
  'wrong managed identity',
  'wrong service principal',
  'wrong object id',
  'wrong client id',
  'не тому',
  'не той',
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
/**
 * A grant that existed too late: the first pull ran before the role was assigned or had spread through Entra ID
 * ("failed before its AcrPull role assignment was granted", "the AcrPull assignment had not propagated").
 */
const NOT_YET_IN_EFFECT = [
  'propagat',
  'race',
  'not yet',
  'before its acrpull',
  'before the acrpull',
  'before acrpull',
  'before its role',
  'before the role',
  'until the role',
  'until acrpull',
  'ещё не',
  'еще не',
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
  'no longer exist',
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
    // Certificate errors told in a sentence ("docker build failed with TLS certificate errors"): what a proxy that
    // inspects TLS does to every client behind it, less surely than the appliance named.
    cause: 'tls-interception-proxy',
    all: [
      [
        'tls certificate',
        'ssl certificate',
        'certificate error',
        'certificate verification',
        'certificate validation',
        'cert error',
        'ошибка сертификата',
        'ошибки сертификата',
      ],
    ],
    weight: 2,
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
    all: [RATE_LIMITED],
    // Docker Hub's limit is Docker Hub's, whatever pulled from it (an ACR Task's build, a node): its own words say
    // so (docker-hub-rate-limit); a sentence about it is no statement about the registry's throttling.
    unless: DOCKER_HUB,
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
        'admin creds',
        // What people call it for short ("ACR admin is disabled").
        'acr admin',
        // The commands that read and renew the admin user's passwords: with it off they have none to give.
        'acr credential',
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
    // The command that reads the admin user's passwords, failing: with the admin user off it has none to give, and
    // says so ("the 'az acr credential show' failure"). Weaker than the admin user named as off.
    cause: 'admin-user-disabled',
    all: [
      ['acr credential show', 'acr credential renew', 'acr credential list'],
      ['fail', 'error', 'could not', "couldn't", 'unable', 'не удал', 'ошибк'],
    ],
    weight: 2,
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
      [
        'acr token',
        'access token',
        'refresh token',
        'expose-token',
        'docker login token',
        // The login az acr login left in Docker, named as people do ("ACR auth expired", "the registry login expired").
        'acr auth',
        'acr login',
        'registry auth',
        'registry login',
        'токен',
      ],
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
        ...ANOTHER_REGISTRY,
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
        // The platform's registry block itself ("the registries entry", "the registry link was missing").
        'registry entry',
        'registries entry',
        'registry block',
        'registries block',
        'registry link',
        'registry config',
        'acr credential',
        'pull identity',
        // The CLI's flags for it (--registry-server, --registry-identity, --registry-username): "missing --registry-*".
        '--registry-',
        'registry flag',
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
    // A pull that sent no credential at all, in the person's words ("App Service pulled anonymously", "it falls back
    // to an anonymous pull"): nothing was set up for it to sign in with. Not the registry's setting ("anonymous pull is
    // enabled"), hence the adverb and the article. (A tool's "failed to fetch anonymous token" is its record, which
    // statements do not read.)
    cause: 'platform-registry-credentials-missing',
    all: [['anonymously', 'an anonymous pull', 'pulled unauthenticated', 'pulls unauthenticated']],
    weight: 3,
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
      [...MISSING, ...ANOTHER_IDENTITY],
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
    // What the docs call attaching, in people's words: "integrate ACR with AKS", "authentication between ACR and
    // AKS", "AKS can't authenticate to the registry".
    cause: 'aks-kubelet-identity-missing-acrpull',
    all: [
      ['integrat', 'authenticat', 'auth between', 'auth from', 'аутентификац', 'интеграц'],
      // AKS by name: on another Kubernetes the same words are as often a missing pull secret.
      ['aks', 'azure kubernetes service', 'kubelet'],
      ['acr', 'azure container registry', 'registry', 'реестр'],
    ],
    weight: 2,
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
    // The ABAC mode's own roles, named by someone who found the old ones were not enough ("AcrPull is not sufficient:
    // the identity also needs Container Registry Repository Reader"): only a registry in that mode asks for them.
    // Before the missing AcrPull: a sentence naming both ("has AcrPull but also needs … Repository Reader") is this.
    cause: 'abac-mode-legacy-roles-not-honored',
    all: [['repository reader', 'repository writer', 'repository contributor', 'repository catalog lister']],
    weight: 3,
  },
  {
    cause: 'abac-mode-legacy-roles-not-honored',
    all: [
      ['acrpull', 'acrpush', 'acr pull', 'acr push'],
      [
        'not sufficient',
        'not enough',
        'insufficient',
        'no longer',
        'ignored',
        'not honored',
        'not honoured',
        'недостаточно',
      ],
    ],
    weight: 2,
  },
  {
    cause: 'missing-pull-role-legacy-mode',
    all: [
      ['acrpull', 'acr pull', 'pull role', 'pull permission', 'права на pull', 'роль pull'],
      [
        ...MISSING,
        ...ASKED_FOR,
        // A role on another registry is, for this one, no role ("AcrPull was assigned on the wrong registry"); so is
        // a role given to another identity.
        ...ANOTHER_REGISTRY,
        ...ANOTHER_IDENTITY,
        ...NOT_YET_IN_EFFECT,
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
    // Docker's credential helper named next to a failure ("authorization fails with the wincred credential helper"):
    // the stored login is read through it, and it is where such a failure is.
    cause: 'docker-credential-store-failing',
    all: [
      [
        'credential helper',
        'credential-helper',
        'credential store',
        'credsstore',
        'credstore',
        'credhelpers',
        'wincred',
        'osxkeychain',
        'secretservice',
        'docker-credential-',
      ],
    ],
    weight: 2,
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
    // A pull that failed over a typo: what a pull names is the image (a registry's misspelt host fails to resolve,
    // and says so).
    cause: 'manifest-tag-not-found',
    all: [
      ['docker pull', 'pull failed', 'failed to pull', 'image pull', 'pull image', 'pulling image'],
      ['typo', 'misspel', 'опечат'],
    ],
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
      // A name that never reached the command ("the registry name was empty") is as wrong as a misspelt one.
      [...WRONG, ...DOES_NOT_EXIST, 'upper', 'capital', 'empty', 'blank', 'unset', 'not set', 'пуст'],
    ],
    weight: 3,
  },
  {
    // The registry itself never made ("the pipeline expects a registry which doesn't exist", "the ACR was never
    // created"): what the family's "not found" means. Not of an image, a tag or a credential "missing" in the
    // registry: those sentences name their own causes.
    cause: 'registry-name-wrong-or-missing',
    all: [
      // The registry as the sentence's subject, not a word of a command ("az acr …: the thing does not exist").
      [
        'container registry',
        'the registry',
        'our registry',
        'a registry',
        'registry was',
        'registry is',
        'the acr',
        'our acr',
        'acr was',
        'acr is',
        // The one a pipeline still points at after it was replaced ("the previous ACR (name) no longer exists").
        'previous acr',
        'old acr',
        'previous registry',
        'old registry',
        'реестр',
      ],
      [
        'does not exist',
        "doesn't exist",
        "didn't exist",
        'no longer exist',
        'never existed',
        'never created',
        'not created',
        "wasn't created",
        'missing',
        'не существ',
        'не создан',
      ],
    ],
    unless: [
      'image',
      'tag',
      'repositor',
      'manifest',
      'credential',
      'password',
      'secret',
      'role',
      'acrpull',
      'acrpush',
      'permission',
      'token',
      'identity',
      'admin',
      // The platform's registry entry or a pipeline's service connection is what is missing there.
      'link',
      'entry',
      'block',
      'connection',
      'образ',
      'тег',
    ],
    weight: 2,
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
  // Korean, Portuguese, Spanish, French, German, Italian, Dutch, Swedish, Polish, Indonesian): the bot answers in
  // English or Russian, but reads these too.
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
  {
    cause: 'registry-name-wrong-or-missing',
    all: [OTHER.registryName, [...OTHER.wrong, ...OTHER.doesNotExist]],
    weight: 3,
  },
];
