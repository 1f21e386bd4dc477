import type { HttpStatus, SecretKind } from '../diagnosis/types';
import type { Lang, Operation, ToolId } from '../knowledge';
import { LIVE_CHECK_STRINGS, type LiveCheckStrings } from './live-check-strings';

/**
 * Every word the bot shows that is not in the knowledge base, in every language. Interpolated values are
 * numbers, validated names or other strings from here; user text never passes through these functions.
 * The strings are plain (no markdown), so they may go into TextBlocks.
 */
/** Product names read the same in every language. */
const TOOL_NAMES: Readonly<Record<ToolId, string>> = {
  az: 'Azure CLI',
  docker: 'Docker',
  podman: 'Podman',
  kubelet: 'Kubernetes (kubelet)',
  containerd: 'containerd',
  helm: 'Helm',
  oras: 'ORAS',
  buildx: 'Docker Buildx',
  'github-actions': 'GitHub Actions',
  'azure-devops': 'Azure DevOps',
  'app-service': 'App Service',
  'container-apps': 'Container Apps',
  aci: 'Container Instances',
  'acr-tasks': 'ACR Tasks',
  terraform: 'Terraform',
  'aks-check-acr': 'az aks check-acr',
  powershell: 'PowerShell',
  curl: 'curl',
};

export interface CardStrings {
  readonly appName: string;
  readonly verdict: {
    /** A live check confirmed the top cause. */
    readonly confirmed: (title: string) => string;
    readonly acr: (title: string) => string;
    readonly notAcr: (title: string) => string;
    readonly unknown: (title: string) => string;
  };
  readonly confidence: (percent: string) => string;
  readonly headings: {
    readonly signals: string;
    readonly causes: string;
    readonly evidence: string;
    readonly fix: string;
  };
  readonly signalLabels: {
    readonly registry: string;
    readonly tool: string;
    readonly operation: string;
    readonly codes: string;
    readonly http: string;
    readonly entra: string;
    readonly clientIp: string;
    readonly image: string;
    readonly otherRegistries: string;
  };
  readonly tools: Readonly<Record<ToolId, string>>;
  readonly operations: Readonly<Record<Operation, string>>;
  readonly httpContexts: Readonly<Record<HttpStatus['context'], string>>;
  readonly line: (n: number) => string;
  readonly moreEvidence: (n: number) => string;
  readonly secretBanner: (kinds: string) => string;
  readonly secretKinds: Readonly<Record<SecretKind, string>>;
  readonly truncated: (kept: string, original: string) => string;
  readonly binary: string;
  readonly shortened: string;
  readonly distinguish: (question: string) => string;
  readonly buttons: {
    readonly runChecks: string;
    readonly showAll: (n: number) => string;
    readonly showFewer: string;
    readonly helpful: string;
    readonly notHelpful: string;
  };
  readonly feedback: {
    readonly helpful: string;
    readonly notHelpful: string;
    readonly notSaved: string;
  };
  readonly liveChecks: LiveCheckStrings;
  readonly help: {
    readonly title: string;
    readonly intro: string;
    readonly pasteHeading: string;
    readonly pasteKinds: readonly string[];
    readonly commandsHeading: string;
    readonly commands: readonly { readonly command: string; readonly text: string }[];
    readonly channels: string;
    readonly privacy: string;
  };
  readonly welcome: {
    readonly title: string;
    readonly personal: string;
    readonly team: string;
    readonly more: string;
  };
  readonly nothingFound: {
    readonly title: string;
    readonly empty: string;
    readonly binary: string;
    readonly read: (lines: number, chars: number) => string;
    readonly recognised: (what: string) => string;
    readonly noError: string;
    readonly startsWith: string;
    readonly tips: readonly string[];
  };
  readonly registry: {
    readonly title: (name: string) => string;
    readonly intro: (name: string) => string;
    readonly example: string;
    readonly exampleSnippet: (name: string) => string;
    readonly tryHeading: string;
    readonly steps: readonly { readonly text: string; readonly command: (name: string) => string }[];
  };
  readonly invalidRegistry: {
    readonly title: string;
    readonly youWrote: string;
    readonly rule: string;
  };
  readonly expired: { readonly title: string; readonly body: string };
  readonly unknownAction: { readonly title: string; readonly body: string };
  readonly failure: {
    readonly title: string;
    readonly body: string;
    readonly reference: (id: string) => string;
  };
}

