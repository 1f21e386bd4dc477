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

export const TASKS_AUTHENTICATION: DocLink = {
  title: { en: 'Authentication in ACR Tasks', ru: 'Проверка подлинности в ACR Tasks' },
  url: 'https://learn.microsoft.com/azure/container-registry/container-registry-tasks-authentication-managed-identity',
};

export const AUTH_TROUBLESHOOTING: DocLink = {
  title: { en: 'Troubleshoot registry login', ru: 'Устранение неполадок со входом в реестр' },
  url: 'https://learn.microsoft.com/azure/container-registry/container-registry-troubleshoot-login-authn-authz',
};

export const ENTRA_ERROR_CODES: DocLink = {
  title: { en: 'Microsoft Entra error codes (AADSTS)', ru: 'Коды ошибок Microsoft Entra (AADSTS)' },
  url: 'https://learn.microsoft.com/entra/identity-platform/reference-error-codes',
};

export const ABAC_REPOSITORY_PERMISSIONS: DocLink = {
  title: { en: 'ABAC repository permissions in ACR', ru: 'Разрешения ABAC на уровне репозиториев в ACR' },
  url: 'https://learn.microsoft.com/azure/container-registry/container-registry-rbac-abac-repository-permissions',
};

export const ACR_BUILT_IN_ROLES: DocLink = {
  title: { en: 'ACR built-in roles', ru: 'Встроенные роли ACR' },
  url: 'https://learn.microsoft.com/azure/container-registry/container-registry-rbac-built-in-roles-directory-reference',
};

export const ACR_FAQ: DocLink = {
  title: { en: 'ACR frequently asked questions', ru: 'Часто задаваемые вопросы по ACR' },
  url: 'https://learn.microsoft.com/azure/container-registry/container-registry-faq',
};

export const NETWORK_TROUBLESHOOTING: DocLink = {
  title: {
    en: 'Troubleshoot network access to a registry',
    ru: 'Устранение неполадок сетевого доступа к реестру',
  },
  url: 'https://learn.microsoft.com/azure/container-registry/container-registry-troubleshoot-access',
};

export const AUTHENTICATION_ERRORS: DocLink = {
  title: { en: 'ACR authentication errors', ru: 'Ошибки проверки подлинности ACR' },
  url: 'https://learn.microsoft.com/troubleshoot/azure/azure-container-registry/acr-authentication-errors',
};

export const SELECTED_NETWORKS: DocLink = {
  title: { en: 'Configure public IP network rules', ru: 'Настройка правил публичных IP-сетей' },
  url: 'https://learn.microsoft.com/azure/container-registry/container-registry-access-selected-networks',
};

export const PRIVATE_ENDPOINTS: DocLink = {
  title: { en: 'Private endpoints for ACR', ru: 'Частные конечные точки для ACR' },
  url: 'https://learn.microsoft.com/azure/container-registry/container-registry-private-endpoints',
};

export const CROSS_TENANT_AKS: DocLink = {
  title: {
    en: 'Pull from ACR in another tenant (AKS)',
    ru: 'Извлечение из ACR в другом клиенте (tenant) для AKS',
  },
  url: 'https://learn.microsoft.com/azure/container-registry/authenticate-aks-cross-tenant',
};
