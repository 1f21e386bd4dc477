import type { CheckStatus, UnknownReason } from '../checks/types';
import type { CauseStatus } from '../diagnosis/reconcile';
import type { Lang } from '../knowledge';

/**
 * The words of the live-checks part of a card, and of the sign-in request Teams shows, in every language.
 * Interpolated values are numbers, names Azure or Teams gave (already made plain), or strings from here.
 */
export interface LiveCheckStrings {
  readonly notConfiguredTitle: string;
  readonly notConfiguredBody: string;
  readonly missing: (names: string) => string;
  readonly meanwhile: string;
  readonly reportTitle: (registry: string) => string;
  readonly progressTitle: (registry: string) => string;
  readonly progressCount: (done: number, total: number) => string;
  readonly pending: (checks: string) => string;
  readonly credential: {
    /** Teams sign-in, with the display name of the person who ran the checks. */
    readonly delegatedUser: (name: string) => string;
    readonly delegatedUserUnnamed: string;
    readonly localDeveloper: string;
  };
  /** The same, while the checks are still running. */
  readonly credentialRunning: {
    readonly delegatedUser: (name: string) => string;
    readonly delegatedUserUnnamed: string;
    readonly localDeveloper: string;
  };
  readonly status: Readonly<Record<CheckStatus, string>>;
  readonly reasons: Readonly<Record<UnknownReason, string>>;
  readonly confirmed: string;
  readonly ruledOut: string;
  readonly incomplete: string;
  /** How the live checks judged a cause of the diagnosis. */
  readonly causeStatus: Readonly<Record<CauseStatus, string>>;
  readonly fixWithValues: string;
  readonly alsoFound: string;
  readonly buttons: {
    readonly runAgain: string;
    readonly tryAgain: string;
    readonly loginFailures: string;
    readonly grantForMe: string;
    readonly grantForOrganisation: string;
  };
  /** The sign-in request (OAuth card) Teams shows when it cannot sign the person in silently. */
  readonly signIn: { readonly text: string; readonly button: string };
  readonly notices: {
    readonly noRegistry: string;
    readonly otherTenant: { readonly title: string; readonly body: string };
    readonly tenantUnknown: { readonly title: string; readonly body: string };
    readonly wrongToken: { readonly title: string; readonly body: string };
    readonly rateLimited: { readonly title: string; readonly body: (seconds: number) => string };
    readonly consent: {
      readonly title: string;
      readonly body: string;
      readonly code: (code: string) => string;
    };
    readonly developerSignIn: { readonly title: string; readonly body: string };
    readonly signInFailed: { readonly title: string; readonly body: string };
    readonly entraUnavailable: { readonly title: string; readonly body: string };
    readonly clientUnsupported: { readonly title: string; readonly body: string };
    readonly code: (code: string) => string;
  };
}

