import type { Text } from '../../knowledge';
import type { Plural } from '../../knowledge/plural';

/**
 * The words of the bot's other cards (help, welcome, nothing found, one registry, short messages), English
 * and Russian side by side. Plain text: no markdown. Russian terms: GLOSSARY.md.
 */
export const HELP_TEXT = {
  title: { en: 'How to use ACR Doctor', ru: 'Как пользоваться ACR Doctor' },
  intro: {
    en: 'Paste an Azure Container Registry error and I explain it: what it means, the likely causes with the lines that point at each, and fixes with commands you can copy.',
    ru: 'Вставьте ошибку Azure Container Registry, и я объясню её: что она значит, вероятные причины со строками, которые на них указывают, и исправления с командами, которые можно скопировать.',
  },
  pasteHeading: { en: 'What to paste', ru: 'Что вставлять' },
  commandsHeading: { en: 'Commands', ru: 'Команды' },
  channels: {
    en: 'In a channel or group chat, mention me first: @ACR Doctor, then the error. Put a registry name right after the mention to give me context.',
    ru: 'В канале или групповом чате сначала упомяните меня: @ACR Doctor, затем ошибку. Имя реестра сразу после упоминания даст мне контекст.',
  },
  privacy: {
    en: 'I mask passwords and tokens that I recognise. I do not save your paste unless you choose to share it with your feedback; the buttons on my answer keep working for a day.',
    ru: 'Я скрываю пароли и токены, которые распознаю. Я не сохраняю ваш текст, если только вы сами не решите передать его вместе с отзывом; кнопки в моём ответе работают в течение суток.',
  },
} as const satisfies Record<string, Text>;

export const HELP_PASTE_KINDS: readonly Text[] = [
  {
    en: 'The output of az acr login or az acr check-health',
    ru: 'Вывод az acr login или az acr check-health',
  },
  {
    en: 'A Kubernetes ImagePullBackOff or ErrImagePull event (the Events of kubectl describe pod)',
    ru: 'Событие Kubernetes ImagePullBackOff или ErrImagePull (раздел Events из kubectl describe pod)',
  },
  { en: 'A failed docker push or docker pull', ru: 'Неудачный docker push или docker pull' },
  {
    en: 'A CI log from GitHub Actions or Azure DevOps',
    ru: 'Журнал CI из GitHub Actions или Azure DevOps',
  },
];

/** The chat commands; the command's argument is named in each language. */
export const HELP_COMMANDS: readonly { readonly command: Text; readonly text: Text }[] = [
  {
    command: { en: 'help', ru: 'help' },
    text: { en: 'shows this card', ru: 'показывает эту карточку' },
  },
  {
    command: { en: 'diagnose <error>', ru: 'diagnose <ошибка>' },
    text: { en: 'diagnoses the error (or just paste it)', ru: 'разбирает ошибку (или просто вставьте её)' },
  },
  {
    command: { en: 'check <registry>', ru: 'check <реестр>' },
    text: { en: 'what I can do for one registry', ru: 'что я могу сделать для одного реестра' },
  },
];

export const WELCOME_TEXT = {
  title: { en: 'Hi, I am ACR Doctor', ru: 'Здравствуйте, я ACR Doctor' },
  personal: {
    en: 'Paste an Azure Container Registry error here and I will tell you what it means and how to fix it.',
    ru: 'Вставьте сюда ошибку Azure Container Registry, и я расскажу, что она значит и как её исправить.',
  },
  team: {
    en: 'Mention me with an Azure Container Registry error (@ACR Doctor, then the error) and I will reply in the thread with what it means and how to fix it.',
    ru: 'Упомяните меня с ошибкой Azure Container Registry (@ACR Doctor, затем ошибка), и я отвечу в ветке, что она значит и как её исправить.',
  },
  more: { en: 'Type help to see what I understand.', ru: 'Напишите help, чтобы узнать, что я понимаю.' },
} as const satisfies Record<string, Text>;

export const NOTHING_FOUND_TEXT = {
  title: { en: 'I did not find an ACR error in that', ru: 'Я не нашёл здесь ошибки ACR' },
  empty: {
    en: 'Your message had no text I could read. Paste the error as text.',
    ru: 'В сообщении нет текста, который я мог бы прочитать. Вставьте ошибку текстом.',
  },
  binary: {
    en: 'That looks like binary data, not text. Paste the error as text.',
    ru: 'Это похоже на двоичные данные, а не на текст. Вставьте ошибку текстом.',
  },
  read: { en: 'I read {lines} ({chars}).', ru: 'Я прочитал {lines} ({chars}).' },
  recognised: { en: 'I recognised: {what}.', ru: 'Я распознал: {what}.' },
  noError: {
    en: 'But there is no error message in it that I know.',
    ru: 'Но знакомого мне сообщения об ошибке там нет.',
  },
  startsWith: { en: 'It starts with:', ru: 'Текст начинается так:' },
} as const satisfies Record<string, Text>;

