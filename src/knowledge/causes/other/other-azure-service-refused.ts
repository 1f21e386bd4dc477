import { defineCause } from '../../define';
import { against, anchor, context } from '../../rules';

/** Azure services an app calls with its own identity or key, by the names their SDKs and errors use. */
const OTHER_SERVICES = [
  'Postgres',
  'Azure SQL',
  'Azure OpenAI',
  'Cognitive Services',
  'Cosmos DB',
  'CosmosDB',
  'Service Bus',
  'Event Hub',
  'App Configuration',
  'AI Search',
  'MySQL',
  'MariaDB',
  'mysqldump',
  'mysqladmin',
];
/**
 * Resource types of other services as Resource Manager writes them in a resource id (`…/storageAccounts/<name>`):
 * one of them not found is that service's resource, not the registry.
 */
const OTHER_RESOURCE_TYPES = [
  'storageAccounts/',
  'vaults/',
  'sites/',
  'serverfarms/',
  'databaseAccounts/',
  'flexibleServers/',
  'managedEnvironments/',
  'containerApps/',
  'virtualNetworks/',
  'userAssignedIdentities/',
];
/** Resource Manager's words for a resource that does not exist (yet: a role assignment racing its scope). */
const NOT_FOUND_WORDS = ['ParentResourceNotFound', 'ResourceNotFound', 'could not be found', 'was not found'];
/** Their refusals' words. */
const REFUSAL_WORDS = ['401', '403', 'Unauthorized', 'Forbidden', 'PermissionDenied', 'Access denied'];
/**
 * An Identity SDK credential failing on the line that names the service: the app's own sign-in to that service, which
 * the generic words of a credential chain would otherwise read as the registry's.
 */
const CREDENTIAL_WORDS = ['DefaultAzureCredential', 'ManagedIdentityCredential'];

