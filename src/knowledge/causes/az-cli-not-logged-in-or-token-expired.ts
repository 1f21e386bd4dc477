import { against, anchor, context } from '../rules';
import { AUTH_OPTIONS, AUTH_TROUBLESHOOTING, ENTRA_ERROR_CODES } from '../docs';
import type { Cause } from '../types';

export const causes: readonly Cause[] = [
  {
    id: 'az-cli-not-logged-in',
    family: 'az-cli-not-logged-in-or-token-expired',
    scope: 'acr-access',
    prevalence: 'common',
    title: {
      en: 'The Azure CLI is not signed in (for this user)',
      ru: 'В Azure CLI не выполнен вход (для этого пользователя)',
    },
    explanation: {
      en:
        '`az acr login` needs an Azure CLI sign-in to obtain an Entra token, and this CLI profile has none, so ' +
        'every step prints "Please run \'az login\' to setup account." and the CLI finally asks for a username. ' +
        'A frequent variant is running `sudo az acr login`: root has its own, empty ~/.azure profile even though ' +
        'your own user is signed in. Tools that borrow the CLI login (Terraform, SDK credentials, Azure PowerShell ' +
        'with "Run Connect-AzAccount to login.") fail the same way.',
      ru:
        '`az acr login` получает токен Entra через вход Azure CLI, а в этом профиле CLI входа нет, поэтому каждый ' +
        "шаг печатает «Please run 'az login' to setup account.», и в конце CLI запрашивает имя пользователя. " +
        'Частый вариант — запуск `sudo az acr login`: у root свой, пустой профиль ~/.azure, даже если ваш ' +
        'пользователь вошёл в систему. Инструменты, использующие вход CLI (Terraform, учётные данные SDK, Azure ' +
        'PowerShell с «Run Connect-AzAccount to login.»), падают так же.',
    },
    ask: {
      en: 'Was the command run with sudo, in a new container or agent, or by a user that never ran `az login`?',
      ru: 'Команда запускалась через sudo, в новом контейнере или агенте, или от пользователя, который ни разу не выполнял `az login`?',
    },
    rules: [
      anchor(/run '?az login'? to set ?up (?:an )?account/i, 10),
      anchor(['Run Connect-AzAccount to login'], 8),
      anchor(['Please run', 'az login'], 3),
      context(['sudo az'], 4),
      context('tool:az', 1),
      context('tool:terraform', 1),
      context('tool:powershell', 1),
      context(['Username:'], 1),
      against('aadsts:700082', 4),
      against('aadsts:50173', 4),
    ],
    fix: [
      {
        text: {
          en: 'Sign in with the Azure CLI as the same user that runs the registry command.',
          ru: 'Выполните вход в Azure CLI под тем же пользователем, который запускает команду для реестра.',
        },
        command: 'az login',
      },
      {
        text: {
          en: 'Do not prefix az with sudo; if Docker needs root, add your user to the docker group instead (then open a new session).',
          ru: 'Не запускайте az через sudo; если Docker требует root, добавьте своего пользователя в группу docker (и откройте новый сеанс).',
        },
        command: 'sudo usermod -aG docker $USER',
      },
      {
        text: {
          en: 'Then log in to the registry.',
          ru: 'Затем выполните вход в реестр.',
        },
        command: 'az acr login -n {registry}',
      },
      {
        text: {
          en: 'In automation, sign in non-interactively first: a managed identity, a service principal, or the azure/login task of your pipeline.',
          ru: 'В автоматизации сначала выполните неинтерактивный вход: управляемым удостоверением, субъектом-службой или задачей azure/login в конвейере.',
        },
        command: 'az login --identity',
      },
    ],
    docs: [AUTH_OPTIONS, AUTH_TROUBLESHOOTING],
    checks: [],
  },

  {
    id: 'az-cli-session-stale',
    family: 'az-cli-not-logged-in-or-token-expired',
    scope: 'acr-access',
    prevalence: 'common',
    title: {
      en: 'The Azure CLI sign-in has expired or was revoked',
      ru: 'Вход в Azure CLI истёк или был отозван',
    },
    explanation: {
      en:
        'The CLI holds a cached Entra refresh token, and Entra no longer accepts it: it was unused for too long ' +
        '(AADSTS700082), the password was changed or sessions were revoked (AADSTS50173, AADSTS50133), or a ' +
        'sign-in frequency policy demands a fresh sign-in (AADSTS70043). The CLI cannot get a new token, so ' +
        '`az acr login` fails before it ever talks to the registry and tells you to run `az login` again.',
      ru:
        'CLI хранит в кэше токен обновления Entra, а Entra его больше не принимает: он слишком долго не ' +
        'использовался (AADSTS700082), пароль был изменён или сеансы отозваны (AADSTS50173, AADSTS50133), либо ' +
        'политика частоты входа требует войти заново (AADSTS70043). CLI не может получить новый токен, поэтому ' +
        '`az acr login` падает, даже не обратившись к реестру, и предлагает снова выполнить `az login`.',
    },
    ask: {
      en: 'Has it been days or weeks since you last ran `az login` on this machine, or did you change your password recently?',
      ru: 'С последнего `az login` на этой машине прошли дни или недели, или вы недавно меняли пароль?',
    },
    rules: [
      anchor('aadsts:700082', 10),
      anchor('aadsts:50173', 10),
      anchor('aadsts:70043', 8),
      anchor('aadsts:50133', 8),
      anchor(['refresh token has expired'], 8),
      anchor(['does not exist in MSAL token cache'], 8),
      anchor(['Your Azure credentials have not been set up or have expired'], 8),
      anchor(['Interactive authentication is needed'], 6),
      anchor(['To re-authenticate, please run'], 6),
      anchor(['Run the command below to authenticate interactively'], 3),
      anchor(["try running 'az login' again to refresh permissions"], 1),
      context('tool:az', 1),
      context(['az logout'], 1),
      against('token-status:403', 4),
      against('token-status:429', 4),
      against('aadsts:53003', 4),
    ],
    fix: [
      {
        text: {
          en: 'Sign in again; use the tenant of the registry if you have several.',
          ru: 'Войдите заново; если клиентов (tenant) несколько, укажите клиент реестра.',
        },
        command: 'az login --tenant {tenant}',
      },
      {
        text: {
          en: 'If the cached account is broken, clear the CLI cache first and then sign in.',
          ru: 'Если кэшированная учётная запись повреждена, сначала очистите кэш CLI, затем войдите.',
        },
        command: 'az account clear && az login',
      },
      {
        text: {
          en: 'Confirm the CLI can get a token again, then log in to the registry.',
          ru: 'Убедитесь, что CLI снова получает токен, затем выполните вход в реестр.',
        },
        command: 'az account get-access-token --query expiresOn -o tsv && az acr login -n {registry}',
      },
    ],
    docs: [
      ENTRA_ERROR_CODES,
      {
        title: { en: 'CONNECTIVITY_REFRESH_TOKEN_ERROR', ru: 'CONNECTIVITY_REFRESH_TOKEN_ERROR' },
        url: 'https://learn.microsoft.com/azure/container-registry/container-registry-health-error-reference#connectivity_refresh_token_error',
      },
      {
        title: {
          en: 'Azure CLI issue: refresh token expired',
          ru: 'Issue в репозитории Azure CLI: истёкший токен обновления',
        },
        url: 'https://github.com/Azure/azure-cli/issues/17714',
      },
    ],
    checks: [],
  },

  {
    id: 'conditional-access-blocked',
    family: 'az-cli-not-logged-in-or-token-expired',
    scope: 'acr-access',
    prevalence: 'occasional',
    title: {
      en: 'Conditional Access or an MFA requirement blocked the sign-in',
      ru: 'Вход заблокирован условным доступом или требованием MFA',
    },
    explanation: {
      en:
        'Microsoft Entra refused to issue a token because a Conditional Access policy was not satisfied: MFA is ' +
        'required (AADSTS50076, AADSTS50079), the device is not compliant or managed (AADSTS53000, AADSTS530003), ' +
        'or the policy simply blocks this sign-in (AADSTS53003). Non-interactive sign-ins, remote shells and ' +
        'build agents hit this most. ACR never sees a request; the failure is entirely on the Entra side.',
      ru:
        'Microsoft Entra отказался выдать токен, потому что не выполнено условие политики условного доступа: ' +
        'требуется MFA (AADSTS50076, AADSTS50079), устройство не соответствует требованиям или не управляется ' +
        '(AADSTS53000, AADSTS530003), либо политика просто блокирует такой вход (AADSTS53003). Чаще всего это ' +
        'случается при неинтерактивном входе, в удалённых сеансах и на агентах сборки. До ACR запрос не доходит: ' +
        'сбой полностью на стороне Entra.',
    },
    ask: {
      en: 'Are you signing in from a device, location or session type (SSH, build agent, device code) that your Conditional Access policies treat differently?',
      ru: 'Вы входите с устройства, из расположения или типа сеанса (SSH, агент сборки, код устройства), которые политики условного доступа обрабатывают иначе?',
    },
    rules: [
      anchor('aadsts:53003', 10),
      anchor('aadsts:53000', 10),
      anchor('aadsts:53001', 8),
      anchor('aadsts:530003', 8),
      anchor('aadsts:50076', 8),
      anchor('aadsts:50079', 8),
      anchor('aadsts:530032', 6),
      anchor('aadsts:50158', 6),
      anchor('aadsts:50005', 6),
      anchor('aadsts:50097', 6),
      anchor('aadsts:50078', 4),
      anchor(['blocked by Conditional Access'], 8),
      anchor(['must use multi-factor authentication'], 8),
      anchor(['must enroll in multi-factor authentication'], 8),
      anchor(['Device is not in required device state'], 8),
      anchor(['Conditional Access'], 3),
      anchor(['interaction_required'], 2),
      context('tool:az', 1),
      context(['--use-device-code'], 2),
      context(['claims'], 1),
    ],
    fix: [
      {
        text: {
          en: 'Look up the failed sign-in in the Entra sign-in logs (by the correlation ID in the error) to see which policy and which condition blocked it.',
          ru: 'Найдите неудачный вход в журналах входа Entra (по Correlation ID из ошибки) и посмотрите, какая политика и какое условие его заблокировали.',
        },
      },
      {
        text: {
          en: 'Sign in interactively from a compliant device so you can satisfy MFA or device requirements.',
          ru: 'Выполните интерактивный вход с соответствующего требованиям устройства, чтобы пройти MFA или проверку устройства.',
        },
        command: 'az logout && az login --tenant {tenant}',
      },
      {
        text: {
          en: 'For automation, use a managed identity or a workload identity that the policy is designed to allow instead of a user account.',
          ru: 'Для автоматизации используйте вместо учётной записи пользователя управляемое удостоверение или удостоверение рабочей нагрузки, которые политика разрешает.',
        },
      },
      {
        text: {
          en: 'If the registry itself is governed by Conditional Access, sign in for the ACR audience.',
          ru: 'Если условный доступ настроен для самого реестра, входите с аудиторией ACR.',
        },
        command:
          'az login --scope https://containerregistry.azure.net/.default && az acr login -n {registry}',
      },
    ],
    docs: [
      ENTRA_ERROR_CODES,
      {
        title: { en: 'Conditional Access for ACR', ru: 'Условный доступ для ACR' },
        url: 'https://learn.microsoft.com/azure/container-registry/container-registry-configure-conditional-access',
      },
    ],
    checks: [],
  },
];
