import { defineCause } from '../../define';
import { anchor } from '../../rules';

/**
 * An app's own user sign-in with Entra ID refused for how the app is registered: the redirect URI it sent is not
 * one registered (AADSTS50011), a response type it asked for is not enabled (AADSTS700054, AADSTS700051), a
 * single-page app redeemed a code the wrong way (AADSTS9002326), the redirect URI is not an absolute URL
 * (AADSTS90102), the user is not assigned to the app (AADSTS50105). Only a browser sign-in to a web app asks for
 * these; a registry's sign-ins (az, a service principal, a managed identity, the token exchange) never do.
 */
export default defineCause({
  id: 'app-sign-in-misconfigured',
  family: 'other',
  scope: 'not-acr',
  prevalence: 'occasional',
  title: {
    en: "The app's own user sign-in is misconfigured in its Entra registration (redirect URI, response type): not the registry",
    ru: 'Вход пользователей в само приложение неверно настроен в его регистрации Entra (URI перенаправления, тип ответа): это не реестр',
  },
  explanation: {
    en:
      'Entra ID refused a browser sign-in to the app itself because of how the app is registered: the redirect URI the ' +
      'app sent is not among the registered ones (often an internal host and port behind an ingress, such as ' +
      '0.0.0.0:3000), an ID token or token response type is not enabled, a single-page app redeemed its code as a web ' +
      'app, or the user is not assigned to the app. The image was pulled and the app runs; fix the app registration ' +
      'or the URL the app builds for itself.',
    ru:
      'Entra ID отклонил вход через браузер в само приложение из-за настроек его регистрации: URI перенаправления, ' +
      'присланный приложением, не входит в зарегистрированные (часто внутренний узел и порт за входным шлюзом, ' +
      'например 0.0.0.0:3000), тип ответа с ID-токеном или токеном не включён, одностраничное приложение погасило ' +
      'код как веб-приложение, или пользователь не назначен приложению. Образ скачан, приложение работает; ' +
      'исправьте регистрацию приложения или адрес, который приложение строит для себя.',
  },
  ask: {
    en: 'Did this fail when a user signed in to the app in a browser, rather than when an image was pulled or pushed?',
    ru: 'Это сбой при входе пользователя в приложение через браузер, а не при скачивании или отправке образа?',
  },
  rules: [
    anchor('aadsts:50011', 9),
    anchor('aadsts:700054', 9),
    anchor('aadsts:700051', 9),
    anchor('aadsts:9002326', 9),
    anchor('aadsts:90102', 8),
    anchor('aadsts:50105', 8),
    // An app asking for a token for itself by its own app id (its OAuth flow's scope names the app): a registration's.
    anchor('aadsts:90009', 8),
    // A single-page app's token redeemed outside a browser's cross-origin request: the registration's platform.
    anchor('aadsts:9002327', 9),
  ],
  fix: [
    {
      text: {
        en: "Add the URL the app really uses (its public host, not the container's address) to the registration's redirect URIs, or make the app build it from its public URL.",
        ru: 'Добавьте адрес, который приложение действительно использует (его публичный узел, а не адрес контейнера), в URI перенаправления регистрации или заставьте приложение строить его из публичного URL.',
      },
      command: 'az ad app show --id <app-id> --query "{web:web.redirectUris, spa:spa.redirectUris}"',
    },
    {
      text: {
        en: 'Enable the token types the app asks for (ID tokens for a web sign-in) on the registration.',
        ru: 'Включите в регистрации типы токенов, которые запрашивает приложение (ID-токены для входа в веб-приложение).',
      },
      command: 'az ad app update --id <app-id> --enable-id-token-issuance true',
    },
  ],
  docs: [
    {
      title: {
        en: 'Entra ID authentication and authorization error codes',
        ru: 'Коды ошибок проверки подлинности и авторизации Entra ID',
      },
      url: 'https://learn.microsoft.com/entra/identity-platform/reference-error-codes',
    },
  ],
  checks: [],
});
