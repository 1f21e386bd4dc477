import { defineCause } from '../../define';
import { against, anchor, context } from '../../rules';

export default defineCause({
  id: 'upstream-registry-throttled-cache-rule',
  family: 'throttled-too-many-requests',
  scope: 'acr-other',
  prevalence: 'occasional',
  title: {
    en: 'The upstream registry behind a cache rule is rate-limiting',
    ru: 'Вышестоящий реестр за правилом кэша ограничивает частоту запросов',
  },
  explanation: {
    en:
      'The image comes through an ACR artifact cache rule from another registry (Docker Hub, MCR or another ' +
      'source), and that source refused the request. ACR passes the refusal on ("too many requests to source ' +
      'registry for cache rule"). Your registry\'s own limits are not the problem; anonymous pulls from Docker Hub ' +
      "are the usual trigger. (A base image that an ACR Task pulls straight from Docker Hub is Docker Hub's own " +
      "limit, not a cache rule's.)",
    ru:
      'Образ приходит через правило кэша артефактов ACR из другого реестра (Docker Hub, MCR или другого ' +
      'источника), и этот источник отклонил запрос. ACR передаёт отказ дальше («too many requests to source ' +
      'registry for cache rule»). Лимиты вашего реестра тут ни при чём; обычно причина — анонимные извлечения из ' +
      'Docker Hub. (Базовый образ, который ACR Task скачивает напрямую из Docker Hub, упирается в лимит самого ' +
      'Docker Hub, а не правила кэша.)',
  },
  ask: {
    en: 'Is the image served through an ACR cache rule?',
    ru: 'Образ отдаётся через правило кэша ACR?',
  },
  rules: [
    anchor(['too many requests to source registry'], 10),
    anchor(['pull rate limit'], 3),
    anchor(['toomanyrequests'], 1),
    anchor('http:429', 1),
    context(['cache rule'], 3),
    context('host:acr', 2),
    context(['az acr cache'], 3),
    against('host:no-acr', 5),
  ],
  fix: [
    {
      text: {
        en: 'Look at the cache rule and whether it has a credential set for the source.',
        ru: 'Посмотрите правило кэша и задан ли для источника набор учётных данных.',
      },
      command: 'az acr cache show -r {registry} -n <cache-rule>',
    },
    {
      text: {
        en: 'Add authenticated access to the upstream (a credential set with a Docker Hub account), which raises its limits.',
        ru: 'Добавьте аутентифицированный доступ к источнику (набор учётных данных с учётной записью Docker Hub) — это повышает его лимиты.',
      },
      command:
        'az acr credential-set create -r {registry} -n <credential-set> -l docker.io -u <keyvault-secret-uri-user> -p <keyvault-secret-uri-password>',
    },
    {
      text: {
        en: 'For base images used in builds, import them into your registry once and build FROM the copy.',
        ru: 'Базовые образы для сборок один раз импортируйте в свой реестр и указывайте FROM на эту копию.',
      },
      command:
        'az acr import -n {registry} --source docker.io/library/{repository}:{tag} --image {repository}:{tag}',
    },
    {
      text: {
        en: 'Reduce the number of parallel builds or pulls that reach the upstream at once.',
        ru: 'Уменьшите число параллельных сборок или извлечений, которые одновременно идут к источнику.',
      },
    },
  ],
  docs: [
    {
      title: { en: 'Troubleshoot artifact cache', ru: 'Устранение неполадок кэша артефактов' },
      url: 'https://learn.microsoft.com/azure/container-registry/troubleshoot-artifact-cache',
    },
    {
      title: {
        en: 'Artifact cache: source registry throttling',
        ru: 'Кэш артефактов: ограничение со стороны исходного реестра',
      },
      url: 'https://github.com/Azure/acr/issues/754',
    },
  ],
  checks: [],
});
