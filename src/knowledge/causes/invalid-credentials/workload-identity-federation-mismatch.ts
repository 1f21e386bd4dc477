import { defineCause } from '../../define';
import { ENTRA_ERROR_CODES } from '../../docs';
import { against, anchor, context } from '../../rules';

export default defineCause({
  id: 'workload-identity-federation-mismatch',
  family: 'invalid-credentials',
  scope: 'acr-access',
  prevalence: 'occasional',
  title: {
    en: 'The federated identity credential does not match the workload token (OIDC / workload identity)',
    ru: 'Федеративные учётные данные не соответствуют токену рабочей нагрузки (OIDC / workload identity)',
  },
  explanation: {
    en:
      'With workload identity federation, Entra trusts a token from an external issuer (GitHub Actions, Azure ' +
      'DevOps, an AKS cluster) only if its issuer, subject and audience match a federated credential on the app ' +
      'or managed identity exactly. A different branch, environment, service connection name, namespace or ' +
      'service account changes the subject, and Entra answers AADSTS70021 or AADSTS700211–700213 ' +
      '"No matching federated identity record found". The registry is never reached.',
    ru:
      'При федерации удостоверений рабочей нагрузки Entra доверяет токену внешнего издателя (GitHub Actions, ' +
      'Azure DevOps, кластер AKS), только если его issuer, subject и audience в точности совпадают с федеративными ' +
      'учётными данными приложения или управляемого удостоверения. Другая ветка, среда, имя подключения к службе, ' +
      'пространство имён или учётная запись службы меняют subject, и Entra отвечает AADSTS70021 или ' +
      'AADSTS700211–700213 «No matching federated identity record found». До реестра дело не доходит.',
  },
  ask: {
    en: 'Does the job run from a branch, environment, service connection or Kubernetes service account other than the one the federated credential was created for?',
    ru: 'Задание запускается из другой ветки, среды, подключения к службе или учётной записи службы Kubernetes, чем та, для которой создавались федеративные учётные данные?',
  },
  rules: [
    anchor(["requested identity isn't assigned"], 6),
    anchor(['Identity not found'], 5),
    anchor(['requested identity has not been assigned to this resource'], 6),
    anchor('aadsts:70021', 10),
    anchor('aadsts:700211', 10),
    anchor('aadsts:700212', 10),
    anchor('aadsts:700213', 10),
    // The app or identity has no federated credential at all (the subject was never added): Entra's AADSTS70025.
    anchor('aadsts:70025', 10),
    anchor(['has no configured federated identity credentials'], 8),
    anchor(['No matching federated identity record found'], 10),
    // Octopus Deploy's ACR feed with OIDC (Calamari): Entra refused its client assertion with 400 and the body is not
    // printed; a subject or audience that no federated credential of the app matches is the usual reason.
    anchor(['Failed to verify OIDC credentials', '400'], 5),
    // AADSTS700024 (the assertion is outside its time range) is a fresh token's problem, not the federation's.
    against('aadsts:700024', 4),
    context(['federated'], 2),
    context(['subject'], 1),
    context('tool:github-actions', 2),
    context('tool:azure-devops', 2),
    context(['azure.workload.identity'], 3),
  ],
  fix: [
    {
      text: {
        en: 'Read the presented subject from the error (for example repo:org/repo:ref:refs/heads/main, sc://org/project/connection or system:serviceaccount:ns:name) and compare it with the federated credentials.',
        ru: 'Возьмите из сообщения об ошибке предъявленный subject (например, repo:org/repo:ref:refs/heads/main, sc://org/project/connection или system:serviceaccount:ns:name) и сравните его с федеративными учётными данными.',
      },
      command:
        'az ad app federated-credential list --id {appId} --query "[].{name:name, issuer:issuer, subject:subject}" -o table',
    },
    {
      text: {
        en: 'For a user-assigned managed identity, list its federated credentials instead.',
        ru: 'Для управляемого удостоверения, назначаемого пользователем, смотрите его федеративные учётные данные.',
      },
      command:
        'az identity federated-credential list --identity-name <identity-name> -g {resourceGroup} -o table',
    },
    {
      text: {
        en: 'Add a federated credential with exactly the issuer and subject from the error; matching is case-sensitive and the audience is usually api://AzureADTokenExchange.',
        ru: 'Добавьте федеративные учётные данные ровно с тем issuer и subject, что указаны в ошибке; сравнение чувствительно к регистру, audience обычно api://AzureADTokenExchange.',
      },
      command:
        'az ad app federated-credential create --id {appId} --parameters ' +
        '\'{"name": "ci", "issuer": "<issuer>", "subject": "<subject>", "audiences": ["api://AzureADTokenExchange"]}\'',
    },
    {
      text: {
        en: 'If the error says the assertion is outside its valid time range, the job used a stale OIDC token: request the Azure login right before the registry step.',
        ru: 'Если ошибка говорит, что assertion вне допустимого интервала времени, задание использовало устаревший токен OIDC: выполняйте вход в Azure непосредственно перед шагом работы с реестром.',
      },
    },
  ],
  docs: [
    {
      title: {
        en: 'Troubleshoot workload identity service connections',
        ru: 'Устранение неполадок подключений с workload identity',
      },
      url: 'https://learn.microsoft.com/azure/devops/pipelines/release/troubleshoot-workload-identity',
    },
    ENTRA_ERROR_CODES,
  ],
  checks: [],
});
