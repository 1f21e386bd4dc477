import { defineCause } from '../../define';
import { against, anchor, context } from '../../rules';

export default defineCause({
  id: 'docker-hub-rate-limit',
  family: 'other',
  scope: 'not-acr',
  prevalence: 'common',
  title: {
    en: 'Docker Hub pull rate limit (not your registry)',
    ru: 'Лимит скачиваний Docker Hub (не ваш реестр)',
  },
  explanation: {
    en:
      'The 429 comes from Docker Hub, not from Azure Container Registry: an image was pulled straight from docker.io ' +
      "(registry-1.docker.io), often a base image in a Dockerfile FROM line (an ACR Task's build too: its agents share " +
      'outbound IPs) or a public image in a pod spec. Docker Hub ' +
      'limits pulls per IP for anonymous clients and per account for free users, and build agents or cluster nodes behind ' +
      'one outbound IP reach that limit quickly. The message says "You have reached your pull rate limit" and points at ' +
      'docker.com/increase-rate-limit.',
    ru:
      'Код 429 вернул Docker Hub, а не Azure Container Registry: образ извлекался напрямую с docker.io ' +
      '(registry-1.docker.io) — чаще всего базовый образ из строки FROM в Dockerfile (в том числе при сборке ACR Task: ' +
      'её агенты выходят в интернет с общих IP) или публичный образ в спецификации пода. ' +
      'Docker Hub ограничивает число скачиваний по IP-адресу для анонимных клиентов и по учётной записи для бесплатных, ' +
      'а агенты сборки или узлы кластера за одним исходящим IP быстро упираются в этот лимит. В сообщении есть «You have ' +
      'reached your pull rate limit» и ссылка на docker.com/increase-rate-limit.',
  },
  ask: {
    en: 'Is the failing image pulled directly from Docker Hub (docker.io) rather than from your registry?',
    ru: 'Проблемный образ извлекается напрямую из Docker Hub (docker.io), а не из вашего реестра?',
  },
  rules: [
    anchor(['reached your pull rate limit'], 10),
    anchor(['unauthenticated pull rate limit'], 10),
    anchor(['increase-rate-limit'], 9),
    anchor(['docker-hub/download-rate-limit'], 9),
    anchor(['registry-1.docker.io', '429'], 6),
    anchor(['docker.io', 'toomanyrequests'], 6),
    // A 429 while pulling a build's base images with no ACR named: base images mostly come from Docker Hub, whose
    // anonymous pull limit is the usual 429 of a build ("429 Too Many Requests when pulling base images like node:18").
    anchor(['Too Many Requests', 'base image'], 9),
    anchor(['toomanyrequests', 'base image'], 9),
    against('host:acr', 4),
    against('acr-named', 4),
    context('host:other-registry', 2),
    context('http:429', 1),
    against(['cache rule'], 6),
    against(['aka.ms/acr/skus'], 6),
  ],
  fix: [
    {
      text: {
        en: 'Import the public image into your registry once and reference the copy.',
        ru: 'Один раз импортируйте публичный образ в свой реестр и ссылайтесь на копию.',
      },
      command: 'az acr import -n {registry} --source docker.io/{repository}:{tag} --image {repository}:{tag}',
    },
    {
      text: {
        en: 'Or create an ACR artifact cache rule for Docker Hub so pulls go through your registry.',
        ru: 'Либо создайте в ACR правило кэша артефактов для Docker Hub, чтобы скачивание шло через ваш реестр.',
      },
      command:
        'az acr cache create -r {registry} -n dockerhub-library --source-repo docker.io/library/* --target-repo library/*',
    },
    {
      text: {
        en: 'Where you must pull from Docker Hub directly, sign in with a Docker account or access token.',
        ru: 'Если без прямого скачивания с Docker Hub не обойтись, войдите с учётной записью Docker или токеном доступа.',
      },
      command: 'docker login docker.io',
    },
  ],
  docs: [
    {
      title: { en: 'Manage public content with ACR', ru: 'Управление публичным содержимым с помощью ACR' },
      url: 'https://learn.microsoft.com/azure/container-registry/buffer-gate-public-content',
    },
    {
      title: { en: 'Docker Hub usage and limits', ru: 'Использование и лимиты Docker Hub' },
      url: 'https://docs.docker.com/docker-hub/usage/',
    },
  ],
  checks: [],
});
