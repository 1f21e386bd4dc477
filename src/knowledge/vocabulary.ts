/**
 * The closed vocabularies the engine extracts from a paste and the knowledge base refers to.
 * Keeping them as `as const` lists gives one source for both the types and runtime validation.
 */

/** The tool or platform that produced the pasted text. */
export const TOOL_IDS = [
  'az',
  'docker',
  'podman',
  'kubelet',
  'containerd',
  'helm',
  'oras',
  'buildx',
  'github-actions',
  'azure-devops',
  'app-service',
  'container-apps',
  'aci',
  'azure-batch',
  'azure-ml',
  'iot-edge',
  'acr-tasks',
  'terraform',
  'aks-check-acr',
  'powershell',
  'curl',
  // CD, CI and infrastructure-as-code tools that sign in to, push to or pull from registries for the user.
  'argo-cd',
  'tekton',
  'gitlab-runner',
  'jenkins',
  'pulumi',
  'ansible',
  'packer',
  'harbor',
  'openshift',
  // Bicep restores and publishes modules in ACR (`br:` references) with its own credential chain (az, PowerShell).
  'bicep',
] as const;
export type ToolId = (typeof TOOL_IDS)[number];

/** Every error code that `az acr check-health` and `az acr login` print ("An error occurred: CODE"). */
export const CHECK_HEALTH_CODES = [
  'DOCKER_COMMAND_ERROR',
  'DOCKER_DAEMON_ERROR',
  'DOCKER_VERSION_ERROR',
  'DOCKER_PULL_ERROR',
  'HELM_COMMAND_ERROR',
  'HELM_VERSION_ERROR',
  'NOTARY_COMMAND_ERROR',
  'NOTARY_VERSION_ERROR',
  'CONNECTIVITY_DNS_ERROR',
  'CONNECTIVITY_FORBIDDEN_ERROR',
  'CONNECTIVITY_CHALLENGE_ERROR',
  'CONNECTIVITY_AAD_LOGIN_ERROR',
  'CONNECTIVITY_WWW_AUTHENTICATE_ERROR',
  'CONNECTIVITY_REFRESH_TOKEN_ERROR',
  'CONNECTIVITY_ACCESS_TOKEN_ERROR',
  'CONNECTIVITY_SSL_ERROR',
  'CONNECTIVITY_TOOMANYREQUESTS_ERROR',
  'LOGIN_SERVER_ERROR',
  'CMK_ERROR',
  'UNEXPECTED_ERROR',
] as const;
export type CheckHealthCode = (typeof CHECK_HEALTH_CODES)[number];

/** Error codes of the OCI distribution spec (and Docker's registry API), as registries return them. */
export const DISTRIBUTION_CODES = [
  'UNAUTHORIZED',
  'DENIED',
  'NAME_UNKNOWN',
  'NAME_INVALID',
  'MANIFEST_UNKNOWN',
  'MANIFEST_INVALID',
  'MANIFEST_BLOB_UNKNOWN',
  'BLOB_UNKNOWN',
  'BLOB_UPLOAD_UNKNOWN',
  'TAG_INVALID',
  'UNSUPPORTED',
  'TOOMANYREQUESTS',
] as const;
export type DistributionCode = (typeof DISTRIBUTION_CODES)[number];

/** HTTP statuses that mean something distinct for registry access. */
export const HTTP_FACT_STATUSES = ['400', '401', '403', '404', '407', '429', '5xx'] as const;
export type HttpFactStatus = (typeof HTTP_FACT_STATUSES)[number];

/** The operation the user was attempting, as far as the paste shows it. */
export const OPERATIONS = ['login', 'pull', 'push', 'list', 'delete', 'build', 'import'] as const;
export type Operation = (typeof OPERATIONS)[number];