export default defineCause({
  id: 'other-azure-service-refused',
  family: 'other',
  scope: 'not-acr',
  prevalence: 'occasional',
  title: {
    en: 'Another Azure service or resource refused the request, not the registry',
    ru: 'Запрос отклонила другая служба или другой ресурс Azure, а не реестр',
  },
  explanation: {
    en:
      "The refusal names the service that answered it, and that service is not a container registry: Key Vault's " +
      'client, address or "does not have … permission on key vault", Container Apps unable to read a Key ' +
      'Vault-referenced secret with its identity ("Unable to get value using Managed identity … for secret"), or ' +
      'Azure Storage (its Windows-Azure-Blob server, AuthorizationPermissionMismatch); or Resource Manager refusing to ' +
      'link another resource (LinkedAuthorizationFailed: joining a Container Apps environment or a subnet), refusing ' +
      'an action of another service (Microsoft.Web/sites/write, Microsoft.KeyVault/vaults/read), or answering with a ' +
      'code of its own about another resource (a quota, a name already taken, a SKU, a resource of another service ' +
      'that does not exist yet) where nothing is about a registry. Nothing ' +
      "in the paste is about a registry, so its 403 says nothing about the registry's firewall or roles: the fix lies " +
      "in that service's own access policy, role or network rules.",
    ru:
      'В отказе названа служба, которая его дала, и это не реестр контейнеров: клиент или адрес Key Vault или «does not ' +
      'have … permission on key vault», Container Apps, не сумевшие прочитать секрет из Key Vault своим удостоверением ' +
      '(«Unable to get value using Managed identity … for secret»), либо Azure Storage (сервер Windows-Azure-Blob, ' +
      'AuthorizationPermissionMismatch), либо Resource Manager, отказавший связать другой ресурс ' +
      '(LinkedAuthorizationFailed: присоединение к среде Container Apps или к подсети), отказавший в действии другой ' +
      'службы (Microsoft.Web/sites/write, Microsoft.KeyVault/vaults/read) или ответивший собственным кодом о другом ' +
      'ресурсе (квота, уже занятое имя, SKU, ещё не созданный ресурс другой службы), когда ничего в тексте не ' +
      'касается реестра. ' +
      'В тексте нет ничего о реестре, поэтому его 403 ничего не говорит о брандмауэре или ролях реестра: исправлять ' +
      'нужно политику доступа, роль или сетевые правила самой этой службы.',
  },
  ask: {
    en: 'Which service printed this: is a container registry involved at all?',
    ru: 'Какая служба это вывела: реестр контейнеров здесь вообще участвует?',
  },
  rules: [
    // The answering service, by its own name: Key Vault's clients, its refusal, its address with a refusal (a vault
    // merely mentioned is chat, not an error).
    anchor(['keyvault.BaseClient'], 5),
    anchor(['KeyVaultErrorException'], 5),
    // Key Vault's own refusal codes: its network rules (a private endpoint only), its RBAC, its access policies.
    anchor(['ForbiddenByConnection'], 6),
    anchor(['ForbiddenByRbac'], 6),
    anchor(['ForbiddenByPolicy'], 6),
    anchor(['ForbiddenByFirewall'], 6),
    anchor(['permission on key vault'], 5),
    anchor(['vault.azure.net', '403'], 4),
    anchor(['vault.azure.net', 'Forbidden'], 4),
    // Container Apps reading a Key Vault-referenced secret with the app's identity: the vault refused or was out of
    // reach; the image pull has its own words ("unable to pull image using Managed identity").
    anchor(['Unable to get value using Managed identity'], 6),
    anchor(['unable to fetch secret', 'using Managed identity'], 6),
    // Azure Storage's server header and its own refusal codes.
    anchor(['Windows-Azure-Blob'], 5),
    anchor(['Windows-Azure-File'], 5),
    anchor(['Windows-Azure-Queue'], 5),
    anchor(['AuthorizationPermissionMismatch'], 5),
    // Storage's refusal by its network rules or of a SAS (AuthorizationFailure), and its user-delegation key (a role
    // the identity lacks on the storage account).
    anchor(['AuthorizationFailure'], 5),
    anchor(['getUserDelegationKey'], 6),
    // Key Vault refusing to turn purge protection off (it cannot be undone), and Azure Machine Learning / AI Foundry
    // refusing a client outside the networks its workspace allows: their settings, not the registry's.
    anchor(['enablePurgeProtection'], 6),
    anchor(['purge protection', 'vault'], 5),
    anchor(['restricted resource from an unauthorized network location'], 6),
    // A database refusing the app's sign-in: PostgreSQL (libpq, and the drivers that have no password to send), SQL
    // Server, MySQL. The app's connection string or the database's user, never the registry's.
    anchor(['password authentication failed for user'], 7),
    anchor(['No password has been provided but the backend requires one'], 7),
    anchor(['Login failed for user'], 6),
    anchor(["Access denied for user '"], 6),
    // MySQL's refusal of an operation the user has no privilege for ("you need (at least one of) the PROCESS privilege").
    anchor(['Access denied; you need', 'privilege'], 6),
    // Resource Manager refusing to link another resource to the one deployed (joining a Container Apps environment
    // or a subnet): the caller's rights on that resource, not the registry's.
    anchor(['LinkedAuthorizationFailed'], 6),
    // Resource Manager's refusal of actions that all belong to another service (a web app's, a vault's, a storage
    // account's): the caller lacks a role on that resource (signals/arm-actions).
    anchor('arm-action:elsewhere', 7),
    // A refusal that names the Azure service it came from on the same line: that service's role or key.
    ...OTHER_SERVICES.flatMap((service) => REFUSAL_WORDS.map((word) => anchor([service, word], 5))),
    ...OTHER_SERVICES.flatMap((service) => CREDENTIAL_WORDS.map((word) => anchor([service, word], 8))),
    // Another service's resource that does not exist, by its type in the resource id on the failing line.
    ...OTHER_RESOURCE_TYPES.flatMap((type) => NOT_FOUND_WORDS.map((word) => anchor([type, word], 6))),
    // Nothing in the paste is about a registry and Resource Manager named what it refused with a code of its own (a
    // quota, a name taken, a SKU): weak, so that any cause that knows the code speaks first.
    anchor('arm-error:no-registry', 3),
    context('http:403', 1),
    // Any sign of a registry makes the registry a party after all (ACR Transfer keeps its SAS token in Key Vault,
    // layers come from blob storage, a customer-managed key lives in Key Vault).
    against('host:acr', 8),
    against('acr-named', 8),
    against('op:pull', 4),
    against('op:push', 4),
    against('op:login', 4),
    against('scope:catalog', 4),
    against('tool:kubelet', 4),
    against(['imagePullSecret'], 4),
  ],
  fix: [
    {
      text: {
        en: 'Find the service in the error (its host or client name) and check its access there, not on the registry.',
        ru: 'Найдите службу в ошибке (её узел или имя клиента) и проверяйте доступ там, а не в реестре.',
      },
    },
    {
      text: {
        en: "Key Vault: the caller needs an access policy or a Key Vault data role, and the vault's firewall must let it in.",
        ru: 'Key Vault: вызывающему нужна политика доступа или роль данных Key Vault, и брандмауэр хранилища должен его пропускать.',
      },
      command:
        'az keyvault show -n <vault> --query "{rbac:properties.enableRbacAuthorization, rules:properties.networkAcls}"',
    },
    {
      text: {
        en: 'Storage: AuthorizationPermissionMismatch is a missing Storage Blob Data role; AuthorizationFailure is its network rules.',
        ru: 'Storage: AuthorizationPermissionMismatch — нет роли Storage Blob Data; AuthorizationFailure — сетевые правила.',
      },
      command:
        'az storage account show -n <storage-account> --query "{public:publicNetworkAccess, rules:networkRuleSet}"',
    },
  ],
  docs: [
    {
      title: { en: 'Key Vault REST error codes (401, 403)', ru: 'Коды ошибок REST Key Vault (401, 403)' },
      url: 'https://learn.microsoft.com/azure/key-vault/general/rest-error-codes',
    },
  ],
  checks: [],
});
