import type { CheckStatus, UnknownReason } from '../../checks/types';
import type { CauseStatus } from '../../diagnosis/reconcile';
import type { Text } from '../../knowledge';

/**
 * The words of the live-checks part of a card, and of the sign-in request Teams shows. Filled values are
 * numbers, names Azure or Teams gave (already made plain), or entries of these catalogues.
 */
export const LIVE_CHECK_TEXT = {
  notConfiguredTitle: {
    en: 'Live checks are not configured on this bot',
    ru: 'Проверки в Azure для этого бота не настроены',
  },
  notConfiguredBody: {
    en:
      'Live checks look at the registry in Azure (network rules, roles, admin user, recent sign-in failures) to confirm or rule out a cause, using your own permissions. ' +
      'The administrator of this bot enables them by setting up Teams single sign-on and the Azure settings described in the README, then restarting the bot.',
    ru:
      'Проверки смотрят на реестр в Azure (сетевые правила, роли, пользователь-администратор, недавние сбои входа), чтобы подтвердить или исключить причину, с вашими собственными правами. ' +
      'Администратор бота включает их, настроив единый вход Teams и параметры Azure, описанные в README, и перезапустив бота.',
  },
  missing: { en: 'Settings still missing: {names}', ru: 'Не заданы параметры: {names}' },
  meanwhile: {
    en: 'Meanwhile, the first command under each cause checks the same thing from your machine.',
    ru: 'А пока первая команда под каждой причиной проверяет то же самое с вашего компьютера.',
  },
  reportTitle: { en: 'Live checks for {registry}', ru: 'Проверки в Azure для {registry}' },
  progressTitle: { en: 'Checking {registry} in Azure…', ru: 'Проверяю {registry} в Azure…' },
  progressCount: { en: '{done} of {total} checks done.', ru: 'Готово проверок: {done} из {total}.' },
  pending: {
    en: 'Still checking: {checks}. This card updates itself when they finish.',
    ru: 'Ещё выполняются: {checks}. Карточка обновится сама, когда они завершатся.',
  },
  checkedAsUser: {
    en: 'Checked with the Azure permissions of {name} (Teams sign-in).',
    ru: 'Проверено с правами Azure пользователя {name} (вход через Teams).',
  },
  checkedAsUnnamedUser: {
    en: 'Checked with the Azure permissions of the person who ran them (Teams sign-in).',
    ru: 'Проверено с правами Azure того, кто запустил проверки (вход через Teams).',
  },
  checkedAsDeveloper: {
    en: "Checked with the developer's own Azure sign-in on this machine.",
    ru: 'Проверено с собственной учётной записью Azure разработчика на этом компьютере.',
  },
  checkingAsUser: {
    en: 'Checking with the Azure permissions of {name} (Teams sign-in).',
    ru: 'Проверяю с правами Azure пользователя {name} (вход через Teams).',
  },
  checkingAsUnnamedUser: {
    en: 'Checking with the Azure permissions of the person who started it (Teams sign-in).',
    ru: 'Проверяю с правами Azure того, кто запустил проверки (вход через Teams).',
  },
  checkingAsDeveloper: {
    en: "Checking with the developer's own Azure sign-in on this machine.",
    ru: 'Проверяю с собственной учётной записью Azure разработчика на этом компьютере.',
  },
  confirms: { en: 'Confirms', ru: 'Подтверждает' },
  rulesOut: { en: 'Rules out', ru: 'Исключает' },
  incomplete: {
    en: 'Some checks did not finish in time.',
    ru: 'Некоторые проверки не успели завершиться.',
  },
  fixWithValues: { en: 'Fix, with the values found in Azure', ru: 'Исправление со значениями из Azure' },
  alsoFound: { en: 'Also found by the live checks', ru: 'Проверки нашли также' },
  // Shares the button row with Details, Did it help? and the overflow: short (see runChecks in diagnosis.ts).
  runAgain: { en: 'Check again', ru: 'Повторить' },
  tryAgain: { en: 'Try again', ru: 'Повторить' },
  loginFailures: { en: 'Show recent login failures', ru: 'Показать недавние сбои входа' },
  grantForMe: { en: 'Grant access for me', ru: 'Разрешить доступ для меня' },
  grantForOrganisation: {
    en: 'Grant for the organisation (admin)',
    ru: 'Разрешить для организации (администратор)',
  },
  signInText: {
    en: 'Sign in so that ACR Doctor can look at the registry with your own Azure permissions.',
    ru: 'Войдите, чтобы ACR Doctor мог посмотреть на реестр с вашими собственными правами в Azure.',
  },
  signInButton: { en: 'Sign in', ru: 'Войти' },
  code: { en: 'Code: {code}', ru: 'Код: {code}' },
} as const satisfies Record<string, Text>;

