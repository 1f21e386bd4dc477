import { defineCause } from '../../define';
import { acrAnchor, context } from '../../rules';

/**
 * The ACR Tasks runner's own message when it cannot fetch a run's build context, before any registry is asked: the
 * source, not the registry's access. Labelled `other` 4 times in 5 (field45 45U001, field77 77J024–J026: git
 * submodules, an empty task credential, a token not authorised for the organisation's SSO, a working tree too large to
 * upload); once a lapsed sign-in behind VS Code's "Build Image in Azure" (77J048).
 */
export default defineCause({
  id: 'task-context-download-failed',
  family: 'other',
  scope: 'acr-other',
  prevalence: 'occasional',
  title: {
    en: 'The ACR task could not download its build context (the source, not the registry)',
    ru: 'Задача ACR не смогла скачать контекст сборки (дело в исходниках, а не в реестре)',
  },
  explanation: {
    en:
      'An ACR task run (az acr build, az acr task run, a triggered task) starts by fetching its context: a git repository, ' +
      'a tarball at a URL, or the source that az acr build uploaded. That fetch failed, so nothing was built and no ' +
      'registry was asked: the git URL or branch is wrong, the git access token has expired, lacks the repository or is ' +
      "not authorised for the organisation's SSO, the repository uses submodules the fetch cannot follow, or the upload " +
      'link of a quick build has lapsed.',
    ru:
      'Запуск задачи ACR (az acr build, az acr task run, задача по триггеру) начинается с получения контекста: репозитория ' +
      'git, архива по URL или исходников, загруженных az acr build. Это получение не удалось, поэтому ничего не собрано ' +
      'и к реестру не обращались: неверен адрес git или ветка, токен доступа git истёк, не даёт доступа к репозиторию или ' +
      'не авторизован для SSO организации, репозиторий использует подмодули, которые получение не обрабатывает, или ' +
      'истекла ссылка загрузки быстрой сборки.',
  },
  ask: {
    en: "Where does the run's context come from (a git URL, a tarball, a local upload), and is its token current?",
    ru: 'Откуда берётся контекст запуска (адрес git, архив, локальная загрузка) и действителен ли его токен?',
  },
  rules: [
    // Azure/acr-builder's download step ("failed to download context. Please check if the URL is incorrect. If it
    // has credentials, please check if they are expired"); only the ACR Tasks runner prints it.
    acrAnchor(['failed to download context'], 8),
    context('tool:acr-tasks', 1),
  ],
  fix: [
    {
      text: {
        en: "Check the task's context URL and branch, and renew its git access token (for an organisation with SSO, authorise the token for it).",
        ru: 'Проверьте адрес контекста задачи и ветку и обновите её токен доступа git (для организации с SSO авторизуйте токен для неё).',
      },
      command:
        'az acr task update -r {registry} -n <task-name> --context <git-url>#<branch> --git-access-token <token>',
    },
    {
      text: {
        en: 'For a quick build from your machine (az acr build, VS Code\'s "Build Image in Azure"), sign in again and run it again; keep the uploaded context small with a .dockerignore.',
        ru: 'Для быстрой сборки со своей машины (az acr build, «Build Image in Azure» в VS Code) войдите заново и повторите запуск; держите загружаемый контекст небольшим с помощью .dockerignore.',
      },
      command: 'az login && az acr build -r {registry} -t {repository}:{tag} .',
    },
    {
      text: {
        en: 'If the repository uses git submodules, build from a checkout that already holds them (a local context) instead of the git URL.',
        ru: 'Если репозиторий использует подмодули git, собирайте из рабочей копии, где они уже есть (локальный контекст), а не по адресу git.',
      },
    },
  ],
  docs: [
    {
      title: { en: 'ACR Tasks overview', ru: 'Обзор задач ACR' },
      url: 'https://learn.microsoft.com/azure/container-registry/container-registry-tasks-overview',
    },
  ],
  checks: [],
});