export const LINES_READ: Plural = {
  en: { one: '{count} line', other: '{count} lines' },
  ru: { one: '{count} строку', few: '{count} строки', many: '{count} строк', other: '{count} строки' },
};

export const CHARACTERS_READ: Plural = {
  en: { one: '{count} character', other: '{count} characters' },
  ru: { one: '{count} символ', few: '{count} символа', many: '{count} символов', other: '{count} символа' },
};

export const NOTHING_FOUND_TIPS: readonly Text[] = [
  {
    en: 'Paste the whole error, including the command you ran and all of its output.',
    ru: 'Вставьте ошибку целиком, вместе с командой, которую вы запускали, и всем её выводом.',
  },
  {
    en: 'For Kubernetes, paste the Events section of kubectl describe pod.',
    ru: 'Для Kubernetes вставьте раздел Events из kubectl describe pod.',
  },
  WELCOME_TEXT.more,
];

export const REGISTRY_TEXT = {
  title: { en: 'Registry {name}', ru: 'Реестр {name}' },
  intro: {
    en: 'Paste an error about {name} and I will diagnose it with this registry as context. Put the registry name first and the error on the next lines:',
    ru: 'Вставьте ошибку, связанную с {name}, и я разберу её с учётом этого реестра. Сначала имя реестра, а ошибку со следующей строки:',
  },
  example: { en: 'For example:', ru: 'Например:' },
  exampleSnippet: { en: '{name}\n<paste the error here>', ru: '{name}\n<вставьте ошибку сюда>' },
  tryHeading: { en: 'Or check it yourself:', ru: 'Или проверьте сами:' },
} as const satisfies Record<string, Text>;

/** What to run by hand for one registry; `{name}` is a validated registry name. */
export const REGISTRY_STEPS: readonly { readonly text: Text; readonly command: string }[] = [
  {
    text: {
      en: 'Run the registry health check (DNS, sign-in, Docker):',
      ru: 'Запустите проверку работоспособности реестра (DNS, вход, Docker):',
    },
    command: 'az acr check-health -n {name} --yes',
  },
  { text: { en: 'Try to sign in:', ru: 'Попробуйте войти:' }, command: 'az acr login -n {name}' },
  {
    text: {
      en: 'See where the login server resolves:',
      ru: 'Посмотрите, куда разрешается имя сервера входа:',
    },
    command: 'nslookup {name}.azurecr.io',
  },
];

export const INVALID_REGISTRY_TEXT = {
  title: { en: 'That is not a valid registry name', ru: 'Это не подходящее имя реестра' },
  youWrote: { en: 'You wrote:', ru: 'Вы написали:' },
  rule: {
    en: 'ACR registry names are 5 to 50 letters and digits, without dashes or dots; the login server is {loginServer}. Paste an error instead and I will diagnose it.',
    ru: 'Имя реестра ACR состоит из 5–50 латинских букв и цифр, без дефисов и точек; сервер входа — {loginServer}. Вставьте ошибку, и я её разберу.',
  },
  /** The shape of a login server, shown in monospace. */
  loginServer: { en: '<name>.azurecr.io', ru: '<имя>.azurecr.io' },
} as const satisfies Record<string, Text>;

export const MESSAGE_TEXT = {
  expiredTitle: { en: 'I no longer have that diagnosis', ru: 'Этой диагностики у меня больше нет' },
  expiredBody: {
    en: 'The buttons on my answers work for a day and are reset when I restart. Paste the error again and I will diagnose it anew.',
    ru: 'Кнопки в моих ответах работают сутки и сбрасываются при перезапуске. Вставьте ошибку ещё раз, и я разберу её заново.',
  },
  unknownActionTitle: { en: 'I do not know that button', ru: 'Я не знаю такой кнопки' },
  unknownActionBody: {
    en: 'This card may come from an older version of me. Paste the error again and use the buttons on the new answer.',
    ru: 'Возможно, карточка от моей старой версии. Вставьте ошибку ещё раз и воспользуйтесь кнопками нового ответа.',
  },
  failureTitle: { en: 'Something went wrong on my side', ru: 'Что-то пошло не так на моей стороне' },
  failureBody: {
    en: 'I could not finish that. Please try again; if it keeps happening, tell the team that runs this bot.',
    ru: 'Я не смог это выполнить. Попробуйте ещё раз; если ошибка повторяется, сообщите команде, которая поддерживает бота.',
  },
  failureReference: { en: 'Reference: {id}', ru: 'Код для обращения: {id}' },
} as const satisfies Record<string, Text>;
