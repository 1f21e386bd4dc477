import { defineCause } from '../../define';
import { acrAnchor, against, anchor, context } from '../../rules';

export default defineCause({
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
    // The .NET SDK's RepositoryNotFound (CONTAINER1015).
    anchor(['Please confirm that this name and tag are present in the registry'], 8),
    anchor(['Source cannot be found'], 6),
    // App Service's platform log names the pull's outcome as a code: the image or tag is not in the registry.
    acrAnchor(['ImageNotFoundFailure'], 8),
    anchor(['Import from source failed'], 4),
    // Container Apps code 90712 (shared with the credential causes): the image name may be wrong.
    anchor(['Error pulling the container image', 'registry credentials'], 3),
    // A Container App whose revision never started within the platform's time ("Operation expired") most often
    // could not pull its image: an identity without AcrPull yet, no registry block, a tag not pushed. The app
    // itself failing its probes reads the same, so it stays a weak, shared clue.
    anchor('revision-timed-out', 1),
    // az acr import: the source registry refused. Docker Hub answers 401, not 404, for a repository that does not
    // exist; wrong source credentials read the same (see wrong-username-or-password).
    anchor(['Invalid message Unauthorized'], 5),
    anchor(['failed to resolve source metadata', 'not found'], 6),
    anchor(['azurecr.', ': not found'], 5),
    // App Service's generic pull failure: the image may not exist yet, or credentials may be wrong.
    anchor(['Verify docker image configuration and credentials'], 3),
    // App Service's site-container log naming only the reason code (platform-registry-credentials-missing).
    anchor(['pull image failed with reason'], 1),
    anchor(['Back-off pulling image'], 1),
    // The kubelet's reason for every failed pull, a missing tag as much as a missing credential: a clue shared with
    // image-pull-secret-missing, so that alone it stays undecided.
    anchor(['ErrImagePull'], 1),
    acrAnchor(['manifest tagged by', 'is not found'], 8),
    // Helm's dependency resolver (internal/resolver/resolver.go): no version of the chart in the repository or
    // registry satisfies Chart.yaml's constraint: that version was never pushed there, or the repository moved.
    anchor(["can't get a valid version for repositories"], 6),
    // Helm with an OCI registry (pkg/downloader/chart_downloader.go): the repository has no semver tag at all.
    anchor(['Unable to locate any tags in provided repository'], 6),
    anchor(['chart not found in repo'], 4),
    // Helm against an OCI registry (pkg/registry/util.go): tags exist, none satisfies the requested version.
    anchor(['Could not locate a version matching provided version string'], 6),
    // Helm against a classic chart repository index (pkg/downloader/chart_downloader.go).
    anchor(['not found in', "index. (try 'helm repo update')"], 5),
    anchor(['repository name not known to registry'], 7),
    // ACR's artifact cache relaying the upstream's refusal: most often a source path that does not exist there (a
    // docker.io/* rule asked for an image without library/, Azure/acr#772); a refused credential reads the same.
    acrAnchor(['requested access to pull from source', 'for cache rule'], 7),
    acrAnchor(['with source registry for cache rule'], 4),
    // Bicep's restore when the manifest GET answered 404: "The artifact does not exist in the registry." (0.25+), "The
    // module does not exist in the registry." before; sign-in was fine (src/Bicep.Core/Registry/AzureContainerRegistryManager.cs).
    anchor(/\b(?:artifact|module) does not exist in the registry\b/i, 7),
    anchor('oci:MANIFEST_UNKNOWN', 6),
    anchor('oci:NAME_UNKNOWN', 6),
    anchor(['manifest unknown'], 5),
    // The same said in a sentence or a commit message, and containerd's own CLI on a node (field17 17A002, 17A003).
    anchor(['manifest not found'], 4),
    anchor(['ctr: image', ': not found'], 5),
    anchor(['manifest for', 'not found'], 5),
    anchor(['failed to resolve reference', ': not found'], 6),
    // An image reference with its tag, then "not found": containerd's "<ref>: not found" as people shorten it
    // ("ErrImagePull: …/query-split:0.1.4 not found").
    anchor(/[a-z0-9][a-z0-9._/-]{0,200}:[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}["'`]?:? not found/, 4),
    // The same in a person's words: "api:v1.0.0 tag doesn't exist", "web:2.3 does not exist".
    anchor(
      /[a-z0-9][a-z0-9._/-]{0,200}:[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}["'`]?(?: tag)? (?:does not|doesn't|did not|didn't|no longer) exist/,
      4,
    ),
    anchor(['code = NotFound'], 5),
    anchor(['status code=NotFound'], 5),
    anchor(['The requested data does not exist'], 4),
    anchor(['is not accessible', 'registry credential'], 2),
    anchor(['InaccessibleImage'], 2),
    // Azure Databricks Container Services: "Image doesn't exist or invalid credential to pull image from …".
    anchor(["Image doesn't exist or invalid credential"], 3),
    anchor('http:404', 2),
    context('op:pull', 1),
    context('host:acr', 1),
    against(['no match for platform'], 6),
    // MANIFEST_UNKNOWN that says the manifest was found (client-cannot-read-registry-reply).
    against(['but accept header does not support OCI'], 8),
    // A 404 from `/v2/` itself, the API's version check before any repository is named: not a missing image.
    against(['/v2/ failed with status: 404'], 6),
    against(['no matching manifest for'], 6),
    against(['no such host'], 5),
    against('code:CONNECTIVITY_DNS_ERROR', 5),
    against('host:no-acr', 4),
    // Said by a registry that is recognisably someone else's, with nothing tying the paste to an ACR: the same
    // reading for that registry's catalogue is tag-missing-elsewhere.
    against('tag-missing:elsewhere', 4),
    against(['client with IP'], 4),
    // The family means sign-in was fine; a refused sign-in argues against it.
    against('oci:UNAUTHORIZED', 2),
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
});
