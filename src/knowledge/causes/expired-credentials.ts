import { against, anchor, context } from '../rules';
import { AKS_PULL_TROUBLESHOOTING, AUTH_OPTIONS, AUTH_TROUBLESHOOTING, ENTRA_ERROR_CODES } from '../docs';
import type { Cause } from '../types';

export const causes: readonly Cause[] = [
  {
    id: 'entra-acr-token-expired-3h',
    family: 'expired-credentials',
    scope: 'acr-access',
    prevalence: 'common',
    title: {
      en: 'The registry token from `az acr login` has expired (it lasts about three hours)',
      ru: 'Истёк токен реестра, полученный через `az acr login` (он живёт около трёх часов)',
    },
    explanation: {
      en:
        '`az acr login` (and `Connect-AzContainerRegistry`) does not store your Entra identity in Docker: it stores an ' +
        'ACR refresh token that is valid for about three hours. Once it lapses, Docker keeps sending it and every ' +
        'pull or push fails with "unauthorized: authentication required", although the same commands worked ' +
        'earlier. Long CI jobs that log in at the start and push at the end, and shells left open over a break, ' +
        'are the usual victims.',
      ru:
        '`az acr login` (как и `Connect-AzContainerRegistry`) не сохраняет в Docker ваше удостоверение Entra: он ' +
        'сохраняет токен обновления ACR, который действует около трёх часов. Когда срок истекает, Docker продолжает ' +
        'его отправлять, и каждый pull или push падает с «unauthorized: authentication required», хотя те же ' +
        'команды раньше работали. Обычно страдают долгие задания CI, которые входят в начале, а отправляют образ в ' +
        'конце, и терминалы, оставленные открытыми на перерыв.',
    },
    ask: {
      en: 'Did the same push or pull work earlier, and was `az acr login` run more than about three hours ago?',
      ru: 'Тот же push или pull раньше работал, а `az acr login` выполнялся больше трёх часов назад?',
    },
    rules: [
      anchor('http:401', 1),
      anchor(['unauthorized', 'authentication required'], 2),
      anchor(['Stored credentials invalid or expired'], 4),
      context('succeeded:login', 3),
      context('succeeded:push', 3),
      context('succeeded:pull', 3),
      context(['az acr login'], 2),
      context(['Connect-AzContainerRegistry'], 2),
      context('op:push', 1),
      context('tool:github-actions', 1),
      context('tool:azure-devops', 1),
      against('anonymous-attempt', 4),
      against('http:403', 3),
      against('host:no-acr', 4),
    ],
    fix: [
      {
        text: {
          en: 'Log in to the registry again right before the Docker command.',
          ru: 'Снова войдите в реестр непосредственно перед командой Docker.',
        },
        command: 'az acr login -n {registry}',
      },
      {
        text: {
          en: 'In long pipelines, repeat the login step just before the push instead of relying on the one at the start.',
          ru: 'В долгих конвейерах повторяйте вход прямо перед push, а не полагайтесь на вход в начале задания.',
        },
      },
      {
        text: {
          en: 'For unattended clients that cannot refresh the token, use a credential that does not expire after hours: a managed identity with a credential helper, a service principal, or a repository-scoped token.',
          ru: 'Для автономных клиентов, которые не умеют обновлять токен, используйте учётные данные, не истекающие через несколько часов: управляемое удостоверение с credential helper, субъект-службу или токен с областью репозитория.',
        },
      },
    ],
    docs: [AUTH_OPTIONS, AUTH_TROUBLESHOOTING],
    checks: ['login-failures'],
  },

  {
    id: 'sp-client-secret-expired',
    family: 'expired-credentials',
    scope: 'acr-access',
    prevalence: 'common',
    title: {
      en: 'The service principal client secret has expired',
      ru: 'Истёк срок действия секрета клиента субъекта-службы',
    },
    explanation: {
      en:
        'Every secret of the service principal is past its end date, so Microsoft Entra no longer issues tokens ' +
        'for it (AADSTS7000222). Pipelines, AKS clusters that run with a service principal, and pull secrets built ' +
        'from it all break on the same day, typically a year or two after setup, while nothing changed on the ' +
        'registry. Where the secret goes straight to the registry as a password, kubelet and Docker only see ' +
        '401 Unauthorized or "Invalid clientid or client secret".',
      ru:
        'У всех секретов субъекта-службы закончился срок действия, и Microsoft Entra больше не выдаёт для него ' +
        'токены (AADSTS7000222). Конвейеры, кластеры AKS, работающие с субъектом-службой, и созданные из него ' +
        'секреты извлечения ломаются в один день — обычно через год-два после настройки, хотя в реестре ничего не ' +
        'менялось. Там, где секрет передаётся реестру напрямую как пароль, kubelet и Docker видят только ' +
        '401 Unauthorized или «Invalid clientid or client secret».',
    },
    ask: {
      en: 'Did it work for a long time (for example about a year) and then stop without any change on your side?',
      ru: 'Всё долго работало (например, около года), а потом перестало без каких-либо изменений с вашей стороны?',
    },
    rules: [
      anchor('aadsts:7000222', 10),
      anchor(['client secret keys for app', 'are expired'], 10),
      anchor(['Invalid clientid or client secret'], 4),
      anchor(['failed to fetch oauth token', '401'], 2),
      anchor('aadsts:7000215', 3),
      context('tool:aks-check-acr', 4),
      context(['adal: Refresh request failed'], 3),
      context(['servicePrincipalProfile'], 3),
      context(['update-credentials'], 3),
      context('tool:azure-devops', 1),
      context('tool:github-actions', 1),
      against('anonymous-attempt', 3),
      against('http:403', 3),
    ],
    fix: [
      {
        text: {
          en: 'Check the end dates of the application secrets.',
          ru: 'Проверьте даты окончания секретов приложения.',
        },
        command:
          'az ad app credential list --id {appId} --query "[].{hint:hint, expires:endDateTime}" -o table',
      },
      {
        text: {
          en: 'Add a new secret without removing the others and keep the printed password.',
          ru: 'Добавьте новый секрет, не удаляя остальные, и сохраните выведенный пароль.',
        },
        command: 'az ad app credential reset --id {appId} --append --display-name acr-access --years 1',
      },
      {
        text: {
          en: 'For an AKS cluster that runs with this service principal, hand the new secret to the cluster.',
          ru: 'Если кластер AKS работает с этим субъектом-службой, передайте новый секрет кластеру.',
        },
        command:
          'az aks update-credentials -g {resourceGroup} -n {cluster} --reset-service-principal ' +
          '--service-principal {appId} --client-secret "$NEW_SECRET"',
      },
      {
        text: {
          en: 'Update pipeline service connections, Kubernetes pull secrets and platform settings that hold the old secret, and note the new expiry date (or switch to a managed identity or OIDC federation).',
          ru: 'Обновите подключения к службам в конвейерах, секреты извлечения Kubernetes и настройки платформ, где хранится старый секрет, и запишите новую дату окончания (или перейдите на управляемое удостоверение либо федерацию OIDC).',
        },
      },
    ],
    docs: [ENTRA_ERROR_CODES, AKS_PULL_TROUBLESHOOTING, AUTH_TROUBLESHOOTING],
    checks: ['secret-expiry', 'login-failures'],
  },

  {
    id: 'repo-token-disabled-or-expired',
    family: 'expired-credentials',
    scope: 'acr-access',
    prevalence: 'occasional',
    title: {
      en: 'The repository-scoped token is disabled or its password has expired',
      ru: 'Токен с областью репозитория отключён или срок действия его пароля истёк',
    },
    explanation: {
      en:
        'Non-Entra repository tokens (`az acr token`) log in with the token name as username and one of its two ' +
        'passwords. When the token is set to disabled, or the password was created with an expiry date that has ' +
        'passed, the registry treats the login like any wrong password and answers "unauthorized: authentication ' +
        'required"; it gives no hint that the token itself is the problem.',
      ru:
        'Токены репозиториев без Entra (`az acr token`) входят с именем токена в качестве имени пользователя и ' +
        'одним из двух его паролей. Если токен переведён в состояние disabled или пароль был создан со сроком ' +
        'действия, который уже прошёл, реестр обрабатывает вход как обычный неверный пароль и отвечает ' +
        '«unauthorized: authentication required», ничем не намекая, что дело в самом токене.',
    },
    ask: {
      en: 'Do you log in with a repository-scoped token (a token name as username) rather than an Entra identity or the admin user?',
      ru: 'Вы входите с токеном области репозитория (имя токена как имя пользователя), а не с удостоверением Entra или пользователем-администратором?',
    },
    rules: [
      anchor(['unauthorized', 'authentication required'], 1),
      anchor(['failed to fetch oauth token', '401'], 1),
      anchor(['az acr token', 'disabled'], 5),
      context(['az acr token'], 4),
      context(['scopeMapId'], 3),
      context(['"status": "disabled"'], 2),
      context(['credentials.passwords'], 2),
      context(['"expiry"'], 1),
      context(['scope-map'], 2),
      context(['--expiration'], 2),
      context('op:login', 1),
      against('anonymous-attempt', 4),
      against('http:403', 3),
      against('host:no-acr', 4),
    ],
    fix: [
      {
        text: {
          en: 'Look at the token: its status and the expiry of each password.',
          ru: 'Посмотрите на токен: его состояние и срок действия каждого пароля.',
        },
        command:
          'az acr token show -n <token-name> -r {registry} --query "{status:status, passwords:credentials.passwords[].{name:name, expiry:expiry}}"',
      },
      {
        text: {
          en: 'If it is disabled, enable it again.',
          ru: 'Если он отключён, включите его снова.',
        },
        command: 'az acr token update -n <token-name> -r {registry} --status enabled',
      },
      {
        text: {
          en: 'If the password expired, generate a new one with a fresh expiry and update the clients that use it.',
          ru: 'Если пароль истёк, сгенерируйте новый с новым сроком действия и обновите клиентов, которые его используют.',
        },
        command:
          'az acr token credential generate -n <token-name> -r {registry} --password1 --expiration-in-days 90',
      },
    ],
    docs: [
      {
        title: { en: 'Repository-scoped tokens', ru: 'Токены с областью репозитория' },
        url: 'https://learn.microsoft.com/azure/container-registry/container-registry-token-based-repository-permissions',
      },
      AUTH_TROUBLESHOOTING,
    ],
    checks: ['login-failures'],
  },
];
