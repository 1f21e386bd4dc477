import { defineCause } from '../../define';
import { ACR_FAQ, AUTH_TROUBLESHOOTING } from '../../docs';
import { against, anchor, context } from '../../rules';

export default defineCause({
  id: 'login-server-not-lowercase',
  family: 'docker-not-running-or-misconfigured',
  scope: 'acr-access',
  prevalence: 'occasional',
  title: {
    en: 'The login server is written with capital letters in docker commands',
    ru: 'Сервер входа в командах docker записан с заглавными буквами',
  },
  explanation: {
    en:
      'Docker keeps saved logins per host name exactly as written, while `az acr login` always stores the ' +
      'lower-case login server. An image reference such as `MyRegistry.azurecr.io/app` therefore finds no saved ' +
      'credential, Docker asks anonymously and the registry answers "unauthorized: authentication required", ' +
      'even though the login just succeeded.',
    ru:
      'Docker хранит сохранённые входы по имени хоста ровно в том написании, в каком оно указано, а `az acr login` ' +
      'всегда сохраняет сервер входа в нижнем регистре. Поэтому для ссылки вида `MyRegistry.azurecr.io/app` ' +
      'сохранённых учётных данных не находится, Docker обращается анонимно, и реестр отвечает ' +
      '«unauthorized: authentication required», хотя вход только что прошёл успешно.',
  },
  ask: {
    en: 'Does the image name you push or pull contain capital letters in the registry part (for example MyRegistry.azurecr.io)?',
    ru: 'В имени образа, который вы отправляете или извлекаете, есть заглавные буквы в части реестра (например, MyRegistry.azurecr.io)?',
  },
  rules: [
    anchor('host:acr-mixed-case', 6),
    anchor(['Uppercase characters are detected in the registry name'], 8),
    // A CI log masks the registry host it took from a secret or service connection as ***. When the reference Docker
    // cannot parse is `***/<valid lowercase repository>[:tag]`, the part in question is the hidden login server.
    anchor(/\*\*\*\/[a-z0-9._/-]+(?::[\w.-]+)?["']? is not a valid repository\/tag/, 5),
    anchor(['unauthorized: authentication required'], 1),
    context('succeeded:login', 3),
    context('op:push', 1),
    context('op:pull', 1),
    against(['repository name must be lowercase'], 4),
    // The name with capitals is only a condition, never an error by itself: when the paste shows an image pulled
    // through it, the saved credential was found under that spelling, so the spelling cost nothing (an App Service
    // log of a pull that worked before the container failed to start, channel traffic t0220).
    against(
      /(?:up to date for |Downloaded newer image for |Successfully pulled image ["']?)[a-z0-9-]*[A-Z][A-Za-z0-9-]*\.azurecr\.(?:io|cn|us)\b/,
      8,
    ),
  ],
  fix: [
    {
      text: {
        en: 'Read the exact login server of the registry.',
        ru: 'Узнайте точное имя сервера входа реестра.',
      },
      command: 'az acr show -n {registry} --query loginServer -o tsv',
    },
    {
      text: {
        en: 'Use it in lower case everywhere: docker login, tag, push and pull, and image fields in manifests and pipelines.',
        ru: 'Используйте его в нижнем регистре везде: в docker login, tag, push и pull, а также в полях образа в манифестах и конвейерах.',
      },
      command: 'docker tag {image} {loginServer}/{repository}:{tag}',
    },
    {
      text: {
        en: 'Then push or pull with the lower-case name.',
        ru: 'Затем выполните push или pull с именем в нижнем регистре.',
      },
      command: 'docker push {loginServer}/{repository}:{tag}',
    },
  ],
  docs: [ACR_FAQ, AUTH_TROUBLESHOOTING],
  checks: ['registry'],
});
