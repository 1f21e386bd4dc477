import { defineCause } from '../../define';
import { against, anchor, context } from '../../rules';

export default defineCause({
  id: 'upstream-registry-throttled-cache-rule',
  family: 'throttled-too-many-requests',
  scope: 'acr-other',
  prevalence: 'occasional',
  title: {
    en: 'The upstream registry behind a cache rule (or an ACR Task) is rate-limiting',
    ru: 'Вышестоящий реестр за правилом кэша (или за ACR Task) ограничивает частоту запросов',
  },
  explanation: {
    en:
      'The image comes through ACR from another registry — an artifact cache rule for Docker Hub, MCR or another ' +
      'source, or a base image that an ACR Task pulls during a build — and that source refused the request. ACR ' +
      'passes the refusal on ("too many requests to source registry for cache rule", Docker Hub\'s "pull rate ' +
      'limit"). Your registry\'s own limits are not the problem; anonymous pulls from Docker Hub are the usual trigger.',
    ru:
      'Образ приходит через ACR из другого реестра — по правилу кэша артефактов из Docker Hub, MCR или другого ' +
      'источника либо как базовый образ, который ACR Task извлекает во время сборки, — и этот источник отклонил ' +
      'запрос. ACR передаёт отказ дальше («too many requests to source registry for cache rule», «pull rate limit» ' +
      'Docker Hub). Лимиты вашего реестра тут ни при чём; обычно причина — анонимные извлечения из Docker Hub.',
  },
  ask: {
    en: 'Is the image served through an ACR cache rule, or pulled from Docker Hub by an ACR Task?',
    ru: 'Образ отдаётся через правило кэша ACR или извлекается из Docker Hub задачей ACR Task?',
  },
  rules: [
    anchor(['too many requests to source registry'], 10),
    anchor(['pull rate limit'], 3),
    anchor(['toomanyrequests'], 1),
    anchor('http:429', 1),
    context(['cache rule'], 3),
    context('tool:acr-tasks', 5),
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
