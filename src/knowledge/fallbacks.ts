import type { CauseId } from './cause-ids';
import type { Fact } from './vocabulary';

/**
 * What a generic failure signal can mean when the paste is about an Azure Container Registry but no rule of the
 * knowledge base explains it: a hosting service's own wrapper around a registry refusal, a truncated log, a tool
 * whose wording is new. Each signal lists the causes it can stand for, one per family (the family's most common
 * cause) with its stated prior: how many of the real ACR pastes showing that signal were labelled with its family
 * (dev, field, field2, field3 and field4: 194 ACR pastes, `npm run bench:accuracy -- --fallback`), out of `seen`.
 * The engine ranks the candidates by those priors, flags the answer ambiguous and gives each the share of the
 * pastes its family had (never above FALLBACK.cap): the person sees the families to check instead of "no cause".
 *
 * The words are the stable cores that Go's net and crypto/tls packages, Node's and .NET's socket errors, curl,
 * HTTP status lines and registries print; they are generic on purpose: they count only when nothing specific did.
 * Signals are tried in this order: the first one the paste shows decides.
 */
export const FALLBACK_SIGNAL_IDS = [
  'name-resolution',
  'tls',
  'network',
  'exchange-refused',
  'forbidden',
  'unauthorized',
  'not-found',
  'failed',
] as const;
export type FallbackSignalId = (typeof FALLBACK_SIGNAL_IDS)[number];

export interface FallbackSignal {
  readonly id: FallbackSignalId;
  /** Lower-case strings, any one of which on a line shows the signal. */
  readonly words: readonly string[];
  /**
   * The same signal as people write it in the languages of their own notes and consoles (Japanese, Chinese, Korean,
   * Russian, Portuguese, French), each with a character outside ASCII: the keyword scanner reads ASCII only, so
   * these are looked for on the lines that have such a character, and only when the fallback runs. (Words of those
   * languages written in ASCII, such as Spanish or German ones, are among `words`.)
   */
  readonly otherLanguages: readonly string[];
  /** Facts the engine derived that show the signal as well. */
  readonly facts: readonly Fact[];
  /** The causes the signal can stand for, one per family, with the pastes of that family that showed the signal. */
  readonly candidates: readonly { readonly cause: CauseId; readonly pastes: number }[];
  /** How many ACR pastes showed the signal (first among the signals) in all: the candidates' denominator. */
  readonly seen: number;
}

