// Generated from the files under causes/: one import per `causes/<family>/<cause-id>.ts`, in path order.
// test/unit/knowledge/cause-files.test.ts fails when this list and the files disagree; run it with
// UPDATE_CAUSE_INDEX=1 to rewrite it, so a cause file that is added, renamed or removed cannot be forgotten.
import abacAcrTasksNoIdentity from './abac-repository-permissions-mode/abac-acr-tasks-no-identity';
import abacConditionExcludesRepository from './abac-repository-permissions-mode/abac-condition-excludes-repository';
import abacMissingCatalogLister from './abac-repository-permissions-mode/abac-missing-catalog-lister';
import abacModeLegacyRolesNotHonored from './abac-repository-permissions-mode/abac-mode-legacy-roles-not-honored';
import abacModeSwitchInvalidatedCredentials from './abac-repository-permissions-mode/abac-mode-switch-invalidated-credentials';
import adminUserDisabled from './admin-user-disabled/admin-user-disabled';
import aksKubeletIdentityMissingAcrpull from './aks-acr-not-attached/aks-kubelet-identity-missing-acrpull';
import aksKubeletIdentityRemovedFromVmss from './aks-acr-not-attached/aks-kubelet-identity-removed-from-vmss';
import aksSpChangedRoleOnOldSp from './aks-acr-not-attached/aks-sp-changed-role-on-old-sp';
import azCliNotLoggedIn from './az-cli-not-logged-in-or-token-expired/az-cli-not-logged-in';
import azCliSessionStale from './az-cli-not-logged-in-or-token-expired/az-cli-session-stale';
import conditionalAccessBlocked from './az-cli-not-logged-in-or-token-expired/conditional-access-blocked';
import clientEgressBlockedDataEndpoint from './client-firewall-blocks-endpoints/client-egress-blocked-data-endpoint';
import clientEgressBlockedLoginServer from './client-firewall-blocks-endpoints/client-egress-blocked-login-server';
import tlsHandshakeTimeoutNva from './client-firewall-blocks-endpoints/tls-handshake-timeout-nva';
import acrTaskRunWithoutCredential from './credentials-not-configured/acr-task-run-without-credential';
import anonymousPullExpectation from './credentials-not-configured/anonymous-pull-expectation';
import builderWithoutRegistryCredentials from './credentials-not-configured/builder-without-registry-credentials';
import cacheRuleWithoutCredentialSet from './credentials-not-configured/cache-rule-without-credential-set';
import ciLoginInputsMissing from './credentials-not-configured/ci-login-inputs-missing';
import deployToolRegistryCredentialMissing from './credentials-not-configured/deploy-tool-registry-credential-missing';
import dockerNotLoggedIn from './credentials-not-configured/docker-not-logged-in';
import imagePullSecretMissing from './credentials-not-configured/image-pull-secret-missing';
import iotEdgeRegistryCredentialsMissing from './credentials-not-configured/iot-edge-registry-credentials-missing';
import platformRegistryCredentialsMissing from './credentials-not-configured/platform-registry-credentials-missing';
import swarmRegistryAuthNotForwarded from './credentials-not-configured/swarm-registry-auth-not-forwarded';
import workloadIdentityNotAvailable from './credentials-not-configured/workload-identity-not-available';
import customDnsCannotResolve from './dns-resolution-failure/custom-dns-cannot-resolve';
import dnsTemporaryFailure from './dns-resolution-failure/dns-temporary-failure';
import clientClockWrong from './docker-not-running-or-misconfigured/client-clock-wrong';
import cloudShellNoDockerDaemon from './docker-not-running-or-misconfigured/cloud-shell-no-docker-daemon';
import dockerClientNotInstalled from './docker-not-running-or-misconfigured/docker-client-not-installed';
import dockerCredentialStoreFailing from './docker-not-running-or-misconfigured/docker-credential-store-failing';
import dockerDaemonNotRunning from './docker-not-running-or-misconfigured/docker-daemon-not-running';
import loginServerNotLowercase from './docker-not-running-or-misconfigured/login-server-not-lowercase';
import rhelDockerSignatureVerification from './docker-not-running-or-misconfigured/rhel-docker-signature-verification';
import entraAcrTokenExpired3h from './expired-credentials/entra-acr-token-expired-3h';
import federatedTokenExpired from './expired-credentials/federated-token-expired';
import repoTokenDisabledOrExpired from './expired-credentials/repo-token-disabled-or-expired';
import spClientSecretExpired from './expired-credentials/sp-client-secret-expired';
import acrTasksBlockedByFirewall from './firewall-ip-not-allowed/acr-tasks-blocked-by-firewall';
import azureServiceBlockedByNetworkRules from './firewall-ip-not-allowed/azure-service-blocked-by-network-rules';
import firewallChangePropagation from './firewall-ip-not-allowed/firewall-change-propagation';
import firewallClientIpNotAllowed from './firewall-ip-not-allowed/firewall-client-ip-not-allowed';
import vnetServiceEndpointRuleMissing from './firewall-ip-not-allowed/vnet-service-endpoint-rule-missing';
import invalidRepositoryName from './image-or-tag-not-found/invalid-repository-name';
import manifestLayersMissing from './image-or-tag-not-found/manifest-layers-missing';
import manifestTagNotFound from './image-or-tag-not-found/manifest-tag-not-found';
import platformArchitectureMismatch from './image-or-tag-not-found/platform-architecture-mismatch';
import amlWorkspaceRegistryKeysStale from './invalid-credentials/aml-workspace-registry-keys-stale';
import armAudienceTokenRejected from './invalid-credentials/arm-audience-token-rejected';
import exposeTokenWrongUsername from './invalid-credentials/expose-token-wrong-username';
import imagePullSecretStale from './invalid-credentials/image-pull-secret-stale';
import spInvalidClientSecret from './invalid-credentials/sp-invalid-client-secret';
import workloadIdentityFederationMismatch from './invalid-credentials/workload-identity-federation-mismatch';
import wrongUsernameOrPassword from './invalid-credentials/wrong-username-or-password';
import armActionNotAuthorized from './missing-role-assignment/arm-action-not-authorized';
import azAcrLoginAllMethodsFailedNoninteractive from './missing-role-assignment/az-acr-login-all-methods-failed-noninteractive';
import missingDeletePermission from './missing-role-assignment/missing-delete-permission';
import missingPullRoleLegacyMode from './missing-role-assignment/missing-pull-role-legacy-mode';
import missingPushPermission from './missing-role-assignment/missing-push-permission';
import noArmReadOnRegistry from './missing-role-assignment/no-arm-read-on-registry';
import replicationDeleteForbidden from './missing-role-assignment/replication-delete-forbidden';
import roleAssignmentPropagationDelay from './missing-role-assignment/role-assignment-propagation-delay';
import taskIdentityCannotReadKeyVault from './missing-role-assignment/task-identity-cannot-read-key-vault';
import aiModelServiceLimit from './other/ai-model-service-limit';
import appSignInMisconfigured from './other/app-sign-in-misconfigured';
import azureCliNotInstalled from './other/azure-cli-not-installed';
import azureServiceUnreachable from './other/azure-service-unreachable';
import buildInputMissing from './other/build-input-missing';
import ciRunnerOsUnsupported from './other/ci-runner-os-unsupported';
import cliUsageOrUnsupported from './other/cli-usage-or-unsupported';
import clientCannotReadRegistryReply from './other/client-cannot-read-registry-reply';
import cmkIdentityMissing from './other/cmk-identity-missing';
import containerStartFailed from './other/container-start-failed';
import contentTrustOrSignature from './other/content-trust-or-signature';
import curlRedirectForwardsAuthHeader from './other/curl-redirect-forwards-auth-header';
import dockerHubRateLimit from './other/docker-hub-rate-limit';
import failureNotTiedToAcr from './other/failure-not-tied-to-acr';
import failureOutsideRegistry from './other/failure-outside-registry';
import gitSourceAccess from './other/git-source-access';
import githubIpAllowList from './other/github-ip-allow-list';
import helmNotaryCheckNoise from './other/helm-notary-check-noise';
import kubernetesNotRegistry from './other/kubernetes-not-registry';
import localEngineFault from './other/local-engine-fault';
import localFilePermissionDenied from './other/local-file-permission-denied';
import mcrBlockedByEgress from './other/mcr-blocked-by-egress';
import networkRuleSaveFailedCrossSubscription from './other/network-rule-save-failed-cross-subscription';
import nonAcrRegistry from './other/non-acr-registry';
import operationDisallowed from './other/operation-disallowed';
import otherAzureServiceRefused from './other/other-azure-service-refused';
import outdatedDockerClient from './other/outdated-docker-client';
import packageFeedNotRegistry from './other/package-feed-not-registry';
import packageServerUnreachableInBuild from './other/package-server-unreachable-in-build';
import platformAppDidNotStart from './other/platform-app-did-not-start';
import platformNotPublished from './other/platform-not-published';
import platformQuotaOrImageOs from './other/platform-quota-or-image-os';
import proxyRejectedRequest from './other/proxy-rejected-request';
import registryNameUnavailable from './other/registry-name-unavailable';
import registryNameUnset from './other/registry-name-unset';
import registryNotAadCapable from './other/registry-not-aad-capable';
import registryRejectedContent from './other/registry-rejected-content';
import subscriptionPolicyOrSkuRestriction from './other/subscription-policy-or-sku-restriction';
import tagMissingElsewhere from './other/tag-missing-elsewhere';
import taskContextDownloadFailed from './other/task-context-download-failed';
import testLibraryIgnoresIdentityToken from './other/test-library-ignores-identity-token';
import transferStorageAccessRefused from './other/transfer-storage-access-refused';
import transientServiceError from './other/transient-service-error';
import dataEndpointDnsMissing from './private-endpoint-or-private-dns/data-endpoint-dns-missing';
import privateDnsResolvesPublicIp from './private-endpoint-or-private-dns/private-dns-resolves-public-ip';
import privateEndpointUnreachable from './private-endpoint-or-private-dns/private-endpoint-unreachable';
import amlImageBuildBehindVnet from './public-network-access-disabled/aml-image-build-behind-vnet';
import publicNetworkAccessDisabled from './public-network-access-disabled/public-network-access-disabled';
import spNotFoundInTenant from './service-principal-not-registered/sp-not-found-in-tenant';
import dockerConfigStaleLogin from './stale-docker-credentials/docker-config-stale-login';
import staleDockerCredentialsBlockAnonymousPull from './stale-docker-credentials/stale-docker-credentials-block-anonymous-pull';
import acrRequestThrottled429 from './throttled-too-many-requests/acr-request-throttled-429';
import kubeletPullQpsExceeded from './throttled-too-many-requests/kubelet-pull-qps-exceeded';
import upstreamRegistryThrottledCacheRule from './throttled-too-many-requests/upstream-registry-throttled-cache-rule';
import challengeNotIssued from './tls-or-proxy-interception/challenge-not-issued';
import dockerProxyNotConfigured from './tls-or-proxy-interception/docker-proxy-not-configured';
import tlsInterceptionProxy from './tls-or-proxy-interception/tls-interception-proxy';
import tokenScopeMapMissingAction from './token-scope-map-insufficient/token-scope-map-missing-action';
import dnlHashLoginServer from './wrong-registry-name-or-not-found/dnl-hash-login-server';
import loginServerAsImageName from './wrong-registry-name-or-not-found/login-server-as-image-name';
import registryNameWrongOrMissing from './wrong-registry-name-or-not-found/registry-name-wrong-or-missing';
import wrongCloudOrLoginServerUnresolved from './wrong-registry-name-or-not-found/wrong-cloud-or-login-server-unresolved';
import aksCrossTenantManagedIdentity from './wrong-tenant-or-subscription/aks-cross-tenant-managed-identity';
import cliWrongSubscription from './wrong-tenant-or-subscription/cli-wrong-subscription';
import identityInOtherTenant from './wrong-tenant-or-subscription/identity-in-other-tenant';

