import { defineCause } from '../../define';
import { against, anchor, context } from '../../rules';

export default defineCause({
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
    anchor(['no image found in manifest list for architecture'], 8),
    // The .NET SDK's: the base image's index has no entry for the project's runtime identifier (CONTAINER1011).
    anchor(["Couldn't find matching base image for", 'RuntimeIdentifier'], 8),
    // containers/image (podman, skopeo, buildah) since it says index for an OCI image index.
    anchor(['no image found in image index for architecture'], 8),
    anchor(['no match for platform in manifest'], 9),
    anchor(['no matching manifest for'], 8),
    anchor(['does not match the specified platform'], 7),
    // go-containerregistry's words for the same, as Container Apps passes them on (field20 20F001).
    anchor(['no child with platform'], 8),
    anchor(['image OS/Arc must be'], 8),
    anchor(['-based image is incompatible with a', 'host'], 8),
    // "exec format error" is printed when a container starts, after the pull succeeded: a local fault of the engine
    // (local-engine-fault), never the registry's answer.
    anchor(['cannot be used on this platform'], 6),
    // Container Apps' own check of the pulled image's platform ("Unsupported image platform: architecture=arm64").
    anchor(['Unsupported image platform'], 8),
    anchor(['does not match the detected host platform'], 5),
    // Container Apps on an index whose entry has no OS: what BuildKit's attestation manifests (platform
    // unknown/unknown) look like to it (field15 15B001).
    anchor(['uses an invalid operating system'], 7),
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
        en:
          'If the index was built by BuildKit (docker buildx 0.10 or later), it also holds attestation manifests with ' +
          'platform unknown/unknown, which some services read as an image for no OS: build with --provenance=false ' +
          '--sbom=false, or for one --platform.',
        ru:
          'Если индекс собран BuildKit (docker buildx 0.10 и новее), в нём есть и манифесты аттестаций с платформой ' +
          'unknown/unknown, которые некоторые службы принимают за образ без ОС: собирайте с --provenance=false ' +
          '--sbom=false или под одну --platform.',
      },
      command:
        'docker buildx build --platform linux/amd64 --provenance=false --sbom=false -t {loginServer}/{repository}:{tag} --push .',
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
});
