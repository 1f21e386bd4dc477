import type { Text } from '../../knowledge/text';

/**
 * The words of the bot's own surfaces (listening, the message action, attached files, feedback labels,
 * private live-check results, chit-chat), English and Russian side by side. Filled with `fill()` from
 * src/knowledge/text.ts; values are validated names, numbers or other strings from here. Anything a person
 * or Azure wrote is shown in a TextRun by the card builders, never through these.
 *
 * Glossary kept with src/cards/strings.ts: pull → «скачивание» (never «пулл»), thread → «ветка»,
 * channel → «канал», live checks → «живые проверки».
 */
export const BOT_STRINGS = {
  appName: { en: 'ACR Doctor', ru: 'ACR Doctor' },

  welcomeTitle: { en: 'Hi, I am ACR Doctor', ru: 'Здравствуйте, я ACR Doctor' },
  welcomeListens: {
    en: 'I read the messages here quietly. When someone posts an Azure Container Registry error (az acr login, docker pull or push, an ImagePullBackOff event, a CI log), I reply in its thread with the likely cause and the fix, once per thread. Everything else I leave alone.',
    ru: 'Я тихо читаю сообщения здесь. Когда кто-то публикует ошибку Azure Container Registry (az acr login, docker pull или push, событие ImagePullBackOff, лог CI), я отвечаю в его ветке вероятной причиной и исправлением, один раз на ветку. На всё остальное я не отвечаю.',
  },
  welcomeMention: {
    en: 'You can also mention me with an error or a registry name (@ACR Doctor, then the text), or use "Diagnose with ACR Doctor" in any message\'s … menu.',
    ru: 'Можно также упомянуть меня с ошибкой или именем реестра (@ACR Doctor, затем текст) или выбрать «Diagnose with ACR Doctor» в меню … любого сообщения.',
  },
  welcomeQuiet: {
    en: 'To stop me answering unasked here, write: @ACR Doctor quiet. To start again: @ACR Doctor listen.',
    ru: 'Чтобы я перестал отвечать здесь без упоминания, напишите: @ACR Doctor quiet. Чтобы снова включить: @ACR Doctor listen.',
  },

  quietTitle: { en: 'I will stay quiet here', ru: 'Здесь я буду молчать' },
  quietBody: {
    en: 'I no longer answer messages in this channel unless someone mentions me. To turn listening back on, write: @ACR Doctor listen.',
    ru: 'Теперь я отвечаю в этом канале только на упоминания. Чтобы снова включить ответы без упоминания, напишите: @ACR Doctor listen.',
  },
  listenTitle: { en: 'I am listening here again', ru: 'Я снова слушаю этот канал' },
  listenBody: {
    en: 'When someone posts an Azure Container Registry error in this channel, I reply in its thread, once per thread. To stop it: @ACR Doctor quiet.',
    ru: 'Когда кто-то публикует в этом канале ошибку Azure Container Registry, я отвечаю в его ветке, один раз на ветку. Чтобы выключить: @ACR Doctor quiet.',
  },
  settingNotSaved: {
    en: 'I could not save that setting just now; please try again in a minute.',
    ru: 'Не удалось сохранить настройку; попробуйте ещё раз через минуту.',
  },

  dialogTitle: { en: 'ACR Doctor', ru: 'ACR Doctor' },
  dialogFailed: {
    en: 'Something went wrong on my side (reference {ref}). Please try again.',
    ru: 'У меня что-то пошло не так (номер {ref}). Попробуйте ещё раз.',
  },
  postInThread: { en: 'Post in the conversation', ru: 'Опубликовать в беседе' },
  dialogNothingTitle: {
    en: 'No ACR error in that message',
    ru: 'В этом сообщении нет ошибки ACR',
  },
  dialogNothingBody: {
    en: 'I read the message but found no Azure Container Registry error I know. Try it on the message that holds the error output.',
    ru: 'Я прочитал сообщение, но не нашёл известной мне ошибки Azure Container Registry. Попробуйте на сообщении с выводом ошибки.',
  },

  fileTitle: { en: 'About your file', ru: 'О вашем файле' },
  fileWrongType: {
    en: 'I read .log and .txt files only. Attach the log as one of those, or paste the error as text.',
    ru: 'Я читаю только файлы .log и .txt. Приложите лог в одном из этих форматов или вставьте ошибку текстом.',
  },
  fileTooLarge: {
    en: 'The file is larger than {limit} KB. Attach the part around the error, or paste the error as text.',
    ru: 'Файл больше {limit} КБ. Приложите часть вокруг ошибки или вставьте ошибку текстом.',
  },
  fileUnreadable: {
    en: 'I could not download the file from Teams just now. Please try again, or paste the error as text.',
    ru: 'Не удалось скачать файл из Teams. Попробуйте ещё раз или вставьте ошибку текстом.',
  },
  fileInChannel: {
    en: 'I read attached files in our personal chat only. Send the file to me there, or paste the error here as text.',
    ru: 'Вложенные файлы я читаю только в личном чате. Отправьте файл мне туда или вставьте ошибку сюда текстом.',
  },
  messageCut: {
    en: 'Your message is about as long as Teams allows ({limit} KB), so Teams may have cut its end. If the error is missing from my answer, attach the log as a .log or .txt file here.',
    ru: 'Ваше сообщение почти достигает предела Teams ({limit} КБ), поэтому Teams мог обрезать его конец. Если в ответе нет нужной ошибки, приложите лог файлом .log или .txt сюда.',
  },

  chatTitle: { en: 'Hello!', ru: 'Здравствуйте!' },
  chatBody: {
    en: 'I am a bot that explains Azure Container Registry errors. Paste one (the command and all of its output) and I will tell you the likely cause and the fix. Not sure what that looks like? Try a sample.',
    ru: 'Я бот, который объясняет ошибки Azure Container Registry. Вставьте ошибку (команду и весь её вывод), и я назову вероятную причину и исправление. Не знаете, как это выглядит? Попробуйте пример.',
  },
  trySample: { en: 'Try a sample', ru: 'Попробовать пример' },

  helpfulTitle: { en: 'Which cause was it?', ru: 'Какая это была причина?' },
  helpfulBody: {
    en: 'Thanks! Pick the cause that turned out to be right, so the next answer can be better.',
    ru: 'Спасибо! Выберите причину, которая оказалась верной, чтобы следующие ответы стали точнее.',
  },
  notHelpfulTitle: { en: 'What was it?', ru: 'Что это было на самом деле?' },
  notHelpfulBody: {
    en: 'Sorry it did not help. If you found the real cause, pick it and add a word, so the next answer can be better.',
    ru: 'Жаль, что не помогло. Если вы нашли настоящую причину, выберите её и добавьте пару слов, чтобы следующие ответы стали точнее.',
  },
  causeLabel: { en: 'The cause', ru: 'Причина' },
  notKnown: { en: 'I do not know yet', ru: 'Пока не знаю' },
  noteLabel: { en: 'Anything else (optional)', ru: 'Что-нибудь ещё (необязательно)' },
  notePlaceholder: {
    en: 'e.g. the firewall was fine, the token had expired',
    ru: 'например: брандмауэр ни при чём, истёк токен',
  },
  sharePaste: {
    en: 'Also share the paste this card is about, with passwords and tokens masked, so that the people who run this bot can check its answers against real errors. It is deleted after {days} days.',
    ru: 'Также передать текст, о котором эта карточка (пароли и токены скрыты), чтобы те, кто обслуживает бота, могли проверять его ответы на реальных ошибках. Он будет удалён через {days} дн.',
  },
  send: { en: 'Send', ru: 'Отправить' },
  labelThanks: {
    en: 'Thank you, your answer is recorded.',
    ru: 'Спасибо, ваш ответ записан.',
  },
  alreadyVoted: {
    en: 'You have already answered for this card; thank you.',
    ru: 'Вы уже ответили на этой карточке; спасибо.',
  },

  privateRun: {
    en: 'Live checks were run with the Azure permissions of {name}. Their results are shown only to that person.',
    ru: 'Живые проверки выполнены с правами Azure пользователя {name}. Результаты видит только этот человек.',
  },
  privateRunUnnamed: {
    en: 'Live checks were run with the Azure permissions of the person who pressed the button. Their results are shown only to that person.',
    ru: 'Живые проверки выполнены с правами Azure того, кто нажал кнопку. Результаты видит только этот человек.',
  },
  privateYours: {
    en: 'Only you see these results: they were read with your Azure permissions. Share the outcome with the channel if it helps others.',
    ru: 'Эти результаты видите только вы: они получены с вашими правами Azure. Поделитесь итогом с каналом, если это поможет другим.',
  },
  shareOutcome: { en: 'Share the outcome', ru: 'Поделиться итогом' },
  sharedOutcome: { en: 'Live checks by {name}: {outcome}', ru: 'Живые проверки ({name}): {outcome}' },
  outcomeConfirmed: { en: 'confirmed: {cause}', ru: 'подтверждено: {cause}' },
  outcomeOpen: {
    en: 'no cause confirmed; {failed} of {total} checks found a problem',
    ru: 'ни одна причина не подтверждена; проверки с проблемой: {failed} из {total}',
  },
  someone: { en: 'a colleague', ru: 'коллега' },
  demoBanner: {
    en: 'Demo data: these live checks ran against the built-in fake Azure (scenario "{scenario}"), not a real registry.',
    ru: 'Демонстрационные данные: эти живые проверки выполнены на встроенной имитации Azure (сценарий «{scenario}»), а не на настоящем реестре.',
  },
} as const satisfies Record<string, Text>;

export type BotStringId = keyof typeof BOT_STRINGS;
