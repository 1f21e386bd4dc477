import { defineCause } from '../../define';
import { against, anchor } from '../../rules';

/**
 * git refusing or failing to fetch source code: its own words from credential.c, remote-curl.c and connect.c
 * ("could not read Username for …", "Authentication failed for …", "repository … not found") and what GitHub and
 * Azure Repos add as `remote:` lines. A CI log that builds and pushes an image often fails here first, at checkout, and the person
 * pasting it into an ACR channel suspects the registry. An ACR task whose git context cannot be read fails the same
 * way: the task's source token, not the registry.
 */
export default defineCause({
  id: 'git-source-access',
  family: 'other',
  scope: 'not-acr',
  prevalence: 'occasional',
  title: {
    en: 'git could not fetch the source code (its credentials or the repository URL), not the registry',
    ru: 'git не смог получить исходный код (его учётные данные или адрес репозитория), а не реестр',
  },
  explanation: {
    en:
      "The failure is git's: a clone, fetch or push of a source repository was refused or could not ask for credentials. " +
      'No container registry was contacted. A personal access token that expired or lacks the repository, a password ' +
      'where the host only accepts tokens, an SSH key the host does not know, or a mistyped repository URL all end here. ' +
      "For an ACR task with a git context, it is the task's source token that git presented.",
    ru:
      'Сбой произошёл в git: клон, получение или отправка исходного репозитория были отклонены или git не смог запросить ' +
      'учётные данные. Ни к какому реестру контейнеров обращения не было. Сюда приводят истёкший или не дающий доступа ' +
      'к репозиторию персональный токен, пароль там, где хост принимает только токены, неизвестный хосту SSH-ключ или ' +
      'ошибка в адресе репозитория. Для задачи ACR с контекстом git это токен источника, который предъявила задача.',
  },
  ask: {
    en: 'Which repository URL was git fetching, and which token or key does this job give it?',
    ru: 'Какой адрес репозитория получал git и какой токен или ключ ему выдаёт это задание?',
  },
  rules: [
    anchor(['fatal: Authentication failed for'], 7),
    anchor(['fatal: could not read Username for'], 7),
    anchor(['fatal: could not read Password for'], 7),
    anchor(['remote: Support for password authentication was removed'], 7),
    anchor(['remote: Repository not found'], 6),
    anchor(['fatal: repository', 'not found'], 5),
    anchor(['Permission denied (publickey)'], 6),
    anchor(['Host key verification failed'], 6),
    anchor(['Could not read from remote repository'], 5),
    // A registry's refusal in the same paste is what failed there; git's lines are then the checkout before it.
    against('oci:UNAUTHORIZED', 6),
    against('oci:DENIED', 6),
    against(['Error response from daemon'], 4),
    against(['Failed to pull image'], 5),
  ],
  fix: [
    {
      text: {
        en: 'Check that the token or key the job gives git is current and grants read access to this repository.',
        ru: 'Проверьте, что токен или ключ, выдаваемый заданием git, действителен и даёт чтение этого репозитория.',
      },
      command: 'git ls-remote <repository-url>',
    },
    {
      text: {
        en: "For an ACR task with a git context, renew the task's source token.",
        ru: 'Для задачи ACR с контекстом git обновите токен источника задачи.',
      },
      command: 'az acr task update -r {registry} -n <task-name> --git-access-token <token>',
    },
  ],
  docs: [
    {
      title: {
        en: 'About remote repositories: cloning with HTTPS URLs (GitHub)',
        ru: 'Об удалённых репозиториях: клонирование по HTTPS (GitHub)',
      },
      url: 'https://docs.github.com/en/get-started/getting-started-with-git/about-remote-repositories#cloning-with-https-urls',
    },
  ],
  checks: [],
});
