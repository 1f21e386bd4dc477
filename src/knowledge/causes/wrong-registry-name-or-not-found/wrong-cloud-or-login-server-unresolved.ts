import { defineCause } from '../../define';
import { acrAnchor, against, anchor, context, registryGaveNoAnswer } from '../../rules';

export default defineCause({
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
    // The name that did not resolve is Azure's control plane or Entra ID: the registry was never looked up.
    against('unresolved:azure-endpoint', 4),
    against('unresolved:cluster-api', 4),
    anchor('code:LOGIN_SERVER_ERROR', 10),
    // az's check of a fully qualified reference against the cloud it is set to (field7 7e003): the image names
    // another cloud's login-server suffix. az wraps it, so only the sentence's first line is relied on.
    acrAnchor(['Provided registry suffix', 'does not match'], 10),
    context(['acr login server suffix'], 2),
    anchor(['An error occurred while retrieving the login server for registry'], 9),
    ...registryGaveNoAnswer(2),
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
});
