import { defineCause } from '../../define';
import { against, anchor, context } from '../../rules';

export default defineCause({
  id: 'outdated-docker-client',
  family: 'other',
  scope: 'not-acr',
  prevalence: 'rare',
  title: {
    en: "An outdated Docker client mishandles the registry's token authentication",
    ru: 'Устаревший клиент Docker неправильно работает с токенной аутентификацией реестра',
  },
  explanation: {
    en:
      'Very old Docker builds, such as Docker 1.12/1.13 shipped with older RHEL and CentOS (recognisable by "Trying to pull ' +
      'repository ... ..."), do not handle ACR\'s token challenge correctly: a push can succeed while the pull right after it ' +
      'fails with "unauthorized: authentication required". A client too old for the daemon fails earlier with "client version ' +
      '1.xx is too old". The registry and your permissions are fine; the client is the problem.',
    ru:
      'Очень старые сборки Docker, например 1.12/1.13 из старых RHEL и CentOS (их выдаёт строка «Trying to pull repository ' +
      '... ...»), неправильно обрабатывают токенный запрос ACR: push может пройти, а сразу следующий pull упасть с ' +
      '«unauthorized: authentication required». Клиент, слишком старый для демона, падает ещё раньше с «client version 1.xx ' +
      'is too old». Реестр и ваши права в порядке — проблема в клиенте.',
  },
  ask: {
    en: 'Does `docker version` show a client older than 17.x?',
    ru: '`docker version` показывает клиент старше версии 17.x?',
  },
  rules: [
    anchor(/client version 1\.\d+ is too old/i, 8),
    anchor(['Trying to pull repository', '...'], 5),
    anchor(/docker version 1\.\d+\.\d+/i, 5),
    anchor(['/v1/users/'], 5),
    anchor(['/v1/_ping'], 5),
    context('succeeded:push', 3),
    context(['authentication required'], 2),
    against(['signature-verification'], 3),
    against('host:no-acr', 3),
  ],
  fix: [
    {
      text: {
        en: 'Check the client and daemon versions.',
        ru: 'Проверьте версии клиента и демона.',
      },
      command: 'docker version',
    },
    {
      text: {
        en: "Install a current Docker Engine (or Podman) from the vendor's repository instead of the distribution's old package.",
        ru: 'Установите актуальный Docker Engine (или Podman) из репозитория производителя вместо устаревшего пакета дистрибутива.',
      },
    },
    {
      text: {
        en: 'Sign in again with the new client and retry.',
        ru: 'Войдите снова новым клиентом и повторите попытку.',
      },
      command: 'az acr login -n {registry} && docker pull {image}',
    },
  ],
  docs: [
    {
      title: { en: 'Install Docker Engine', ru: 'Установка Docker Engine' },
      url: 'https://docs.docker.com/engine/install/',
    },
    {
      title: { en: 'ACR troubleshooting guide', ru: 'Руководство по устранению неполадок ACR' },
      url: 'https://github.com/Azure/acr/blob/main/docs/Troubleshooting%20Guide.md',
    },
  ],
  checks: [],
});
