import { defineCause } from '../../define';
import { against, anchor, context } from '../../rules';

export default defineCause({
  id: 'transfer-storage-access-refused',
  family: 'other',
  scope: 'acr-other',
  prevalence: 'rare',
  title: {
    en: 'ACR Transfer could not use its storage account (the storage refused, not the registry)',
    ru: 'ACR Transfer не смог работать со своей учётной записью хранения (отказало хранилище, а не реестр)',
  },
  explanation: {
    en:
      'An export or import pipeline moves artifacts through a blob container in a storage account. Its 403 comes from ' +
      'that storage account, not from the registry: the SAS token in Key Vault is expired, lacks a permission or a ' +
      'resource type, or was made before the account key changed; in managed identity mode the pipeline identity has no ' +
      'Storage Blob Data role; or the storage account allows only selected networks or private endpoints, and the ' +
      "pipeline's requests are not among them. The registry's own network rules and roles do not come into it.",
    ru:
      'Конвейер экспорта или импорта переносит артефакты через контейнер больших двоичных объектов в учётной записи ' +
      'хранения. Его ошибка 403 приходит от этой учётной записи, а не от реестра: токен SAS в Key Vault истёк, в нём нет ' +
      'нужного разрешения или типа ресурса, или он создан до смены ключа учётной записи; в режиме управляемого ' +
      'удостоверения у удостоверения конвейера нет роли Storage Blob Data; или учётная запись хранения пропускает только ' +
      'выбранные сети или частные конечные точки, и запросов конвейера среди них нет. Сетевые правила и роли самого ' +
      'реестра здесь ни при чём.',
  },
  ask: {
    en: 'Does the storage account of the pipeline allow only selected networks, or use a SAS token or identity that changed?',
    ru: 'Учётная запись хранения конвейера пропускает только выбранные сети или использует изменившийся токен SAS или удостоверение?',
  },
  rules: [
    // How a pipeline run reports the refusal (field14 14B003: the storage account limited to private endpoints).
    anchor(['Failed to access storage'], 6),
    // (Azure Storage's own "This request is not authorized to perform this operation" is no anchor: any storage client
    // prints it, and people paste those into an ACR channel too.)
    context(['pipeline-run'], 3),
    context(['pipelineRun'], 3),
    context(['export-pipeline'], 2),
    context(['import-pipeline'], 2),
    context(['acrtransfer'], 2),
    // Layers come from blob storage too: a refused layer download is the client's egress (client-egress-blocked-data-endpoint).
    against('op:pull', 4),
    against('host:acr-data-endpoint', 4),
    against(['blob.core.windows.net', 'layer'], 4),
  ],
  fix: [
    {
      text: {
        en: "Read the run's own error message; it names the step that failed.",
        ru: 'Прочитайте сообщение об ошибке самого запуска: в нём назван шаг, который не удался.',
      },
      command: 'az acr pipeline-run show -r {registry} -g <resource-group> -n <pipeline-run>',
    },
    {
      text: {
        en: "See the storage account's network rules: a pipeline refused by them fails this way.",
        ru: 'Посмотрите сетевые правила учётной записи хранения: конвейер, которому они отказали, падает именно так.',
      },
      command:
        'az storage account show -n <storage-account> --query "{public:publicNetworkAccess, rules:networkRuleSet}"',
    },
    {
      text: {
        en:
          'SAS token mode: make a new token (export needs read, write, list and add; import read, list and delete) and ' +
          'store it in the Key Vault secret the pipeline reads.',
        ru:
          'Режим токена SAS: создайте новый токен (экспорту нужны read, write, list и add; импорту read, list и delete) и ' +
          'сохраните его в секрете Key Vault, который читает конвейер.',
      },
    },
    {
      text: {
        en: 'Managed identity mode: give the pipeline identity Storage Blob Data Contributor on the storage account.',
        ru: 'Режим управляемого удостоверения: выдайте удостоверению конвейера роль Storage Blob Data Contributor на учётную запись хранения.',
      },
      command:
        'az role assignment create --assignee <pipeline-principal-id> --role "Storage Blob Data Contributor" --scope <storage-account-id>',
    },
  ],
  docs: [
    {
      title: { en: 'Troubleshoot ACR Transfer', ru: 'Устранение неполадок ACR Transfer' },
      url: 'https://learn.microsoft.com/azure/container-registry/container-registry-transfer-troubleshooting',
    },
  ],
  checks: ['registry'],
});
