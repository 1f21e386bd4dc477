import { defineCause } from '../../define';
import { AUTH_TROUBLESHOOTING } from '../../docs';
import { anchor, context } from '../../rules';

/**
 * `docker tag app contoso.azurecr.io:1` names no repository: Docker reads `contoso.azurecr.io` as a repository
 * on Docker Hub (`docker.io/library/contoso.azurecr.io`), and Docker Hub refuses the push. The paste shows Docker
 * Hub's "denied", which alone reads as another registry; the pushed repository's name is what places it at ACR.
 */
export default defineCause({
  id: 'login-server-as-image-name',
  family: 'wrong-registry-name-or-not-found',
  scope: 'acr-access',
  prevalence: 'rare',
  title: {
    en: 'The image reference has the login server but no repository',
    ru: 'В ссылке на образ есть сервер входа, но нет репозитория',
  },
  explanation: {
    en:
      'The image was tagged as `<registry>.azurecr.io:<tag>` with no repository path after the login server. Docker ' +
      'then reads the whole login server as the name of an image on Docker Hub and pushes to ' +
      '`docker.io/library/<registry>.azurecr.io`, where Docker Hub refuses it ("denied: requested access to the ' +
      'resource is denied"). The registry is never contacted, so its credentials and roles are not the problem.',
    ru:
      'Образ помечен как `<реестр>.azurecr.io:<тег>`, без пути репозитория после сервера входа. Docker тогда считает ' +
      'весь сервер входа именем образа на Docker Hub и отправляет его в `docker.io/library/<реестр>.azurecr.io`, а ' +
      'Docker Hub отказывает («denied: requested access to the resource is denied»). До реестра запрос не доходит, ' +
      'поэтому его учётные данные и роли ни при чём.',
  },
  ask: {
    en: 'Does the image name you tag and push have a repository after the login server (`<registry>.azurecr.io/<repository>:<tag>`)?',
    ru: 'Есть ли в имени образа, которое вы помечаете и отправляете, репозиторий после сервера входа (`<реестр>.azurecr.io/<репозиторий>:<тег>`)?',
  },
  rules: [
    // Docker's own line for the push: the repository it pushes to is a login server on Docker Hub's library.
    // Any name before the suffix: pastes keep placeholders there (`<my registry>`, HTML-escaped or not).
    anchor(/refers to repository \[docker\.io\/library\/[^\]/\n]{1,80}\.azurecr\.(?:io|cn|us)\]/i, 12),
    // The command that pushed or tagged it (`docker push`, `docker tag <source>`): a login server followed directly by a tag, with no repository path.
    anchor(
      /\bdocker(?:\.exe)? (?:push|tag \S+) [a-z0-9-]{1,50}\.azurecr\.(?:io|cn|us):[\w][\w.-]{0,127}(?=\s|$)/im,
      10,
    ),
    // The tag that caused it: a login server followed directly by a tag.
    anchor(/tagged [a-z0-9-]{1,50}\.azurecr\.(?:io|cn|us):[\w][\w.-]{0,127}\s*$/i, 6),
    context(['requested access to the resource is denied'], 1),
  ],
  fix: [
    {
      text: {
        en: 'Tag the image with a repository after the login server, then push that name.',
        ru: 'Пометьте образ с репозиторием после сервера входа и отправьте это имя.',
      },
      command: 'docker tag <local-image> {registry}.azurecr.io/<repository>:<tag>',
    },
    {
      text: {
        en: 'In pipeline or tool settings (IoT Edge module.json `repository`, compose `image`), give the full `<registry>.azurecr.io/<repository>` value.',
        ru: 'В настройках конвейера или инструмента (`repository` в module.json IoT Edge, `image` в compose) укажите полное значение `<реестр>.azurecr.io/<репозиторий>`.',
      },
    },
  ],
  docs: [AUTH_TROUBLESHOOTING],
  checks: [],
});
