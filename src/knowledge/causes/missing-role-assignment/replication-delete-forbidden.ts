import { defineCause } from '../../define';
import { ACR_FAQ } from '../../docs';
import { against, anchor, context } from '../../rules';

export default defineCause({
  id: 'replication-delete-forbidden',
  family: 'missing-role-assignment',
  scope: 'acr-access',
  prevalence: 'rare',
  title: {
    en: 'Deleting a replication reports Forbidden (no Reader on the subscription)',
    ru: 'Удаление репликации завершается ошибкой Forbidden (нет роли Reader на подписку)',
  },
  explanation: {
    en:
      'Deleting a geo-replication also touches resources at subscription level. A user whose rights stop at the registry ' +
      '(for example Container Registry Contributor and Data Access Configuration Administrator) sees the operation reported ' +
      'as Forbidden in the portal or PowerShell, sometimes even though the replication is actually removed. Reader on the ' +
      'subscription is the missing piece.',
    ru:
      'Удаление георепликации затрагивает и ресурсы уровня подписки. Пользователь, чьи права ограничены реестром ' +
      '(например, Container Registry Contributor and Data Access Configuration Administrator), видит в портале или PowerShell ' +
      'ошибку Forbidden, иногда даже если репликация фактически удалена. Не хватает роли Reader на подписку.',
  },
  ask: {
    en: 'Does the user have rights on the registry but no Reader role on its subscription?',
    ru: 'У пользователя есть права на реестр, но нет роли Reader на его подписку?',
  },
  rules: [
    anchor(['replication', 'Forbidden'], 5),
    context(['az acr replication'], 3),
    context(['Remove-AzContainerRegistryReplication'], 3),
    context('op:delete', 2),
    against('token-status:403', 4),
    against(['client with IP'], 6),
  ],
  fix: [
    {
      text: {
        en: 'Check whether the replication is actually gone before retrying.',
        ru: 'Прежде чем повторять, проверьте, не удалена ли репликация на самом деле.',
      },
      command: 'az acr replication list -r {registry} -o table',
    },
    {
      text: {
        en: 'Give the user Reader on the subscription, then retry the delete.',
        ru: 'Назначьте пользователю роль Reader на подписку и повторите удаление.',
      },
      command:
        'az role assignment create --role Reader --assignee {principalId} --scope /subscriptions/{subscription}',
    },
  ],
  docs: [ACR_FAQ],
  checks: ['your-permissions'],
});
