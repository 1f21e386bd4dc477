import { against, anchor, context } from '../rules';
import {
  AKS_PULL_TROUBLESHOOTING,
  AUTHENTICATION_ERRORS,
  AUTH_OPTIONS,
  AUTH_TROUBLESHOOTING,
  ENTRA_ERROR_CODES,
} from '../docs';
import type { Cause } from '../types';

export const causes: readonly Cause[] = [
  {
    id: 'wrong-username-or-password',
    family: 'invalid-credentials',
    scope: 'acr-access',
    prevalence: 'common',
    title: {
      en: 'Wrong username or password for the registry',
      ru: 'Неверное имя пользователя или пароль для реестра',
    },
    explanation: {
      en:
        'The client sent a username and password, and the registry rejected the pair. Typical reasons: the admin ' +
        'password was regenerated, a service principal secret ID was pasted instead of the secret value, an ' +
        'Entra user e-mail was used as the username, or a repository token password is no longer the current one. ' +
        'Because the check fails on the very first request, `docker login` stops at `GET /v2/` with ' +
        '"unauthorized: authentication required" and `az acr login` answers "Login failed."',
      ru:
        'Клиент передал имя пользователя и пароль, и реестр отверг эту пару. Обычные причины: пароль администратора ' +
        'был перегенерирован, вместо значения секрета субъекта-службы скопирован его идентификатор, в качестве ' +
        'имени пользователя указан адрес электронной почты пользователя Entra, или пароль токена репозитория уже ' +
        'не актуален. Проверка падает на первом же запросе, поэтому `docker login` останавливается на `GET /v2/` ' +
        'с «unauthorized: authentication required», а `az acr login` сообщает «Login failed.»',
    },
    ask: {
      en: 'Did you pass a username and password explicitly (docker login -u …, a pipeline service connection, a pull secret)?',
      ru: 'Вы явно передавали имя пользователя и пароль (docker login -u …, подключение к службе в конвейере, секрет извлечения)?',
    },
    rules: [
      anchor(/\/v2\/"?: unauthorized/i, 5),
      anchor(['unauthorized', 'authentication required'], 2),
      anchor(['login attempt to', '/v2/', 'failed with status: 401'], 3),
      anchor(['Invalid clientid or client secret'], 4),
      anchor(['invalid username/password'], 5),
      anchor('aadsts:50126', 6),
      anchor(['Login failed.'], 1),
      context('op:login', 3),
      context(['docker login', '--username'], 2),
      context(['docker login', ' -u '], 2),
      context(['az acr login', '--username'], 3),
      context(['--password-stdin'], 1),
      against('succeeded:login', 4),
      against('anonymous-attempt', 4),
      against('http:403', 3),
      against('host:no-acr', 4),
      against('admin-fallback', 2),
      against(['--expose-token'], 4),
      against(['"adminUserEnabled": false'], 4),
      against(['Application not registered with AAD'], 6),
      against('aadsts:700016', 4),
    ],
    fix: [
      {
        text: {
          en: 'Check which kind of credential you used. For the admin user, compare with the current admin passwords.',
          ru: 'Определите, какие учётные данные вы использовали. Для пользователя-администратора сверьтесь с текущими паролями.',
        },
        command: 'az acr credential show -n {registry} --query "{user:username, passwords:passwords[].name}"',
      },
      {
        text: {
          en: 'For a service principal the username is the application (client) ID and the password is the secret value, not the secret ID. List its secrets to see which ones still exist.',
          ru: 'Для субъекта-службы имя пользователя — это идентификатор приложения (client ID), а пароль — значение секрета, а не его идентификатор. Посмотрите, какие секреты у него ещё есть.',
        },
        command:
          'az ad app credential list --id {appId} --query "[].{hint:hint, expires:endDateTime}" -o table',
      },
      {
        text: {
          en: 'For an Entra user, do not pass an e-mail and password: sign in with the Azure CLI and let it log Docker in.',
          ru: 'Для пользователя Entra не передавайте почту и пароль: войдите через Azure CLI, и он сам выполнит вход Docker.',
        },
        command: 'az login && az acr login -n {registry}',
      },
      {
        text: {
          en: 'Log in again with the corrected credential, reading the password from stdin.',
          ru: 'Повторите вход с исправленными учётными данными, передав пароль через stdin.',
        },
        command: 'docker login {loginServer} --username {appId} --password-stdin',
      },
      {
        text: {
          en: 'For a repository-scoped token, generate a new password (it is shown only once) and update every place that stores it.',
          ru: 'Для токена с областью репозитория сгенерируйте новый пароль (он показывается один раз) и обновите его везде, где он хранится.',
        },
        command: 'az acr token credential generate -n <token-name> -r {registry} --password1',
      },
    ],
    docs: [AUTH_TROUBLESHOOTING, AUTHENTICATION_ERRORS, AUTH_OPTIONS],
    checks: ['admin-user', 'secret-expiry', 'login-failures'],
  },

  {
    id: 'expose-token-wrong-username',
    family: 'invalid-credentials',
    scope: 'acr-access',
    prevalence: 'occasional',
    title: {
      en: 'A token from `az acr login --expose-token` was used with the wrong username or as a bearer token',
      ru: 'Токен из `az acr login --expose-token` использован с неверным именем пользователя или как bearer-токен',
    },
    explanation: {
      en:
        'The value printed by `az acr login --expose-token` is an ACR refresh token, even though the field is called ' +
        '`accessToken`. Registries accept it only as a password together with the username ' +
        '00000000-0000-0000-0000-000000000000, or after exchanging it at `/oauth2/token` for a real access token. ' +
        'Sent with your own user name, a registry name or straight to the `/v2/` API as a bearer token, it is ' +
        'refused with "unauthorized: authentication required".',
      ru:
        'Значение, которое печатает `az acr login --expose-token`, — это токен обновления ACR, хотя поле и ' +
        'называется `accessToken`. Реестр принимает его только как пароль вместе с именем пользователя ' +
        '00000000-0000-0000-0000-000000000000 или после обмена на настоящий токен доступа через `/oauth2/token`. ' +
        'Если передать его со своим именем пользователя, с именем реестра или напрямую в API `/v2/` как ' +
        'bearer-токен, реестр ответит «unauthorized: authentication required».',
    },
    ask: {
      en: 'Did you get the password from `az acr login --expose-token` and log in with a username other than 00000000-0000-0000-0000-000000000000?',
      ru: 'Вы получили пароль через `az acr login --expose-token` и входили с именем пользователя, отличным от 00000000-0000-0000-0000-000000000000?',
    },
    rules: [
      anchor(['ACR Refresh Token', 'not an ACR Access Token'], 5),
      anchor(/\/v2\/"?: unauthorized/i, 3),
      anchor(['unauthorized', 'authentication required'], 1),
      anchor(['Authorization: Bearer', 'azurecr.io'], 2),
      context(['--expose-token'], 5),
      context(['accessToken'], 2),
      context('tool:curl', 2),
      context('tool:helm', 1),
      context('tool:oras', 1),
      against('anonymous-attempt', 4),
      against('succeeded:login', 3),
      against('http:403', 3),
      against('host:no-acr', 4),
    ],
    fix: [
      {
        text: {
          en: 'Get the token and log in with the fixed all-zero username; the token is valid for about three hours.',
          ru: 'Получите токен и войдите с фиксированным нулевым именем пользователя; токен действует около трёх часов.',
        },
        command:
          'TOKEN=$(az acr login -n {registry} --expose-token --output tsv --query accessToken) && ' +
          'docker login {loginServer} --username 00000000-0000-0000-0000-000000000000 --password-stdin <<< "$TOKEN"',
      },
      {
        text: {
          en: 'Helm and ORAS take the same pair: username 00000000-0000-0000-0000-000000000000, password the exposed token.',
          ru: 'Helm и ORAS принимают ту же пару: имя пользователя 00000000-0000-0000-0000-000000000000, пароль — полученный токен.',
        },
        command:
          'helm registry login {loginServer} --username 00000000-0000-0000-0000-000000000000 --password-stdin <<< "$TOKEN"',
      },
      {
        text: {
          en: 'For direct REST calls, first exchange the refresh token for an access token scoped to the repository, then send that as the bearer token.',
          ru: 'Для прямых вызовов REST сначала обменяйте токен обновления на токен доступа с областью нужного репозитория и уже его передавайте как bearer-токен.',
        },
        command:
          'curl -s -X POST https://{loginServer}/oauth2/token -d grant_type=refresh_token -d service={loginServer} ' +
          '-d "scope=repository:{repository}:pull" --data-urlencode "refresh_token=$TOKEN"',
      },
    ],
    docs: [
      AUTH_OPTIONS,
      {
        title: { en: 'ACR OAuth token exchange', ru: 'Обмен токенов OAuth в ACR' },
        url: 'https://github.com/Azure/acr/blob/main/docs/AAD-OAuth.md',
      },
      AUTH_TROUBLESHOOTING,
    ],
    checks: ['login-failures'],
  },

  {
    id: 'sp-invalid-client-secret',
    family: 'invalid-credentials',
    scope: 'acr-access',
    prevalence: 'common',
    title: {
      en: 'The service principal secret is wrong',
      ru: 'Неверный секрет субъекта-службы',
    },
    explanation: {
      en:
        'Microsoft Entra refused the client secret of a service principal, so no token was issued and the registry ' +
        'was never asked. The most frequent mistake is copying the secret ID instead of the secret value; others ' +
        'are a secret that was reset elsewhere, a truncated or quoted value in a pipeline variable, or an empty ' +
        'variable. Entra reports AADSTS7000215 (or AADSTS7000216 when nothing was sent), and ACR itself answers ' +
        'Docker with "Invalid clientid or client secret".',
      ru:
        'Microsoft Entra отклонил секрет клиента субъекта-службы, поэтому токен не выдан, и до реестра запрос даже ' +
        'не дошёл. Чаще всего вместо значения секрета копируют его идентификатор; кроме того, секрет могли сбросить ' +
        'в другом месте, значение в переменной конвейера могло обрезаться или попасть в кавычках, либо переменная ' +
        'оказалась пустой. Entra возвращает AADSTS7000215 (или AADSTS7000216, если секрет не передан вовсе), а сам ' +
        'ACR отвечает Docker «Invalid clientid or client secret».',
    },
    ask: {
      en: 'Was the secret recently reset, or could the value in your pipeline or secret store be the secret ID rather than the secret value?',
      ru: 'Секрет недавно сбрасывали, или в конвейере либо хранилище секретов может лежать идентификатор секрета вместо его значения?',
    },
    rules: [
      anchor('aadsts:7000215', 10),
      anchor(['Invalid client secret', 'provided'], 8),
      anchor(['client secret value, not the client secret ID'], 8),
      anchor('aadsts:7000216', 6),
      anchor('aadsts:700027', 5),
      anchor(['Invalid clientid or client secret'], 6),
      anchor(['invalid_client'], 3),
      context(['--service-principal'], 2),
      context('tool:github-actions', 1),
      context('tool:azure-devops', 1),
      context('tool:terraform', 1),
      against('aadsts:7000222', 6),
      against('tool:aks-check-acr', 2),
    ],
    fix: [
      {
        text: {
          en: 'List the secrets of the application: the hint shows the first characters of each value and the end date shows whether it still exists.',
          ru: 'Посмотрите секреты приложения: hint показывает первые символы каждого значения, а дата окончания — действует ли он ещё.',
        },
        command:
          'az ad app credential list --id {appId} --query "[].{hint:hint, expires:endDateTime}" -o table',
      },
      {
        text: {
          en: 'If you do not have the value any more, add a new secret (keeping the old ones) and copy the password it prints.',
          ru: 'Если значения у вас больше нет, добавьте новый секрет (не удаляя старые) и скопируйте выведенный пароль.',
        },
        command: 'az ad app credential reset --id {appId} --append --display-name acr-access --years 1',
      },
      {
        text: {
          en: 'Update every consumer: the pipeline service connection or secret, the Kubernetes pull secret, the platform setting; then sign in again to confirm.',
          ru: 'Обновите секрет у всех потребителей: подключение к службе или секрет конвейера, секрет извлечения Kubernetes, настройку платформы; затем снова войдите для проверки.',
        },
        command: 'az login --service-principal -u {appId} -p "$NEW_SECRET" --tenant {tenant}',
      },
      {
        text: {
          en: 'Better still, move the pipeline to workload identity federation (OIDC) or a managed identity, which have no secret to get wrong.',
          ru: 'А лучше переведите конвейер на федерацию удостоверений рабочей нагрузки (OIDC) или управляемое удостоверение — там нет секрета, который можно перепутать.',
        },
      },
    ],
    docs: [ENTRA_ERROR_CODES, AUTH_TROUBLESHOOTING],
    checks: ['secret-expiry', 'login-failures'],
  },

  {
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
      anchor('aadsts:70021', 10),
      anchor('aadsts:700211', 10),
      anchor('aadsts:700212', 10),
      anchor('aadsts:700213', 10),
      anchor(['No matching federated identity record found'], 10),
      anchor('aadsts:700024', 5),
      anchor(['Client assertion is not within its valid time range'], 5),
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
  },

  {
    id: 'image-pull-secret-stale',
    family: 'invalid-credentials',
    scope: 'acr-access',
    prevalence: 'common',
    title: {
      en: 'The Kubernetes image pull secret holds wrong or outdated credentials',
      ru: 'В секрете извлечения образов Kubernetes неверные или устаревшие учётные данные',
    },
    explanation: {
      en:
        'The pod references an imagePullSecret, so kubelet sent its username and password to the registry, and the ' +
        'registry rejected them. The secret was usually built from an admin password that was since regenerated, ' +
        'a service principal secret that was reset or expired, or a token that was valid only for hours. containerd ' +
        'reports this as "failed to fetch oauth token: unexpected status: 401 Unauthorized": the "oauth" (not ' +
        '"anonymous") part shows that credentials were sent.',
      ru:
        'Под ссылается на imagePullSecret, поэтому kubelet передал реестру имя пользователя и пароль, и реестр их ' +
        'отверг. Обычно секрет был создан из пароля администратора, который потом перегенерировали, из секрета ' +
        'субъекта-службы, который сбросили или у которого истёк срок, или из токена, живущего всего несколько часов. ' +
        'containerd сообщает об этом как «failed to fetch oauth token: unexpected status: 401 Unauthorized»: слово ' +
        '«oauth» (а не «anonymous») показывает, что учётные данные были отправлены.',
    },
    ask: {
      en: 'Does the pod (or its service account) use an imagePullSecret whose password was created some time ago?',
      ru: 'Под (или его учётная запись службы) использует imagePullSecret, пароль в котором был создан довольно давно?',
    },
    rules: [
      anchor(['failed to fetch oauth token', '401'], 5),
      anchor(['unauthorized', 'authentication required'], 1),
      anchor(['Invalid clientid or client secret'], 3),
      context('tool:kubelet', 2),
      context('tool:containerd', 2),
      context(['imagePullSecrets'], 3),
      context(['docker-registry'], 2),
      context(['dockerconfigjson'], 2),
      against('anonymous-attempt', 6),
      against(['servicePrincipalProfile'], 3),
      against('http:403', 3),
      against('host:no-acr', 4),
    ],
    fix: [
      {
        text: {
          en: 'Decode the secret the pod uses and see which username it carries (admin user, service principal app ID or token name).',
          ru: 'Раскодируйте секрет, который использует под, и посмотрите, какое имя пользователя в нём (администратор, идентификатор приложения субъекта-службы или имя токена).',
        },
        command:
          'kubectl get secret <secret-name> -n <namespace> -o jsonpath="{.data.\\.dockerconfigjson}" | base64 -d',
      },
      {
        text: {
          en: 'If it is a service principal, check whether its secrets are still valid.',
          ru: 'Если это субъект-служба, проверьте, действуют ли ещё его секреты.',
        },
        command:
          'az ad app credential list --id {appId} --query "[].{hint:hint, expires:endDateTime}" -o table',
      },
      {
        text: {
          en: 'Recreate the secret with a current credential in the same namespace as the pod, then restart the pod.',
          ru: 'Пересоздайте секрет с актуальными учётными данными в том же пространстве имён, что и под, затем перезапустите под.',
        },
        command:
          'kubectl create secret docker-registry <secret-name> -n <namespace> --docker-server={loginServer} ' +
          '--docker-username={appId} --docker-password="$SECRET" --dry-run=client -o yaml | kubectl apply -f -',
      },
      {
        text: {
          en: 'On AKS, drop the secret altogether and let the kubelet identity pull: attach the registry to the cluster.',
          ru: 'В AKS лучше вовсе отказаться от секрета и дать извлекать образы удостоверению kubelet: подключите реестр к кластеру.',
        },
        command: 'az aks update -g {resourceGroup} -n {cluster} --attach-acr {registry}',
      },
    ],
    docs: [AKS_PULL_TROUBLESHOOTING, AUTH_TROUBLESHOOTING],
    checks: ['secret-expiry', 'admin-user', 'login-failures'],
  },

  {
    id: 'arm-audience-token-rejected',
    family: 'invalid-credentials',
    scope: 'acr-access',
    prevalence: 'rare',
    title: {
      en: 'The registry accepts only ACR-audience Entra tokens, and an ARM-audience token was presented',
      ru: 'Реестр принимает только токены Entra с аудиторией ACR, а был предъявлен токен с аудиторией ARM',
    },
    explanation: {
      en:
        'When the registry policy "authentication as ARM" is disabled (azureADAuthenticationAsArmPolicy), the ' +
        'token exchange accepts only Entra tokens issued for https://containerregistry.azure.net. A plain ' +
        '`az login` produces tokens for Azure Resource Manager, so `az acr login` fails with ' +
        'CONNECTIVITY_REFRESH_TOKEN_ERROR and response code 401 even though the identity has the right role; ' +
        'services that sign in with ARM-scoped tokens fail the same way.',
      ru:
        'Если в реестре отключена политика «authentication as ARM» (azureADAuthenticationAsArmPolicy), обмен ' +
        'токенов принимает только токены Entra, выданные для https://containerregistry.azure.net. Обычный ' +
        '`az login` выдаёт токены для Azure Resource Manager, поэтому `az acr login` завершается ' +
        'CONNECTIVITY_REFRESH_TOKEN_ERROR с кодом ответа 401, хотя нужная роль у удостоверения есть; службы, ' +
        'которые входят с токенами ARM, падают так же.',
    },
    ask: {
      en: 'Has someone (or an Azure Policy) disabled "authentication as ARM" on this registry?',
      ru: 'Кто-то (или Azure Policy) отключил в этом реестре «authentication as ARM»?',
    },
    rules: [
      anchor(['authentication-as-arm'], 6),
      anchor(['azureADAuthenticationAsArmPolicy'], 6),
      anchor(['ARM audience'], 6),
      anchor('token-status:401', 2),
      context(['"status": "disabled"'], 3),
      context(['containerregistry.azure.net'], 2),
      context('tool:app-service', 1),
      against('token-status:403', 4),
      against('anonymous-attempt', 3),
    ],
    fix: [
      {
        text: {
          en: 'Check the policy on the registry.',
          ru: 'Проверьте политику в реестре.',
        },
        command: 'az acr config authentication-as-arm show -r {registry}',
      },
      {
        text: {
          en: 'Sign in for the ACR audience, then log in to the registry again.',
          ru: 'Войдите с аудиторией ACR и снова выполните вход в реестр.',
        },
        command:
          'az login --scope https://containerregistry.azure.net/.default && az acr login -n {registry}',
      },
      {
        text: {
          en: 'If ARM-audience tokens must keep working (older tools, some platform pulls), re-enable the policy, unless an Azure Policy requires it off.',
          ru: 'Если токены с аудиторией ARM должны работать (старые инструменты, извлечение некоторыми платформами), снова включите политику, если только её отключение не требует Azure Policy.',
        },
        command: 'az acr config authentication-as-arm update -r {registry} --status enabled',
      },
    ],
    docs: [
      {
        title: { en: 'Disable authentication as ARM', ru: 'Отключение проверки подлинности как ARM' },
        url: 'https://learn.microsoft.com/azure/container-registry/container-registry-disable-authentication-as-arm',
      },
      {
        title: { en: 'Conditional Access for ACR', ru: 'Условный доступ для ACR' },
        url: 'https://learn.microsoft.com/azure/container-registry/container-registry-configure-conditional-access',
      },
    ],
    checks: ['auth-as-arm', 'login-failures'],
  },
];
