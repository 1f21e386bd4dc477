import { defineCause } from '../../define';

/**
 * A failure in the words of images, registries or sign-ins that nothing ties to an ACR: no login server, no ACR
 * wording or error code, no Azure service pulling for the user, no word of a registry's network rules, and no rule
 * knows it. Named by the engine's last fallback only (diagnosis/unplaced-failure.ts), at the share of such pastes
 * that really were another registry's or another tool's; the person is told what would tie it to their ACR.
 */
export default defineCause({
  id: 'failure-not-tied-to-acr',
  family: 'other',
  scope: 'not-acr',
  prevalence: 'occasional',
  title: {
    en: 'A failure nothing here ties to an Azure Container Registry',
    ru: 'Сбой, который ничто в тексте не связывает с реестром Azure',
  },
  explanation: {
    en:
      'The paste shows a failure about images, a registry or a sign-in, but nothing in it points at an Azure ' +
      'Container Registry: no *.azurecr.io login server, none of ACR’s own messages or error codes, no Azure ' +
      'service pulling an image for you, nothing about a registry’s firewall or private endpoint. Failures like ' +
      'this are most often another registry’s (Docker Hub, GHCR, a company registry) or the local tool’s own ' +
      '(a credential helper, a CI plugin, a daemon that did not start). Look at which registry the failing step ' +
      'talks to. If it is your ACR after all, the lines with its login server hold the registry’s own answer: ' +
      'paste those and the diagnosis can name the cause.',
    ru:
      'В тексте сбой, связанный с образами, реестром или входом, но ничто не указывает на Azure Container ' +
      'Registry: нет сервера входа *.azurecr.io, нет собственных сообщений или кодов ошибок ACR, нет службы Azure, ' +
      'которая скачивает образ за вас, ничего о брандмауэре или частной конечной точке реестра. Чаще всего такой ' +
      'сбой относится к другому реестру (Docker Hub, GHCR, корпоративный реестр) или к самому локальному ' +
      'инструменту (помощнику учётных данных, плагину CI, не запустившемуся демону). Посмотрите, к какому реестру ' +
      'обращается упавший шаг. Если это всё же ваш ACR, ответ реестра — в строках с его сервером входа: вставьте ' +
      'их, и диагноз сможет назвать причину.',
  },
  ask: {
    en: 'Which registry does the failing step talk to: an *.azurecr.io registry or another one?',
    ru: 'К какому реестру обращается упавший шаг: *.azurecr.io или другому?',
  },
  rules: [],
  fallbackOnly: true,
  fix: [
    {
      text: {
        en: 'Find the registry host in the failing step (the image reference, the login command, the pipeline’s service connection); if it is not *.azurecr.io, look up the error with that registry or tool.',
        ru: 'Найдите хост реестра в упавшем шаге (ссылка на образ, команда входа, подключение службы в конвейере); если это не *.azurecr.io, ищите ошибку у этого реестра или инструмента.',
      },
    },
    {
      text: {
        en: 'If it is your ACR, check the registry from the same machine and paste the output from the sign-in or pull onwards.',
        ru: 'Если это ваш ACR, проверьте реестр с той же машины и вставьте вывод начиная со входа или pull.',
      },
      command: 'az acr check-health --name {registry} --yes',
    },
  ],
  docs: [
    {
      title: {
        en: 'Troubleshoot registry login (what an ACR access failure looks like)',
        ru: 'Устранение неполадок со входом в реестр (как выглядит сбой доступа к ACR)',
      },
      url: 'https://learn.microsoft.com/azure/container-registry/container-registry-troubleshoot-login',
    },
  ],
  checks: [],
});
