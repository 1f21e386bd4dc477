import { defineCause } from '../../define';
import { TASKS_AUTHENTICATION } from '../../docs';
import { against, anchor, context } from '../../rules';

// The ACR Tasks runner resolves the `secrets:` of a task file (Key Vault references) with the task's managed
// identity before it renders the steps; a refused or unreachable vault stops the run there (field19 19D001: "unable
// to render task: failed to resolve secrets in the task with error: timeout in fetching secrets").
export default defineCause({
  id: 'task-identity-cannot-read-key-vault',
  family: 'missing-role-assignment',
  scope: 'acr-access',
  prevalence: 'rare',
  title: {
    en: "The ACR task's identity cannot read the Key Vault secrets its task file references",
    ru: 'Удостоверение задачи ACR не может прочитать секреты Key Vault, на которые ссылается файл задачи',
  },
  explanation: {
    en:
      'A task file can take credentials from Azure Key Vault (`secrets:` with `keyvault:` and `identity:`). The runner ' +
      "fetches them with the task's managed identity before the first step; when that identity has no right to read " +
      "the vault's secrets, or the vault's firewall does not let the task's agent in, the run stops with \"failed to " +
      'resolve secrets" (a refusal or a timeout). The registry itself is not involved yet.',
    ru:
      'Файл задачи может брать учётные данные из Azure Key Vault (`secrets:` с `keyvault:` и `identity:`). Исполнитель ' +
      'получает их от имени управляемого удостоверения задачи до первого шага; если у этого удостоверения нет права ' +
      'читать секреты хранилища или брандмауэр хранилища не пускает агент задачи, запуск останавливается с «failed ' +
      'to resolve secrets» (отказ или тайм-аут). Сам реестр пока ни при чём.',
  },
  ask: {
    en: "Does the task's managed identity have Key Vault Secrets User (or a get-secret access policy) on that vault, and does the vault's firewall admit the task?",
    ru: 'Есть ли у управляемого удостоверения задачи роль Key Vault Secrets User (или политика доступа get на секреты) в этом хранилище, и пропускает ли задачу брандмауэр хранилища?',
  },
  rules: [
    anchor(['failed to resolve secrets'], 8),
    context(['unable to render task'], 2),
    context(['keyvault'], 2),
    context('tool:acr-tasks', 2),
    against(['client with IP'], 5),
  ],
  fix: [
    {
      text: {
        en: "Find the task's identity.",
        ru: 'Найдите удостоверение задачи.',
      },
      command: 'az acr task show -n <task> -r {registry} --query identity',
    },
    {
      text: {
        en: 'Let it read the vault’s secrets (Azure RBAC vaults; with access policies, grant get on secrets instead).',
        ru: 'Разрешите ему читать секреты хранилища (хранилища с Azure RBAC; с политиками доступа выдайте get на секреты).',
      },
      command:
        'az role assignment create --assignee <principal-id> --role "Key Vault Secrets User" --scope $(az keyvault show -n <vault> --query id -o tsv)',
    },
    {
      text: {
        en: 'If the vault restricts networks, allow trusted Azure services or run the task on an agent pool inside the allowed network.',
        ru: 'Если хранилище ограничивает сети, разрешите доверенные службы Azure или запускайте задачу в пуле агентов внутри разрешённой сети.',
      },
    },
  ],
  docs: [TASKS_AUTHENTICATION],
  checks: [],
});
