import { defineCause } from '../../define';
import { AUTH_OPTIONS, AUTH_TROUBLESHOOTING } from '../../docs';
import { against, anchor, context } from '../../rules';

export default defineCause({
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
    anchor(/\/v2\/["']?: unauthorized/i, 3),
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
});
