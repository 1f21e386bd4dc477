import { defineCause } from '../../define';
import { ACR_FAQ } from '../../docs';
import { against, anchor, context } from '../../rules';

/**
 * The distribution API's content errors (distribution registry/api/v2/errors.go, the OCI distribution spec): the
 * registry took the request and the credential, and refused what was sent — a manifest it cannot accept
 * (MANIFEST_INVALID: an unsupported schema or media type, an artifact or signature a tool assembled wrongly), a tag that
 * does not match the URI (TAG_INVALID), an upload whose digest or length differs from what was declared
 * (DIGEST_INVALID, SIZE_INVALID, BLOB_UPLOAD_INVALID: often a proxy that rewrote or cut the body). None of them is about
 * who may push. An access refusal in the same paste (UNAUTHORIZED, DENIED) outweighs them.
 */
export default defineCause({
  id: 'registry-rejected-content',
  family: 'other',
  scope: 'acr-other',
  prevalence: 'rare',
  title: {
    en: 'The registry refused the content that was pushed (manifest, tag, digest or size), not the credential',
    ru: 'Реестр отклонил отправленное содержимое (манифест, тег, дайджест или размер), а не учётные данные',
  },
  explanation: {
    en:
      'The push reached the registry and was signed in; the registry then rejected what it received: a manifest it ' +
      'cannot accept (an old schema, a media type or artifact layout the tool built wrongly), a tag that does not ' +
      'match the request, or a blob whose digest or size differs from what the client declared — the last usually ' +
      'an interrupted upload or a proxy that changed the body. Roles, tokens and network rules are not the problem.',
    ru:
      'Отправка дошла до реестра и прошла вход; затем реестр отверг полученное: манифест, который он не принимает ' +
      '(старая схема, тип носителя или структура артефакта, собранная инструментом неправильно), тег, не совпадающий ' +
      'с запросом, или blob, чей дайджест или размер отличается от заявленного клиентом — обычно прерванная загрузка ' +
      'или прокси, изменивший тело запроса. Роли, токены и сетевые правила здесь ни при чём.',
  },
  ask: {
    en: 'Which tool built and pushed this manifest or artifact, and in which version?',
    ru: 'Какой инструмент собрал и отправил этот манифест или артефакт и какой версии?',
  },
  rules: [
    anchor('oci:MANIFEST_INVALID', 5),
    anchor('oci:TAG_INVALID', 5),
    anchor(['DIGEST_INVALID'], 5),
    anchor(['SIZE_INVALID'], 5),
    anchor(['BLOB_UPLOAD_INVALID'], 5),
    anchor(['manifest tag did not match URI'], 5),
    anchor(['provided digest did not match uploaded content'], 5),
    context('op:push', 1),
    against('oci:UNAUTHORIZED', 5),
    against('oci:DENIED', 5),
    against('http:401', 3),
    against('http:403', 3),
  ],
  fix: [
    {
      text: {
        en: 'Push again with a current client (Docker, BuildKit, ORAS, cosign or notation): older ones build manifests or artifact layouts the registry no longer accepts.',
        ru: 'Отправьте снова актуальным клиентом (Docker, BuildKit, ORAS, cosign или notation): старые версии собирают манифесты или структуры артефактов, которые реестр больше не принимает.',
      },
    },
    {
      text: {
        en: 'For a digest or size mismatch, push from a machine without the proxy (or exempt the registry and its data endpoints from inspection) and retry.',
        ru: 'При несовпадении дайджеста или размера отправьте с машины без прокси (или исключите реестр и его конечные точки данных из проверки) и повторите.',
      },
    },
    {
      text: {
        en: 'See what the registry holds for the repository.',
        ru: 'Посмотрите, что хранится в реестре для репозитория.',
      },
      command: 'az acr manifest list-metadata -r {registry} -n {repository} -o table',
    },
  ],
  docs: [ACR_FAQ],
  checks: [],
});
