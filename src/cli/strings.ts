import type { Lang, Text } from '../knowledge';

/** Every sentence the terminal report prints, in each language. */
export const CLI_TEXT = {
  title: { en: 'acr-doctor — diagnosis', ru: 'acr-doctor — диагноз' },
  verdictAcr: { en: 'ACR access problem', ru: 'Проблема доступа к ACR' },
  verdictNotAcr: { en: 'Not an ACR access problem', ru: 'Это не проблема доступа к ACR' },
  verdictUnknown: { en: 'No known ACR error found', ru: 'Известных ошибок ACR не найдено' },
  verdictRegistryNotFailed: {
    en: 'Not a registry failure: an Azure sign-in, a name lookup or a role grant failed, and no registry is in the paste',
    ru: 'Сбой не в реестре: не удались вход в Azure, поиск имени или назначение роли, а реестра в тексте нет',
  },
  verdictOtherRegistry: {
    en: 'Not your ACR: another registry failed',
    ru: 'Дело не в вашем ACR: сбой в другом реестре',
  },
  otherRegistryLead: {
    en: 'The registry in this paste is not an ACR; what failed there is:',
    ru: 'Реестр в этом тексте не ACR; в нём не удалось вот что:',
  },
  registryNotFailedLead: {
    en: 'No registry appears in this paste; what failed is:',
    ru: 'Реестра в этом тексте нет; не удалось вот что:',
  },
  notAcrLead: {
    en: 'This is not an ACR access problem; it is:',
    ru: 'Это не проблема доступа к ACR, а вот что:',
  },
  signals: { en: 'Found', ru: 'Найдено' },
  tool: { en: 'tool', ru: 'инструмент' },
  registry: { en: 'registry', ru: 'реестр' },
  operation: { en: 'operation', ru: 'операция' },
  why: { en: 'Why', ru: 'Почему' },
  evidence: { en: 'Evidence', ru: 'Признаки' },
  against: { en: 'Against', ru: 'Против' },
  fix: { en: 'Fix', ru: 'Исправление' },
  docs: { en: 'Docs', ru: 'Документация' },
  checks: { en: 'Live checks that settle it', ru: 'Проверки, которые это подтвердят' },
  distinguish: { en: 'To tell the first two apart', ru: 'Чтобы различить первые две причины' },
  orAnswer: { en: 'or answer', ru: 'или ответьте' },
  more: { en: 'more candidates; --all shows them', ru: 'других вариантов; --all покажет их' },
  secretBanner: {
    en: 'A secret was pasted ({kinds}). It is masked here — rotate it now: anyone who saw the paste has it.',
    ru: 'В тексте был секрет ({kinds}). Здесь он скрыт — смените его сейчас: его видел каждый, кто видел этот текст.',
  },
  empty: {
    en: 'The input is empty. Paste an error message or a log.',
    ru: 'Пустой ввод. Вставьте сообщение об ошибке или журнал.',
  },
  guessedFromWords: {
    en: 'No known error message matched: these causes are guessed from the words of the paste; treat them as leads.',
    ru: 'Известных сообщений об ошибках нет: причины подобраны по словам текста, это только версии.',
  },
  readFromDescription: {
    en: 'No known error message matched: these causes come from what you wrote about your setup; confirm them with the live checks.',
    ru: 'Известных сообщений об ошибках нет: причины взяты из вашего описания, подтвердите их проверками в Azure.',
  },
  binary: {
    en: 'This looks like binary data, not text; only readable parts were used.',
    ru: 'Похоже на двоичные данные, а не текст; использованы только читаемые части.',
  },
  truncated: {
    en: 'The input was {original} characters; the first quarter and the last three quarters of {kept} were read.',
    ru: 'Во входных данных {original} символов; прочитаны первая четверть и последние три четверти из {kept}.',
  },
  noError: {
    en: 'No ACR error recognised. Paste the full output of the failing command (az acr login, docker pull/push, kubectl describe pod …).',
    ru: 'Ошибка ACR не распознана. Вставьте полный вывод команды, которая не сработала (az acr login, docker pull/push, kubectl describe pod …).',
  },
} satisfies Record<string, Text>;

/** What the report says when the paste cannot decide between causes; formatted with `fill`. */
export const AMBIGUITY_TEXT = {
  lead: {
    en: 'The paste alone cannot decide between these {count} causes:',
    ru: 'По одному этому тексту нельзя выбрать между этими причинами ({count}):',
  },
  settle: { en: 'What settles it', ru: 'Что поможет выбрать' },
} as const satisfies Record<string, Text>;

export function say(
  key: keyof typeof CLI_TEXT,
  lang: Lang,
  values: Record<string, string | number> = {},
): string {
  return CLI_TEXT[key][lang].replace(/\{(\w+)\}/g, (whole, name: string) => String(values[name] ?? whole));
}
