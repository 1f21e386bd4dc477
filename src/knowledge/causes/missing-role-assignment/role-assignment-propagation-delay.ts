import { defineCause } from '../../define';
import { ACR_FAQ, AUTH_TROUBLESHOOTING } from '../../docs';
import { against, anchor, context } from '../../rules';

export default defineCause({
  id: 'role-assignment-propagation-delay',
  family: 'missing-role-assignment',
  scope: 'acr-access',
  prevalence: 'occasional',
  title: {
    en: 'The role was just assigned and is not effective yet',
    ru: 'Роль только что назначена и ещё не вступила в силу',
  },
  explanation: {
    en:
      'A fresh role assignment needs time to reach the registry: Entra and the ACR token service can lag for several ' +
      'minutes (up to about ten). Until then the identity is treated as having no role, so the errors look exactly like a ' +
      'missing assignment (401, "authentication required"), and a managed identity signing in from an ACR task may see ' +
      '"no subscriptions were found". A token obtained before the assignment also keeps the old permissions.',
    ru:
      'Новому назначению роли нужно время, чтобы дойти до реестра: Entra и служба токенов ACR могут отставать на несколько ' +
      'минут (примерно до десяти). До этого удостоверение считается не имеющим роли, поэтому ошибки выглядят так же, как ' +
      'при отсутствии назначения (401, «authentication required»), а управляемое удостоверение в задаче ACR может получить ' +
      '«no subscriptions were found». Токен, полученный до назначения, тоже сохраняет прежние права.',
  },
  ask: {
    en: 'Was the role assigned (or changed) less than about ten minutes before the failure?',
    ru: 'Роль была назначена (или изменена) менее чем примерно за десять минут до ошибки?',
  },
  rules: [
    anchor(['no subscriptions were found'], 4),
    anchor(['AAD role propagation done'], 4),
    anchor(['The role assignment takes some time'], 4),
    // ARM's PrincipalNotFound for a principal created a moment before its role assignment says so itself: the
    // directory has not replicated it yet (a mistyped or foreign principal ID reads the same; see sp-not-found-in-tenant).
    anchor(['might be related to a replication delay'], 7),
    anchor(['7f951dda-4ed3-4680-a7ca-43fe172d538d'], 3),
    anchor(['8311e382-0749-4cb8-b61a-304f252e45ec'], 3),
    anchor(['az role assignment create'], 2),
    anchor(['If access was recently granted, please refresh your credentials'], 1),
    context('token-status:401', 2),
    context(['authentication required'], 1),
    context('tool:acr-tasks', 2),
    against('token-status:403', 6),
    against(['client with IP'], 6),
    against('host:no-acr', 6),
    against(['Role assignment failed with error message'], 5),
    against(['does not have authorization to perform action', 'roleAssignments/write'], 5),
  ],
  fix: [
    {
      text: {
        en: 'Confirm the assignment exists and note when it was created.',
        ru: 'Убедитесь, что назначение существует, и посмотрите, когда оно создано.',
      },
      command:
        'az role assignment list --assignee {principalId} --scope $(az acr show -n {registry} --query id -o tsv) --query "[].{role:roleDefinitionName, created:createdOn}" -o table',
    },
    {
      text: {
        en: 'Drop the cached credentials, wait a couple of minutes and sign in again.',
        ru: 'Сбросьте сохранённые учётные данные, подождите пару минут и войдите снова.',
      },
      command: 'docker logout {loginServer} && az acr login -n {registry}',
    },
    {
      text: {
        en: 'In automation, retry the step with a delay instead of failing on the first 401 after creating the assignment.',
        ru: 'В автоматизации повторяйте шаг с задержкой, а не завершайтесь на первом 401 сразу после создания назначения.',
      },
    },
  ],
  docs: [ACR_FAQ, AUTH_TROUBLESHOOTING],
  checks: ['identity-roles', 'login-failures'],
});
