import { defineCause } from '../../define';
import { ENTRA_ERROR_CODES } from '../../docs';
import { against, anchor, context } from '../../rules';

export default defineCause({
  id: 'az-cli-session-stale',
  family: 'az-cli-not-logged-in-or-token-expired',
  scope: 'acr-access',
  prevalence: 'common',
  title: {
    en: 'The Azure CLI sign-in has expired or was revoked',
    ru: 'Вход в Azure CLI истёк или был отозван',
  },
  explanation: {
    en:
      'The CLI holds a cached Entra refresh token, and Entra no longer accepts it: it was unused for too long ' +
      '(AADSTS700082), the password was changed or sessions were revoked (AADSTS50173, AADSTS50133), or a ' +
      'sign-in frequency policy demands a fresh sign-in (AADSTS70043). The CLI cannot get a new token, so ' +
      '`az acr login` fails before it ever talks to the registry and tells you to run `az login` again.',
    ru:
      'CLI хранит в кэше токен обновления Entra, а Entra его больше не принимает: он слишком долго не ' +
      'использовался (AADSTS700082), пароль был изменён или сеансы отозваны (AADSTS50173, AADSTS50133), либо ' +
      'политика частоты входа требует войти заново (AADSTS70043). CLI не может получить новый токен, поэтому ' +
      '`az acr login` падает, даже не обратившись к реестру, и предлагает снова выполнить `az login`.',
  },
  ask: {
    en: 'Has it been days or weeks since you last ran `az login` on this machine, or did you change your password recently?',
    ru: 'С последнего `az login` на этой машине прошли дни или недели, или вы недавно меняли пароль?',
  },
  rules: [
    // A 401 from the token exchange az runs: its sign-in is stale or belongs to someone without access.
    anchor('token-status:401', 2),
    anchor(['Access to registry', 'Response code: 401'], 2),
    anchor('aadsts:700082', 10),
    // azd's registry sign-in with its reason cut off (see sp-client-secret-expired).
    anchor(/failed getting ACR token:[ \t]*$/m, 3),
    anchor('aadsts:50173', 10),
    anchor('aadsts:70043', 8),
    anchor('aadsts:50133', 8),
    // az's MSAL token cache that its own MSAL cannot read back (written by another version, or corrupted).
    anchor(["Can't get attribute 'NormalizedResponse'"], 7),
    anchor(['refresh token has expired'], 8),
    // Docker's ACI integration (compose-cli) could not renew the token `docker login azure` stored.
    anchor(['Maybe you need to login to Azure again'], 6),
    // Azure Identity's AzureCliCredential ran `az account get-access-token` and it never answered within the
    // credential's time limit (.NET: "Azure CLI authentication timed out", Python: "Timed out waiting for Azure
    // CLI"): typically az waiting on a sign-in it cannot complete without a terminal, or a very slow az.
    anchor(['Azure CLI authentication timed out'], 6),
    anchor(['Timed out waiting for Azure CLI'], 6),
    // ADAL's wording in the 2.0-era CLI when Entra refused the cached refresh token (invalid_grant). A 400 from the
    // token endpoint can also be a tenant that does not know the app, so identity-in-other-tenant shares the clue.
    anchor(['Get Token request returned http error: 400'], 5),
    anchor(['Get Token request returned http error', 'invalid_grant'], 6),
    anchor(['does not exist in MSAL token cache'], 8),
    anchor(['Your Azure credentials have not been set up or have expired'], 8),
    anchor(['Interactive authentication is needed'], 6),
    anchor(['To re-authenticate, please run'], 6),
    anchor(['Run the command below to authenticate interactively'], 3),
    context('tool:az', 1),
    context(['az logout'], 1),
    against('token-status:403', 4),
    against('token-status:429', 4),
    against('aadsts:53003', 4),
  ],
  fix: [
    {
      text: {
        en: 'Sign in again; use the tenant of the registry if you have several.',
        ru: 'Войдите заново; если клиентов (tenant) несколько, укажите клиент реестра.',
      },
      command: 'az login --tenant {tenant}',
    },
    {
      text: {
        en: 'If the cached account is broken, clear the CLI cache first and then sign in.',
        ru: 'Если кэшированная учётная запись повреждена, сначала очистите кэш CLI, затем войдите.',
      },
      command: 'az account clear && az login',
    },
    {
      text: {
        en: 'Confirm the CLI can get a token again, then log in to the registry.',
        ru: 'Убедитесь, что CLI снова получает токен, затем выполните вход в реестр.',
      },
      command: 'az account get-access-token --query expiresOn -o tsv && az acr login -n {registry}',
    },
  ],
  docs: [
    ENTRA_ERROR_CODES,
    {
      title: { en: 'CONNECTIVITY_REFRESH_TOKEN_ERROR', ru: 'CONNECTIVITY_REFRESH_TOKEN_ERROR' },
      url: 'https://learn.microsoft.com/azure/container-registry/container-registry-health-error-reference#connectivity_refresh_token_error',
    },
    {
      title: {
        en: 'Azure CLI issue: refresh token expired',
        ru: 'Issue в репозитории Azure CLI: истёкший токен обновления',
      },
      url: 'https://github.com/Azure/azure-cli/issues/17714',
    },
  ],
  checks: [],
});
