import type { Text } from './text';
import type { CheckHealthCode } from './vocabulary';

export interface CheckHealthCodeInfo {
  /** What the code means, in the user's words. */
  readonly meaning: Text;
  readonly doc: `https://${string}`;
}

const DOC = 'https://learn.microsoft.com/azure/container-registry/container-registry-health-error-reference';

/** The meaning of every code `az acr check-health` and `az acr login` print ("An error occurred: CODE"). */
export const CHECK_HEALTH_CODE_INFO: Readonly<Record<CheckHealthCode, CheckHealthCodeInfo>> = {
  DOCKER_COMMAND_ERROR: {
    meaning: {
      en: 'The Azure CLI could not run the docker command: the Docker client is not installed or not on PATH.',
      ru: 'Azure CLI не смог запустить команду docker: клиент Docker не установлен или его нет в PATH.',
    },
    doc: `${DOC}#docker_command_error`,
  },
  DOCKER_DAEMON_ERROR: {
    meaning: {
      en: 'The Docker client is there, but its daemon is not running or its socket cannot be reached.',
      ru: 'Клиент Docker есть, но его демон не запущен или сокет недоступен.',
    },
    doc: `${DOC}#docker_daemon_error`,
  },
  DOCKER_VERSION_ERROR: {
    meaning: {
      en: '`docker version` failed, so the CLI could not tell which Docker it is talking to.',
      ru: '`docker version` завершилась ошибкой, и CLI не смог определить версию Docker.',
    },
    doc: `${DOC}#docker_version_error`,
  },
  DOCKER_PULL_ERROR: {
    meaning: {
      en: "Pulling a public sample image from mcr.microsoft.com failed: the client's network, proxy or daemon is at fault, not your registry.",
      ru: 'Не удалось извлечь общедоступный образ с mcr.microsoft.com: виновата сеть клиента, прокси или демон, а не ваш реестр.',
    },
    doc: `${DOC}#docker_pull_error`,
  },
  HELM_COMMAND_ERROR: {
    meaning: {
      en: 'Helm is not installed. This does not affect Docker or Kubernetes access to the registry.',
      ru: 'Helm не установлен. На доступ Docker или Kubernetes к реестру это не влияет.',
    },
    doc: `${DOC}#helm_command_error`,
  },
  HELM_VERSION_ERROR: {
    meaning: {
      en: 'The Helm version could not be read or is too old. Unrelated to registry sign-in.',
      ru: 'Версию Helm не удалось прочитать, или она слишком старая. Ко входу в реестр не относится.',
    },
    doc: `${DOC}#helm_version_error`,
  },
  NOTARY_COMMAND_ERROR: {
    meaning: {
      en: 'Notary is not installed. It matters only for Docker Content Trust, not for sign-in.',
      ru: 'Notary не установлен. Это важно только для Docker Content Trust, а не для входа.',
    },
    doc: `${DOC}#notary_command_error`,
  },
  NOTARY_VERSION_ERROR: {
    meaning: {
      en: 'The Notary version is not the one the CLI recommends. Unrelated to registry sign-in.',
      ru: 'Версия Notary не та, которую рекомендует CLI. Ко входу в реестр не относится.',
    },
    doc: `${DOC}#notary_version_error`,
  },
  CONNECTIVITY_DNS_ERROR: {
    meaning: {
      en: "The registry's login server name did not resolve: a typo, a deleted registry, the wrong cloud, or a DNS problem.",
      ru: 'Имя сервера входа реестра не разрешилось: опечатка, удалённый реестр, не то облако или проблема DNS.',
    },
    doc: `${DOC}#connectivity_dns_error`,
  },
  CONNECTIVITY_FORBIDDEN_ERROR: {
    meaning: {
      en: 'The registry answered 403 to an anonymous request: its network rules (firewall or disabled public access) refuse this client.',
      ru: 'Реестр ответил 403 на анонимный запрос: его сетевые правила (брандмауэр или отключённый публичный доступ) не пускают этого клиента.',
    },
    doc: `${DOC}#connectivity_forbidden_error`,
  },
  CONNECTIVITY_CHALLENGE_ERROR: {
    meaning: {
      en: 'Something other than ACR answered at /v2/ (a proxy, a wrong address, a private endpoint path that is refused), or the connection failed.',
      ru: 'На /v2/ ответил не ACR (прокси, неверный адрес, отвергнутый путь через частную конечную точку), либо соединение не удалось.',
    },
    doc: `${DOC}#connectivity_challenge_error`,
  },
  CONNECTIVITY_AAD_LOGIN_ERROR: {
    meaning: {
      en: "The registry's authentication challenge does not offer Microsoft Entra sign-in.",
      ru: 'Запрос проверки подлинности реестра не предлагает вход через Microsoft Entra.',
    },
    doc: `${DOC}#connectivity_aad_login_error`,
  },
  CONNECTIVITY_WWW_AUTHENTICATE_ERROR: {
    meaning: {
      en: 'The registry did not ask properly for basic or bearer authentication: usually something in between rewrote the answer.',
      ru: 'Реестр не запросил корректно basic- или bearer-аутентификацию: обычно ответ переписал кто-то посередине.',
    },
    doc: `${DOC}#connectivity_www_authenticate_error`,
  },
  CONNECTIVITY_REFRESH_TOKEN_ERROR: {
    meaning: {
      en: 'Exchanging your Entra token for a registry refresh token was refused. The response code tells why: 401 identity/permissions, 403 network rules, 429 throttling.',
      ru: 'Обмен токена Entra на токен обновления реестра отклонён. Причину подсказывает код ответа: 401 — удостоверение или права, 403 — сетевые правила, 429 — ограничение запросов.',
    },
    doc: `${DOC}#connectivity_refresh_token_error`,
  },
  CONNECTIVITY_ACCESS_TOKEN_ERROR: {
    meaning: {
      en: 'A refresh token was issued, but an access token for the requested scope was refused: the identity lacks the data permission for it.',
      ru: 'Токен обновления выдан, но маркер доступа для запрошенной области отклонён: у удостоверения нет нужного разрешения на данные.',
    },
    doc: `${DOC}#connectivity_access_token_error`,
  },
  CONNECTIVITY_SSL_ERROR: {
    meaning: {
      en: 'No secure connection to the registry could be made: typically a TLS-inspecting proxy whose certificate the client does not trust.',
      ru: 'Не удалось установить защищённое соединение с реестром: обычно мешает прокси с проверкой TLS, сертификату которого клиент не доверяет.',
    },
    doc: `${DOC}#connectivity_ssl_error`,
  },
  CONNECTIVITY_TOOMANYREQUESTS_ERROR: {
    meaning: {
      en: "The registry's authentication service throttled this client (HTTP 429).",
      ru: 'Служба проверки подлинности реестра ограничила этого клиента (HTTP 429).',
    },
    doc: `${DOC}#connectivity_toomanyrequests_error`,
  },
  LOGIN_SERVER_ERROR: {
    meaning: {
      en: "The CLI could not find the registry's login server: wrong name, wrong subscription or cloud, or no permission to read the registry.",
      ru: 'CLI не нашёл сервер входа реестра: неверное имя, не та подписка или облако, либо нет прав на чтение реестра.',
    },
    doc: `${DOC}#login_server_error`,
  },
  CMK_ERROR: {
    meaning: {
      en: 'The managed identity the registry uses for its customer-managed key no longer exists.',
      ru: 'Управляемое удостоверение, которое реестр использует для ключа, управляемого клиентом, больше не существует.',
    },
    doc: `${DOC}#cmk_error`,
  },
  UNEXPECTED_ERROR: {
    meaning: {
      en: 'The CLI hit an error it has no specific code for; rerun with --debug to see the underlying failure.',
      ru: 'CLI столкнулся с ошибкой без отдельного кода; запустите команду с --debug, чтобы увидеть исходный сбой.',
    },
    doc: `${DOC}#unexpected_error`,
  },
};
