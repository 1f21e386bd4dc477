/**
 * Words of a registry's network rules and limits: the firewall, private endpoints, public access, throttling. ACR's
 * own refusals are told in them ("client with IP … is not allowed access") often without its name beside them, so a
 * failure that holds one is never read as another registry's or tool's for want of a login server
 * (unplaced-failure.ts); they are also words of the registry's world below.
 */
export const REGISTRY_RULE_KEYWORDS: readonly string[] = [
  'firewall',
  'private endpoint',
  'privatelink',
  'private link',
  'public network',
  'network access',
  'not allowed access',
  'client ip',
  'allowlist',
  'allow list',
  'whitelist',
  'too many requests',
  'throttl',
];

/**
 * Words that put a paste in the world an ACR access failure lives in: a registry and its images, the clients that
 * only ever talk to a registry, a pull or a push, a sign-in or a refusal, a registry's network rules, and the hosting
 * services' own words for a pull that did not happen. A registry access failure is told in some of them, whoever
 * prints it — a pull or a push, a login or a token, a 401 or "denied", an image a platform could not get, "Operation
 * expired" from Container Apps. A paste that shows a failure, names no registry (fact `registry-absent`) and holds
 * none of these words is another program's failure: npm's dependency tree, a Terraform argument, a .NET assembly, a
 * test run, and also a container's or a build's own failure — a Dockerfile step, a crash-looping pod, a chart's
 * template — which the runtime's words (docker, kubectl, pod, container, helm) do not make a registry's
 * (outside-registry.ts).
 *
 * Lower-case substrings, deliberately broad: a word found here only passes the paste on to the narrower stage after
 * (unplaced-failure.ts: nothing ties it to an ACR, and not "unauthorized", "not found" or a network rule), else to
 * "no cause"; a word missed would tell someone whose registry did fail that it was another program's. `identit` is
 * also in "identities".
 */
export const REGISTRY_WORLD_KEYWORDS: readonly string[] = [
  // Registries, images, and the clients whose every operation is a registry's.
  'acr',
  'registry',
  'registries',
  'image',
  'manifest',
  // An image's tag (with its spaces: "stage", "vantage" and "tagline" are no tags).
  ' tag ',
  ' tags ',
  'skopeo',
  'crane ',
  'oras ',
  'notation',
  'kubelet',
  'pull',
  'push',
  // Signing in, and being refused.
  'login',
  'log in',
  'logon',
  'sign in',
  'sign-in',
  'signin',
  'token',
  'credential',
  'password',
  'username',
  'authenticat',
  'authoriz',
  'authoris',
  'unauthori',
  'forbidden',
  'denied',
  'permission',
  '401',
  '403',
  'aadsts',
  'identit',
  'service principal',
  'service connection',
  'oauth',
  'admin user',
  'role assignment',
  'rbac',
  // A registry's network rules and its limits.
  ...REGISTRY_RULE_KEYWORDS,
  // Container Apps' words for a revision whose image could not be pulled in time. ("revision" alone is not one: a
  // revision that failed with no registry word in the paste failed at start — a module missing, a probe, a port —
  // in all 4 such first looks.)
  'operation expired',
];

/**
 * The same words as people write them in other languages, each with a character outside ASCII (the keyword scanner
 * reads ASCII only): looked for on the lines that have such a character.
 */
export const REGISTRY_WORLD_OTHER_LANGUAGES: readonly string[] = [
  '镜像',
  '仓库',
  '登录',
  '认证',
  '鏡像',
  '倉庫',
  '登入',
  'イメージ',
  'レジストリ',
  'ログイン',
  '認証',
  '이미지',
  '레지스트리',
  '로그인',
  '인증',
  'образ',
  'реестр',
  'авториз',
  'аутентиф',
  'логин',
  'токен',
  'доступ',
  'imagem',
  'autenticação',
  'autenticación',
  'contraseña',
  'senha',
];
