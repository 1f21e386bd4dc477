import { defineCause } from '../../define';
import { anchor } from '../../rules';

/**
 * The registry's name never reached the tool: a variable was unset, or a tool forgot to fill it in, so it sent an
 * empty server (`The server '' in the 'imageRegistryCredentials'`) or JavaScript's `undefined` as a host (`docker login
 * undefined`, `https://undefined/v2/`). No registry was asked; the name is the problem, not the registry (field
 * f060, field3 h056).
 */
export default defineCause({
  id: 'registry-name-unset',
  family: 'other',
  scope: 'not-acr',
  prevalence: 'rare',
  title: {
    en: 'The registry name was empty when the tool ran (an unset variable or input)',
    ru: 'Имя реестра оказалось пустым, когда запускался инструмент (незаданная переменная или параметр)',
  },
  explanation: {
    en:
      'The tool was handed no registry at all: an empty server name, or the word "undefined" where a script or an ' +
      'extension meant to put a login server. That happens when a pipeline variable or action input is not set, or ' +
      'when a tool fails to derive the login server from the image name. No registry was contacted, so its ' +
      'credentials, roles and network rules are not involved.',
    ru:
      'Инструменту не передали реестр вовсе: пустое имя сервера или слово «undefined» там, где скрипт или расширение ' +
      'должны были подставить сервер входа. Так бывает, когда переменная конвейера или параметр действия не заданы, ' +
      'или инструмент не смог вывести сервер входа из имени образа. К реестру не обращались, поэтому его учётные ' +
      'данные, роли и сетевые правила тут ни при чём.',
  },
  ask: {
    en: 'Is the registry or login-server setting of that step empty or taken from a variable that may be unset?',
    ru: 'Параметр реестра или сервера входа этого шага пуст или берётся из переменной, которая может быть не задана?',
  },
  rules: [
    // ko was not told where to publish.
    anchor(['KO_DOCKER_REPO', 'is unset'], 8),
    // Azure Container Instances validating a container group whose registry credential has an empty server.
    anchor(["The server '' in the 'imageRegistryCredentials'"], 9),
    // A login or a request aimed at the host `undefined` / `null`: a value that was never set.
    anchor(/\blogin (?:undefined|null)\s/i, 8),
    anchor(/https?:\/\/(?:undefined|null)\/v2\//i, 8),
    anchor(/lookup (?:undefined|null)\b/i, 6),
    // A shell trace (`set -x`) of an az acr command whose registry argument expanded to nothing.
    anchor(/\baz acr [a-z -]{1,40}(?:--name|--registry|-n|-r)[ =](?:''|"")(?:\s|$)/, 10),
  ],
  fix: [
    {
      text: {
        en: 'Give the step the login server explicitly (for example the registry-login-server or registry input), or make sure the variable it reads is set in this job.',
        ru: 'Передайте шагу сервер входа явно (например, параметр registry-login-server или registry) или убедитесь, что переменная, которую он читает, задана в этом задании.',
      },
    },
    {
      text: {
        en: 'Print the value just before the step to see what it receives.',
        ru: 'Выведите значение прямо перед шагом, чтобы увидеть, что он получает.',
      },
      command: 'echo "registry=${REGISTRY_LOGIN_SERVER:-<empty>}"',
    },
  ],
  docs: [
    {
      title: {
        en: 'Authenticate with an Azure container registry',
        ru: 'Проверка подлинности в реестре контейнеров Azure',
      },
      url: 'https://learn.microsoft.com/azure/container-registry/container-registry-authentication',
    },
  ],
  checks: [],
});