/**
 * Facts are what the engine derives from a paste beyond plain text matches: parsed codes, statuses with
 * their meaning, classified hosts and IPs, the tool, the operation. Knowledge-base rules refer to them by name.
 *
 * - `code:X`            az/check-health error code X was printed
 * - `token-status:N`    the az token exchange (CONNECTIVITY_REFRESH/ACCESS_TOKEN_ERROR) answered N ("Response code: N")
 * - `http:N`            an HTTP status N (or any 5xx) appears in an error context
 * - `oci:X`             a distribution error code X (JSON `"code":"X"` or `x: message` form)
 * - `aadsts:N`          an Entra error AADSTSN
 * - `tool:T`            the text was produced by tool T
 * - `op:O`              the paste shows operation O (any of them); `fails:O` O is the operation that failed;
 *                       `succeeded:O` the paste shows O succeeding
 * - `login-user:K`      the username given to `docker login`/`az acr login -u`/…: `registry-name` (the admin
 *                       user), `nil-guid` (an ACR refresh token, 00000000-…), `guid` (an app/client id), `email`
 * - `env:aks`           the text comes from an AKS cluster (node names, az aks, check-acr) or names the service
 * - `aks-refused`       with `env:aks`, a 401 (HTTP, the registry's UNAUTHORIZED or its "authentication required", the
 *                       token exchange's) told outside the kubelet's own message, and no push, failed login or
 *                       check-acr: a pull on the cluster refused for its credential (signals/environment.ts)
 * - `acr-named`         the text names ACR itself (az acr, aka.ms/acr, Microsoft.ContainerRegistry, the word ACR,
 *                       a message only ACR prints), even when the login server was redacted or cut
 * - `host:…`            what kind of registry hosts the paste names (see below)
 * - `host:hub-by-default` an Azure service (ACI, App Service, Container Apps) pulled an image whose reference names no
 *                       registry host, and no other host is named: Docker Hub only by default. Undecided between a
 *                       reference that lost the ACR login server and a real Docker Hub image, so it is set instead
 *                       of `host:no-acr` and `registry-elsewhere`
 * - `registry-elsewhere` registry hosts appear (named, or read from structure: URLs, image references, command
 *                       targets), none is an ACR login server, and nothing in the paste names ACR: the registry
 *                       that failed is someone else's
 * - `client-ip:public|private` the IP a registry firewall message names
 * - `resolved:private|public`  the login server resolved or dialled to such an address
 * - `addressed-by-ip`   a client dialled the very address its URL names (`Get "https://10.1.2.3/v2/": dial tcp
 *                       10.1.2.3:443`): the registry was addressed by IP, so no name resolved to that address
 * - `private-link:public-ip` the paste shows the privatelink CNAME and a public address for the login server
 * - `admin-fallback`    "Unable to get admin user credentials" followed an Entra failure (a fallback, not a root cause);
 *                       likewise the admin half of azd's "failed logging into container registry, token: …, admin: …"
 * - `image-source-fallback` a scanner (trivy, syft, grype) listed what each image source answered and the registry's
 *                       answer is among them: a local daemon's or store's failure in that list was only a place tried
 * - `revision-timed-out` a Container App's new revision did not start within the platform's time ("Failed to
 *                       provision revision … Operation expired"): most often its image could not be pulled
 * - `anonymous-attempt` the client asked for an anonymous token (no credential configured on that client)
 * - `entra-sign-in`     an `az acr repository|manifest …` command without a name and password: az signed in to the
 *                       registry with the CLI's Entra identity, so no repository token, admin user or docker login
 * - `cloud:china|usgov` a sovereign-cloud login server appears
 * - `scope:catalog`     a refused token asked for `registry:catalog:*` (scope=, Go map or JSON over several lines)
 * - `listing-refused`   a command that lists repositories (`az acr repository list`) was refused for its credential
 *                       and printed no scope: the same refused catalog scope, read from the command
 * - `scope:push`        a refused token asked for a push scope
 * - `auth-proven`       a layer was being downloaded: for that attempt the registry accepted the credential
 * - `no-answer`         the connection to the user's registry failed (refused, timed out, reset, unresolved) and
 *                       nothing shows that it answered: no status, no refusal, no registry or Entra code
 * - `exchange-status:401` ACR's /oauth2/exchange answered 401, on its line or in a response block printed below it
 * - `unreached:package-server` a connection or certificate failure names a package server (npm, PyPI, Go's proxy, NuGet,
 *                       Maven, apt, apk, Azure Artifacts…) and none names a registry: a build step's download failed
 * - `unreached:azure-service` a connection, name or certificate failure names another Azure service (its database, Key
 *                       Vault, Service Bus, the app's own endpoint…) and none names a registry
 * - `arm-action:elsewhere` Resource Manager refused actions and every one belongs to a provider that has nothing to do
 *                       with reaching a registry (Microsoft.Web, Microsoft.KeyVault, Microsoft.Storage, …)
 * - `arm-action:role-grant` the action of creating a role assignment is named (`roleAssignments/write`): the right
 *                       to grant roles, which a deployment's identity often lacks
 * - `arm-error:no-registry` nothing is about a registry (`registry-absent`) and Resource Manager printed a code of its
 *                       own that names what it refused (StorageAccountAlreadyTaken, OperationNotAllowed, SkuNotAvailable)
 * - `platform-mismatch` a manifest list or index has no entry for the platform that asked (the image was not built for it)
 * - `registry-absent`   nothing in the paste is about a container registry: no registry host, ACR not named, none of
 *                       the registry protocol (paths, token endpoints, codes, pull/push output), no registry command
 */
