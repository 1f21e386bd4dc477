import { defineCause } from '../../define';
import { ACR_FAQ } from '../../docs';
import { GLUED_LOGIN_SERVER } from '../../registry-naming';
import { acrAnchor, against, anchor, context } from '../../rules';

export default defineCause({
  id: 'invalid-repository-name',
  family: 'image-or-tag-not-found',
  scope: 'acr-other',
  prevalence: 'occasional',
  title: {
    en: 'The image reference or repository name is not valid',
    ru: 'Ссылка на образ или имя репозитория недопустимы',
  },
  explanation: {
    en:
      'Repository names may only contain lowercase letters, digits and the separators ".", "-", "_" and "/", and a tag ' +
      'follows a single colon. Capital letters, spaces, a trailing colon, "https://" in front or an unfilled variable make ' +
      'the reference unparsable, so the client stops before talking to the registry: Docker prints "invalid reference ' +
      'format", Kubernetes reports InvalidImageName, and the registry itself answers NAME_INVALID.',
    ru:
      'Имя репозитория может содержать только строчные буквы, цифры и разделители «.», «-», «_» и «/», а тег отделяется ' +
      'одним двоеточием. Заглавные буквы, пробелы, двоеточие в конце, префикс «https://» или неподставленная переменная ' +
      'делают ссылку неразбираемой, и клиент останавливается ещё до обращения к реестру: Docker пишет «invalid reference ' +
      'format», Kubernetes сообщает InvalidImageName, а сам реестр отвечает NAME_INVALID.',
  },
  ask: {
    en: 'Does the image reference contain capitals, spaces, a scheme or an empty variable?',
    ru: 'В ссылке на образ есть заглавные буквы, пробелы, схема (https://) или пустая переменная?',
  },
  rules: [
    // Jib's and the .NET SDK's own reference checks, before any registry call.
    anchor(['name components cannot have uppercase letters'], 7),
    anchor(['Image tags must be alphanumeric'], 7),
    anchor(['invalid reference format'], 6),
    // A reference a template rendered from an empty value: the chart is wrong (cli-usage-or-unsupported).
    against(['<nil>'], 6),
    against(['<no value>'], 6),
    anchor(['repository name must be lowercase'], 7),
    anchor(['repository name (', 'must be lowercase'], 7),
    anchor(["couldn't parse image reference"], 6),
    // go-containerregistry's name.ParseReference (crane, ko, and the services built on it, Container Apps among them):
    // neither a tag nor a digest reference parses, most often for capital letters in the repository.
    anchor(['could not parse reference'], 6),
    anchor(['InvalidImageName'], 5),
    anchor('oci:NAME_INVALID', 6),
    anchor(['invalid repository name'], 5),
    anchor(['unsupported repository format'], 3),
    // The login server written twice (`x.azurecr.io/x.azurecr.io/app`): the repository path holds a host.
    anchor(/azurecr\.(?:io|cn|us)\/[a-z0-9-]{1,50}\.azurecr\./i, 7),
    anchor(['The requested data does not exist'], 1),
    // ACR Tasks' request validation (az acr build / run / task create, az containerapp up): the image name given with
    // --image/-t is not a valid reference, most often because of capital letters in the repository.
    anchor(["Image name '", "' is invalid"], 7),
    acrAnchor(["acceptable patterns are 'repository'"], 6),
    // The same refusal without its inner errors (older CLIs printed only the summary).
    acrAnchor(
      /Some of the properties of '(?:buildRequest|runRequest|taskCreateParameters|taskUpdateParameters)' are invalid/i,
      4,
    ),
    // The ACR Tasks runner's dependency scan of the Dockerfile (acb scan/dependencies.go) on a FROM it cannot parse,
    // e.g. an upper-case base image (field5 b033).
    acrAnchor(['Failed to parse image reference, ensure tags have a valid format'], 6),
    // A capital letter in the repository part of the -t/--image argument (before any ':tag').
    context(
      / -t ["']?[a-z0-9._/-]*[A-Z]| --image[ =]["']?[a-z0-9._/-]*[A-Z]| --tag[ =]["']?[a-z0-9._/-]*[A-Z]/,
      3,
    ),
    // The validation also fails for a missing image name, which is not a malformed one.
    against(['Missing required property'], 5),
    against('host:acr-mixed-case', 6),
    // A login server glued to the repository with a dot is a wrong login server first (registry-name-wrong-or-missing).
    against(GLUED_LOGIN_SERVER, 6),
    // The repository after a masked host (***) is valid: the host is the unparsable part (login-server-not-lowercase).
    against(/\*\*\*\/[a-z0-9._/-]+(?::[\w.-]+)?["']? is not a valid repository\/tag/, 2),
    against(['manifest tagged by'], 4),
  ],
  fix: [
    {
      text: {
        en: 'Print the exact reference your script or manifest produces and check it character by character.',
        ru: 'Выведите точную ссылку, которую формирует скрипт или манифест, и проверьте её посимвольно.',
      },
    },
    {
      text: {
        en: 'Use lowercase only, no scheme, and the form <login server>/<repository>:<tag>.',
        ru: 'Используйте только строчные буквы, без схемы, в виде <сервер входа>/<репозиторий>:<тег>.',
      },
      command: 'docker tag {image} {loginServer}/{repository}:{tag}',
    },
  ],
  docs: [
    ACR_FAQ,
    {
      title: { en: 'docker image tag: name components', ru: 'docker image tag: составные части имени' },
      url: 'https://docs.docker.com/reference/cli/docker/image/tag/',
    },
  ],
  checks: [],
});
