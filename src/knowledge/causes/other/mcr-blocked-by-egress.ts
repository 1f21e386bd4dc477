import { defineCause } from '../../define';
import { anchor, context } from '../../rules';

export default defineCause({
  id: 'mcr-blocked-by-egress',
  family: 'other',
  scope: 'not-acr',
  prevalence: 'occasional',
  title: {
    en: 'An egress firewall refuses Microsoft Container Registry (MCR), not your registry',
    ru: 'Исходящий брандмауэр отклоняет Microsoft Container Registry (MCR), а не ваш реестр',
  },
  explanation: {
    en:
      'The request that was refused went to mcr.microsoft.com. MCR serves public images to anyone without signing in, ' +
      'so a 403 from it is not MCR deciding about you: a firewall or proxy on the way out answered. Container Apps, ' +
      'AKS and App Service pull their own system images from MCR as well as yours from ACR, so allowing only the ' +
      'AzureContainerRegistry service tag lets your image through and stops theirs. Your registry is not the one ' +
      'refusing here.',
    ru:
      'Отклонён запрос к mcr.microsoft.com. MCR отдаёт публичные образы всем без входа, поэтому 403 от него — не решение ' +
      'MCR о вас: ответил брандмауэр или прокси на выходе. Container Apps, AKS и App Service извлекают из MCR свои ' +
      'системные образы, а ваши — из ACR, поэтому если разрешён только тег службы AzureContainerRegistry, ваш образ ' +
      'проходит, а их — нет. Отказывает здесь не ваш реестр.',
  },
  ask: {
    en: 'Does the egress firewall or proxy allow mcr.microsoft.com and *.data.mcr.microsoft.com, or the MicrosoftContainerRegistry service tag?',
    ru: 'Разрешены ли в исходящем брандмауэре или прокси mcr.microsoft.com и *.data.mcr.microsoft.com или тег службы MicrosoftContainerRegistry?',
  },
  rules: [
    // The refused request's own URL is MCR's (field15 15B002: a Container App's pull of an ACR image whose platform
    // images came from MCR through a firewall that allowed only ACR).
    anchor(['https://mcr.microsoft.com/v2/', '403'], 7),
    anchor(['https://mcr.microsoft.com/v2/', 'Forbidden'], 7),
    context('host:mcr', 1),
  ],
  fix: [
    {
      text: {
        en: 'Allow MCR in the egress rules: the FQDNs mcr.microsoft.com and *.data.mcr.microsoft.com, or the MicrosoftContainerRegistry service tag (next to AzureContainerRegistry for your own registry).',
        ru: 'Разрешите MCR в исходящих правилах: FQDN mcr.microsoft.com и *.data.mcr.microsoft.com или тег службы MicrosoftContainerRegistry (рядом с AzureContainerRegistry для вашего реестра).',
      },
    },
    {
      text: {
        en: 'Test from the same network: MCR answers this anonymous request with 200; a 403 or a page from a proxy is the firewall.',
        ru: 'Проверьте из той же сети: MCR отвечает на этот анонимный запрос 200; 403 или страница прокси — это брандмауэр.',
      },
      command: 'curl -sSI https://mcr.microsoft.com/v2/',
    },
  ],
  docs: [
    {
      title: {
        en: 'AKS outbound network and FQDN rules',
        ru: 'Исходящие сетевые правила и правила FQDN для AKS',
      },
      url: 'https://learn.microsoft.com/azure/aks/outbound-rules-control-egress',
    },
  ],
  checks: [],
});
