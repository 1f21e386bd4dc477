import { defineCause } from '../../define';
import { ABAC_REPOSITORY_PERMISSIONS } from '../../docs';
import { acrAnchor, against, anchor, context } from '../../rules';

export default defineCause({
  id: 'abac-missing-catalog-lister',
  family: 'abac-repository-permissions-mode',
  scope: 'acr-access',
  prevalence: 'occasional',
  title: {
    en: 'Listing repositories fails: the Catalog Lister role is missing',
    ru: 'Не удаётся получить список репозиториев: нет роли Catalog Lister',
  },
  explanation: {
    en:
      'In ABAC mode the Repository Reader, Writer and Contributor roles cover content inside repositories but not the ' +
      'registry catalog. Listing repositories (`az acr repository list`, /v2/_catalog, /acr/v1/_catalog, `oras repo ls`) ' +
      'asks for the registry:catalog:* scope, which needs Container Registry Repository Catalog Lister. Without it the ' +
      'access-token step is refused, so the CLI prints CONNECTIVITY_ACCESS_TOKEN_ERROR or "authentication required", ' +
      'while pulls of known images still work.',
    ru:
      'В режиме ABAC роли Repository Reader, Writer и Contributor покрывают содержимое репозиториев, но не каталог реестра. ' +
      'Перечисление репозиториев (`az acr repository list`, /v2/_catalog, /acr/v1/_catalog, `oras repo ls`) запрашивает ' +
      'область registry:catalog:*, для которой нужна роль Container Registry Repository Catalog Lister. Без неё шаг получения ' +
      'токена доступа отклоняется, и CLI выводит CONNECTIVITY_ACCESS_TOKEN_ERROR или «authentication required», хотя ' +
      'извлечение известных образов работает.',
  },
  ask: {
    en: 'Do pulls work while listing repositories fails?',
    ru: 'Извлечение образов работает, а перечисление репозиториев — нет?',
  },
  rules: [
    context('scope:catalog', 1),
    // az prints no scope: the listing command refused is the same catalog scope refused, this role's whole job.
    anchor('listing-refused', 1),
    anchor(['Name:catalog', 'Type:registry'], 4),
    anchor(['registry:catalog:*'], 2),
    anchor('code:CONNECTIVITY_ACCESS_TOKEN_ERROR', 4),
    anchor(['registry:catalog:*'], 3),
    anchor(['/v2/_catalog'], 3),
    acrAnchor(['/acr/v1/_catalog'], 3),
    acrAnchor(['Catalog Lister'], 5),
    context('op:list', 2),
    context(['repo ls'], 2),
    context(['AbacRepositoryPermissions'], 4),
    context('succeeded:pull', 2),
    against(['LegacyRegistryPermissions'], 7),
    against('token-status:403', 5),
    against(['client with IP'], 6),
    against('op:push', 3),
  ],
  fix: [
    {
      text: {
        en: 'Confirm the registry is in ABAC mode.',
        ru: 'Убедитесь, что реестр работает в режиме ABAC.',
      },
      command: 'az acr show -n {registry} --query roleAssignmentMode -o tsv',
    },
    {
      text: {
        en: 'Assign Container Registry Repository Catalog Lister to the identity (it takes no conditions and lists every repository).',
        ru: 'Назначьте удостоверению Container Registry Repository Catalog Lister (эта роль не поддерживает условия и показывает все репозитории).',
      },
      command:
        'az role assignment create --assignee-object-id {principalId} --assignee-principal-type ServicePrincipal --role "Container Registry Repository Catalog Lister" --scope $(az acr show -n {registry} --query id -o tsv)',
    },
    {
      text: {
        en: 'If the identity must not see other repository names, skip listing and address repositories by name instead.',
        ru: 'Если удостоверение не должно видеть имена других репозиториев, не перечисляйте их, а обращайтесь к репозиториям по имени.',
      },
      command: 'az acr repository show-tags -n {registry} --repository {repository} -o table',
    },
  ],
  docs: [
    ABAC_REPOSITORY_PERMISSIONS,
    {
      title: { en: 'CONNECTIVITY_ACCESS_TOKEN_ERROR', ru: 'CONNECTIVITY_ACCESS_TOKEN_ERROR' },
      url: 'https://learn.microsoft.com/azure/container-registry/container-registry-health-error-reference#connectivity_access_token_error',
    },
  ],
  checks: ['role-assignment-mode', 'identity-roles', 'your-permissions'],
});