export type Fact =
  | `code:${CheckHealthCode}`
  | `token-status:${'401' | '403' | '404' | '429' | '5xx'}`
  | `http:${HttpFactStatus}`
  | `oci:${DistributionCode}`
  | `aadsts:${number}`
  | `tool:${ToolId}`
  | `op:${Operation}`
  | `fails:${Operation}`
  | `succeeded:${Operation}`
  | `login-user:${'registry-name' | 'nil-guid' | 'guid' | 'email'}`
  | 'env:aks'
  | 'aks-refused'
  | 'acr-named'
  | 'host:acr' // an ACR login server (any cloud)
  | 'host:acr-data-endpoint' // <registry>.<region>.data.azurecr.io
  | 'host:acr-private-link' // <registry>.privatelink.azurecr.io
  | 'host:acr-mixed-case' // an ACR login server written with capitals in an image reference
  | 'host:acr-dnl' // a login server with a domain-name-label hash (name-hash.azurecr.io)
  | 'host:acr-typo' // a near-miss of an ACR suffix (azureacr.io, azurecr.com, …)
  | 'host:acr-invalid-name' // an ACR-looking host whose registry name breaks ACR's naming rule
  | 'host:mcr' // mcr.microsoft.com (served by ACR infrastructure, not the user's registry)
  | 'host:other-registry' // Docker Hub, GHCR, GCR, ECR, Quay, …
  | 'host:no-acr' // registry hosts appear and none is an ACR login server
  | 'host:hub-by-default' // an Azure service pulled a reference with no registry host (Docker Hub only by default)
  | 'registry-elsewhere'
  | 'tag-missing:elsewhere' // with registry-elsewhere: that registry says nothing exists under the name asked for
  | 'refusal:mostly-elsewhere' // a refusal other registries send far more often than ACR, and no registry is named
  | 'repository:hub-official' // a path under Docker Hub's official namespace (library/…), and no registry is named
  | 'client-ip:public'
  | 'client-ip:private'
  | 'resolved:private'
  | 'addressed-by-ip'
  | 'resolved:public'
  | 'private-link:public-ip'
  | 'admin-fallback'
  | 'image-source-fallback'
  | 'aad-failure'
  | 'anonymous-attempt'
  | 'entra-sign-in'
  | 'cloud:china'
  | 'cloud:usgov'
  | 'scope:catalog'
  | 'listing-refused'
  | 'scope:push'
  | 'auth-proven'
  | 'no-answer'
  | 'exchange-status:401'
  | 'unresolved:azure-endpoint' // the only hosts that did not resolve are Azure's control plane or Entra ID
  | 'unresolved:cluster-api' // the only hosts that did not resolve are AKS API servers (*.azmk8s.io)
  | 'unreached:package-server' // a connection or certificate failure names a package server, none names a registry
  | 'unreached:azure-service' // such a failure names another Azure service (a database, Key Vault, the app), none a registry
  | 'arm-error:no-registry' // with registry-absent: Resource Manager's own code for another resource (a quota, a name)
  | 'arm-action:elsewhere' // every action Resource Manager refused belongs to another service (Microsoft.Web, KeyVault, …)
  | 'arm-action:role-grant' // the action of creating a role assignment is named (Microsoft.Authorization/roleAssignments/write)
  | 'platform-mismatch'
  | 'revision-timed-out'
  | 'registry-absent';

/**
 * Azure services that pull an image for the user from the reference they were given, their registry a setting of the
 * Azure resource itself (App Service's registry server URL, a container app's or container group's registry,
 * credentials and identity; Azure Machine Learning's compute pulls its environments' images from the workspace's
 * registry). Not AKS: there, as in any cluster, every image reference picks its registry, and a pod pulling from
 * Docker Hub is ordinary cluster traffic.
 */
export const AZURE_PULLING_TOOLS: readonly ToolId[] = ['aci', 'app-service', 'container-apps', 'azure-ml'];
export const AZURE_PULLING_TOOL_FACTS: readonly Fact[] = AZURE_PULLING_TOOLS.map((t): Fact => `tool:${t}`);

/**
 * Facts that put the user's ACR registry in the paste: a login server (any form), the product named, a sovereign
 * ACR cloud, a tool that only ever talks to ACR. The structural fallback requires one; listening widens it.
 */
export const ACR_REGISTRY_FACTS: readonly Fact[] = [
  'host:acr',
  'host:acr-data-endpoint',
  'host:acr-private-link',
  'host:acr-mixed-case',
  'host:acr-dnl',
  'host:acr-typo',
  'host:acr-invalid-name',
  'acr-named',
  'cloud:china',
  'cloud:usgov',
  'tool:acr-tasks',
  'tool:aks-check-acr',
];