/** Why live checks did not run (or not all the way): a title and a body per notice. */
export const LIVE_CHECK_NOTICES = {
  noRegistry: { en: 'Live checks did not run', ru: 'Проверки в Azure не выполнялись' },
  otherTenantTitle: {
    en: 'Live checks did not run: another organisation',
    ru: 'Проверки не выполнялись: другая организация',
  },
  otherTenantBody: {
    en: 'This request comes from, or signed in with, an organisation (Microsoft Entra tenant) other than the one this bot serves. Nothing was sent to Azure.',
    ru: 'Запрос пришёл из организации (клиента Microsoft Entra), отличной от той, которую обслуживает этот бот, или вход выполнен в ней. В Azure ничего не отправлялось.',
  },
  tenantUnknownTitle: { en: 'Live checks did not run', ru: 'Проверки в Azure не выполнялись' },
  tenantUnknownBody: {
    en: 'Teams did not say which organisation this conversation belongs to, so I cannot check whose Azure this is. Nothing was sent to Azure.',
    ru: 'Teams не сообщил, к какой организации относится эта беседа, поэтому я не могу определить, чей это Azure. В Azure ничего не отправлялось.',
  },
  wrongTokenTitle: {
    en: 'Live checks did not run: the sign-in does not match',
    ru: 'Проверки не выполнялись: вход не совпадает',
  },
  wrongTokenBody: {
    en: 'The sign-in Teams passed on is not for this app or not of the person who pressed the button. Nothing was sent to Azure.',
    ru: 'Вход, переданный Teams, выполнен не для этого приложения или не тем, кто нажал кнопку. В Azure ничего не отправлялось.',
  },
  rateLimitedTitle: { en: 'Please wait a moment', ru: 'Подождите немного' },
  rateLimitedBody: {
    en: 'Live checks call Azure with your own identity, so each person may start only a few in a row. Try again in {seconds} s.',
    ru: 'Проверки обращаются к Azure от вашего имени, поэтому подряд можно запустить лишь несколько. Повторите через {seconds} с.',
  },
  consentTitle: {
    en: 'Azure access has not been granted to ACR Doctor',
    ru: 'ACR Doctor не получил доступ к Azure',
  },
  consentBody: {
    en: 'To read the registry with your permissions, ACR Doctor needs your consent (or your administrator’s, for the whole organisation) to call Azure Resource Manager and Log Analytics on your behalf. Grant it, then press Try again.',
    ru: 'Чтобы читать реестр с вашими правами, ACR Doctor нужно ваше согласие (или согласие администратора для всей организации) на обращение к Azure Resource Manager и Log Analytics от вашего имени. Дайте его и нажмите «Повторить».',
  },
  consentCode: { en: 'Microsoft Entra ID said: {code}', ru: 'Ответ Microsoft Entra ID: {code}' },
  developerSignInTitle: {
    en: 'The local Azure sign-in is not available',
    ru: 'Локальный вход в Azure недоступен',
  },
  developerSignInBody: {
    en: 'This bot runs live checks with the Azure sign-in of the developer on its machine, and none worked. Sign in there (az login, or the AZURE_CLIENT_ID, AZURE_TENANT_ID and AZURE_CLIENT_SECRET variables), then press Try again.',
    ru: 'Этот бот выполняет проверки с учётной записью Azure разработчика на своём компьютере, и ни один способ входа не сработал. Войдите там (az login или переменные AZURE_CLIENT_ID, AZURE_TENANT_ID и AZURE_CLIENT_SECRET) и нажмите «Повторить».',
  },
  signInFailedTitle: {
    en: 'Microsoft Entra ID did not accept the sign-in',
    ru: 'Microsoft Entra ID не принял вход',
  },
  signInFailedBody: {
    en: 'Your sign-in could not be exchanged for Azure access. Press Try again; Teams will ask you to sign in if it needs to.',
    ru: 'Ваш вход не удалось обменять на доступ к Azure. Нажмите «Повторить»; если нужно, Teams попросит вас войти.',
  },
  entraUnavailableTitle: {
    en: 'Microsoft Entra ID did not answer in time',
    ru: 'Microsoft Entra ID не ответил вовремя',
  },
  entraUnavailableBody: {
    en: 'The sign-in for Azure did not finish in time, so no check ran. Press Try again in a moment.',
    ru: 'Вход в Azure не завершился вовремя, поэтому проверки не выполнялись. Нажмите «Повторить» чуть позже.',
  },
  clientUnsupportedTitle: {
    en: 'This Teams client cannot sign you in from a card',
    ru: 'Этот клиент Teams не умеет выполнять вход из карточки',
  },
  clientUnsupportedBody: {
    en: 'Live checks need the sign-in of newer Teams clients (Universal Actions). Open this chat in the current Teams app on the desktop, on the web or on mobile.',
    ru: 'Для проверок нужен вход новых клиентов Teams (Universal Actions). Откройте этот чат в актуальном приложении Teams на компьютере, в браузере или на телефоне.',
  },
} as const satisfies Record<string, Text>;

