import { defineCause } from '../../define';
import { against, anchor, context } from '../../rules';

/**
 * A platform mismatch on an image that is not the user's registry's (Docker Hub, MCR, GHCR, or no host at all): its
 * publisher decides which platforms exist, nothing in Azure does. With an ACR login server or ACR named in the paste
 * the same words are `platform-architecture-mismatch` (image-or-tag-not-found), as causes.md files them.
 */
export default defineCause({
  id: 'platform-not-published',
  family: 'other',
  scope: 'not-acr',
  prevalence: 'occasional',
  title: {
    en: 'The image is not published for this platform (not a registry access problem)',
    ru: 'Образ не опубликован для этой платформы (это не проблема доступа к реестру)',
  },
  explanation: {
    en:
      'The registry answered and accepted the request: the image is a multi-platform index, and it has no entry for ' +
      'the CPU or OS that asked (linux/arm64 on an Apple Silicon Mac or a Graviton node, linux/amd64 for an arm64-only ' +
      'image, Windows on a Linux node). Which platforms exist is up to whoever publishes the image; no credential, ' +
      'role or network rule changes that.',
    ru:
      'Реестр ответил и принял запрос: образ — мультиплатформенный индекс, и в нём нет записи для процессора или ОС, ' +
      'которые его запросили (linux/arm64 на Mac с Apple Silicon или узле Graviton, linux/amd64 для образа только под ' +
      'arm64, Windows на Linux-узле). Какие платформы есть, решает тот, кто публикует образ; учётные данные, роли и ' +
      'сетевые правила этого не меняют.',
  },
  ask: {
    en: 'Does the machine that pulls have a different CPU or OS than the platforms the image is published for?',
    ru: 'У машины, которая скачивает образ, другой процессор или ОС, чем у платформ, для которых образ опубликован?',
  },
  rules: [
    anchor('platform-mismatch', 9),
    context('registry-elsewhere', 2),
    // The user's own registry: then the same words are platform-architecture-mismatch (image-or-tag-not-found).
    against('host:acr', 12),
    against('acr-named', 6),
  ],
  fix: [
    {
      text: {
        en: 'See which platforms the image is published for.',
        ru: 'Посмотрите, для каких платформ опубликован образ.',
      },
      command: 'docker buildx imagetools inspect {image}',
    },
    {
      text: {
        en: 'Pull or run one of those platforms explicitly (it runs under emulation if the CPU differs), or pick a tag that has your platform.',
        ru: 'Скачайте или запустите одну из этих платформ явно (при другом процессоре — под эмуляцией) или выберите тег с вашей платформой.',
      },
      command: 'docker pull --platform linux/amd64 {image}',
    },
    {
      text: {
        en: 'If you build the image yourself, build it for every platform that runs it.',
        ru: 'Если образ собираете вы, соберите его для всех платформ, на которых он запускается.',
      },
      command:
        'docker buildx build --platform linux/amd64,linux/arm64 -t {loginServer}/{repository}:{tag} --push .',
    },
  ],
  docs: [
    {
      title: { en: 'Multi-platform builds', ru: 'Мультиплатформенные сборки' },
      url: 'https://docs.docker.com/build/building/multi-platform/',
    },
  ],
  checks: [],
});
