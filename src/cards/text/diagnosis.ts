import type { HttpStatus, SecretKind } from '../../diagnosis/types';
import type { Operation, Text } from '../../knowledge';
import type { Plural } from '../../knowledge/plural';

/**
 * The words of the diagnosis card, English and Russian side by side. Values filled into `{name}` are
 * numbers, validated names or other entries of these catalogues; user text never passes through here.
 * The texts are plain (no markdown), so they may go into TextBlocks. Russian terms: GLOSSARY.md.
 */
export const DIAGNOSIS_TEXT = {
  appName: { en: 'ACR Doctor', ru: 'ACR Doctor' },
  verdictConfirmed: { en: 'Confirmed in Azure: {title}', ru: 'Подтверждено в Azure: {title}' },
  verdictAcr: { en: 'Most likely: {title}', ru: 'Вероятнее всего: {title}' },
  verdictNotAcr: {
    en: 'Not an ACR access problem: {title}',
    ru: 'Это не проблема доступа к ACR: {title}',
  },
  /** A not-ACR verdict whose leading cause is one of ACR's own: an Azure sign-in or name failed before any registry. */
  verdictRegistryNotFailed: {
    en: 'The registry is not what failed: {title}',
    ru: 'Сбой произошёл не в реестре: {title}',
  },
  /** A not-ACR verdict because the registry that failed is someone else's (Docker Hub, MCR, a private registry). */
  verdictOtherRegistry: {
    en: 'Another registry failed, not your ACR: {title}',
    ru: 'Сбой в другом реестре, не в вашем ACR: {title}',
  },
  verdictUnknown: {
    en: 'Not clearly an ACR problem. Best guess: {title}',
    ru: 'Явной проблемы ACR не видно. Скорее всего: {title}',
  },
  /** `{causes}`: two to four cause titles joined by "or". */
  verdictAmbiguous: {
    en: 'From the paste alone this is {causes}',
    ru: 'Судя только по тексту, это {causes}',
  },
  /** Live checks can tell the candidates apart; `{checks}`: the checks that do. */
  ambiguousRunChecks: {
    en: 'Run live checks to find out which. These checks decide it: {checks}.',
    ru: 'Нажмите «Проверить в Azure», чтобы узнать точно. Это решат проверки: {checks}.',
  },
  ambiguousAsk: { en: 'To tell them apart: {question}', ru: 'Чтобы их различить: {question}' },
  confidenceHigh: { en: 'High confidence', ru: 'Высокая уверенность' },
  confidenceMedium: { en: 'Medium confidence', ru: 'Средняя уверенность' },
  confidenceLow: { en: 'Low confidence', ru: 'Низкая уверенность' },
  whyLabel: { en: 'Why: ', ru: 'Почему: ' },
  evidenceLine: { en: 'From your paste, line {line}', ru: 'Из вашего текста, строка {line}' },
  firstFix: { en: 'First fix', ru: 'Что сделать сначала' },
  moreAboutCause: { en: 'More about this cause', ru: 'Подробнее об этой причине' },
  moreFixes: { en: 'If that does not help', ru: 'Если это не помогло' },
  otherCauses: { en: 'Other possible causes', ru: 'Другие возможные причины' },
  unlikelyCauses: { en: 'Unlikely causes', ru: 'Маловероятные причины' },
  line: { en: 'line {line}', ru: 'строка {line}' },
  distinguish: {
    en: 'To tell the first two apart: {question}',
    ru: 'Чтобы различить две первые причины: {question}',
  },
  secretBanner: {
    en: 'Your message contains a secret ({kinds}) that everyone in this chat can see. I masked it here: delete your message, then rotate the secret.',
    ru: 'В вашем сообщении есть секрет ({kinds}), и его видят все в этом чате. Здесь я его скрыл: удалите сообщение и смените секрет.',
  },
  rotateAdminPassword: {
    en: 'Rotate the admin password of the registry:',
    ru: 'Смените пароль администратора реестра:',
  },
  rotateServicePrincipalSecret: {
    en: 'Reset the secret of the service principal (the old one stops working):',
    ru: 'Сбросьте секрет субъекта-службы (старый перестанет действовать):',
  },
  rotateRepositoryToken: {
    en: 'Generate new passwords for the repository token:',
    ru: 'Создайте новые пароли для токена репозитория:',
  },
  truncated: {
    en: 'Your paste was long: I read the first {kept} of {original} characters.',
    ru: 'Текст длинный: я прочитал первые {kept} из {original} символов.',
  },
  guessedFromWords: {
    en: 'No known error message matched, so these causes are guessed from the words of the paste: treat them as leads.',
    ru: 'Известных сообщений об ошибках в тексте нет, поэтому причины подобраны по его словам: это только версии.',
  },
  readFromDescription: {
    en: 'No known error message matched, so these causes come from what you wrote about your setup: confirm them with the live checks.',
    ru: 'Известных сообщений об ошибках нет, поэтому причины взяты из вашего описания: подтвердите их проверками в Azure.',
  },
  binary: {
    en: 'Part of the paste looked like binary data; I skipped it.',
    ru: 'Часть текста похожа на двоичные данные; я её пропустил.',
  },
  shortened: {
    en: 'Some lines were shortened to fit in a Teams message.',
    ru: 'Некоторые строки сокращены, чтобы уместиться в сообщение Teams.',
  },
  // Button titles share one row: at 380 px, three buttons and the overflow "…" leave about 230 px for the
  // titles (test/e2e/card-first-view.test.ts measures them), so the Russian ones are the short words.
  runChecks: { en: 'Run live checks', ru: 'Проверить в Azure' },
  details: { en: 'Details', ru: 'Детали' },
  allCauses: { en: 'All causes', ru: 'Все причины' },
  feedback: { en: 'Did it help?', ru: 'Помогло?' },
  docs: { en: 'Documentation', ru: 'Документация' },
  helpful: { en: 'Helpful', ru: 'Помогло' },
  notHelpful: { en: 'Not helpful', ru: 'Не помогло' },
  thanksHelpful: { en: 'Thanks for the feedback. Glad it helped.', ru: 'Спасибо за отзыв. Рад, что помог.' },
  thanksNotHelpful: {
    en: 'Thanks for telling me. The team uses this to improve the diagnosis.',
    ru: 'Спасибо, что сообщили. Команда использует это, чтобы улучшить диагностику.',
  },
  feedbackNotSaved: {
    en: 'Thanks. I could not save your feedback this time, sorry.',
    ru: 'Спасибо. К сожалению, на этот раз сохранить отзыв не удалось.',
  },
} as const satisfies Record<string, Text>;

