import { defineCause } from '../../define';
import { anchor, context } from '../../rules';

export default defineCause({
  id: 'operation-disallowed',
  family: 'other',
  scope: 'acr-other',
  prevalence: 'occasional',
  title: {
    en: 'The registry, repository or image is locked against this operation',
    ru: 'Реестр, репозиторий или образ заблокирован для этой операции',
  },
  explanation: {
    en:
      'ACR refused the operation for a reason unrelated to who you are: the repository or image has writeEnabled or ' +
      'deleteEnabled set to false (an image lock), the image is quarantined, the registry has reached its storage limit, ' +
      'or it is a retired Classic registry. The registry answers "The operation is disallowed on this registry, repository ' +
      'or image", which Docker shows prefixed with "unknown:" or "denied:".',
    ru:
      'ACR отклонил операцию по причине, не связанной с удостоверением: у репозитория или образа writeEnabled или ' +
      'deleteEnabled выставлены в false (блокировка образа), образ помещён в карантин, реестр достиг лимита хранилища ' +
      'или это выведенный из эксплуатации реестр Classic. Реестр отвечает «The operation is disallowed on this registry, ' +
      'repository or image», а Docker добавляет к этому префикс «unknown:» или «denied:».',
  },
  ask: {
    en: 'Is the repository or tag locked (writeEnabled or deleteEnabled set to false)?',
    ru: 'Репозиторий или тег заблокирован (writeEnabled или deleteEnabled выставлены в false)?',
  },
  rules: [
    anchor(['The operation is disallowed on this registry, repository or image'], 10),
    anchor(['operation is disallowed'], 7),
    anchor(['This operation is not allowed on this registry'], 8),
    anchor(['disallowed-operation'], 6),
    // acr purge skips a locked tag or manifest (deleteEnabled false) with the registry's 405 instead of failing.
    anchor(['operation not allowed, HTTP status: 405'], 8),
    // A registry with the quarantine policy on serves a new image to no one but a scanner until it is marked passed.
    anchor(['IMAGE_QUARANTINED'], 8),
    anchor(['The image is quarantined'], 8),
    context(['quarantine'], 2),
    context(['writeEnabled'], 3),
    context(['deleteEnabled'], 3),
    context('op:push', 1),
    context('op:delete', 2),
  ],
  fix: [
    {
      text: {
        en: "Look at the repository's and the tag's changeable attributes.",
        ru: 'Посмотрите изменяемые атрибуты репозитория и тега.',
      },
      command: 'az acr repository show -n {registry} --image {repository}:{tag} -o jsonc',
    },
    {
      text: {
        en: 'If it is locked on purpose, push a new tag; otherwise unlock it.',
        ru: 'Если блокировка намеренная, отправьте новый тег; иначе снимите блокировку.',
      },
      command:
        'az acr repository update -n {registry} --image {repository}:{tag} --write-enabled true --delete-enabled true',
    },
    {
      text: {
        en: "Check the registry's storage usage and SKU.",
        ru: 'Проверьте использование хранилища и SKU реестра.',
      },
      command: 'az acr show-usage -n {registry} -o table',
    },
    {
      text: {
        en: 'If the quarantine policy is on, an image stays unreadable until a scanner with the AcrQuarantineWriter role marks it passed through ACR’s own /acr/v1/ API (not the Docker /v2/ API).',
        ru: 'Если включена политика карантина, образ недоступен, пока сканер с ролью AcrQuarantineWriter не отметит его как проверенный через собственный API ACR /acr/v1/ (не через Docker API /v2/).',
      },
      command: 'az acr show -n {registry} --query policies.quarantinePolicy -o jsonc',
    },
  ],
  docs: [
    {
      title: {
        en: 'Push fails with "operation disallowed"',
        ru: 'Отправка завершается ошибкой «operation disallowed»',
      },
      url: 'https://learn.microsoft.com/troubleshoot/azure/azure-container-registry/troubleshoot-push-error-operation-disallowed-timeout',
    },
    {
      title: { en: 'Lock a container image', ru: 'Блокировка образа контейнера' },
      url: 'https://learn.microsoft.com/azure/container-registry/container-registry-image-lock',
    },
  ],
  checks: ['registry'],
});