const en: LiveCheckStrings = {
  notConfiguredTitle: 'Live checks are not configured on this bot',
  notConfiguredBody:
    'Live checks look at the registry in Azure (network rules, roles, admin user, recent sign-in failures) to confirm or rule out a cause, using your own permissions. ' +
    'The administrator of this bot enables them by setting up Teams single sign-on and the Azure settings described in the README, then restarting the bot.',
  missing: (names) => `Settings still missing: ${names}`,
  meanwhile: 'Meanwhile, the first command under each cause checks the same thing from your machine.',
  reportTitle: (registry) => `Live checks for ${registry}`,
  progressTitle: (registry) => `Checking ${registry} in Azure…`,
  progressCount: (done, total) => `${done} of ${total} checks done.`,
  pending: (checks) => `Still checking: ${checks}. This card updates itself when they finish.`,
  credential: {
    delegatedUser: (name) => `Checked with the Azure permissions of ${name} (Teams sign-in).`,
    delegatedUserUnnamed: 'Checked with the Azure permissions of the person who ran them (Teams sign-in).',
    localDeveloper: "Checked with the developer's own Azure sign-in on this machine.",
  },
  credentialRunning: {
    delegatedUser: (name) => `Checking with the Azure permissions of ${name} (Teams sign-in).`,
    delegatedUserUnnamed: 'Checking with the Azure permissions of the person who started it (Teams sign-in).',
    localDeveloper: "Checking with the developer's own Azure sign-in on this machine.",
  },
  status: { pass: 'OK', fail: 'Problem', warn: 'Warning', unknown: 'Could not check' },
  reasons: {
    'no-permission': 'You may not read this in Azure.',
    'sign-in-required': 'Sign-in or consent is needed.',
    timeout: 'Azure did not answer in time.',
    throttled: 'Azure asked us to slow down.',
    'service-error': 'Azure returned an error.',
    'malformed-response': 'Azure sent an answer I could not read.',
    'not-applicable': 'Nothing in the paste to check.',
    'registry-not-found': 'The registry was not found, so this could not run.',
  },
  confirmed: 'Confirms',
  ruledOut: 'Rules out',
  incomplete: 'Some checks did not finish in time.',
  causeStatus: { confirmed: 'Confirmed', 'ruled-out': 'Ruled out', possible: 'Still possible' },
  fixWithValues: 'Fix, with the values found in Azure',
  alsoFound: 'Also found by the live checks',
  buttons: {
    runAgain: 'Run live checks again',
    tryAgain: 'Try again',
    loginFailures: 'Show recent login failures',
    grantForMe: 'Grant access for me',
    grantForOrganisation: 'Grant for the organisation (admin)',
  },
  signIn: {
    text: 'Sign in so that ACR Doctor can look at the registry with your own Azure permissions.',
    button: 'Sign in',
  },
  notices: {
    noRegistry: 'Live checks did not run',
    otherTenant: {
      title: 'Live checks did not run: another organisation',
      body: 'This request comes from, or signed in with, an organisation (Microsoft Entra tenant) other than the one this bot serves. Nothing was sent to Azure.',
    },
    tenantUnknown: {
      title: 'Live checks did not run',
      body: 'Teams did not say which organisation this conversation belongs to, so I cannot check whose Azure this is. Nothing was sent to Azure.',
    },
    wrongToken: {
      title: 'Live checks did not run: the sign-in does not match',
      body: 'The sign-in Teams passed on is not for this app or not of the person who pressed the button. Nothing was sent to Azure.',
    },
    rateLimited: {
      title: 'Please wait a moment',
      body: (seconds) =>
        `Live checks call Azure with your own identity, so each person may start only a few in a row. Try again in ${seconds} s.`,
    },
    consent: {
      title: 'Azure access has not been granted to ACR Doctor',
      body: 'To read the registry with your permissions, ACR Doctor needs your consent (or your administrator’s, for the whole organisation) to call Azure Resource Manager and Log Analytics on your behalf. Grant it, then press Try again.',
      code: (code) => `Microsoft Entra ID said: ${code}`,
    },
    developerSignIn: {
      title: 'The local Azure sign-in is not available',
      body: 'This bot runs live checks with the Azure sign-in of the developer on its machine, and none worked. Sign in there (az login, or the AZURE_CLIENT_ID, AZURE_TENANT_ID and AZURE_CLIENT_SECRET variables), then press Try again.',
    },
    signInFailed: {
      title: 'Microsoft Entra ID did not accept the sign-in',
      body: 'Your sign-in could not be exchanged for Azure access. Press Try again; Teams will ask you to sign in if it needs to.',
    },
    entraUnavailable: {
      title: 'Microsoft Entra ID did not answer in time',
      body: 'The sign-in for Azure did not finish in time, so no check ran. Press Try again in a moment.',
    },
    clientUnsupported: {
      title: 'This Teams client cannot sign you in from a card',
      body: 'Live checks need the sign-in of newer Teams clients (Universal Actions). Open this chat in the current Teams app on the desktop, on the web or on mobile.',
    },
    code: (code) => `Code: ${code}`,
  },
};