const en: CardStrings = {
  appName: 'ACR Doctor',
  verdict: {
    confirmed: (title) => `Confirmed in Azure: ${title}`,
    acr: (title) => `Most likely: ${title}`,
    notAcr: (title) => `This is not an ACR access problem, it is: ${title}`,
    unknown: (title) => `Not clearly an ACR problem. Best guess: ${title}`,
  },
  confidence: (percent) => `${percent} likely`,
  headings: {
    signals: 'What I found in the paste',
    causes: 'Likely causes',
    evidence: 'From your paste',
    fix: 'How to fix',
  },
  signalLabels: {
    registry: 'Registry',
    tool: 'Tool',
    operation: 'Operation',
    codes: 'Error codes',
    http: 'HTTP status',
    entra: 'Entra errors',
    clientIp: 'Client IP',
    image: 'Image',
    otherRegistries: 'Other registries',
  },
  tools: TOOL_NAMES,
  operations: {
    login: 'sign-in',
    pull: 'pull',
    push: 'push',
    list: 'list',
    delete: 'delete',
    build: 'build',
    import: 'import',
  },
  httpContexts: {
    token: 'token request',
    login: 'sign-in',
    manifest: 'manifest',
    blob: 'layer',
    arm: 'Azure Resource Manager',
    entra: 'Entra ID',
    unknown: 'request',
  },
  line: (n) => `line ${n}`,
  moreEvidence: (n) => `and ${n} more matching ${n === 1 ? 'line' : 'lines'}`,
  secretBanner: (kinds) =>
    `Your paste contained a secret (${kinds}). I masked it here, but the original is now in this chat: rotate it.`,
  secretKinds: {
    password: 'a password',
    jwt: 'a token',
    'bearer-token': 'a bearer token',
    'acr-refresh-token': 'an ACR refresh token',
    'client-secret': 'a client secret',
    'connection-string': 'a connection string',
    'sas-signature': 'a SAS signature',
    'basic-auth': 'basic-auth credentials',
    'private-key': 'a private key',
  },
  truncated: (kept, original) => `Your paste was long: I read the first ${kept} of ${original} characters.`,
  binary: 'Part of the paste looked like binary data; I skipped it.',
  shortened: 'Some lines were shortened to fit in a Teams message.',
  distinguish: (question) => `To tell the top two apart: ${question}`,
  buttons: {
    runChecks: 'Run live checks',
    showAll: (n) => `Show all ${n} causes`,
    showFewer: 'Show fewer',
    helpful: 'Helpful',
    notHelpful: 'Not helpful',
  },
  feedback: {
    helpful: 'Thanks for the feedback. Glad it helped.',
    notHelpful: 'Thanks for telling me. The team uses this to improve the diagnosis.',
    notSaved: 'Thanks. I could not save your feedback this time, sorry.',
  },
  liveChecks: LIVE_CHECK_STRINGS.en,
  help: {
    title: 'How to use ACR Doctor',
    intro:
      'Paste an Azure Container Registry error and I explain it: what it means, the likely causes with the lines that point at each, and fixes with commands you can copy.',
    pasteHeading: 'What to paste',
    pasteKinds: [
      'The output of az acr login or az acr check-health',
      'A Kubernetes ImagePullBackOff or ErrImagePull event (the Events of kubectl describe pod)',
      'A failed docker push or docker pull',
      'A CI log from GitHub Actions or Azure DevOps',
    ],
    commandsHeading: 'Commands',
    commands: [
      { command: 'help', text: 'shows this card' },
      { command: 'diagnose <error>', text: 'diagnoses the error (or just paste it)' },
      { command: 'check <registry>', text: 'what I can do for one registry' },
    ],
    channels:
      'In a channel or group chat, mention me first: @ACR Doctor, then the error. Put a registry name right after the mention to give me context.',
    privacy:
      'I mask passwords and tokens that I recognise. I do not save your paste; the buttons on my answer keep working for a day.',
  },
  welcome: {
    title: 'Hi, I am ACR Doctor',
    personal:
      'Paste an Azure Container Registry error here and I will tell you what it means and how to fix it.',
    team: 'Mention me with an Azure Container Registry error (@ACR Doctor, then the error) and I will reply in the thread with what it means and how to fix it.',
    more: 'Type help to see what I understand.',
  },
  nothingFound: {
    title: 'I did not find an ACR error in that',
    empty: 'Your message had no text I could read. Paste the error as text.',
    binary: 'That looks like binary data, not text. Paste the error as text.',
    read: (lines, chars) => `I read ${lines} ${lines === 1 ? 'line' : 'lines'} (${chars} characters).`,
    recognised: (what) => `I recognised: ${what}.`,
    noError: 'But there is no error message in it that I know.',
    startsWith: 'It starts with:',
    tips: [
      'Paste the whole error, including the command you ran and all of its output.',
      'For Kubernetes, paste the Events section of kubectl describe pod.',
      'Type help to see what I understand.',
    ],
  },
  registry: {
    title: (name) => `Registry ${name}`,
    intro: (name) =>
      `Paste an error about ${name} and I will diagnose it with this registry as context. Put the registry name first and the error on the next lines:`,
    example: 'For example:',
    exampleSnippet: (name) => `${name}\n<paste the error here>`,
    tryHeading: 'Or check it yourself:',
    steps: [
      {
        text: 'Run the registry health check (DNS, sign-in, Docker):',
        command: (name) => `az acr check-health -n ${name} --yes`,
      },
      { text: 'Try to sign in:', command: (name) => `az acr login -n ${name}` },
      { text: 'See where the login server resolves:', command: (name) => `nslookup ${name}.azurecr.io` },
    ],
  },
  invalidRegistry: {
    title: 'That is not a valid registry name',
    youWrote: 'You wrote:',
    rule: 'ACR registry names are 5 to 50 letters and digits, without dashes or dots; the login server is <name>.azurecr.io. Paste an error instead and I will diagnose it.',
  },
  expired: {
    title: 'I no longer have that diagnosis',
    body: 'The buttons on my answers work for a day and are reset when I restart. Paste the error again and I will diagnose it anew.',
  },
  unknownAction: {
    title: 'I do not know that button',
    body: 'This card may come from an older version of me. Paste the error again and use the buttons on the new answer.',
  },
  failure: {
    title: 'Something went wrong on my side',
    body: 'I could not finish that. Please try again; if it keeps happening, tell the team that runs this bot.',
    reference: (id) => `Reference: ${id}`,
  },
};

