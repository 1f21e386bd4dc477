import { defineCause } from '../../define';
import { AUTH_TROUBLESHOOTING, ENTRA_ERROR_CODES } from '../../docs';
import { anchor, context } from '../../rules';

export default defineCause({
  id: 'federated-token-expired',
  family: 'expired-credentials',
  scope: 'acr-access',
  prevalence: 'occasional',
  title: {
    en: 'The federated (OIDC) token presented to Entra had expired',
    ru: 'Истёк срок действия федеративного токена (OIDC), предъявленного Entra',
  },
  explanation: {
    en:
      'With workload identity federation the job or pod trades a short-lived token from its own issuer (GitHub ' +
      'Actions, Azure Pipelines, the Kubernetes service account) for an Entra token. Microsoft Entra refuses an ' +
      'assertion outside its validity window with AADSTS700024: the token was requested long before the step ' +
      'that used it (a long build before the push), a cached token was reused, or the machine clock is off. The ' +
      'federation itself is configured correctly: it worked when the token was fresh.',
    ru:
      'При федерации удостоверений рабочей нагрузки задание или под обменивает короткоживущий токен своего ' +
      'издателя (GitHub Actions, Azure Pipelines, учётная запись службы Kubernetes) на токен Entra. Microsoft ' +
      'Entra отклоняет assertion вне срока действия с кодом AADSTS700024: токен получили задолго до шага, который ' +
      'его использовал (долгая сборка перед push), повторно использовали кешированный токен, или часы машины ' +
      'сбиты. Сама федерация настроена правильно: со свежим токеном всё работало.',
  },
  ask: {
    en: 'Did the failing step run long after the Azure sign-in of the job (or on a machine whose clock may be wrong)?',
    ru: 'Падающий шаг выполнялся спустя долгое время после входа в Azure в этом задании (или на машине с неверными часами)?',
  },
  rules: [
    // Entra's own wording for AADSTS700024; its code is the stable part, the sentence has stayed the same for years.
    anchor('aadsts:700024', 10),
    anchor(['Client assertion is not within its valid time range'], 10),
    context(['federated'], 2),
    context(['assertion'], 1),
    context('tool:github-actions', 2),
    context('tool:azure-devops', 2),
    context(['azure.workload.identity'], 2),
  ],
  fix: [
    {
      text: {
        en: 'Sign in to Azure again right before the registry step, so the federated token is fresh when it is exchanged.',
        ru: 'Выполните вход в Azure повторно непосредственно перед шагом работы с реестром, чтобы федеративный токен был свежим в момент обмена.',
      },
      command:
        'az login --service-principal -u {appId} --tenant {tenant} --federated-token "$(cat $TOKEN_FILE)"',
    },
    {
      text: {
        en: 'Then get the registry token and use it at once (it lasts three hours).',
        ru: 'Затем получите токен реестра и сразу используйте его (он действует три часа).',
      },
      command: 'az acr login -n {registry}',
    },
    {
      text: {
        en: 'On a self-hosted runner or node, check that the clock is synchronised (NTP): a skew of minutes puts every assertion out of range.',
        ru: 'На собственном агенте или узле проверьте синхронизацию часов (NTP): расхождение в несколько минут делает любой assertion недействительным.',
      },
      command: 'timedatectl status',
    },
  ],
  docs: [ENTRA_ERROR_CODES, AUTH_TROUBLESHOOTING],
  checks: ['login-failures'],
});
