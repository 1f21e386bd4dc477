import { defineCause } from '../../define';
import { against, anchor } from '../../rules';

/**
 * The Azure CLI itself is missing where a step calls it: GitHub Actions' runner (`@actions/io` which: "Unable to locate
 * executable file: az"), a shell ("az: command not found", dash's "az: not found"), Windows ("'az' is not recognized as
 * an internal or external command", PowerShell's "The term 'az' is not recognized"). Nothing reached Entra ID or a
 * registry: the runner image or container lacks the CLI.
 */
export default defineCause({
  id: 'azure-cli-not-installed',
  family: 'other',
  scope: 'not-acr',
  prevalence: 'occasional',
  title: {
    en: 'The Azure CLI is not installed where the step runs, so nothing reached Azure or the registry',
    ru: 'Azure CLI не установлен там, где выполняется шаг, поэтому обращения к Azure и реестру не было',
  },
  explanation: {
    en:
      'The step called `az` (azure/login, `az acr login`, a script) on a machine or container that does not have the ' +
      'Azure CLI, or not on its PATH: a minimal container image, a self-hosted runner, a runner image that dropped it. ' +
      'Sign-in and registry access were never tried.',
    ru:
      'Шаг вызвал `az` (azure/login, `az acr login`, сценарий) на машине или в контейнере без Azure CLI или без него в ' +
      'PATH: минимальный образ контейнера, собственный агент, образ агента, из которого его убрали. Вход и доступ к ' +
      'реестру даже не начинались.',
  },
  ask: {
    en: 'Does the runner or container that ran this step have the Azure CLI installed (`az version`)?',
    ru: 'Установлен ли Azure CLI на агенте или в контейнере, выполнявшем этот шаг (`az version`)?',
  },
  rules: [
    anchor(/Unable to locate executable file:? '?az'?(?:\W|$)/, 9),
    anchor(/(?:^|[\s:])az: (?:command )?not found\b/, 9),
    anchor(/command not found: az(?:\W|$)/, 9),
    anchor(/'az' is not recognized as an internal or external command/, 9),
    anchor(/The term 'az' is not recognized/, 9),
    // Once the CLI runs, its own errors are what matter.
    against(['ERROR: '], 2),
  ],
  fix: [
    {
      text: {
        en: 'Install the Azure CLI in the runner or image before the step that calls it (Debian and Ubuntu shown).',
        ru: 'Установите Azure CLI на агенте или в образе до шага, который его вызывает (пример для Debian и Ubuntu).',
      },
      command: 'curl -sL https://aka.ms/InstallAzureCLIDeb | sudo bash && az version',
    },
  ],
  docs: [
    {
      title: { en: 'Install the Azure CLI', ru: 'Установка Azure CLI' },
      url: 'https://learn.microsoft.com/cli/azure/install-azure-cli',
    },
  ],
  checks: [],
});