export const FALLBACK_SIGNALS: readonly FallbackSignal[] = [
  {
    id: 'name-resolution',
    // Go (`lookup x: no such host`, `server misbehaving`), glibc/curl, Node (`ENOTFOUND`, `getaddrinfo`), .NET.
    words: [
      'no such host',
      'could not resolve',
      'name or service not known',
      'temporary failure in name resolution',
      'getaddrinfo',
      // With its space: bare, it is inside .NET's "FileNotFoundException".
      ' enotfound',
      'nodename nor servname',
      'server misbehaving',
      'no such host is known',
      'name does not resolve',
    ],
    otherLanguages: [
      '名前解決',
      '名前を解決',
      '无法解析',
      '解析失败',
      '無法解析',
      '이름을 확인할 수 없',
      'не удалось разрешить',
      'не удается разрешить',
      'не удаётся разрешить',
      'resolução de nomes',
      'résolution de nom',
      'namensauflösung',
    ],
    facts: ['code:CONNECTIVITY_DNS_ERROR'],
    // Measured: dns-resolution-failure 2, wrong-registry-name-or-not-found 1 (of 3); the other two by their meaning.
    candidates: [
      { cause: 'custom-dns-cannot-resolve', pastes: 2 },
      { cause: 'registry-name-wrong-or-missing', pastes: 1 },
      { cause: 'private-dns-resolves-public-ip', pastes: 0.5 },
      { cause: 'client-egress-blocked-login-server', pastes: 0.5 },
    ],
    seen: 3,
  },
  {
    id: 'tls',
    words: [
      'x509:',
      'certificate signed by unknown authority',
      'certificate verify failed',
      'self-signed certificate',
      'self signed certificate',
      'tls handshake',
      'ssl routines',
      'sslerror',
      'ssl handshake',
      'unable to get local issuer certificate',
      'remote certificate is invalid',
    ],
    otherLanguages: ['証明書', '证书', '憑證', '인증서', 'сертификат'],
    facts: ['code:CONNECTIVITY_SSL_ERROR'],
    // Measured: tls-or-proxy-interception 3, wrong-registry-name-or-not-found 1 (of 4).
    candidates: [
      { cause: 'tls-interception-proxy', pastes: 3 },
      { cause: 'registry-name-wrong-or-missing', pastes: 1 },
      { cause: 'tls-handshake-timeout-nva', pastes: 0.5 },
    ],
    seen: 4,
  },
  {
    id: 'network',
    words: [
      'dial tcp',
      'i/o timeout',
      'connection refused',
      'connection reset',
      'connection timed out',
      'operation timed out',
      'timed out',
      // The same said by people in a sentence or a commit message ("ACR pulls timing out from AKS").
      'timing out',
      'times out',
      'with a timeout',
      'with timeout',
      'timeout error',
      'timeout exceeded',
      'deadline exceeded',
      'econnrefused',
      'econnreset',
      'etimedout',
      'network is unreachable',
      'no route to host',
      'could not connect',
      'unable to connect',
      'failed to connect',
      'unexpected eof',
      'connection was closed',
      'an existing connection was forcibly closed',
      'tiempo de espera',
      'tempo limite',
    ],
    otherLanguages: [
      'タイムアウト',
      '接続できません',
      '接続に失敗',
      '超时',
      '超時',
      '连接失败',
      '連線失敗',
      '无法连接',
      '無法連線',
      '시간 초과',
      '연결할 수 없',
      '연결 실패',
      'тайм-аут',
      'таймаут',
      'время ожидания',
      'не удалось подключиться',
      'не удается подключиться',
      'не удаётся подключиться',
      'conexión rechazada',
      'conexão recusada',
      'zeitüberschreitung',
      "délai d'attente",
      'connexion refusée',
    ],
    facts: [],
    // Measured: dns 2, the local Docker engine 2, proxy 1, private endpoint 1, wrong name 1, client firewall 1 (of 8);
    // the engine's own faults have specific wordings a rule catches, so the network families stand for them here.
    candidates: [
      { cause: 'custom-dns-cannot-resolve', pastes: 2 },
      { cause: 'client-egress-blocked-login-server', pastes: 1 },
      { cause: 'private-endpoint-unreachable', pastes: 1 },
      { cause: 'tls-interception-proxy', pastes: 1 },
    ],
    seen: 8,
  },
  {
    // az's code for a refused token exchange, quoted without the response code that would say why (people's run
    // logs and commit messages: "all builds failed with CONNECTIVITY_REFRESH_TOKEN_ERROR"). The candidates are what
    // the real pastes with the code and a response code were: 403, network rules (public access disabled 4; the
    // firewall answers the same 403 and is half-counted, with no paste yet); 401, the identity (missing role 1,
    // another tenant 1).
    id: 'exchange-refused',
    words: ['connectivity_refresh_token_error'],
    otherLanguages: [],
    facts: ['code:CONNECTIVITY_REFRESH_TOKEN_ERROR'],
    candidates: [
      { cause: 'public-network-access-disabled', pastes: 4 },
      { cause: 'missing-pull-role-legacy-mode', pastes: 1 },
      { cause: 'identity-in-other-tenant', pastes: 1 },
      { cause: 'firewall-client-ip-not-allowed', pastes: 0.5 },
    ],
    seen: 6,
  },
  {
    id: 'forbidden',
    words: [
      'forbidden',
      'access denied',
      'access is denied',
      'denied:',
      'is denied',
      'was denied',
      'not authorized',
      'authorizationfailed',
      'does not have authorization',
      'does not have permission',
      'permission denied',
      'insufficient permissions',
      'insufficient privileges',
      'acceso denegado',
      'permiso denegado',
      'acesso negado',
      'zugriff verweigert',
    ],
    otherLanguages: [
      '拒否',
      '権限がありません',
      '権限がない',
      '拒绝',
      '拒絕',
      '禁止访问',
      '没有权限',
      '沒有權限',
      '无权',
      '無權',
      '거부',
      '권한이 없',
      'доступ запрещ',
      'отказано в доступе',
      'нет прав',
      'нет доступа',
      'недостаточно прав',
      'accès refusé',
      'permissão negada',
    ],
    facts: ['http:403', 'token-status:403', 'oci:DENIED', 'code:CONNECTIVITY_FORBIDDEN_ERROR'],
    // Measured: missing role 8, registry firewall 6, public access disabled 4, wrong tenant 2, … (of 26).
    candidates: [
      { cause: 'missing-pull-role-legacy-mode', pastes: 8 },
      { cause: 'firewall-client-ip-not-allowed', pastes: 6 },
      { cause: 'public-network-access-disabled', pastes: 4 },
      { cause: 'identity-in-other-tenant', pastes: 2 },
    ],
    seen: 26,
  },
  {
    id: 'unauthorized',
    words: [
      'unauthorized',
      // British spelling, as people (and some tools) write it: "HTTP401: Unauthorised".
      'unauthorised',
      'unauthenticated',
      'authentication required',
      'authentication failed',
      'authentication is required',
      'login failed',
      'login attempt failed',
      'invalid credentials',
      // People's words for it: "the app couldn't authenticate to ACR", "failed to authenticate with the registry".
      "couldn't authenticate",
      'could not authenticate',
      "can't authenticate",
      'cannot authenticate',
      'unable to authenticate',
      'failed to authenticate',
      'fails to authenticate',
      'failing to authenticate',
      'incorrect username or password',
      'bad credentials',
      'invalid username or password',
      'credentials are invalid',
      'no autorizado',
      'nicht autorisiert',
      'authentifizierung fehlgeschlagen',
    ],
    otherLanguages: [
      '認証に失敗',
      '認証エラー',
      '認証されていません',
      '未認証',
      '未授权',
      '未經授權',
      '未授權',
      '认证失败',
      '認證失敗',
      '身份验证失败',
      '인증 실패',
      '인증되지 않',
      'не авторизован',
      'ошибка аутентификации',
      'ошибка авторизации',
      'неверный пароль',
      'неверное имя пользователя',
      'não autorizado',
      'non autorisé',
      "échec de l'authentification",
    ],
    facts: ['http:401', 'token-status:401', 'oci:UNAUTHORIZED', 'exchange-status:401'],
    // Measured: no credential 8, missing image (ACR answers 401 for a repository it does not have) 6, wrong
    // credential 5, the local Docker engine 5, expired 3, … (of 36). No missing role: ACR grants a token without one.
    candidates: [
      { cause: 'docker-not-logged-in', pastes: 8 },
      { cause: 'manifest-tag-not-found', pastes: 6 },
      { cause: 'wrong-username-or-password', pastes: 5 },
      { cause: 'entra-acr-token-expired-3h', pastes: 3 },
    ],
    seen: 36,
  },
  {
    id: 'not-found',
    words: [
      'not found',
      'notfound',
      'does not exist',
      'manifest unknown',
      'name unknown',
      'could not be found',
      'no such image',
      'repository unknown',
      'no existe',
      'nicht gefunden',
      'existiert nicht',
      'introuvable',
      "n'existe pas",
    ],
    otherLanguages: [
      '見つかりません',
      '存在しません',
      '存在しない',
      '找不到',
      '不存在',
      '未找到',
      '찾을 수 없',
      '존재하지 않',
      'не найден',
      'не существует',
      'no se encontró',
      'não encontrad',
      'não existe',
    ],
    facts: ['http:404', 'oci:NAME_UNKNOWN', 'oci:MANIFEST_UNKNOWN', 'token-status:404'],
    // Measured: missing image 6, missing role 3, wrong subscription 3, wrong registry name 2, … (of 15).
    candidates: [
      { cause: 'manifest-tag-not-found', pastes: 6 },
      { cause: 'cli-wrong-subscription', pastes: 3 },
      { cause: 'no-arm-read-on-registry', pastes: 3 },
      { cause: 'registry-name-wrong-or-missing', pastes: 2 },
    ],
    seen: 15,
  },
  {
    id: 'failed',
    // A failure that says nothing about why: a deployment, a task run or a pull that "failed" next to a registry.
    words: [
      'failed',
      'failure',
      'error:',
      'error ',
      'unable to',
      'cannot ',
      'could not',
      'fehlgeschlagen',
      'fehler',
      'no se pudo',
      'falhou',
      'impossible de',
    ],
    otherLanguages: [
      '失敗',
      '失败',
      'できません',
      'エラー',
      '错误',
      '錯誤',
      '无法',
      '無法',
      '실패',
      '오류',
      '에러',
      'ошибк',
      'не удалось',
      'не удается',
      'не удаётся',
      'сбой',
      'falló',
      'não foi possível',
      'échec',
      'échoué',
    ],
    facts: ['http:5xx', 'http:400'],
    // Measured: admin user disabled 9, the local Docker engine 8, missing role 4, no credential 3, registry firewall 3,
    // … (of 40). The first two have wordings of their own that rules catch; a failure none caught is more often a
    // hosting service (Container Apps, ACI, a task run) refused by the registry, so they stand behind the others.
    candidates: [
      { cause: 'missing-pull-role-legacy-mode', pastes: 4 },
      { cause: 'platform-registry-credentials-missing', pastes: 3 },
      { cause: 'firewall-client-ip-not-allowed', pastes: 3 },
      { cause: 'admin-user-disabled', pastes: 2 },
    ],
    seen: 40,
  },
];

/** Every word of every fallback signal: registered with the engine's keyword scanner. */
export const FALLBACK_KEYWORDS: readonly string[] = FALLBACK_SIGNALS.flatMap((s) => s.words);
