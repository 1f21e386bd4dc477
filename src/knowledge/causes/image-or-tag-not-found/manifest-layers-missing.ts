import { defineCause } from '../../define';
import { against, anchor, context } from '../../rules';

export default defineCause({
  id: 'manifest-layers-missing',
  family: 'image-or-tag-not-found',
  scope: 'acr-other',
  prevalence: 'occasional',
  title: {
    en: 'A manifest names layers the repository does not hold',
    ru: 'Манифест ссылается на слои, которых нет в репозитории',
  },
  explanation: {
    en:
      'Sign-in and rights were fine; the registry refused the content. A manifest may only be stored once every blob it ' +
      'lists (its config and layers) has been uploaded to the same repository, and a layer may only be read from a ' +
      'repository that holds it. The registry answers MANIFEST_BLOB_UNKNOWN ("blob unknown to registry") when a ' +
      'manifest is pushed before, or without, its layers: a tool or a script that uploads the manifest alone, a copy that ' +
      'moved the manifest but not its blobs, or a cross-repository mount that did not happen; and BLOB_UNKNOWN when a ' +
      'pull asks for a layer the repository does not have.',
    ru:
      'Вход и права в порядке: реестр отклонил содержимое. Манифест сохраняется, только когда все перечисленные в нём ' +
      'блобы (конфигурация и слои) уже загружены в тот же репозиторий, а слой читается только из репозитория, где он ' +
      'есть. Реестр отвечает MANIFEST_BLOB_UNKNOWN («blob unknown to registry»), когда манифест отправлен раньше своих ' +
      'слоёв или без них: инструмент или скрипт загружает только манифест, копирование перенесло манифест без блобов, ' +
      'либо не состоялось монтирование из другого репозитория; и BLOB_UNKNOWN, когда при извлечении запрошен слой, ' +
      'которого в репозитории нет.',
  },
  ask: {
    en: 'Were all the layers and the config uploaded to this repository before its manifest was pushed?',
    ru: 'Все ли слои и конфигурация были загружены в этот репозиторий до отправки манифеста?',
  },
  rules: [
    // The distribution spec's codes, as ACR returns them in its JSON errors and as clients print them.
    anchor('oci:MANIFEST_BLOB_UNKNOWN', 8),
    anchor('oci:BLOB_UNKNOWN', 6),
    anchor(['blob unknown to registry'], 6),
    // Docker's CLI on a manifest push: "manifest blob unknown: blob unknown to registry".
    anchor(['manifest blob unknown'], 7),
    context('op:push', 1),
    context('host:acr', 1),
    against('host:no-acr', 4),
    // A refused sign-in is a different story; the family means access was fine.
    against('oci:UNAUTHORIZED', 4),
    against('oci:DENIED', 4),
  ],
  fix: [
    {
      text: {
        en: 'Push the whole image again with a client that uploads its layers first (docker, oras, crane), not the manifest alone.',
        ru: 'Отправьте образ целиком заново клиентом, который сначала загружает слои (docker, oras, crane), а не один манифест.',
      },
      command: 'docker push {loginServer}/{repository}:{tag}',
    },
    {
      text: {
        en: 'To bring an image from another registry, import it: the registry copies every blob with the manifest.',
        ru: 'Чтобы перенести образ из другого реестра, импортируйте его: реестр копирует все блобы вместе с манифестом.',
      },
      command:
        'az acr import -n {registry} --source <source-registry>/<repository>:<tag> --image {repository}:{tag}',
    },
    {
      text: {
        en:
          'With an SDK or your own HTTP client, upload each blob the manifest lists (config and layers) to the same ' +
          'repository and check each digest, then upload the manifest.',
        ru:
          'С SDK или своим HTTP-клиентом загрузите в тот же репозиторий каждый блоб из манифеста (конфигурацию и слои) ' +
          'и сверьте их дайджесты, затем загрузите манифест.',
      },
    },
  ],
  docs: [
    {
      title: { en: 'OCI distribution spec: error codes', ru: 'Спецификация OCI distribution: коды ошибок' },
      url: 'https://github.com/opencontainers/distribution-spec/blob/main/spec.md#error-codes',
    },
    {
      title: { en: 'Import container images to ACR', ru: 'Импорт образов контейнеров в ACR' },
      url: 'https://learn.microsoft.com/azure/container-registry/container-registry-import-images',
    },
  ],
  checks: [],
});
