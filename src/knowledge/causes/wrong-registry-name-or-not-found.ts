import { against, anchor, context } from '../rules';
import { AKS_PULL_TROUBLESHOOTING, AUTH_TROUBLESHOOTING } from '../docs';
import type { Cause } from '../types';

export const causes: readonly Cause[] = [
  {
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
      // The login server passed where the registry's name belongs (`--registry x.azurecr.io`): no resource has that name.
      anchor(/resource with name '[a-z0-9-]{1,50}\.azurecr\.(?:io|cn|us)'/i, 9),
      // An empty login server: the image reference lost its registry part (`/app`, `https:: …`).
      anchor(['https::'], 4),
      // <name>.privatelink.azurecr.io is only the CNAME target; clients must keep using <name>.azurecr.io.
      anchor(['certificate is valid for', 'privatelink.azurecr.io'], 8),
      anchor('host:acr-typo', 10),
      anchor('host:acr-invalid-name', 7),
      anchor(['as the default registry login server'], 8),
      anchor(['Could not connect to the registry login server'], 5),
      anchor('code:CONNECTIVITY_DNS_ERROR', 5),
      anchor(['Failed to reach DNS for registry'], 5),
      anchor(['no such host'], 5),
      anchor(['Name or service not known'], 5),
      anchor(['nodename nor servname provided'], 5),
      anchor(['No such host is known'], 5),
      anchor(['Non-existent domain'], 6),
      anchor(["server can't find", 'NXDOMAIN'], 6),
      anchor(['getaddrinfo ENOTFOUND'], 5),
      anchor(['Could not resolve host'], 3),
      anchor(['getaddrinfo failed'], 3),
      anchor(['Checking host name resolution', 'FAILED'], 5),
      anchor(['Microsoft.ContainerRegistry/registries/', 'was not found'], 4),
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
  },
  {
    id: 'wrong-cloud-or-login-server-unresolved',
    family: 'wrong-registry-name-or-not-found',
    scope: 'acr-access',
    prevalence: 'rare',
    title: {
      en: 'The CLI is on another Azure cloud, so it cannot work out the login server',
      ru: 'CLI настроен на другое облако Azure и не может определить сервер входа',
    },
    explanation: {
      en:
        'The Azure CLI could not find the registry through Resource Manager and has no default registry suffix ' +
        'for the cloud it is set to, so it gives up with LOGIN_SERVER_ERROR. This typically means the registry lives ' +
        'in a sovereign cloud (Azure China: azurecr.cn, Azure Government: azurecr.us) while the CLI points at the ' +
        'public cloud, or the other way round; an outdated CLI or a missing read permission on the registry can ' +
        'end the same way.',
      ru:
        'Azure CLI не нашёл реестр через Resource Manager, а для облака, на которое он настроен, у него нет суффикса ' +
        'реестров по умолчанию, поэтому он останавливается с LOGIN_SERVER_ERROR. Обычно это значит, что реестр ' +
        'находится в суверенном облаке (Azure China: azurecr.cn, Azure Government: azurecr.us), а CLI смотрит в ' +
        'публичное облако, или наоборот; к тому же результату приводят устаревший CLI или отсутствие права на чтение реестра.',
    },
    ask: {
      en: 'Is the registry in Azure China or Azure Government while `az cloud show` reports AzureCloud (or the reverse)?',
      ru: 'Реестр находится в Azure China или Azure Government, а `az cloud show` показывает AzureCloud (или наоборот)?',
    },
    rules: [
      anchor('code:LOGIN_SERVER_ERROR', 10),
      anchor(['An error occurred while retrieving the login server for registry'], 9),
      anchor(['Could not connect to the registry login server'], 2),
      anchor('code:CONNECTIVITY_DNS_ERROR', 2),
      anchor(['no such host'], 1),
      context('cloud:china', 4),
      context('cloud:usgov', 4),
      context(['AzureChinaCloud'], 4),
      context(['AzureUSGovernment'], 4),
      context(['if the CLI environment is on correct cloud'], 1),
      against('succeeded:login', 4),
      against('http:401', 3),
      against('http:403', 3),
    ],
    fix: [
      {
        text: {
          en: 'See which cloud the CLI is using.',
          ru: 'Посмотрите, с каким облаком работает CLI.',
        },
        command: 'az cloud show --query name -o tsv',
      },
      {
        text: {
          en: "Switch to the registry's cloud (AzureChinaCloud, AzureUSGovernment or AzureCloud) and sign in again.",
          ru: 'Переключитесь на облако реестра (AzureChinaCloud, AzureUSGovernment или AzureCloud) и войдите заново.',
        },
        command: 'az cloud set --name AzureChinaCloud && az login',
      },
      {
        text: {
          en: 'Make sure you can read the registry resource in the selected subscription.',
          ru: 'Убедитесь, что вы можете прочитать ресурс реестра в выбранной подписке.',
        },
        command: 'az acr show -n {registry} --query loginServer -o tsv',
      },
      {
        text: {
          en: 'If the cloud is right, update the Azure CLI.',
          ru: 'Если облако выбрано верно, обновите Azure CLI.',
        },
        command: 'az upgrade',
      },
    ],
    docs: [
      {
        title: { en: 'LOGIN_SERVER_ERROR', ru: 'LOGIN_SERVER_ERROR' },
        url: 'https://learn.microsoft.com/azure/container-registry/container-registry-health-error-reference#login_server_error',
      },
    ],
    checks: ['registry'],
  },
  {
    id: 'dnl-hash-login-server',
    family: 'wrong-registry-name-or-not-found',
    scope: 'acr-access',
    prevalence: 'rare',
    title: {
      en: 'The registry has a hashed login server (domain name label scope)',
      ru: 'У реестра сервер входа с хешем (область метки доменного имени)',
    },
    explanation: {
      en:
        'Registries created with a domain name label scope (TenantReuse, SubscriptionReuse, ResourceGroupReuse or ' +
        'NoReuse) get a login server of the form `<name>-<hash>.azurecr.io`. The plain `<name>.azurecr.io` does not ' +
        'exist in DNS, so images referenced that way fail with "no such host" even though the registry is there. ' +
        '`az acr login -n <name>` still works, because it reads the real login server from Azure.',
      ru:
        'Реестры, созданные с областью метки доменного имени (TenantReuse, SubscriptionReuse, ResourceGroupReuse или ' +
        'NoReuse), получают сервер входа вида `<имя>-<хеш>.azurecr.io`. Простого `<имя>.azurecr.io` в DNS нет, поэтому ' +
        'образы, указанные так, не извлекаются с ошибкой «no such host», хотя реестр существует. ' +
        '`az acr login -n <имя>` при этом работает, так как берёт настоящий сервер входа из Azure.',
    },
    ask: {
      en: 'Does `az acr show -n <name> --query loginServer` return a name with a hash after a dash (name-xxxx.azurecr.io)?',
      ru: 'Возвращает ли `az acr show -n <имя> --query loginServer` имя с хешем после дефиса (имя-xxxx.azurecr.io)?',
    },
    rules: [
      anchor(['autoGeneratedDomainNameLabelScope', 'Reuse'], 6),
      anchor(['--dnl-scope'], 5),
      anchor(['no such host'], 2),
      anchor('code:CONNECTIVITY_DNS_ERROR', 2),
      anchor(['Could not connect to the registry login server'], 1),
      context('host:acr-dnl', 5),
      against('succeeded:pull', 3),
    ],
    fix: [
      {
        text: {
          en: 'Read the real login server and the label scope.',
          ru: 'Узнайте настоящий сервер входа и область метки.',
        },
        command:
          'az acr show -n {registry} --query "{loginServer:loginServer, dnlScope:autoGeneratedDomainNameLabelScope}"',
      },
      {
        text: {
          en: 'Use that full name (with the hash) in image references, imagePullSecrets, Helm values and pipeline settings.',
          ru: 'Используйте это полное имя (с хешем) в ссылках на образы, imagePullSecrets, значениях Helm и настройках конвейеров.',
        },
      },
    ],
    docs: [
      {
        title: { en: 'Create a registry with the Azure CLI', ru: 'Создание реестра с помощью Azure CLI' },
        url: 'https://learn.microsoft.com/azure/container-registry/container-registry-get-started-azure-cli',
      },
    ],
    checks: ['registry'],
  },
];
