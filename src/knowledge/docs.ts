import type { DocLink } from './types';

/** Documentation pages several causes point at. */
export const AKS_PULL_TROUBLESHOOTING: DocLink = {
  title: { en: 'AKS cannot pull images from ACR', ru: 'AKS не может извлечь образы из ACR' },
  url: 'https://learn.microsoft.com/troubleshoot/azure/azure-kubernetes/connectivity/cannot-pull-image-from-acr-to-aks-cluster',
};

export const ANONYMOUS_PULL: DocLink = {
  title: { en: 'Anonymous pull access', ru: 'Анонимный доступ на извлечение' },
  url: 'https://learn.microsoft.com/azure/container-registry/anonymous-pull-access',
};

export const AUTH_OPTIONS: DocLink = {
  title: { en: 'Registry authentication options', ru: 'Способы проверки подлинности в реестре' },
  url: 'https://learn.microsoft.com/azure/container-registry/container-registry-authentication',
};

export const AUTH_TROUBLESHOOTING: DocLink = {
  title: { en: 'Troubleshoot registry login', ru: 'Устранение неполадок со входом в реестр' },
  url: 'https://learn.microsoft.com/azure/container-registry/container-registry-troubleshoot-login-authn-authz',
};

export const ENTRA_ERROR_CODES: DocLink = {
  title: { en: 'Microsoft Entra error codes (AADSTS)', ru: 'Коды ошибок Microsoft Entra (AADSTS)' },
  url: 'https://learn.microsoft.com/entra/identity-platform/reference-error-codes',
};
