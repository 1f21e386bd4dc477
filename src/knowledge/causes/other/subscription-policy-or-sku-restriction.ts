import { defineCause } from '../../define';
import { anchor, context } from '../../rules';

/**
 * Azure Resource Manager refuses to create or change the registry resource itself: an Azure Policy, a
 * subscription that only allows listed resource providers or has not registered Microsoft.ContainerRegistry, a
 * quota, or a registry SKU that lacks the feature. The message is ARM's, not the registry's, and no credential or
 * network change on the client helps.
 */
export default defineCause({
  id: 'subscription-policy-or-sku-restriction',
  family: 'other',
  scope: 'not-acr',
  prevalence: 'occasional',
  title: {
    en: 'A policy, the subscription or the registry SKU forbids this change to the registry resource',
    ru: 'Политика, подписка или SKU реестра запрещают это изменение ресурса реестра',
  },
  explanation: {
    en:
      'Azure Resource Manager turned the request down before the registry was involved: an Azure Policy denies ' +
      'the configuration or the region (sponsored and student offers allow only some regions: ' +
      'RequestDisallowedByAzure), the region does not offer the resource type or SKU, the subscription only ' +
      'permits a fixed list of resource providers, has not registered Microsoft.ContainerRegistry or is disabled, ' +
      'a quota or limit is reached (for example 100 IP rules), or the registry SKU does not offer the feature ' +
      '(private endpoints and turning public access off need Premium). ' +
      'Sign-in, roles and the network of the client are not the problem.',
    ru:
      'Azure Resource Manager отклонил запрос ещё до обращения к реестру: политика Azure запрещает такую ' +
      'конфигурацию или регион (спонсируемые и студенческие предложения разрешают лишь некоторые регионы: ' +
      'RequestDisallowedByAzure), регион не предлагает этот тип ресурса или SKU, подписка разрешает только ' +
      'заданный список поставщиков ресурсов, не зарегистрировала Microsoft.ContainerRegistry или отключена, ' +
      'достигнута квота или предел (например, 100 правил IP), или SKU реестра не ' +
      'поддерживает эту возможность (частные конечные точки и отключение публичного доступа требуют Premium). ' +
      'Вход, роли и сеть клиента здесь ни при чём.',
  },
  ask: {
    en: 'Does the error name a policy, a list of permitted providers, or the SKU of the registry?',
    ru: 'Упоминает ли ошибка политику, список разрешённых поставщиков или SKU реестра?',
  },
  rules: [
    anchor(['RequestDisallowedByPolicy'], 8),
    anchor(['disallowed by policy'], 6),
    // The template deployment's summary of the same refusal, before its details name the policy.
    anchor(['failed because of policy violation'], 6),
    // The offer's own restriction (Azure for Students and other sponsored subscriptions allow a few regions only).
    anchor(['RequestDisallowedByAzure'], 8),
    anchor(['was disallowed by Azure'], 6),
    anchor(['DisallowedProvider'], 8),
    anchor(['not permitted for namespace'], 6),
    anchor(['not supported for the SKU'], 7),
    anchor(['NotSupportedForSku'], 6),
    // The subscription has not registered the resource provider, or a quota or limit of the registry is reached.
    anchor(['MissingSubscriptionRegistration'], 8),
    // A preview feature the subscription has not registered (ACR's cache rules with a managed identity, field77 77J035).
    anchor(['preview feature', 'is registered'], 6),
    // Resource Manager's InvalidResourceNamespace: the service is not offered in this cloud or to this subscription
    // (ACR in the retired Azure Germany cloud, field78 78N008).
    anchor(['The resource namespace', 'is invalid'], 6),
    anchor(['not registered to use namespace'], 6),
    // Resource Manager's other refusals of the resource itself, from its catalogue of deployment errors: the SKU or
    // resource type not offered in the region, no provider registered for the type or API version, a subscription
    // not registered or disabled (read-only).
    anchor(['SkuNotAvailable'], 7),
    anchor(['LocationNotAvailableForResourceType'], 7),
    anchor(['NoRegisteredProviderFound'], 7),
    anchor(['MissingRegistrationForLocation'], 7),
    anchor(['SubscriptionNotRegistered'], 7),
    anchor(['ReadOnlyDisabledSubscription'], 7),
    // A location closed to the subscription's offer for that service (PostgreSQL Flexible Server and others).
    anchor(['LocationIsOfferRestricted'], 7),
    // The same state in the words Resource Manager puts beside that code.
    anchor(['subscription is disabled and therefore marked as read only'], 7),
    anchor(['exceeds allowed quota'], 7),
    anchor(['QuotaExceeded'], 6),
    // ACR's own wording of a per-SKU limit (webhooks, replications, scope maps, tokens …) reached on a Basic or
    // Standard registry: the registry's plan, not access.
    anchor(['Quota exceeded for resource type', 'registry SKU'], 7),
    context(['Microsoft.ContainerRegistry'], 2),
    context(['aka.ms/acr/private-link'], 1),
  ],
  fix: [
    {
      text: {
        en: 'Read which policy or provider list refused the request, and ask its owner for an exemption or a change.',
        ru: 'Посмотрите, какая политика или список поставщиков отклонили запрос, и попросите владельца сделать исключение.',
      },
      command:
        'az policy assignment list --disable-scope-strict-match --query "[].{name:displayName, scope:scope}" -o table',
    },
    {
      text: {
        en: 'If the subscription has not registered the provider, register it (once per subscription).',
        ru: 'Если подписка не зарегистрировала поставщика ресурсов, зарегистрируйте его (один раз на подписку).',
      },
      command: 'az provider register --namespace Microsoft.ContainerRegistry',
    },
    {
      text: {
        en: 'If the feature needs another SKU, check the current one and move the registry to Premium.',
        ru: 'Если возможности нужен другой SKU, проверьте текущий и переведите реестр на Premium.',
      },
      command:
        'az acr show -n {registry} --query sku.name -o tsv && az acr update -n {registry} --sku Premium',
    },
  ],
  docs: [
    {
      title: { en: 'Azure Container Registry service tiers', ru: 'Уровни служб Реестра контейнеров Azure' },
      url: 'https://learn.microsoft.com/azure/container-registry/container-registry-skus',
    },
    {
      title: {
        en: 'Troubleshoot errors with Azure Policy',
        ru: 'Устранение ошибок Azure Policy',
      },
      url: 'https://learn.microsoft.com/azure/governance/policy/troubleshoot/general',
    },
  ],
  checks: [],
});
