import { defineCause } from '../../define';
import { AUTH_TROUBLESHOOTING } from '../../docs';
import { against, anchor, context } from '../../rules';

export default defineCause({
  id: 'stale-docker-credentials-block-anonymous-pull',
  family: 'stale-docker-credentials',
  scope: 'acr-access',
  prevalence: 'rare',
  title: {
    en: 'Stored Docker credentials break an anonymous pull',
    ru: 'Сохранённые учётные данные Docker мешают анонимному извлечению',
  },
  explanation: {
    en:
      'The registry allows anonymous pull, but Docker still has credentials for this login server in ' +
      '~/.docker/config.json or a credential helper. Docker always sends stored credentials when it has them, ' +
      'and if they are expired or wrong the registry rejects the request instead of treating it as anonymous. ' +
      'So a public image that pulls fine on a clean machine fails with "unauthorized" or "pull access denied" here.',
    ru:
      'Реестр разрешает анонимное извлечение, но у Docker ещё остались учётные данные для этого сервера входа в ' +
      '~/.docker/config.json или в credential helper. Если они есть, Docker всегда их отправляет, и если они ' +
      'истекли или неверны, реестр отклоняет запрос, а не обрабатывает его как анонимный. Поэтому публичный ' +
      'образ, который без проблем извлекается на чистой машине, здесь падает с «unauthorized» или «pull access denied».',
  },
  ask: {
    en: 'Is anonymous pull enabled on the registry, and does the same image pull on a machine that never logged in to it?',
    ru: 'В реестре включено анонимное извлечение, и тот же образ извлекается на машине, где вход в этот реестр никогда не выполнялся?',
  },
  rules: [
    // Docker's words for any refused pull: stored credentials in the way is one reading, and only where anonymous pull
    // is on (rare, opt-in), so these words alone lead no more than a missing login does.
    anchor(['pull access denied'], 1),
    anchor(["may require 'docker login'"], 1),
    anchor(['unauthorized', 'authentication required'], 1),
    context(['"anonymousPullEnabled": true'], 6),
    context(['anonymousPullEnabled'], 2),
    context(['Removed login credentials for'], 4),
    context(['Removing login credentials for'], 3),
    context(['anonymous pull'], 3),
    context(['anonymous-pull'], 3),
    context(['Authenticating with existing credentials'], 2),
    context('host:acr', 1),
    against('anonymous-attempt', 6),
    // Docker's "pull access denied" around ACR's artifact cache relaying its upstream's refusal: not the client's login.
    against(['for cache rule'], 5),
    // Bicep reaches ACR with its Azure credential chain, not with the Docker config's stored logins.
    against('tool:bicep', 3),
    against(['"anonymousPullEnabled": false'], 6),
    against('host:no-acr', 6),
    against('op:push', 4),
    against('http:403', 3),
  ],
  fix: [
    {
      text: {
        en: 'Remove the stored credentials for this registry and pull again anonymously.',
        ru: 'Удалите сохранённые учётные данные для этого реестра и снова выполните извлечение анонимно.',
      },
      command: 'docker logout {loginServer} && docker pull {image}',
    },
    {
      text: {
        en: 'Confirm that anonymous pull is really enabled (Standard and Premium tiers only).',
        ru: 'Убедитесь, что анонимное извлечение действительно включено (только уровни Standard и Premium).',
      },
      command: 'az acr show -n {registry} --query "{anonymousPull:anonymousPullEnabled, sku:sku.name}"',
    },
    {
      text: {
        en: 'If you need to stay logged in for pushes, refresh the login instead of logging out.',
        ru: 'Если вход нужен для отправки образов, обновите его вместо выхода.',
      },
      command: 'az acr login -n {registry}',
    },
  ],
  docs: [
    {
      title: { en: 'Anonymous pull access', ru: 'Анонимный доступ на извлечение' },
      url: 'https://learn.microsoft.com/azure/container-registry/anonymous-pull-access',
    },
    AUTH_TROUBLESHOOTING,
  ],
  checks: ['anonymous-pull'],
});
