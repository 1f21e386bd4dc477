import { defineCause } from '../../define';
import { anchor, context } from '../../rules';

/**
 * ARM's answer when a registry is created under a name that is already taken ("The registry DNS name x.azurecr.io is
 * already in use. You can check if the name is already claimed using following api: …", code AlreadyInUse). Registry
 * names are one namespace across all of Azure, so the name may belong to another tenant or to a registry deleted a
 * moment ago. Nothing is being refused access: the registry does not get created.
 */
export default defineCause({
  id: 'registry-name-unavailable',
  family: 'other',
  scope: 'acr-other',
  prevalence: 'occasional',
  title: {
    en: 'The registry name is already taken somewhere in Azure, so the registry was not created',
    ru: 'Имя реестра уже занято где-то в Azure, поэтому реестр не создан',
  },
  explanation: {
    en:
      'Registry names form one global namespace (the name becomes <name>.azurecr.io). Creating a registry under a ' +
      'name that another subscription or tenant already holds, or that a just-deleted registry still reserves, fails ' +
      'with AlreadyInUse. Pick another name; there is no access to repair.',
    ru:
      'Имена реестров образуют одно глобальное пространство (имя становится <имя>.azurecr.io). Создание реестра с ' +
      'именем, которое уже занято в другой подписке или клиенте либо ещё удерживается только что удалённым реестром, ' +
      'завершается ошибкой AlreadyInUse. Выберите другое имя; исправлять доступ не нужно.',
  },
  ask: {
    en: 'Is this a new registry being created, and does the name already exist in another subscription?',
    ru: 'Создаётся новый реестр, и не существует ли это имя уже в другой подписке?',
  },
  rules: [
    anchor(['registry DNS name', 'is already in use'], 10),
    anchor(['if the name is already claimed'], 8),
    context(['AlreadyInUse'], 2),
    context(['checkNameAvailability'], 2),
  ],
  fix: [
    {
      text: {
        en: 'Check whether a name is free before creating the registry, then create it under a free one.',
        ru: 'Проверьте, свободно ли имя, до создания реестра, затем создайте реестр со свободным именем.',
      },
      command: 'az acr check-name -n <new-registry-name>',
    },
  ],
  docs: [
    {
      title: {
        en: 'Create a registry with the Azure CLI',
        ru: 'Создание реестра с помощью Azure CLI',
      },
      url: 'https://learn.microsoft.com/azure/container-registry/container-registry-get-started-azure-cli',
    },
  ],
  checks: [],
});
