import { defineCause } from '../../define';
import { AUTH_TROUBLESHOOTING } from '../../docs';
import { against, anchor, context } from '../../rules';

export default defineCause({
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
    // az acr repository/manifest without a name and password signs in with Entra (signals/entra-sign-in.ts).
    against('entra-sign-in', 5),
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
});
