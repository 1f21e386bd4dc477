import { defineCause } from '../../define';
import { acrAnchor, anchor, context } from '../../rules';

// ACR's artifact cache refuses a cache rule whose source is Docker Hub unless a credential set comes with it
// (ARM error EnforceDockerAuthentication; field6 d012, a Terraform acceptance test creating such a rule). The
// message is ACR's own: no other registry has cache rules or credential sets.
export default defineCause({
  id: 'cache-rule-without-credential-set',
  family: 'credentials-not-configured',
  scope: 'acr-access',
  prevalence: 'occasional',
  title: {
    en: 'The cache rule points to Docker Hub without a credential set',
    ru: 'Правило кэша указывает на Docker Hub без набора учётных данных',
  },
  explanation: {
    en:
      "ACR's artifact cache pulls from the source registry on the first request for an image. For Docker Hub as the " +
      'source, ACR no longer creates a cache rule that would pull anonymously: the rule needs a credential set, a pair ' +
      'of Key Vault secrets (a Docker Hub user name and access token) that the registry reads with the credential ' +
      "set's own managed identity.",
    ru:
      'Кэш артефактов ACR извлекает образ из исходного реестра при первом запросе. Для Docker Hub в качестве источника ' +
      'ACR больше не создаёт правило кэша, которое извлекало бы образы анонимно: правилу нужен набор учётных данных — ' +
      'пара секретов Key Vault (имя пользователя Docker Hub и токен доступа), которые реестр читает собственным ' +
      'управляемым удостоверением набора.',
  },
  ask: {
    en: 'Was the cache rule for Docker Hub created without `--cred-set` (or `credential_set_id` in Terraform)?',
    ru: 'Правило кэша для Docker Hub создавалось без `--cred-set` (или без `credential_set_id` в Terraform)?',
  },
  rules: [
    acrAnchor(['EnforceDockerAuthentication'], 9),
    acrAnchor(['cache rule pointing to Docker Hub without credentials'], 9),
    acrAnchor(['add a credential set to cache rule'], 7),
    anchor(['aka.ms/acr/cache-auth'], 4),
    // A pull through a cache rule whose upstream refused ACR's sign-in: no credential set, or one whose Key Vault
    // secrets are unreadable or stale (Azure/acr#599). Docker Hub also answers 401 for a repository that does not
    // exist, so a wrong source path reads the same (image-or-tag-not-found lists it too).
    acrAnchor(['with source registry for cache rule'], 6),
    acrAnchor(['requested access to pull from source', 'for cache rule'], 4),
    context(['cache rule'], 2),
    context(['az acr cache create'], 2),
    context('tool:terraform', 1),
  ],
  fix: [
    {
      text: {
        en: 'Create a credential set from two Key Vault secrets holding a Docker Hub user name and access token.',
        ru: 'Создайте набор учётных данных из двух секретов Key Vault с именем пользователя и токеном доступа Docker Hub.',
      },
      command:
        'az acr credential-set create -r {registry} -n <credential-set> -l docker.io -u <keyvault-secret-uri-user> -p <keyvault-secret-uri-password>',
    },
    {
      text: {
        en: "Let the credential set's identity read those secrets (Key Vault Secrets User on the vault).",
        ru: 'Разрешите удостоверению набора читать эти секреты (роль Key Vault Secrets User на хранилище).',
      },
      command:
        'az role assignment create --assignee $(az acr credential-set show -r {registry} -n <credential-set> --query identity.principalId -o tsv) --role "Key Vault Secrets User" --scope <keyvault-id>',
    },
    {
      text: {
        en: 'Create the cache rule with the credential set.',
        ru: 'Создайте правило кэша с этим набором учётных данных.',
      },
      command:
        'az acr cache create -r {registry} -n <cache-rule> -s docker.io/library/{repository} -t {repository} -c <credential-set>',
    },
  ],
  docs: [
    {
      title: { en: 'Artifact cache with authentication', ru: 'Кэш артефактов с проверкой подлинности' },
      url: 'https://learn.microsoft.com/azure/container-registry/container-registry-artifact-cache',
    },
  ],
  checks: [],
});
