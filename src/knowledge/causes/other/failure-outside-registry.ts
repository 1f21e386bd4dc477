import { defineCause } from '../../define';

/**
 * A failure told entirely in another program's words: nothing in the paste is about a registry, an image, a
 * container, a sign-in or a refusal. Named by the engine's last fallback only (diagnosis/outside-registry.ts), at the
 * share of such pastes that really were something else; the person is told why, and what to paste if a registry
 * step was involved after all.
 */
export default defineCause({
  id: 'failure-outside-registry',
  family: 'other',
  scope: 'not-acr',
  prevalence: 'occasional',
  title: {
    en: 'Another program’s failure: nothing in it is about a registry, an image or a sign-in',
    ru: 'Сбой другой программы: в нём нет ничего о реестре, образе или входе',
  },
  explanation: {
    en:
      'The paste shows a failure, but nothing in it is about a container registry: no registry or image name, no ' +
      'pull, push or build of an image, no sign-in, token or credential, no 401, 403 or "denied", no network rule. ' +
      'A registry access problem is told in some of those words, whoever prints it, so this is most often another ' +
      'program failing on its own (a package manager, a compiler, a test run, Terraform, an app at start-up). Read ' +
      'that program’s own message first. If the failure did come from a step that signs in to a registry or pulls or ' +
      'pushes an image, the lines just before it hold the registry’s answer: paste those.',
    ru:
      'В тексте есть сбой, но ничего о реестре контейнеров: нет имени реестра или образа, нет pull, push или сборки ' +
      'образа, нет входа, токена или учётных данных, нет 401, 403 или «denied», нет сетевых правил. Проблема доступа ' +
      'к реестру всегда описывается какими-то из этих слов, кто бы её ни выводил, поэтому чаще всего это сбой другой ' +
      'программы (менеджера пакетов, компилятора, тестов, Terraform, приложения при запуске). Сначала прочитайте её ' +
      'собственное сообщение. Если сбой всё же случился на шаге, который входит в реестр или скачивает либо ' +
      'отправляет образ, ответ реестра — в строках прямо перед ним: вставьте их.',
  },
  ask: {
    en: 'Did the step that failed sign in to a registry, or pull or push an image?',
    ru: 'Входил ли упавший шаг в реестр, скачивал или отправлял ли образ?',
  },
  rules: [],
  fallbackOnly: true,
  fix: [
    {
      text: {
        en: 'Look up the failing program’s own error message: it is not one a registry or a registry client prints.',
        ru: 'Ищите по сообщению самой упавшей программы: это не сообщение реестра или его клиента.',
      },
    },
    {
      text: {
        en: 'If a registry step was involved, paste its output from the sign-in or pull onwards, or check the registry’s health from the same machine.',
        ru: 'Если в этом участвовал шаг с реестром, вставьте его вывод начиная со входа или pull либо проверьте реестр с той же машины.',
      },
      command: 'az acr check-health --name {registry} --yes',
    },
  ],
  docs: [
    {
      title: {
        en: 'Troubleshoot registry login (what a registry access failure looks like)',
        ru: 'Устранение неполадок со входом в реестр (как выглядит сбой доступа к реестру)',
      },
      url: 'https://learn.microsoft.com/azure/container-registry/container-registry-troubleshoot-login',
    },
  ],
  checks: [],
});
