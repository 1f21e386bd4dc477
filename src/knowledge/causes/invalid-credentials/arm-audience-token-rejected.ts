import { defineCause } from '../../define';
import { acrAnchor, against, anchor, context } from '../../rules';

export default defineCause({
  id: 'arm-audience-token-rejected',
  family: 'invalid-credentials',
  scope: 'acr-access',
  prevalence: 'rare',
  title: {
    en: 'The registry accepts only ACR-audience Entra tokens, and an ARM-audience token was presented',
    ru: 'Реестр принимает только токены Entra с аудиторией ACR, а был предъявлен токен с аудиторией ARM',
  },
  explanation: {
    en:
      'When the registry policy "authentication as ARM" is disabled (azureADAuthenticationAsArmPolicy), the ' +
      'token exchange accepts only Entra tokens issued for https://containerregistry.azure.net. A plain ' +
      '`az login` produces tokens for Azure Resource Manager, so `az acr login` fails with ' +
      'CONNECTIVITY_REFRESH_TOKEN_ERROR and response code 401 even though the identity has the right role; ' +
      'services that sign in with ARM-scoped tokens fail the same way.',
    ru:
      'Если в реестре отключена политика «authentication as ARM» (azureADAuthenticationAsArmPolicy), обмен ' +
      'токенов принимает только токены Entra, выданные для https://containerregistry.azure.net. Обычный ' +
      '`az login` выдаёт токены для Azure Resource Manager, поэтому `az acr login` завершается ' +
      'CONNECTIVITY_REFRESH_TOKEN_ERROR с кодом ответа 401, хотя нужная роль у удостоверения есть; службы, ' +
      'которые входят с токенами ARM, падают так же.',
  },
  ask: {
    en: 'Has someone (or an Azure Policy) disabled "authentication as ARM" on this registry?',
    ru: 'Кто-то (или Azure Policy) отключил в этом реестре «authentication as ARM»?',
  },
  rules: [
    // Foundry hosted agents' pull failure (missing-pull-role-legacy-mode shares it; field6 d016, f008).
    acrAnchor(['Failed to pull container image', 'ACR permissions'], 2),
    // App Service's managed-identity pull getting no registry token: a registry that refuses ARM-audience tokens is
    // one reading (field8 8D007), after a missing AcrPull and no identity chosen for the pull.
    anchor(['ACRTokenRetrievalFailure'], 2),
    anchor(['authentication-as-arm'], 6),
    anchor(['azureADAuthenticationAsArmPolicy'], 6),
    anchor(['ARM audience'], 6),
    // The registry's answer to an ARM-audience token once it no longer accepts them (App Service's managed-identity
    // pull, as Microsoft documents it).
    anchor(['UNAUTHORIZED', 'token validation failed'], 5),
    anchor('token-status:401', 2),
    context(['"status": "disabled"'], 3),
    context(['containerregistry.azure.net'], 2),
    context('tool:app-service', 1),
    against('token-status:403', 4),
    against('anonymous-attempt', 3),
  ],
  fix: [
    {
      text: {
        en: 'Check the policy on the registry.',
        ru: 'Проверьте политику в реестре.',
      },
      command: 'az acr config authentication-as-arm show -r {registry}',
    },
    {
      text: {
        en: 'Sign in for the ACR audience, then log in to the registry again.',
        ru: 'Войдите с аудиторией ACR и снова выполните вход в реестр.',
      },
      command: 'az login --scope https://containerregistry.azure.net/.default && az acr login -n {registry}',
    },
    {
      text: {
        en: 'If ARM-audience tokens must keep working (older tools, some platform pulls), re-enable the policy, unless an Azure Policy requires it off.',
        ru: 'Если токены с аудиторией ARM должны работать (старые инструменты, извлечение некоторыми платформами), снова включите политику, если только её отключение не требует Azure Policy.',
      },
      command: 'az acr config authentication-as-arm update -r {registry} --status enabled',
    },
  ],
  docs: [
    {
      title: { en: 'Disable authentication as ARM', ru: 'Отключение проверки подлинности как ARM' },
      url: 'https://learn.microsoft.com/azure/container-registry/container-registry-disable-authentication-as-arm',
    },
    {
      title: { en: 'Conditional Access for ACR', ru: 'Условный доступ для ACR' },
      url: 'https://learn.microsoft.com/azure/container-registry/container-registry-configure-conditional-access',
    },
  ],
  checks: ['auth-as-arm', 'login-failures'],
});