export const CHECK_STATUS_TEXT = {
  pass: { en: 'OK', ru: 'Норма' },
  fail: { en: 'Problem', ru: 'Проблема' },
  warn: { en: 'Warning', ru: 'Внимание' },
  unknown: { en: 'Could not check', ru: 'Не удалось проверить' },
} as const satisfies Record<CheckStatus, Text>;

export const UNKNOWN_REASON_TEXT = {
  'no-permission': { en: 'You may not read this in Azure.', ru: 'У вас нет прав читать это в Azure.' },
  'sign-in-required': { en: 'Sign-in or consent is needed.', ru: 'Нужен вход или согласие.' },
  timeout: { en: 'Azure did not answer in time.', ru: 'Azure не ответил вовремя.' },
  throttled: { en: 'Azure asked us to slow down.', ru: 'Azure попросил снизить частоту запросов.' },
  'service-error': { en: 'Azure returned an error.', ru: 'Azure вернул ошибку.' },
  'malformed-response': {
    en: 'Azure sent an answer I could not read.',
    ru: 'Azure прислал ответ, который я не смог прочитать.',
  },
  'not-applicable': { en: 'Nothing in the paste to check.', ru: 'В тексте нет ничего для этой проверки.' },
  'registry-not-found': {
    en: 'The registry was not found, so this could not run.',
    ru: 'Реестр не найден, поэтому проверка не выполнялась.',
  },
} as const satisfies Record<UnknownReason, Text>;

/** How the live checks judged a cause of the diagnosis. */
export const CAUSE_STATUS_TEXT = {
  confirmed: { en: 'Confirmed', ru: 'Подтверждено' },
  'ruled-out': { en: 'Ruled out', ru: 'Исключено' },
  possible: { en: 'Still possible', ru: 'Ещё возможно' },
} as const satisfies Record<CauseStatus, Text>;

/**
 * The sign-in request's words in the shape src/bot/invoke-bodies.ts reads them.
 * @deprecated use `fill(LIVE_CHECK_TEXT.signInText, lang)` and `fill(LIVE_CHECK_TEXT.signInButton, lang)`.
 */
export const LIVE_CHECK_STRINGS = {
  en: { signIn: { text: LIVE_CHECK_TEXT.signInText.en, button: LIVE_CHECK_TEXT.signInButton.en } },
  ru: { signIn: { text: LIVE_CHECK_TEXT.signInText.ru, button: LIVE_CHECK_TEXT.signInButton.ru } },
} as const;
