import { defineCause } from '../../define';
import { AKS_PULL_TROUBLESHOOTING, AUTH_TROUBLESHOOTING } from '../../docs';
import { GLUED_LOGIN_SERVER } from '../../registry-naming';
import { acrAnchor, against, anchor, context, registryGaveNoAnswer } from '../../rules';

export default defineCause({
  id: 'registry-name-wrong-or-missing',
  family: 'wrong-registry-name-or-not-found',
  scope: 'acr-access',
  prevalence: 'common',
  title: {
    en: 'The registry name is wrong, or the registry does not exist',
    ru: 'Имя реестра указано неверно или реестр не существует',
  },
  explanation: {
    en:
      'The login server in the command does not exist in DNS: the name has a typo or a wrong suffix ' +
      '(azureacr.io instead of azurecr.io), the registry was deleted, or it lives in a subscription the CLI ' +
      'cannot see. `az acr login` first looks the name up through Azure Resource Manager; when that fails it ' +
      'guesses `<name>.azurecr.io`, and if nothing answers there it says "Could not connect to the registry login ' +
      'server". Docker, containerd and kubelet report the same thing as "no such host".',
    ru:
      'Сервера входа из команды нет в DNS: в имени опечатка или неверный суффикс (azureacr.io вместо azurecr.io), ' +
      'реестр удалён или находится в подписке, которую CLI не видит. `az acr login` сначала ищет имя через Azure ' +
      'Resource Manager; если не находит, подставляет `<имя>.azurecr.io`, а если и там никто не отвечает, пишет ' +
      '«Could not connect to the registry login server». Docker, containerd и kubelet сообщают о том же как ' +
      '«no such host».',
  },
  ask: {
    en: 'Does `az acr list -o table` (in the right subscription) show a registry with exactly this name?',
    ru: 'Показывает ли `az acr list -o table` (в нужной подписке) реестр именно с этим именем?',
  },
  rules: [
    // az's own check of the --name/--registry value, before any request: a login server, a hyphen, a typo, or an
    // empty value from an unset variable (field7 7e008; registry-name-unset takes it when the empty value shows).
    acrAnchor(['Registry names may contain only alpha numeric characters'], 8),
    // The azurerm provider's check of a registry's name (a resource or a data source), before any request: a login
    // server's label, with its hyphen and domain-name-label hash, given where the name belongs (field15 15C001).
    // The provider checks an AKS node pool's name in the same words (AgentPoolName): that one is no registry's.
    anchor(['alpha numeric characters only are allowed in'], 4),
    context(['azurerm_container_registry'], 3),
    against(['azurerm_kubernetes_cluster'], 8),
    // ARM's ResourceNotFound for the registry resource, kept even when a service cuts the sentence off after the
    // name (Azure ML's "Unable to fetch workspace resources: The Resource 'Microsoft.ContainerRegistry/…", 7b004).
    anchor(["The Resource 'Microsoft.ContainerRegistry/registries/"], 4),
    // ARM's code for it (not azure-core's ResourceNotFoundError, any 404), and people's words for it beside the
    // registry ("a 'resource not found' error when logging in to ACR"): a resource is the registry, never an image,
    // which the registry itself calls a manifest or a tag.
    anchor(/\bResourceNotFound\b/, 3),
    anchor(['resource not found', 'ACR'], 3),
    context(['Unable to fetch workspace resources'], 2),
    // The .NET SDK's ContainerRegistry check (CONTAINER2012), e.g. a URL given instead of the login server.
    anchor(['Could not recognize registry'], 8),
    // az containerapp looks up credentials only for an ACR login server: a bare name or a typo in --server lands here.
    anchor(['if you are not using Azure Container Registry'], 4),
    // The name that did not resolve is Azure's control plane or Entra ID: the registry was never looked up.
    against('unresolved:azure-endpoint', 6),
    against('unresolved:cluster-api', 6),
    anchor(["type 'Microsoft.ContainerRegistry/registries' could not be found"], 3),
    // The same ARM lookup as az words it without the type (`az acr login`'s registry lookup): shared by the three
    // readings of a registry the signed-in identity cannot see (wrong name, other subscription, no read right).
    anchor(/The resource with name '[^'\n]{1,100}' could not be found/, 4),
    // ARM refusing an action on a registry's child (an ACR Tasks source upload, a replication, a webhook) because the
    // registry itself is gone or was never there: ParentResourceNotFound.
    anchor(
      /parent resource '[^'\n]{0,300}microsoft\.containerregistry\/registries\/[^'\n/]{1,60}' could not be found/i,
      6,
    ),
    anchor(['container registry can not be found'], 6),
    // The same quoted by people ("the 'registry not found' error in CI") and echoed by scripts with the name between
    // ("ACR myreg not found"). Not the Windows registry's "registry key"; not an image, tag or credential of the
    // registry that was not found ("ACR image not found" is the image's).
    anchor(
      /\b(?:(?:container )?registry|acr)(?: ['"`]?(?!(?:images?|repo(?:sitor(?:y|ies))?|tags?|manifests?|tokens?|credentials?|secrets?|identity|identities|roles?|tasks?|runs?|builds?|webhooks?|scopes?|cache|artifacts?|key|subkey|value|path|hive|entry)\b)[a-z0-9][a-z0-9-]{1,49}['"`]?)? (?:was |is )?not found\b/i,
      3,
    ),
    // Podman Desktop's old catch-all for a failed registry probe (see tls-interception-proxy).
    anchor(/(?:^|[`'"\s])Not a valid registry(?:$|[`'".])/, 2),
    // Azure Batch (TaskFailureInformationCodes.ContainerInvalidRegistry): the registryServer of a pool or task is not
    // a usable registry, typically the registry's resource name where its login server belongs.
    anchor(['ContainerInvalidRegistry'], 4),
    context(['container registries specified are invalid'], 2),
    anchor(['not a recognized Azure Container Registry login server'], 8),
    // The login server passed where the registry's name belongs (`--registry x.azurecr.io`): no resource has that name.
    anchor(/resource with name '[a-z0-9-]{1,50}\.azurecr\.(?:io|cn|us)'/i, 9),
    // Podman and the other containers/image tools given a reference without a registry (`app:1` for the ACR's
    // `contoso.azurecr.io/app:1`) and no registry to try it on: the login server is missing from the name.
    anchor(['did not resolve to an alias and no unqualified-search registries are defined'], 6),
    anchor(['short-name resolution enforced but cannot prompt without a TTY'], 6),
    // An empty login server: the image reference lost its registry part (`/app`, `https:: …`).
    anchor(['https::'], 4),
    // Go's HTTP client given an endpoint without its scheme (`myacr.azurecr.io` where an SDK wants
    // `https://myacr.azurecr.io`): net/http's "no Host in request URL" and "unsupported protocol scheme". No request
    // was sent, so whatever the URL asked for (a catalog, a manifest) was never refused.
    anchor(['no Host in request URL'], 7),
    anchor(['unsupported protocol scheme'], 7),
    // az's check of the name it is given (`az acr create -n myRegistry`, the connected-registry variant too).
    anchor(['name must use only lowercase'], 7),
    // An Azure service (ACI, App Service, Container Apps) was given a reference with no registry host, so it looked on
    // Docker Hub: the ACR login server may be missing from it, or the image may really be on Docker Hub (non-acr-registry
    // lists the same fact), so undecided.
    anchor('host:hub-by-default', 4),
    // App Service pulls from Docker Hub when the image setting has no login server in it.
    anchor(['Pulling image from Docker hub'], 3),
    // ACI rejects a registry server that is not a bare host name (a URL, or a variable that never expanded).
    anchor(['imageRegistryCredentials', 'should be a valid host name'], 7),
    // The Azure Pipelines Docker task's ACR input was empty (a variable that never expanded): the image reference
    // got no login server, and docker went to Docker Hub with it.
    acrAnchor(['azureContainerRegistry=undefined'], 9),
    // The name came from a variable that was empty or never expanded.
    anchor(['argument --name/-n: expected one argument'], 3),
    // <name>.privatelink.azurecr.io is only the CNAME target; clients must keep using <name>.azurecr.io.
    anchor(['certificate is valid for', 'privatelink.azurecr.io'], 8),
    // The same for any other name: ACR's own certificate answered (a proxy's would not list *.azurecr.io) for a host
    // it does not cover — a custom domain or CNAME in front of the registry, an IP address (Go's HostnameError).
    anchor(['certificate is valid for', '*.azurecr.io'], 8),
    anchor('host:acr-typo', 10),
    // The login server joined to the repository with a dot instead of a slash ("x.azurecr.io.app:1"): the whole
    // reference is one name, so the client reads no registry host in it at all.
    anchor(GLUED_LOGIN_SERVER, 8),
    anchor('host:acr-invalid-name', 7),
    anchor(['as the default registry login server'], 8),
    ...registryGaveNoAnswer(5),
    anchor('code:CONNECTIVITY_DNS_ERROR', 5),
    anchor(['Failed to reach DNS for registry'], 5),
    anchor(['no such host'], 5),
    anchor(['Name or service not known'], 5),
    anchor(['nodename nor servname provided'], 5),
    anchor(['No such host is known'], 5),
    // .NET Framework's WebException (Windows PowerShell 5.1's Invoke-WebRequest, older Az modules).
    anchor(['The remote name could not be resolved'], 5),
    anchor(['Non-existent domain'], 6),
    anchor(["server can't find", 'NXDOMAIN'], 6),
    anchor(['getaddrinfo ENOTFOUND'], 5),
    anchor(['Could not resolve host'], 3),
    anchor(['failed to resolve registry', 'azurecr.'], 3),
    anchor(['getaddrinfo failed'], 3),
    anchor(['Checking host name resolution', 'FAILED'], 5),
    anchor(['Microsoft.ContainerRegistry/registries/', 'was not found'], 4),
    // az's generic lookup by name: "No resource with type Microsoft.ContainerRegistry/registries can be found with name: x".
    anchor(['Microsoft.ContainerRegistry/registries', 'can be found with name'], 3),
    anchor(["type 'Microsoft.ContainerRegistry/registries' could not be found"], 3),
    context('tool:az', 1),
    against('http:401', 4),
    against('http:403', 4),
    against('token-status:401', 4),
    against('token-status:403', 4),
    against('succeeded:login', 4),
    against('resolved:public', 3),
    against('resolved:private', 3),
    against('oci:MANIFEST_UNKNOWN', 3),
    against(['data.azurecr.io', 'no such host'], 4),
    against(['Temporary failure in name resolution'], 3),
    against(['server misbehaving'], 3),
    // The name that did not resolve is Entra's, asked for by an Azure Identity credential, not the registry's.
    against(['credential: ', 'Failed to establish a new connection'], 4),
  ],
  fix: [
    {
      text: {
        en: 'List the registries the CLI can see and compare the names letter by letter.',
        ru: 'Выведите реестры, которые видит CLI, и сравните имена побуквенно.',
      },
      command:
        'az acr list --query "[].{name:name, loginServer:loginServer, resourceGroup:resourceGroup}" -o table',
    },
    {
      text: {
        en: 'If it is not listed, check that the CLI is on the subscription that holds the registry, and switch if needed.',
        ru: 'Если его нет в списке, проверьте, что CLI работает в подписке, где находится реестр, и при необходимости переключитесь.',
      },
      command: 'az account set --subscription {subscription}',
    },
    {
      text: {
        en: 'Use the exact loginServer value (lower case, suffix azurecr.io) in docker, Kubernetes and pipeline settings.',
        ru: 'Используйте точное значение loginServer (в нижнем регистре, с суффиксом azurecr.io) в настройках docker, Kubernetes и конвейеров.',
      },
      command: 'az acr show -n {registry} --query loginServer -o tsv',
    },
    {
      text: {
        en: 'Confirm that the name resolves from this machine.',
        ru: 'Убедитесь, что имя разрешается с этой машины.',
      },
      command: 'nslookup {loginServer}',
    },
  ],
  docs: [
    {
      title: { en: 'CONNECTIVITY_DNS_ERROR', ru: 'CONNECTIVITY_DNS_ERROR' },
      url: 'https://learn.microsoft.com/azure/container-registry/container-registry-health-error-reference#connectivity_dns_error',
    },
    AUTH_TROUBLESHOOTING,
    AKS_PULL_TROUBLESHOOTING,
  ],
  checks: ['registry'],
});
