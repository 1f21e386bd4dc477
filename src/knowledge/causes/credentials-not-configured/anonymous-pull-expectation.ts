import { defineCause } from '../../define';
import { AKS_PULL_TROUBLESHOOTING, ANONYMOUS_PULL } from '../../docs';
import { against, anchor, context } from '../../rules';

export default defineCause({
  id: 'anonymous-pull-expectation',
  family: 'credentials-not-configured',
  scope: 'acr-access',
  prevalence: 'occasional',
  title: {
    en: 'The image was pulled anonymously, but the registry does not allow anonymous pull',
    ru: 'Образ извлекался анонимно, но реестр не разрешает анонимное извлечение',
  },
  explanation: {
    en:
      'The client asked for an anonymous token, as if the registry were public. ACR allows that only when ' +
      'anonymous pull is switched on, which is off by default and unavailable on the Basic tier, so the token ' +
      'request is refused with 401 ("failed to fetch anonymous token" from containerd, "unauthorized: ' +
      'authentication required" from Docker). A misspelt repository name can produce the same answer, because ' +
      'the registry does not reveal whether a repository exists to anonymous callers.',
    ru:
      'Клиент запросил анонимный токен, как будто реестр публичный. ACR разрешает это, только если включено ' +
      'анонимное извлечение, а по умолчанию оно выключено и недоступно на уровне Basic, поэтому запрос токена ' +
      'отклоняется с 401 («failed to fetch anonymous token» от containerd, «unauthorized: authentication ' +
      'required» от Docker). Тот же ответ может дать опечатка в имени репозитория: анонимному клиенту реестр не ' +
      'сообщает, существует ли репозиторий.',
  },
  ask: {
    en: 'Did you expect this registry to be readable without signing in (anonymous pull)?',
    ru: 'Вы рассчитывали, что этот реестр доступен на чтение без входа (анонимное извлечение)?',
  },
  rules: [
    against('http:403', 3),
    anchor('anonymous-attempt', 2),
    anchor(['failed to fetch anonymous token', '401'], 2),
    anchor(['unauthorized', 'authentication required'], 1),
    anchor(['"anonymousPullEnabled": false'], 8),
    // The ACR data-plane SDKs built without a credential (azure-containerregistry's anonymous exchange client).
    anchor(/anonymous_?exchange_?client/i, 6),
    context(['anonymousPullEnabled'], 2),
    context(['anonymous pull'], 3),
    context(['anonymous-pull'], 3),
    context(['public'], 1),
    context('tool:curl', 1),
    against(['failed to fetch oauth token'], 4),
    against(['"anonymousPullEnabled": true'], 6),
    against('succeeded:login', 3),
    against('http:403', 3),
    against('host:no-acr', 6),
    against('op:push', 3),
  ],
  fix: [
    {
      text: {
        en: 'Check whether anonymous pull is enabled and which tier the registry is on.',
        ru: 'Проверьте, включено ли анонимное извлечение и на каком уровне находится реестр.',
      },
      command: 'az acr show -n {registry} --query "{anonymousPull:anonymousPullEnabled, sku:sku.name}"',
    },
    {
      text: {
        en: 'If the content is meant to be public, enable anonymous pull (Standard or Premium only).',
        ru: 'Если содержимое должно быть публичным, включите анонимное извлечение (только Standard или Premium).',
      },
      command: 'az acr update -n {registry} --anonymous-pull-enabled true',
    },
    {
      text: {
        en: 'Otherwise give the client a credential: `az acr login` for Docker, an attached registry or a pull secret for Kubernetes.',
        ru: 'В противном случае дайте клиенту учётные данные: `az acr login` для Docker, подключённый реестр или секрет извлечения для Kubernetes.',
      },
      command: 'az acr login -n {registry}',
    },
    {
      text: {
        en: 'Also make sure the repository name is right: list the repositories with a signed-in identity.',
        ru: 'Заодно убедитесь, что имя репозитория верное: выведите список репозиториев, войдя с удостоверением.',
      },
      command: 'az acr repository list -n {registry} -o table',
    },
  ],
  docs: [ANONYMOUS_PULL, AKS_PULL_TROUBLESHOOTING],
  checks: ['anonymous-pull', 'registry'],
});
