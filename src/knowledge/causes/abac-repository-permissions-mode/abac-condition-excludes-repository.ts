import { defineCause } from '../../define';
import { ABAC_REPOSITORY_PERMISSIONS, AUTH_TROUBLESHOOTING } from '../../docs';
import { acrAnchor, against, anchor, context } from '../../rules';

export default defineCause({
  id: 'abac-condition-excludes-repository',
  family: 'abac-repository-permissions-mode',
  scope: 'acr-access',
  prevalence: 'occasional',
  title: {
    en: 'The ABAC condition on the role assignment does not match this repository',
    ru: 'Условие ABAC в назначении роли не покрывает этот репозиторий',
  },
  explanation: {
    en:
      'In ABAC mode a Repository Reader/Writer assignment can carry a condition on the repository name ' +
      '(@Request[Microsoft.ContainerRegistry/registries/repositories:name] with StringEqualsIgnoreCase or ' +
      'StringStartsWithIgnoreCase). If the name is misspelled, a prefix lacks its trailing "/", or the condition lists only ' +
      'some of the needed actions (content/read without metadata/read, for example), the identity works for some ' +
      'repositories and gets 401 or "denied" for others.',
    ru:
      'В режиме ABAC назначение Repository Reader/Writer может содержать условие на имя репозитория ' +
      '(@Request[Microsoft.ContainerRegistry/registries/repositories:name] со StringEqualsIgnoreCase или ' +
      'StringStartsWithIgnoreCase). Если имя написано с ошибкой, у префикса нет завершающего «/» или в условии перечислены ' +
      'не все нужные действия (например, content/read без metadata/read), удостоверение работает с одними репозиториями и ' +
      'получает 401 или «denied» для других.',
  },
  ask: {
    en: 'Does the same identity work for some repositories but fail for this one?',
    ru: 'Это же удостоверение работает с одними репозиториями, но не с этим?',
  },
  rules: [
    anchor(['StringStartsWithIgnoreCase'], 7),
    anchor(['StringEqualsIgnoreCase'], 6),
    anchor(['repositories:name'], 7),
    // acr purge (acr-cli) on an ABAC registry: it asks a token for each batch of repositories and stops at the first one
    // the identity may not touch, listing what it finished; a registry-wide missing delete right reads the same
    // (missing-delete-permission), a partial run points here.
    anchor(['insufficient permissions to purge'], 5),
    context(/Completed repositories \(\d+\)/, 3),
    acrAnchor(['ActionMatches', 'Microsoft.ContainerRegistry/registries/repositories'], 6),
    anchor(['conditionVersion', '2.0'], 3),
    anchor(['requested access to the resource is denied'], 1),
    anchor(['authentication required'], 1),
    context(['AbacRepositoryPermissions'], 3),
    context(['Container Registry Repository'], 2),
    context('succeeded:pull', 2),
    against(['LegacyRegistryPermissions'], 7),
    against('token-status:403', 5),
    against(['client with IP'], 6),
    against('host:no-acr', 6),
  ],
  fix: [
    {
      text: {
        en: "Show the identity's assignments with their conditions and compare the repository name character by character.",
        ru: 'Выведите назначения удостоверения вместе с условиями и сравните имя репозитория посимвольно.',
      },
      command:
        'az role assignment list --assignee {principalId} --scope $(az acr show -n {registry} --query id -o tsv) --query "[].{role:roleDefinitionName, condition:condition}" -o json',
    },
    {
      text: {
        en: 'Write prefixes with a trailing slash (team-a/ rather than team-a) and include both content and metadata actions.',
        ru: 'Указывайте префиксы с завершающей косой чертой (team-a/, а не team-a) и включайте действия и content, и metadata.',
      },
    },
    {
      text: {
        en: "Update the assignment's condition (or create a new assignment) so it covers the failing repository.",
        ru: 'Измените условие назначения (или создайте новое назначение), чтобы оно покрывало репозиторий, к которому нет доступа.',
      },
    },
  ],
  docs: [ABAC_REPOSITORY_PERMISSIONS, AUTH_TROUBLESHOOTING],
  checks: ['role-assignment-mode', 'identity-roles', 'login-failures'],
});
