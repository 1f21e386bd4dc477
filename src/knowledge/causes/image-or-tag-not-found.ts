import { against, anchor, context } from '../rules';
import { ACR_FAQ } from '../docs';
import type { Cause } from '../types';

export const causes: readonly Cause[] = [
  {
    id: 'manifest-tag-not-found',
    family: 'image-or-tag-not-found',
    scope: 'acr-other',
    prevalence: 'common',
    title: {
      en: 'The tag, manifest or repository does not exist in the registry',
      ru: 'Тега, манифеста или репозитория в реестре нет',
    },
    explanation: {
      en:
        'Authentication worked, but the registry has nothing under that name: the tag was never pushed, was pushed to another ' +
        'registry or repository, was misspelled, or was removed by a delete, an untag or a purge/retention run. ACR answers ' +
        '404 with MANIFEST_UNKNOWN ("manifest tagged by ... is not found") or NAME_UNKNOWN ("repository name not known to ' +
        'registry"); containerd shortens it to ": not found" and App Service to "status code=NotFound".',
      ru:
        'Проверка подлинности прошла, но под этим именем в реестре ничего нет: тег не отправляли, отправили в другой реестр ' +
        'или репозиторий, написали с ошибкой или удалили — командой delete, untag или запуском purge/политики хранения. ' +
        'ACR отвечает 404 с MANIFEST_UNKNOWN («manifest tagged by ... is not found») или NAME_UNKNOWN («repository name not ' +
        'known to registry»); containerd сокращает это до «: not found», а App Service — до «status code=NotFound».',
    },
    ask: {
      en: 'Is the tag missing from `az acr repository show-tags` for this repository?',
      ru: 'Этого тега нет в выводе `az acr repository show-tags` для данного репозитория?',
    },
    rules: [
      // App Service's generic pull failure: the image may not exist yet, or credentials may be wrong.
      anchor(['Verify docker image configuration and credentials'], 3),
      anchor(['Back-off pulling image'], 1),
      anchor(['manifest tagged by', 'is not found'], 8),
      anchor(['repository name not known to registry'], 7),
      anchor('oci:MANIFEST_UNKNOWN', 6),
      anchor('oci:NAME_UNKNOWN', 6),
      anchor(['manifest unknown'], 5),
      anchor(['manifest for', 'not found'], 5),
      anchor(['failed to resolve reference', ': not found'], 6),
      anchor(['code = NotFound'], 5),
      anchor(['status code=NotFound'], 5),
      anchor(['The requested data does not exist'], 4),
      anchor(['is not accessible', 'registry credential'], 2),
      anchor('http:404', 2),
      context('op:pull', 1),
      context('host:acr', 1),
      against(['no match for platform'], 6),
      against(['no matching manifest for'], 6),
      against(['no such host'], 5),
      against('code:CONNECTIVITY_DNS_ERROR', 5),
      against('host:no-acr', 4),
      against(['client with IP'], 4),
    ],
    fix: [
      {
        text: {
          en: 'List the tags that really exist in the repository.',
          ru: 'Выведите теги, которые действительно есть в репозитории.',
        },
        command:
          'az acr repository show-tags -n {registry} --repository {repository} --orderby time_desc -o table',
      },
      {
        text: {
          en: 'If the repository itself is missing, list repositories and check the name and the registry the image was pushed to.',
          ru: 'Если нет самого репозитория, выведите список репозиториев и проверьте имя и реестр, в который отправлялся образ.',
        },
        command: 'az acr repository list -n {registry} -o table',
      },
      {
        text: {
          en: 'Check whether a retention policy or an `acr purge` task removes tags or untagged manifests.',
          ru: 'Проверьте, не удаляют ли теги или манифесты без тегов политика хранения или задача `acr purge`.',
        },
        command: 'az acr config retention show -r {registry}',
      },
      {
        text: {
          en: 'Push the image again (or fix the reference in the deployment) and retry.',
          ru: 'Отправьте образ заново (или исправьте ссылку в развёртывании) и повторите попытку.',
        },
        command: 'docker push {loginServer}/{repository}:{tag}',
      },
    ],
    docs: [
      {
        title: { en: 'Manifest or tag not found', ru: 'Манифест или тег не найден' },
        url: 'https://learn.microsoft.com/troubleshoot/azure/azure-container-registry/manifest-tag-not-found',
      },
      {
        title: {
          en: 'Monitor ACR (repository event logs)',
          ru: 'Мониторинг ACR (журналы событий репозитория)',
        },
        url: 'https://learn.microsoft.com/azure/container-registry/monitor-container-registry',
      },
    ],
    checks: ['registry'],
  },
  {
    id: 'invalid-repository-name',
    family: 'image-or-tag-not-found',
    scope: 'acr-other',
    prevalence: 'occasional',
    title: {
      en: 'The image reference or repository name is not valid',
      ru: 'Ссылка на образ или имя репозитория недопустимы',
    },
    explanation: {
      en:
        'Repository names may only contain lowercase letters, digits and the separators ".", "-", "_" and "/", and a tag ' +
        'follows a single colon. Capital letters, spaces, a trailing colon, "https://" in front or an unfilled variable make ' +
        'the reference unparsable, so the client stops before talking to the registry: Docker prints "invalid reference ' +
        'format", Kubernetes reports InvalidImageName, and the registry itself answers NAME_INVALID.',
      ru:
        'Имя репозитория может содержать только строчные буквы, цифры и разделители «.», «-», «_» и «/», а тег отделяется ' +
        'одним двоеточием. Заглавные буквы, пробелы, двоеточие в конце, префикс «https://» или неподставленная переменная ' +
        'делают ссылку неразбираемой, и клиент останавливается ещё до обращения к реестру: Docker пишет «invalid reference ' +
        'format», Kubernetes сообщает InvalidImageName, а сам реестр отвечает NAME_INVALID.',
    },
    ask: {
      en: 'Does the image reference contain capitals, spaces, a scheme or an empty variable?',
      ru: 'В ссылке на образ есть заглавные буквы, пробелы, схема (https://) или пустая переменная?',
    },
    rules: [
      anchor(['invalid reference format'], 6),
      anchor(['repository name must be lowercase'], 7),
      anchor(['repository name (', 'must be lowercase'], 7),
      anchor(["couldn't parse image reference"], 6),
      anchor(['InvalidImageName'], 5),
      anchor('oci:NAME_INVALID', 6),
      anchor(['invalid repository name'], 5),
      anchor(['unsupported repository format'], 3),
      anchor(['The requested data does not exist'], 1),
      against('host:acr-mixed-case', 6),
      against(['manifest tagged by'], 4),
    ],
    fix: [
      {
        text: {
          en: 'Print the exact reference your script or manifest produces and check it character by character.',
          ru: 'Выведите точную ссылку, которую формирует скрипт или манифест, и проверьте её посимвольно.',
        },
      },
      {
        text: {
          en: 'Use lowercase only, no scheme, and the form <login server>/<repository>:<tag>.',
          ru: 'Используйте только строчные буквы, без схемы, в виде <сервер входа>/<репозиторий>:<тег>.',
        },
        command: 'docker tag {image} {loginServer}/{repository}:{tag}',
      },
    ],
    docs: [
      ACR_FAQ,
      {
        title: { en: 'docker image tag: name components', ru: 'docker image tag: составные части имени' },
        url: 'https://docs.docker.com/reference/cli/docker/image/tag/',
      },
    ],
    checks: [],
  },
  {
    id: 'platform-architecture-mismatch',
    family: 'image-or-tag-not-found',
    scope: 'acr-other',
    prevalence: 'occasional',
    title: {
      en: "The image has no variant for this node's OS or CPU architecture",
      ru: 'У образа нет варианта для ОС или архитектуры процессора этого узла',
    },
    explanation: {
      en:
        'The tag exists, but it was built for another platform: an amd64 image on arm64 nodes, or Linux on a Windows node. ' +
        'When the tag is a multi-platform index without a matching entry, containerd says "no match for platform in manifest" ' +
        'and Docker "no matching manifest for ... in the manifest list entries". When it is a single-platform image, the pull ' +
        'succeeds and the container dies with "exec format error".',
      ru:
        'Тег существует, но собран под другую платформу: образ amd64 на узлах arm64 или Linux на узле Windows. Если тег — ' +
        'мультиплатформенный индекс без подходящей записи, containerd пишет «no match for platform in manifest», а Docker — ' +
        '«no matching manifest for ... in the manifest list entries». Если образ одноплатформенный, извлечение проходит, ' +
        'а контейнер падает с «exec format error».',
    },
    ask: {
      en: 'Was the image built for a different architecture or OS than the nodes that run it?',
      ru: 'Образ собран не для той архитектуры или ОС, что у узлов, на которых он запускается?',
    },
    rules: [
      anchor(['no match for platform in manifest'], 9),
      anchor(['no matching manifest for'], 8),
      anchor(['does not match the specified platform'], 7),
      anchor(['exec format error'], 6),
      anchor(['cannot be used on this platform'], 6),
      anchor(['does not match the detected host platform'], 5),
      context('tool:kubelet', 1),
      against(['can be pulled but cannot be used on this platform'], 8),
    ],
    fix: [
      {
        text: {
          en: 'See which platforms the tag contains.',
          ru: 'Посмотрите, какие платформы содержит тег.',
        },
        command: 'docker buildx imagetools inspect {loginServer}/{repository}:{tag}',
      },
      {
        text: {
          en: "Compare with the nodes' OS and architecture.",
          ru: 'Сравните с ОС и архитектурой узлов.',
        },
        command: 'kubectl get nodes -L kubernetes.io/os -L kubernetes.io/arch',
      },
      {
        text: {
          en: 'Rebuild for the target platform, or as a multi-platform image, and push it again.',
          ru: 'Пересоберите образ под нужную платформу или как мультиплатформенный и отправьте снова.',
        },
        command:
          'docker buildx build --platform linux/amd64,linux/arm64 -t {loginServer}/{repository}:{tag} --push .',
      },
      {
        text: {
          en: 'Or pin the workload to matching nodes with a nodeSelector on kubernetes.io/os and kubernetes.io/arch.',
          ru: 'Либо привяжите нагрузку к подходящим узлам через nodeSelector по kubernetes.io/os и kubernetes.io/arch.',
        },
      },
    ],
    docs: [
      {
        title: { en: "Can't pull images from ACR to AKS", ru: 'Не удаётся извлечь образы из ACR в AKS' },
        url: 'https://learn.microsoft.com/troubleshoot/azure/azure-kubernetes/connectivity/cannot-pull-image-from-acr-to-aks-cluster',
      },
      {
        title: { en: 'Multi-platform builds', ru: 'Мультиплатформенные сборки' },
        url: 'https://docs.docker.com/build/building/multi-platform/',
      },
    ],
    checks: [],
  },
];
