import { defineCause } from '../../define';
import { AUTH_OPTIONS } from '../../docs';
import { against, anchor, context } from '../../rules';

/**
 * CD, CI and infrastructure-as-code tools keep their own registry settings (a repository secret, a provider's
 * registry_auth, a pull secret the tool reads, a Tekton service account, a Harbor endpoint) and say in their own
 * words when those settings hold nothing for the registry, before or instead of asking it.
 */
export default defineCause({
  id: 'deploy-tool-registry-credential-missing',
  family: 'credentials-not-configured',
  scope: 'acr-access',
  prevalence: 'occasional',
  title: {
    en: "The deployment tool's own registry settings hold no credential for this registry",
    ru: 'В собственных настройках реестров у инструмента развёртывания нет учётных данных для этого реестра',
  },
  explanation: {
    en:
      'Tools that push or pull for you do not use your `docker login`: they read their own settings. ' +
      'argocd-image-updater reads the pull secret or environment variable named in its registries configuration, ' +
      "Terraform's docker provider reads its `registry_auth` blocks, Argo CD a repository secret, Tekton the " +
      'service account of the TaskRun, Ansible the Docker config written by `docker_login`. Here the tool found no ' +
      'entry for this login server (or the secret or variable it points to does not exist), so it either stopped or ' +
      'asked the registry without a credential and got 401.',
    ru:
      'Инструменты, которые отправляют или получают образы за вас, не используют ваш `docker login`: они читают ' +
      'собственные настройки. argocd-image-updater читает секрет или переменную окружения из своей конфигурации ' +
      'реестров, провайдер docker для Terraform — блоки `registry_auth`, Argo CD — секрет репозитория, Tekton — ' +
      'служебную учётную запись TaskRun, Ansible — конфигурацию Docker, записанную `docker_login`. Здесь инструмент ' +
      'не нашёл записи для этого сервера входа (или указанного секрета либо переменной нет), поэтому остановился или ' +
      'обратился к реестру без учётных данных и получил 401.',
  },
  ask: {
    en: "Do the tool's own registry settings (secret, provider block, service account) have an entry for exactly this login server?",
    ru: 'Есть ли в собственных настройках инструмента (секрет, блок провайдера, служебная учётная запись) запись именно для этого сервера входа?',
  },
  rules: [
    // kreuzwerker/docker: no registry_auth block matches the image's registry.
    anchor(['no auth config found for registry'], 8),
    // argocd-image-updater: the pull secret has no entry for the registry, or the credential source is empty.
    anchor(['no valid auth entry for registry'], 8),
    anchor(['could not fetch credentials', 'is not set'], 8),
    // Ansible's docker_image pushes after a 401 with "authentication required" and suggests a login it did not see.
    anchor(['Try logging into', 'first'], 4),
    // Renovate's docker datasource (lib/modules/datasource/docker): the token or manifest request got 401 because no
    // hostRules entry carries a credential for the registry.
    anchor(['Unauthorized docker lookup'], 6),
    // Dependabot (dependabot-core common/lib/dependabot/errors.rb): the updater's error type and the exception's own
    // words when the registries entry of dependabot.yml is missing or refused. Both name the source on the same line,
    // and Dependabot says the same of npm, NuGet or Maven feeds, so only an ACR source counts.
    anchor(['private_source_authentication_failure', 'azurecr.'], 6),
    anchor(['as it requires authentication', 'azurecr.'], 6),
    // regclient (regsync, regctl): its 401 wording ("unauthorized [http 401]"); the credential comes from regsync.yml
    // or `regctl registry login`, not from Docker.
    anchor(['[http 401]'], 4),
    // Okteto's remote BuildKit pulls with the registry credentials an Okteto admin configured (pkg/build/buildkit).
    anchor(['Okteto Registry Credentials'], 8),
    // Nomad's docker driver: the plugin's auth.config file, which holds the registry credentials, is not there.
    anchor(['Failed to open auth config file'], 6),
    // Bazel rules_oci's oci_pull when the manifest request is refused: it reads the Docker config or credential helper
    // itself, inside the repository rule's environment.
    anchor(['Authentication problems. Check if `docker pull` command succeeds'], 5),
    context('tool:argo-cd', 1),
    context('tool:terraform', 1),
    context('tool:ansible', 1),
    context('tool:tekton', 1),
    against('http:403', 4),
    against(['client with IP'], 6),
    against('host:no-acr', 4),
  ],
  fix: [
    {
      text: {
        en: "Add the registry to the tool's own settings with a credential that can pull (or push): for example a `registry_auth` block with the login server as `address`, or a pull secret whose `.dockerconfigjson` names the login server.",
        ru: 'Добавьте реестр в собственные настройки инструмента с учётными данными, которым разрешено получение (или отправка): например, блок `registry_auth` с сервером входа в `address` или секрет, в `.dockerconfigjson` которого указан сервер входа.',
      },
    },
    {
      text: {
        en: 'For a Kubernetes secret the tool reads, create it in the namespace the tool looks in.',
        ru: 'Секрет Kubernetes, который читает инструмент, создайте в том пространстве имён, где инструмент его ищет.',
      },
      command:
        'kubectl create secret docker-registry <secret-name> --namespace <namespace> --docker-server={loginServer} --docker-username=<client-id> --docker-password=<client-secret>',
    },
  ],
  docs: [AUTH_OPTIONS],
  checks: [],
});
