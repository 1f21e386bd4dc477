import { defineCause } from '../../define';
import { against, anchor, context } from '../../rules';

export default defineCause({
  id: 'local-engine-fault',
  family: 'other',
  scope: 'not-acr',
  prevalence: 'occasional',
  title: {
    en: 'A fault of the local container engine, not of the registry (disk full, storage driver, API version, wrong architecture)',
    ru: 'Сбой локального движка контейнеров, а не реестра (диск заполнен, драйвер хранилища, версия API, не та архитектура)',
  },
  explanation: {
    en:
      'The registry answered and the download started; what failed is on the machine running the engine: the disk filled up ' +
      'while layers were extracted, the storage driver could not mount an overlay, a downloaded layer did not verify, the ' +
      'client speaks a newer API than the daemon, the engine was told to use plain HTTP, or the image was built for another ' +
      'CPU ("exec format error" when the container starts) or, on Windows, for another Windows Server build than the ' +
      'host runs (HCS: "the container operating system does not match the host operating system"). Registry ' +
      'credentials and network rules are not involved.',
    ru:
      'Реестр ответил, и загрузка началась; сбой произошёл на машине, где работает движок: при распаковке слоёв закончилось ' +
      'место на диске, драйвер хранилища не смог смонтировать overlay, загруженный слой не прошёл проверку, клиент говорит на более ' +
      'новой версии API, чем демон, движку указано использовать обычный HTTP, или образ собран для другого процессора («exec ' +
      'format error» при запуске контейнера) или, в Windows, для другой сборки Windows Server, чем на узле (HCS: «the ' +
      'container operating system does not match the host operating system»). Учётные данные реестра и сетевые ' +
      'правила здесь ни при чём.',
  },
  ask: {
    en: 'Did the pull get as far as downloading layers before it failed on this machine?',
    ru: 'Скачивание дошло до загрузки слоёв, прежде чем произошёл сбой на этой машине?',
  },
  rules: [
    // Jib refuses to send credentials to a plain-HTTP registry (ACR is HTTPS only).
    anchor(['were not sent because the connection was over HTTP'], 7),
    anchor(['code = Canceled', 'context canceled'], 4),
    anchor(['exec format error'], 5),
    // Windows (hcsshim): a process-isolated container needs an image built for the host's Windows build; HCS refuses
    // to create it after the pull succeeded (hcs::CreateComputeSystem <id>: …).
    anchor(['The container operating system does not match the host operating system'], 8),
    anchor(['no space left on device'], 8),
    // buildx refusing an output the active driver cannot produce (the plain docker driver has no cache export, OCI
    // export or multi-platform build without the containerd image store): the builder's set-up, no registry reached.
    anchor(
      /\b(?:cache export|oci exporter|docker exporter|multi-platform build) is not supported (?:for|with) the\b[^\n]{0,20}\bdriver\b/i,
      7,
    ),
    anchor(['Switch to a different driver, or turn on the containerd image store'], 7),
    // The daemon publishing a container's port that another process holds (libnetwork's port allocator).
    anchor(['port is already allocated'], 7),
    // GitHub's hosted runner warns in these words before it stops; people say the same of a build machine.
    anchor(['running out of disk space'], 4),
    anchor(['out of disk space'], 3),
    anchor(['ran out of disk'], 3),
    anchor(['failed to register layer'], 5),
    // hcsshim, the Windows host's container shim, preparing a layer (a wrong --platform, a damaged windowsfilter
    // folder) or starting a container (HCS timing out: "hcsshim::System::Start: context deadline exceeded", which a
    // rerun clears): whatever it reports happened on the machine, after the registry's part.
    anchor(['hcsshim::'], 6),
    anchor(['error creating overlay mount'], 8),
    anchor(['failed to extract layer'], 4),
    anchor(['layer verification failed'], 7),
    // moby downloads each layer into a temporary file of its own ("GetImageBlob…", distribution/pull_v2.go): that
    // file vanishing or failing is the daemon's disk, after the registry served the layer.
    anchor(['GetImageBlob', 'no such file or directory'], 6),
    anchor(['GetImageBlob', 'no space left'], 6),
    anchor(['is too new', 'Maximum supported API version'], 9),
    anchor(['client version', 'is too old'], 6),
    anchor(['server gave HTTP response to HTTPS client'], 7),
    anchor(['Client sent an HTTP request to an HTTPS server'], 6),
    anchor(['read/write on closed pipe'], 5),
    anchor(['input/output error'], 4),
    anchor(['read-only file system'], 5),
    context('tool:docker', 1),
    against(['client with IP'], 6),
    against('http:401', 3),
    against('http:403', 3),
  ],
  fix: [
    {
      text: {
        en: 'Free disk space on the machine or node (old images, build cache) and retry.',
        ru: 'Освободите место на диске машины или узла (старые образы, кэш сборки) и повторите.',
      },
      command: 'docker system df && docker system prune',
    },
    {
      text: {
        en: 'For "exec format error", build or pull the image for the platform that runs it.',
        ru: 'При «exec format error» соберите или скачайте образ для платформы, на которой он запускается.',
      },
      command: 'docker buildx build --platform linux/amd64 -t {loginServer}/{repository}:{tag} --push .',
    },
    {
      text: {
        en: 'For an API version mismatch, use a client that matches the daemon, or set DOCKER_API_VERSION to the version the daemon supports.',
        ru: 'При несовпадении версий API используйте клиент, подходящий к демону, или задайте DOCKER_API_VERSION равной версии, которую поддерживает демон.',
      },
    },
    {
      text: {
        en: "For a Windows image that does not match the host, use the tag built for the node's Windows Server version (ltsc2019, ltsc2022) or a node pool of that version; on a Docker host, Hyper-V isolation also runs it.",
        ru: 'Если Windows-образ не подходит к узлу, возьмите тег, собранный для версии Windows Server узла (ltsc2019, ltsc2022), или пул узлов этой версии; на хосте Docker его также запустит изоляция Hyper-V.',
      },
    },
  ],
  docs: [
    {
      title: { en: 'Prune unused Docker objects', ru: 'Удаление неиспользуемых объектов Docker' },
      url: 'https://docs.docker.com/engine/manage-resources/pruning/',
    },
  ],
  checks: [],
});
