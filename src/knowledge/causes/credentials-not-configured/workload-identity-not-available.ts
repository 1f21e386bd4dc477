import { defineCause } from '../../define';
import { AUTH_OPTIONS, AKS_PULL_TROUBLESHOOTING } from '../../docs';
import { against, anchor, context } from '../../rules';

export default defineCause({
  id: 'workload-identity-not-available',
  family: 'credentials-not-configured',
  scope: 'acr-access',
  prevalence: 'common',
  title: {
    en: 'The workload has no Azure identity to sign in with (managed identity, workload identity or environment credential missing)',
    ru: 'У рабочей нагрузки нет удостоверения Azure для входа (нет управляемого удостоверения, удостоверения рабочей нагрузки или учётных данных в переменных среды)',
  },
  explanation: {
    en:
      'The program asked an Azure Identity credential (DefaultAzureCredential, ChainedTokenCredential, ManagedIdentityCredential, ' +
      'the AKS credential provider) for a token and every source reported itself unavailable: no AZURE_* environment variables, ' +
      'no workload identity annotations or projected token, no managed identity assigned to the VM, node or app, or no ' +
      'azure.json on the node. No credential ever reached the registry, so its roles and network rules are not involved yet.',
    ru:
      'Программа запросила токен у учётных данных Azure Identity (DefaultAzureCredential, ChainedTokenCredential, ' +
      'ManagedIdentityCredential, поставщик учётных данных AKS), и каждый источник сообщил, что недоступен: нет переменных AZURE_*, ' +
      'нет аннотаций или проецируемого токена удостоверения рабочей нагрузки, к ВМ, узлу или приложению не назначено управляемое ' +
      'удостоверение, или на узле нет azure.json. До реестра учётные данные не дошли, поэтому его роли и сетевые правила пока ни при чём.',
  },
  ask: {
    en: 'Is the pod, VM or app running without a managed identity or workload identity assigned to it?',
    ru: 'Под, ВМ или приложение работает без назначенного управляемого удостоверения или удостоверения рабочей нагрузки?',
  },
  rules: [
    anchor(['failed to authenticate a system assigned identity'], 5),
    // aad-pod-identity's node agent (NMI) found no identity bound to the pod: no AzureIdentityBinding matches its
    // label, or the controller could not assign the identity to the node for want of the Managed Identity Operator
    // role (field18 18C002).
    anchor(['failed to get matching identities for pod'], 4),
    anchor(['CredentialUnavailable'], 6),
    anchor(['DefaultAzureCredential', 'fail'], 5),
    anchor(['ChainedTokenCredential', 'fail'], 5),
    // Azure.Identity (.NET) says this when a credential of the chain was there and threw (an
    // AuthenticationFailedException), not when none was available ("failed to retrieve a token from the included
    // credentials"): the reason follows.
    against(['ChainedTokenCredential failed due to an unhandled exception'], 5),
    anchor(['EnvironmentCredential', 'unavailable'], 4),
    anchor(['missing environment variable', 'AZURE_'], 5),
    anchor(['environment variables are not fully configured'], 5),
    anchor(['incomplete environment variable configuration'], 5),
    anchor(['ManagedIdentityCredential', 'unavailable'], 5),
    anchor(['no default identity is assigned'], 8),
    anchor(['no available identity'], 7),
    anchor(['no managed identity'], 5),
    anchor(['no client ID specified'], 6),
    anchor(['azure.workload.identity/client-id'], 6),
    anchor(['azure.workload.identity/tenant-id'], 6),
    anchor(['workload identity not available'], 6),
    anchor(['tenant id environment variable is empty'], 6),
    // Ratify's Azure auth providers: "ENV_NOT_SET: AZURE_TENANT_ID environment variable is empty", "… and
    // AZURE_CLIENT_ID environment variable is empty" (pkg/common/oras/authprovider/azure).
    anchor(['environment variable is empty', 'AZURE_'], 6),
    // Flux 2.6+ when the operator's default workload-identity service account is missing from the namespace.
    anchor(['multi-tenant workload identity lockdown'], 6),
    // Ratify: the Store's auth provider lists endpoints that leave this registry out, so it is issued nothing.
    anchor(['is not in the scope of the store auth provider'], 6),
    // docker-credential-acr-env (also built into kaniko and cosign) with a federated token but no AZURE_CLIENT_ID
    // or AZURE_TENANT_ID: the workload identity webhook injected only half of it.
    anchor(['failed to get client id from environment'], 5),
    // IMDS on a VM or node with several user-assigned identities and no client id in the request: none is chosen
    // (field6 6b001's finding, there hidden behind DefaultAzureCredential's summary).
    anchor(['Multiple user assigned identities exist'], 7),
    anchor(['missing environment variables'], 4),
    anchor(['azure.json', 'no such file'], 6),
    // cloud-provider-azure's auth (ErrorNoAuth): azure.json names neither a service principal nor a managed identity,
    // so the ACR credential provider has nothing to ask a token with (field22 22R003).
    anchor(['no credentials provided for Azure cloud provider'], 6),
    anchor(['could not fetch access token for managed service principal'], 7),
    anchor(['msi fetch error'], 6),
    anchor(['parameter', 'secret', 'cannot be empty'], 5),
    context('tool:kubelet', 1),
    against(['client with IP'], 6),
    // The chain failed in its Azure CLI link, not for want of a workload or managed identity.
    against(['Azure CLI authentication timed out'], 4),
    against(['Timed out waiting for Azure CLI'], 4),
    against(['AADSTS7000215'], 5),
    against(['AADSTS700016'], 5),
    against(['Name or service not known'], 4),
    against(['no such host'], 4),
    // A developer credential (Azure PowerShell, the Azure CLI) that is not signed in: the fix is to sign in.
    against(["Please run 'Connect-AzAccount'"], 6),
    against(["Please run 'az login'"], 3),
  ],
  fix: [
    {
      text: {
        en: 'On AKS with workload identity: annotate the service account with the client id and label the pod to use it.',
        ru: 'В AKS с удостоверением рабочей нагрузки: добавьте к учётной записи службы аннотацию с идентификатором клиента и метку поду.',
      },
      command:
        'kubectl annotate serviceaccount <sa> azure.workload.identity/client-id={appId} --overwrite && kubectl label pod <pod> azure.workload.identity/use=true',
    },
    {
      text: {
        en: 'On a VM, scale set or app: assign a managed identity and grant it AcrPull on the registry.',
        ru: 'На ВМ, масштабируемом наборе или в приложении: назначьте управляемое удостоверение и выдайте ему AcrPull на реестр.',
      },
      command:
        'az role assignment create --assignee {principalId} --role AcrPull --scope $(az acr show -n {registry} --query id -o tsv)',
    },
    {
      text: {
        en: 'Where a service principal is meant to be used, set AZURE_TENANT_ID, AZURE_CLIENT_ID and AZURE_CLIENT_SECRET (or a certificate) for the process.',
        ru: 'Если должен использоваться субъект-служба, задайте процессу AZURE_TENANT_ID, AZURE_CLIENT_ID и AZURE_CLIENT_SECRET (или сертификат).',
      },
    },
  ],
  docs: [AUTH_OPTIONS, AKS_PULL_TROUBLESHOOTING],
  checks: ['identity-roles'],
});
