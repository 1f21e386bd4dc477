import { defineCause } from '../../define';
import { AUTH_OPTIONS } from '../../docs';
import { against, anchor } from '../../rules';

/**
 * The registry answered, and the client could not read the answer: a Rust client (reqwest) reports "error decoding
 * response body" and serde names the field its own model expected and the JSON did not have ("missing field
 * `token`"), or a value of another type ("invalid type: …"). The JSON was well formed — a proxy's HTML page gives
 * "expected value at line 1 column 1" instead, which is left to the proxy causes — so the client and the registry
 * disagree on the shape of a reply (field23 23U001: Spin's `spin registry login` against ACR's token reply, fixed
 * in the client). No credential, role or network rule is at fault.
 */
export default defineCause({
  id: 'client-cannot-read-registry-reply',
  family: 'other',
  scope: 'not-acr',
  prevalence: 'rare',
  title: {
    en: "The client could not read the registry's reply (its own bug or an old version), not an access failure",
    ru: 'Клиент не смог разобрать ответ реестра (его ошибка или старая версия), это не отказ в доступе',
  },
  explanation: {
    en:
      'The registry did answer, with well-formed JSON, but the tool expected a different shape: a field it needs ' +
      'was missing or had another type. That is a disagreement between the tool and the registry API (often a ' +
      'client that only knows one registry’s token reply), not a wrong password, a missing role or a firewall. ' +
      'The same credentials usually work with the Docker CLI or ORAS.',
    ru:
      'Реестр ответил корректным JSON, но инструмент ожидал другую структуру: нужного ему поля не было или у него ' +
      'другой тип. Это расхождение между инструментом и API реестра (часто клиент знает ответ на запрос токена только ' +
      'одного реестра), а не неверный пароль, отсутствующая роль или брандмауэр. С теми же учётными данными обычно ' +
      'работают Docker CLI или ORAS.',
  },
  ask: {
    en: 'Do the same credentials work with `docker login` or `oras login` on this machine?',
    ru: 'Работают ли те же учётные данные с `docker login` или `oras login` на этой машине?',
  },
  rules: [
    // reqwest's Kind::Decode with serde's wording of the mismatch, on one line as anyhow chains them.
    anchor(['error decoding response body', 'missing field `'], 6),
    // The registry found the manifest and the client's Accept header does not list its media type: distribution's
    // handler says so for an OCI manifest or index (registry/handlers/manifests.go), ACR for an OCI artifact
    // manifest. It comes as MANIFEST_UNKNOWN with a 404, yet the image is there: an old client, or a script or tool
    // that asks for fewer media types than the registry holds.
    anchor(['but accept header does not support OCI'], 8),
    anchor(['error decoding response body', 'invalid type: '], 5),
    // A client that knows only the Bearer challenge: ACR answers an anonymous /v2/ with `Basic realm="Azure Container
    // Registry"`, which Spinnaker's clouddriver (DockerBearerTokenService) turned into this exception instead of signing in.
    anchor(["must support 'Bearer' authentication"], 7),
    anchor(['error decoding response body', 'unknown variant `'], 5),
    // An HTML page or an empty body where JSON belongs: a proxy or a portal answered, not the registry's API.
    against(['expected value at line 1 column 1'], 6),
    against(['<html'], 4),
  ],
  fix: [
    {
      text: {
        en: "Upgrade the tool: registry clients fix the reading of ACR's token reply in later releases.",
        ru: 'Обновите инструмент: клиенты реестров исправляют разбор ответа ACR на запрос токена в следующих версиях.',
      },
    },
    {
      text: {
        en: 'Check the same credentials with the Docker CLI; if they work, report the failure to the tool’s project.',
        ru: 'Проверьте те же учётные данные через Docker CLI; если они работают, сообщите об ошибке в проект инструмента.',
      },
      command: 'docker login {loginServer}',
    },
  ],
  docs: [AUTH_OPTIONS],
  checks: [],
});
