import { defineCause } from '../../define';
import { against, anchor, context } from '../../rules';

export default defineCause({
  id: 'helm-notary-check-noise',
  family: 'other',
  scope: 'not-acr',
  prevalence: 'occasional',
  title: {
    en: 'Helm or Notary errors in the health check are unrelated to registry access',
    ru: 'Ошибки Helm или Notary в проверке работоспособности не связаны с доступом к реестру',
  },
  explanation: {
    en:
      '`az acr check-health` also checks whether Helm and Notary are installed and at a recommended version. ' +
      'HELM_COMMAND_ERROR, HELM_VERSION_ERROR, NOTARY_COMMAND_ERROR and NOTARY_VERSION_ERROR only mean those local tools ' +
      'are missing or old; they do not affect Docker or Kubernetes access to the registry. If nothing else in the output ' +
      'failed, the registry connection is healthy and the problem lies elsewhere.',
    ru:
      '`az acr check-health` заодно проверяет, установлены ли Helm и Notary и подходят ли их версии. HELM_COMMAND_ERROR, ' +
      'HELM_VERSION_ERROR, NOTARY_COMMAND_ERROR и NOTARY_VERSION_ERROR означают лишь, что этих локальных инструментов нет ' +
      'или они устарели; на доступ Docker или Kubernetes к реестру это не влияет. Если больше ничего в выводе не упало, ' +
      'подключение к реестру исправно, и проблему надо искать в другом месте.',
  },
  ask: {
    en: 'Are the Helm/Notary lines the only errors in the check-health output?',
    ru: 'Строки про Helm/Notary — единственные ошибки в выводе check-health?',
  },
  rules: [
    against(['Could not connect to the registry login server'], 8),
    against(['The command failed with an unexpected error'], 4),
    anchor('code:HELM_COMMAND_ERROR', 4),
    anchor('code:HELM_VERSION_ERROR', 4),
    anchor('code:NOTARY_COMMAND_ERROR', 4),
    anchor('code:NOTARY_VERSION_ERROR', 4),
    anchor(['Please verify if Helm is installed'], 4),
    anchor(['Please verify if notary is installed'], 4),
    context(['Fetch access token for registry', ': OK'], 3),
    against('code:CONNECTIVITY_REFRESH_TOKEN_ERROR', 8),
    against('code:CONNECTIVITY_ACCESS_TOKEN_ERROR', 8),
    against('code:CONNECTIVITY_FORBIDDEN_ERROR', 8),
    against('code:CONNECTIVITY_DNS_ERROR', 8),
    against('code:CONNECTIVITY_CHALLENGE_ERROR', 8),
    against('code:CONNECTIVITY_SSL_ERROR', 8),
    against('code:CONNECTIVITY_TOOMANYREQUESTS_ERROR', 8),
    against('code:CONNECTIVITY_AAD_LOGIN_ERROR', 8),
    against('code:LOGIN_SERVER_ERROR', 8),
    against('code:CMK_ERROR', 8),
    against('code:DOCKER_COMMAND_ERROR', 6),
    against('code:DOCKER_DAEMON_ERROR', 6),
    against('code:DOCKER_PULL_ERROR', 6),
    against('aad-failure', 4),
  ],
  fix: [
    {
      text: {
        en: 'Ignore these lines for Docker or AKS problems; rerun the check and look at the registry checks only.',
        ru: 'Для проблем с Docker или AKS эти строки можно игнорировать; повторите проверку и смотрите только на проверки реестра.',
      },
      command: 'az acr check-health -n {registry} --ignore-errors --yes',
    },
    {
      text: {
        en: 'If you do use Helm charts in the registry, install or update Helm 3.',
        ru: 'Если вы действительно храните в реестре чарты Helm, установите или обновите Helm 3.',
      },
      command: 'helm version',
    },
    {
      text: {
        en: 'If you sign images with Notary (Docker Content Trust), install the notary client version the check names.',
        ru: 'Если вы подписываете образы с помощью Notary (Docker Content Trust), установите версию клиента notary, которую называет проверка.',
      },
      command: 'notary version',
    },
  ],
  docs: [
    {
      title: { en: 'HELM_COMMAND_ERROR', ru: 'HELM_COMMAND_ERROR' },
      url: 'https://learn.microsoft.com/azure/container-registry/container-registry-health-error-reference#helm_command_error',
    },
    {
      title: { en: 'NOTARY_VERSION_ERROR', ru: 'NOTARY_VERSION_ERROR' },
      url: 'https://learn.microsoft.com/azure/container-registry/container-registry-health-error-reference#notary_version_error',
    },
  ],
  checks: [],
});