const ru: LiveCheckStrings = {
  notConfiguredTitle: 'Проверки в Azure для этого бота не настроены',
  notConfiguredBody:
    'Проверки смотрят на реестр в Azure (сетевые правила, роли, пользователь-администратор, недавние сбои входа), чтобы подтвердить или исключить причину, с вашими собственными правами. ' +
    'Администратор бота включает их, настроив единый вход Teams и параметры Azure, описанные в README, и перезапустив бота.',
  missing: (names) => `Не заданы параметры: ${names}`,
  meanwhile: 'А пока первая команда под каждой причиной проверяет то же самое с вашего компьютера.',
  reportTitle: (registry) => `Проверки в Azure для ${registry}`,
  progressTitle: (registry) => `Проверяю ${registry} в Azure…`,
  progressCount: (done, total) => `Готово проверок: ${done} из ${total}.`,
  pending: (checks) => `Ещё выполняются: ${checks}. Карточка обновится сама, когда они завершатся.`,
  credential: {
    delegatedUser: (name) => `Проверено с правами Azure пользователя ${name} (вход через Teams).`,
    delegatedUserUnnamed: 'Проверено с правами Azure того, кто запустил проверки (вход через Teams).',
    localDeveloper: 'Проверено с собственной учётной записью Azure разработчика на этом компьютере.',
  },
  credentialRunning: {
    delegatedUser: (name) => `Проверяю с правами Azure пользователя ${name} (вход через Teams).`,
    delegatedUserUnnamed: 'Проверяю с правами Azure того, кто запустил проверки (вход через Teams).',
    localDeveloper: 'Проверяю с собственной учётной записью Azure разработчика на этом компьютере.',
  },
  status: { pass: 'Норма', fail: 'Проблема', warn: 'Внимание', unknown: 'Не удалось проверить' },
  reasons: {
    'no-permission': 'У вас нет прав читать это в Azure.',
    'sign-in-required': 'Нужен вход или согласие.',
    timeout: 'Azure не ответил вовремя.',
    throttled: 'Azure попросил снизить частоту запросов.',
    'service-error': 'Azure вернул ошибку.',
    'malformed-response': 'Azure прислал ответ, который я не смог прочитать.',
    'not-applicable': 'В тексте нет ничего для этой проверки.',
    'registry-not-found': 'Реестр не найден, поэтому проверка не выполнялась.',
  },
  confirmed: 'Подтверждает',
  ruledOut: 'Исключает',
  incomplete: 'Некоторые проверки не успели завершиться.',
  causeStatus: { confirmed: 'Подтверждено', 'ruled-out': 'Исключено', possible: 'Ещё возможно' },
  fixWithValues: 'Исправление со значениями из Azure',
  alsoFound: 'Проверки нашли также',
  buttons: {
    runAgain: 'Проверить в Azure ещё раз',
    tryAgain: 'Повторить',
    loginFailures: 'Показать недавние сбои входа',
    grantForMe: 'Разрешить доступ для меня',
    grantForOrganisation: 'Разрешить для организации (администратор)',
  },
  signIn: {
    text: 'Войдите, чтобы ACR Doctor мог посмотреть на реестр с вашими собственными правами в Azure.',
    button: 'Войти',
  },
  notices: {
    noRegistry: 'Проверки в Azure не выполнялись',
    otherTenant: {
      title: 'Проверки не выполнялись: другая организация',
      body: 'Запрос пришёл из организации (клиента Microsoft Entra), отличной от той, которую обслуживает этот бот, или вход выполнен в ней. В Azure ничего не отправлялось.',
    },
    tenantUnknown: {
      title: 'Проверки в Azure не выполнялись',
      body: 'Teams не сообщил, к какой организации относится эта беседа, поэтому я не могу определить, чей это Azure. В Azure ничего не отправлялось.',
    },
    wrongToken: {
      title: 'Проверки не выполнялись: вход не совпадает',
      body: 'Вход, переданный Teams, выполнен не для этого приложения или не тем, кто нажал кнопку. В Azure ничего не отправлялось.',
    },
    rateLimited: {
      title: 'Подождите немного',
      body: (seconds) =>
        `Проверки обращаются к Azure от вашего имени, поэтому подряд можно запустить лишь несколько. Повторите через ${seconds} с.`,
    },
    consent: {
      title: 'ACR Doctor не получил доступ к Azure',
      body: 'Чтобы читать реестр с вашими правами, ACR Doctor нужно ваше согласие (или согласие администратора для всей организации) на обращение к Azure Resource Manager и Log Analytics от вашего имени. Дайте его и нажмите «Повторить».',
      code: (code) => `Ответ Microsoft Entra ID: ${code}`,
    },
    developerSignIn: {
      title: 'Локальный вход в Azure недоступен',
      body: 'Этот бот выполняет проверки с учётной записью Azure разработчика на своём компьютере, и ни один способ входа не сработал. Войдите там (az login или переменные AZURE_CLIENT_ID, AZURE_TENANT_ID и AZURE_CLIENT_SECRET) и нажмите «Повторить».',
    },
    signInFailed: {
      title: 'Microsoft Entra ID не принял вход',
      body: 'Ваш вход не удалось обменять на доступ к Azure. Нажмите «Повторить»; если нужно, Teams попросит вас войти.',
    },
    entraUnavailable: {
      title: 'Microsoft Entra ID не ответил вовремя',
      body: 'Вход в Azure не завершился вовремя, поэтому проверки не выполнялись. Нажмите «Повторить» чуть позже.',
    },
    clientUnsupported: {
      title: 'Этот клиент Teams не умеет выполнять вход из карточки',
      body: 'Для проверок нужен вход новых клиентов Teams (Universal Actions). Откройте этот чат в актуальном приложении Teams на компьютере, в браузере или на телефоне.',
    },
    code: (code) => `Код: ${code}`,
  },
};

export const LIVE_CHECK_STRINGS: Readonly<Record<Lang, LiveCheckStrings>> = { en, ru };