/** "and 3 more matching lines" under an evidence block. */
export const MORE_EVIDENCE: Plural = {
  en: { one: 'and {count} more matching line', other: 'and {count} more matching lines' },
  ru: {
    one: 'и ещё {count} подходящая строка',
    few: 'и ещё {count} подходящие строки',
    many: 'и ещё {count} подходящих строк',
    other: 'и ещё {count} подходящей строки',
  },
};

/** Labels of the facts the engine found in a paste. */
export const SIGNAL_LABELS = {
  registry: { en: 'Registry', ru: 'Реестр' },
  tool: { en: 'Tool', ru: 'Инструмент' },
  operation: { en: 'Operation', ru: 'Операция' },
  codes: { en: 'Error codes', ru: 'Коды ошибок' },
  http: { en: 'HTTP status', ru: 'HTTP-статус' },
  entra: { en: 'Entra errors', ru: 'Ошибки Entra' },
  clientIp: { en: 'Client IP', ru: 'IP клиента' },
  image: { en: 'Image', ru: 'Образ' },
  otherRegistries: { en: 'Other registries', ru: 'Другие реестры' },
} as const satisfies Record<string, Text>;

export const OPERATION_NAMES = {
  login: { en: 'sign-in', ru: 'вход' },
  pull: { en: 'pull', ru: 'извлечение (pull)' },
  push: { en: 'push', ru: 'отправка (push)' },
  list: { en: 'list', ru: 'просмотр списка' },
  delete: { en: 'delete', ru: 'удаление' },
  build: { en: 'build', ru: 'сборка' },
  import: { en: 'import', ru: 'импорт' },
} as const satisfies Record<Operation, Text>;

/** What an HTTP status was the answer to. */
export const HTTP_CONTEXTS = {
  token: { en: 'token request', ru: 'запрос токена' },
  login: { en: 'sign-in', ru: 'вход' },
  manifest: { en: 'manifest', ru: 'манифест' },
  blob: { en: 'layer', ru: 'слой' },
  arm: { en: 'Azure Resource Manager', ru: 'Azure Resource Manager' },
  entra: { en: 'Entra ID', ru: 'Entra ID' },
  unknown: { en: 'request', ru: 'запрос' },
} as const satisfies Record<HttpStatus['context'], Text>;

/** The kinds of secret the engine masks, as the secret banner names them. */
export const SECRET_KINDS = {
  password: { en: 'a password', ru: 'пароль' },
  jwt: { en: 'a token', ru: 'токен' },
  'bearer-token': { en: 'a bearer token', ru: 'bearer-токен' },
  'acr-refresh-token': { en: 'an ACR refresh token', ru: 'refresh-токен ACR' },
  'client-secret': { en: 'a client secret', ru: 'секрет клиента' },
  'connection-string': { en: 'a connection string', ru: 'строка подключения' },
  'sas-signature': { en: 'a SAS signature', ru: 'подпись SAS' },
  'basic-auth': { en: 'basic-auth credentials', ru: 'учётные данные basic-auth' },
  'private-key': { en: 'a private key', ru: 'закрытый ключ' },
} as const satisfies Record<SecretKind, Text>;
