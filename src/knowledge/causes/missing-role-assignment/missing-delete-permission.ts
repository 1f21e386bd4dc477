import { defineCause } from '../../define';
import { ACR_BUILT_IN_ROLES, AUTH_TROUBLESHOOTING } from '../../docs';
import { against, anchor, context } from '../../rules';

/**
 * Deleting needs its own right: AcrPull and AcrPush do not include it. Cleanup tools (acr purge in a scheduled ACR
 * task, scripts that delete tags or manifests) sign in fine, list fine and are refused only at the delete itself.
 */
export default defineCause({
  id: 'missing-delete-permission',
  family: 'missing-role-assignment',
  scope: 'acr-access',
  prevalence: 'occasional',
  title: {
    en: 'The identity can read the registry but is not allowed to delete',
    ru: 'Удостоверение может читать реестр, но не может удалять',
  },
  explanation: {
    en:
      'The sign-in and the listing worked, so the credential is valid; the registry refused only the deletion of a tag ' +
      'or manifest. Deleting is a separate right: AcrPull and AcrPush do not include it, AcrDelete (or Contributor/Owner) ' +
      'does, and in ABAC mode it takes Container Registry Repository Contributor. ACR answers 401 and names the refused ' +
      'action ("Action":"delete") in the detail of its error.',
    ru:
      'Вход и получение списков прошли, значит учётные данные действительны; реестр отказал только в удалении тега или ' +
      'манифеста. Удаление — отдельное право: AcrPull и AcrPush его не включают, AcrDelete (или Contributor/Owner) ' +
      'включает, а в режиме ABAC нужна роль Container Registry Repository Contributor. ACR отвечает 401 и называет ' +
      'отклонённое действие ("Action":"delete") в подробностях ошибки.',
  },
  ask: {
    en: 'Does the identity that deletes (for example the one running acr purge) hold only AcrPull or AcrPush?',
    ru: 'У удостоверения, которое удаляет (например, того, что запускает acr purge), есть только AcrPull или AcrPush?',
  },
  rules: [
    // ACR's 401 names the access it refused: a delete on a repository (tag or manifest).
    anchor(/["']Action["']\s*:\s*["']delete["']/i, 5),
    // acr-cli (acr purge) reports the failed call by its client method and status (go-autorest DetailedError).
    anchor(['DeleteAcrTag', 'StatusCode=401'], 5),
    anchor(['DeleteManifest', 'StatusCode=401'], 5),
    // acr purge's own summary of a 401 while purging a repository; on an ABAC registry a condition that leaves the
    // repository out reads the same (abac-condition-excludes-repository takes it there).
    anchor(['insufficient permissions to purge'], 4),
    context('op:delete', 2),
    context(['acr purge'], 2),
    against('host:no-acr', 6),
    against(['client with IP'], 6),
    against(['operation is disallowed'], 6),
    against(['operation not allowed, HTTP status: 405'], 6),
  ],
  fix: [
    {
      text: {
        en: 'Check which roles the deleting identity has on the registry.',
        ru: 'Проверьте, какие роли есть на реестр у удостоверения, которое удаляет.',
      },
      command:
        'az role assignment list --assignee {principalId} --scope $(az acr show -n {registry} --query id -o tsv) --include-inherited -o table',
    },
    {
      text: {
        en: 'Grant AcrDelete at registry scope (keep AcrPull or AcrPush for reading and pushing).',
        ru: 'Назначьте роль AcrDelete на уровне реестра (AcrPull или AcrPush оставьте для чтения и отправки).',
      },
      command:
        'az role assignment create --assignee-object-id {principalId} --assignee-principal-type ServicePrincipal --role AcrDelete --scope $(az acr show -n {registry} --query id -o tsv)',
    },
    {
      text: {
        en: 'In ABAC mode grant Container Registry Repository Contributor instead, optionally limited to the repositories you clean up.',
        ru: 'В режиме ABAC вместо этого назначьте Container Registry Repository Contributor, при необходимости с условием на очищаемые репозитории.',
      },
      command: 'az acr show -n {registry} --query roleAssignmentMode -o tsv',
    },
  ],
  docs: [ACR_BUILT_IN_ROLES, AUTH_TROUBLESHOOTING],
  checks: ['role-assignment-mode', 'login-failures'],
});