/** Every cause, in path order. `CauseId` is derived from this list. */
export const CAUSE_LIST = [
  abacAcrTasksNoIdentity,
  abacConditionExcludesRepository,
  abacMissingCatalogLister,
  abacModeLegacyRolesNotHonored,
  abacModeSwitchInvalidatedCredentials,
  adminUserDisabled,
  aksKubeletIdentityMissingAcrpull,
  aksKubeletIdentityRemovedFromVmss,
  aksSpChangedRoleOnOldSp,
  azCliNotLoggedIn,
  azCliSessionStale,
  conditionalAccessBlocked,
  clientEgressBlockedDataEndpoint,
  clientEgressBlockedLoginServer,
  tlsHandshakeTimeoutNva,
  acrTaskRunWithoutCredential,
  anonymousPullExpectation,
  builderWithoutRegistryCredentials,
  cacheRuleWithoutCredentialSet,
  ciLoginInputsMissing,
  deployToolRegistryCredentialMissing,
  dockerNotLoggedIn,
  imagePullSecretMissing,
  iotEdgeRegistryCredentialsMissing,
  platformRegistryCredentialsMissing,
  swarmRegistryAuthNotForwarded,
  workloadIdentityNotAvailable,
  customDnsCannotResolve,
  dnsTemporaryFailure,
  clientClockWrong,
  cloudShellNoDockerDaemon,
  dockerClientNotInstalled,
  dockerCredentialStoreFailing,
  dockerDaemonNotRunning,
  loginServerNotLowercase,
  rhelDockerSignatureVerification,
  entraAcrTokenExpired3h,
  federatedTokenExpired,
  repoTokenDisabledOrExpired,
  spClientSecretExpired,
  acrTasksBlockedByFirewall,
  azureServiceBlockedByNetworkRules,
  firewallChangePropagation,
  firewallClientIpNotAllowed,
  vnetServiceEndpointRuleMissing,
  invalidRepositoryName,
  manifestLayersMissing,
  manifestTagNotFound,
  platformArchitectureMismatch,
  amlWorkspaceRegistryKeysStale,
  armAudienceTokenRejected,
  exposeTokenWrongUsername,
  imagePullSecretStale,
  spInvalidClientSecret,
  workloadIdentityFederationMismatch,
  wrongUsernameOrPassword,
  armActionNotAuthorized,
  azAcrLoginAllMethodsFailedNoninteractive,
  missingDeletePermission,
  missingPullRoleLegacyMode,
  missingPushPermission,
  noArmReadOnRegistry,
  replicationDeleteForbidden,
  roleAssignmentPropagationDelay,
  taskIdentityCannotReadKeyVault,
  aiModelServiceLimit,
  appSignInMisconfigured,
  azureCliNotInstalled,
  azureServiceUnreachable,
  buildInputMissing,
  ciRunnerOsUnsupported,
  cliUsageOrUnsupported,
  clientCannotReadRegistryReply,
  cmkIdentityMissing,
  containerStartFailed,
  contentTrustOrSignature,
  curlRedirectForwardsAuthHeader,
  dockerHubRateLimit,
  failureNotTiedToAcr,
  failureOutsideRegistry,
  gitSourceAccess,
  githubIpAllowList,
  helmNotaryCheckNoise,
  kubernetesNotRegistry,
  localEngineFault,
  localFilePermissionDenied,
  mcrBlockedByEgress,
  networkRuleSaveFailedCrossSubscription,
  nonAcrRegistry,
  operationDisallowed,
  otherAzureServiceRefused,
  outdatedDockerClient,
  packageFeedNotRegistry,
  packageServerUnreachableInBuild,
  platformAppDidNotStart,
  platformNotPublished,
  platformQuotaOrImageOs,
  proxyRejectedRequest,
  registryNameUnavailable,
  registryNameUnset,
  registryNotAadCapable,
  registryRejectedContent,
  subscriptionPolicyOrSkuRestriction,
  tagMissingElsewhere,
  taskContextDownloadFailed,
  testLibraryIgnoresIdentityToken,
  transferStorageAccessRefused,
  transientServiceError,
  dataEndpointDnsMissing,
  privateDnsResolvesPublicIp,
  privateEndpointUnreachable,
  amlImageBuildBehindVnet,
  publicNetworkAccessDisabled,
  spNotFoundInTenant,
  dockerConfigStaleLogin,
  staleDockerCredentialsBlockAnonymousPull,
  acrRequestThrottled429,
  kubeletPullQpsExceeded,
  upstreamRegistryThrottledCacheRule,
  challengeNotIssued,
  dockerProxyNotConfigured,
  tlsInterceptionProxy,
  tokenScopeMapMissingAction,
  dnlHashLoginServer,
  loginServerAsImageName,
  registryNameWrongOrMissing,
  wrongCloudOrLoginServerUnresolved,
  aksCrossTenantManagedIdentity,
  cliWrongSubscription,
  identityInOtherTenant,
] as const;