const ru: CardStrings = {
  appName: 'ACR Doctor',
  verdict: {
    confirmed: (title) => `Подтверждено в Azure: ${title}`,
    acr: (title) => `Вероятнее всего: ${title}`,
    notAcr: (title) => `Это не проблема доступа к ACR, а другое: ${title}`,
    unknown: (title) => `Не похоже явно на проблему ACR. Лучшая догадка: ${title}`,
  },
  confidence: (percent) => `вероятность ${percent}`,
  headings: {
    signals: 'Что я нашёл в тексте',
    causes: 'Вероятные причины',
    evidence: 'Из вашего текста',
    fix: 'Как исправить',
  },
  signalLabels: {
    registry: 'Реестр',
    tool: 'Инструмент',
    operation: 'Операция',
    codes: 'Коды ошибок',
    http: 'HTTP-статус',
    entra: 'Ошибки Entra',
    clientIp: 'IP клиента',
    image: 'Образ',
    otherRegistries: 'Другие реестры',
  },
  tools: TOOL_NAMES,
  operations: {
    login: 'вход',
    pull: 'извлечение (pull)',
    push: 'отправка (push)',
    list: 'просмотр списка',
    delete: 'удаление',
    build: 'сборка',
    import: 'импорт',
  },
  httpContexts: {
    token: 'запрос токена',
    login: 'вход',
    manifest: 'манифест',
    blob: 'слой',
    arm: 'Azure Resource Manager',
    entra: 'Entra ID',
    unknown: 'запрос',
  },
  line: (n) => `строка ${n}`,
  moreEvidence: (n) => `и ещё подходящих строк: ${n}`,
  secretBanner: (kinds) =>
    `В вашем тексте был секрет (${kinds}). Здесь я его скрыл, но оригинал уже в этом чате: смените его.`,
  secretKinds: {
    password: 'пароль',
    jwt: 'токен',
    'bearer-token': 'bearer-токен',
    'acr-refresh-token': 'refresh-токен ACR',
    'client-secret': 'секрет клиента',
    'connection-string': 'строка подключения',
    'sas-signature': 'подпись SAS',
    'basic-auth': 'учётные данные basic-auth',
    'private-key': 'закрытый ключ',
  },
  truncated: (kept, original) => `Текст длинный: я прочитал первые ${kept} из ${original} символов.`,
  binary: 'Часть текста похожа на двоичные данные; я её пропустил.',
  shortened: 'Некоторые строки сокращены, чтобы уместиться в сообщение Teams.',
  distinguish: (question) => `Чтобы различить две первые причины: ${question}`,
  buttons: {
    runChecks: 'Проверить в Azure',
    showAll: (n) => `Показать все причины (${n})`,
    showFewer: 'Показать меньше',
    helpful: 'Полезно',
    notHelpful: 'Не помогло',
  },
  feedback: {
    helpful: 'Спасибо за отзыв. Рад, что помог.',
    notHelpful: 'Спасибо, что сообщили. Команда использует это, чтобы улучшить диагностику.',
    notSaved: 'Спасибо. К сожалению, на этот раз сохранить отзыв не удалось.',
  },
  liveChecks: LIVE_CHECK_STRINGS.ru,
  help: {
    title: 'Как пользоваться ACR Doctor',
    intro:
      'Вставьте ошибку Azure Container Registry, и я объясню её: что она значит, вероятные причины со строками, которые на них указывают, и исправления с командами, которые можно скопировать.',
    pasteHeading: 'Что вставлять',
    pasteKinds: [
      'Вывод az acr login или az acr check-health',
      'Событие Kubernetes ImagePullBackOff или ErrImagePull (раздел Events из kubectl describe pod)',
      'Неудачный docker push или docker pull',
      'Журнал CI из GitHub Actions или Azure DevOps',
    ],
    commandsHeading: 'Команды',
    commands: [
      { command: 'help', text: 'показывает эту карточку' },
      { command: 'diagnose <ошибка>', text: 'разбирает ошибку (или просто вставьте её)' },
      { command: 'check <реестр>', text: 'что я могу сделать для одного реестра' },
    ],
    channels:
      'В канале или групповом чате сначала упомяните меня: @ACR Doctor, затем ошибку. Имя реестра сразу после упоминания даст мне контекст.',
    privacy:
      'Я скрываю пароли и токены, которые распознаю. Я не сохраняю ваш текст; кнопки в моём ответе работают в течение суток.',
  },
  welcome: {
    title: 'Здравствуйте, я ACR Doctor',
    personal:
      'Вставьте сюда ошибку Azure Container Registry, и я расскажу, что она значит и как её исправить.',
    team: 'Упомяните меня с ошибкой Azure Container Registry (@ACR Doctor, затем ошибка), и я отвечу в ветке, что она значит и как её исправить.',
    more: 'Напишите help, чтобы узнать, что я понимаю.',
  },
  nothingFound: {
    title: 'Я не нашёл здесь ошибки ACR',
    empty: 'В сообщении нет текста, который я мог бы прочитать. Вставьте ошибку текстом.',
    binary: 'Это похоже на двоичные данные, а не на текст. Вставьте ошибку текстом.',
    read: (lines, chars) => `Я прочитал строк: ${lines} (символов: ${chars}).`,
    recognised: (what) => `Я распознал: ${what}.`,
    noError: 'Но знакомого мне сообщения об ошибке там нет.',
    startsWith: 'Текст начинается так:',
    tips: [
      'Вставьте ошибку целиком, вместе с командой, которую вы запускали, и всем её выводом.',
      'Для Kubernetes вставьте раздел Events из kubectl describe pod.',
      'Напишите help, чтобы узнать, что я понимаю.',
    ],
  },
  registry: {
    title: (name) => `Реестр ${name}`,
    intro: (name) =>
      `Вставьте ошибку, связанную с ${name}, и я разберу её с учётом этого реестра. Сначала имя реестра, а ошибку со следующей строки:`,
    example: 'Например:',
    exampleSnippet: (name) => `${name}\n<вставьте ошибку сюда>`,
    tryHeading: 'Или проверьте сами:',
    steps: [
      {
        text: 'Запустите проверку работоспособности реестра (DNS, вход, Docker):',
        command: (name) => `az acr check-health -n ${name} --yes`,
      },
      { text: 'Попробуйте войти:', command: (name) => `az acr login -n ${name}` },
      {
        text: 'Посмотрите, куда разрешается имя сервера входа:',
        command: (name) => `nslookup ${name}.azurecr.io`,
      },
    ],
  },
  invalidRegistry: {
    title: 'Это не подходящее имя реестра',
    youWrote: 'Вы написали:',
    rule: 'Имя реестра ACR состоит из 5–50 латинских букв и цифр, без дефисов и точек; сервер входа — <имя>.azurecr.io. Вставьте ошибку, и я её разберу.',
  },
  expired: {
    title: 'Этой диагностики у меня больше нет',
    body: 'Кнопки в моих ответах работают сутки и сбрасываются при перезапуске. Вставьте ошибку ещё раз, и я разберу её заново.',
  },
  unknownAction: {
    title: 'Я не знаю такой кнопки',
    body: 'Возможно, карточка от моей старой версии. Вставьте ошибку ещё раз и воспользуйтесь кнопками нового ответа.',
  },
  failure: {
    title: 'Что-то пошло не так на моей стороне',
    body: 'Я не смог это выполнить. Попробуйте ещё раз; если ошибка повторяется, сообщите команде, которая поддерживает бота.',
    reference: (id) => `Код для обращения: ${id}`,
  },
};

export const STRINGS: Readonly<Record<Lang, CardStrings>> = { en, ru };
