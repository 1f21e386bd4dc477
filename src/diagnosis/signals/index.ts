import { AZURE_PULLING_TOOLS, type Fact, type HttpFactStatus } from '../../knowledge';
import type { LineIndex } from '../line-index';
import type { Signals } from '../types';
import { ADDRESS_KEYWORDS, findAddresses, RESOLVED_ADDRESS_KEYWORDS } from './addresses';
import { isValidRegistryName } from './acr-names';
import { ACR_MENTION_KEYWORDS, findAcrMention } from './acr-mentions';
import { CODE_KEYWORDS, findCodes } from './codes';
import { ACR_TYPO_KEYS, findHosts, HOST_KEYWORDS } from './hosts';
import { AKS_KEYWORDS, findAks, findAksRefusal } from './environment';
import { findIdentifiers, IDENTIFIER_KEYWORDS } from './identifiers';
import { findRegistrySourceAmongOthers, IMAGE_SOURCE_KEYWORDS } from './image-sources';
import { findLoginUser, LOGIN_USER_KEYWORDS } from './login-user';
import { ENTRA_COMMANDS, findEntraSignIn } from './entra-sign-in';
import { isPrivateIp, parseIpv4 } from './ip-address';
import { ANSWER_WORDS, findNoAnswer, TRANSPORT_FAILURE_WORDS } from './no-answer';
import { findOperations, OPERATION_KEYWORDS } from './operations';
import { findRegistryArguments, REGISTRY_ARG_KEYWORDS } from './registry-args';
import { findScopes, SCOPE_KEYWORDS } from './scopes';
import { findHttpStatuses, STATUS_KEYWORDS } from './statuses';
import { findTools, TOOL_KEYWORDS } from './tools';
import { findPackageDownloadFailure, PACKAGE_DOWNLOAD_KEYWORDS } from './package-downloads';
import { AZURE_SERVICE_KEYWORDS, findAzureServiceFailure } from './azure-services';
import { ARM_ACTION_KEYWORDS, findActionsElsewhere, findRoleGrant, ROLE_GRANT_KEYWORDS } from './arm-actions';
import { findSpecificArmCode } from './arm-codes';
import { findPlatformMismatch, PLATFORM_MISMATCH_KEYWORDS } from './platform-mismatch';
import { REGISTRY_INVOLVEMENT_KEYWORDS, registryAbsent } from './registry-involvement';
import { findRegistryNamedInProse, PROSE_REGISTRY_KEYWORDS } from './registries-in-prose';
import { findRefusalMostlyElsewhere, REFUSALS_ELSEWHERE_KEYWORDS } from './refusals-elsewhere';
import { findTagMissing, TAG_MISSING_KEYWORDS } from './tag-missing';
import { findHubOfficialPath, HUB_OFFICIAL_KEYWORDS } from './hub-official-images';
import {
  findUnresolvedHosts,
  onlyAzureEndpointsUnresolved,
  onlyClusterApiUnresolved,
  UNRESOLVED_KEYWORDS,
} from './unresolved-hosts';

const AAD_FAILURE = 'unable to get aad authorization tokens';
const ADMIN_FALLBACK = 'unable to get admin user credentials';
/**
 * The Azure Developer CLI's sign-in to a registry (pkg/azapi/container_registry.go) tries an Entra token exchange
 * first and the admin user second, and reports both in one sentence: "failed logging into container registry,
 * token: <exchange error>, admin: <admin error>". As with az, the admin half is the fallback's failure.
 */
const AZD_TOKEN_FIRST = 'failed logging into container registry, token:';
const AZD_ADMIN_SECOND = ', admin: ';
/**
 * A client that asked anonymously: containerd's "failed to fetch anonymous token", and a client that found no
 * credential for the registry saying so ("falling back to anonymous auth", "the pull falls back to anonymous").
 */
const ANONYMOUS = ['anonymous token', 'back to anonymous'];
/**
 * How Container Apps (and the tools around it) say a new revision failed to come up, or simply name the app: an
 * "Operation expired" beside a container app is its revision timing out.
 */
const REVISION_CONTEXT = [
  'failed to provision revision',
  'containerappoperationerror',
  'container app',
  'container-app',
  // People tell it by the revision that never came up ("the first revision hung with Operation expired").
  'revision',
];
const EXPIRED = 'operation expired';
/**
 * The Azure Pipelines Docker task's ACR input as its debug log prints it (`##[debug]azureContainerRegistry=…`): the
 * task was pointed at an ACR, whatever host the image reference ended up with.
 */
const PIPELINES_ACR_INPUT = 'azurecontainerregistry=';
/** `contosoapps-c4fgb7e3hxd2ayb9`: the registry name, a hyphen, a hash of letters and digits. */
const DNL_LABEL = /^[a-z0-9]{5,50}-(?=[a-z]{0,20}\d)[a-z0-9]{10,20}$/i;

/** Every keyword the signal extractors look up; registered with the scanner next to the rules' keys. */
export const SIGNAL_KEYWORDS: readonly string[] = [
  ...HOST_KEYWORDS,
  ...REGISTRY_ARG_KEYWORDS,
  ...STATUS_KEYWORDS,
  ...CODE_KEYWORDS,
  ...ADDRESS_KEYWORDS,
  ...IDENTIFIER_KEYWORDS,
  ...TOOL_KEYWORDS,
  ...OPERATION_KEYWORDS,
  ...LOGIN_USER_KEYWORDS,
  ...ENTRA_COMMANDS,
  ...AKS_KEYWORDS,
  ...SCOPE_KEYWORDS,
  ...ACR_MENTION_KEYWORDS,
  ...UNRESOLVED_KEYWORDS,
  ...REGISTRY_INVOLVEMENT_KEYWORDS,
  ...PROSE_REGISTRY_KEYWORDS,
  ...REFUSALS_ELSEWHERE_KEYWORDS,
  ...PLATFORM_MISMATCH_KEYWORDS,
  ...TAG_MISSING_KEYWORDS,
  ...HUB_OFFICIAL_KEYWORDS,
  ...IMAGE_SOURCE_KEYWORDS,
  ...PACKAGE_DOWNLOAD_KEYWORDS,
  ...AZURE_SERVICE_KEYWORDS,
  ...ARM_ACTION_KEYWORDS,
  ...ROLE_GRANT_KEYWORDS,
  ...TRANSPORT_FAILURE_WORDS,
  ...ANSWER_WORDS,
  AAD_FAILURE,
  ADMIN_FALLBACK,
  AZD_TOKEN_FIRST,
  AZD_ADMIN_SECOND,
  ...ANONYMOUS,
  ...REVISION_CONTEXT,
  EXPIRED,
  'microsoft.containerregistry/registries',
  PIPELINES_ACR_INPUT,
];

export interface ExtractedSignals {
  readonly signals: Signals;
  /** For each fact, the 0-based line that shows it: the evidence a fact-based rule points at. */
  readonly factLines: ReadonlyMap<Fact, number>;
}

function httpFact(status: number): HttpFactStatus | null {
  if (status >= 500 && status <= 599) return '5xx';
  const s = String(status);
  return s === '400' || s === '401' || s === '403' || s === '404' || s === '407' || s === '429' ? s : null;
}

/** Everything the paste tells about the situation, plus the facts the knowledge base's rules refer to. */
export function extractSignals(index: LineIndex, registryHint?: string): ExtractedSignals {
  const hosts = findHosts(index);
  const codes = findCodes(index);
  const http = findHttpStatuses(index);
  const addresses = findAddresses(index);
  const ids = findIdentifiers(index);
  const tools = findTools(index);
  const ops = findOperations(index);

  const facts = new Map<Fact, number>();
  const add = (fact: Fact, line: number | undefined) => {
    if (line !== undefined && !facts.has(fact)) facts.set(fact, line);
  };
  const firstLine = (keyword: string) => index.linesWith(keyword)[0];

  for (const f of codes.checkHealth) add(`code:${f.code}`, f.line - 1);
  for (const { value, line } of codes.tokenStatuses) {
    const key = value >= 500 ? '5xx' : String(value);
    if (key === '401' || key === '403' || key === '404' || key === '429' || key === '5xx')
      add(`token-status:${key}`, line);
  }
  for (const h of http) {
    const f = httpFact(h.status);
    if (f) add(`http:${f}`, h.line - 1);
  }
  for (const { value, line } of codes.distribution) add(`oci:${value}`, line);
  for (const { value, line } of codes.aadsts) add(`aadsts:${Number(value.slice(6))}`, line);
  for (const { tool, line } of tools) add(`tool:${tool}`, line);
  for (const { op, line } of ops.attempted) add(`op:${op}`, line);
  for (const { op, line } of ops.succeeded) add(`succeeded:${op}`, line);
  if (ops.operation) add(`fails:${ops.operation}`, ops.attempted.find((a) => a.op === ops.operation)?.line);
  const scopes = findScopes(index);
  add('scope:catalog', scopes.catalog);
  add('listing-refused', scopes.listing);
  add('scope:push', scopes.push);
  add('auth-proven', scopes.layers);
  add('exchange-status:401', scopes.exchange401);
  const aks = findAks(index);
  if (aks !== undefined) {
    add('env:aks', aks);
    add('aks-refused', findAksRefusal(index, facts));
  }
  const acrMention = findAcrMention(index);
  if (acrMention !== undefined) add('acr-named', acrMention);

  const acr = hosts.loginServers;
  const acrLine = firstLine('azurecr.');
  if (acr.length > 0) add('host:acr', acrLine);
  if (acr.some((s) => s.kind === 'data-endpoint')) add('host:acr-data-endpoint', acrLine);
  if (acr.some((s) => s.kind === 'private-link')) add('host:acr-private-link', acrLine);
  // A domain-name-label login server is `name-<16-character hash>`; `my-acr` or `<acr-name>` is a person's stand-in.
  if (acr.some((s) => s.registry !== '' && DNL_LABEL.test(s.host.split('.')[0] ?? '')))
    add('host:acr-dnl', acrLine);
  if (acr.some((s) => s.registry !== '' && !s.validName && !s.host.split('.')[0]?.includes('-')))
    add('host:acr-invalid-name', acrLine);
  if (hosts.mixedCase) add('host:acr-mixed-case', acrLine);
  if (hosts.typo) add('host:acr-typo', index.linesWithAny(ACR_TYPO_KEYS)[0]);
  if (hosts.mcr) add('host:mcr', firstLine('mcr.microsoft.com') ?? acrLine);
  const knownOther = hosts.otherRegistries.filter((h) => !hosts.structural.some((s) => s.host === h));
  const otherLine = index.linesWithAny(knownOther)[0] ?? hosts.structural[0]?.line;
  if (hosts.otherRegistries.length > 0) add('host:other-registry', otherLine);
  // MCR is served by ACR's infrastructure but is not the user's registry: a paste about it alone is not about theirs.
  // An `az acr …` command or the registry's resource id puts the user's registry in the story even when the host that
  // failed is another one (az acr import, an artifact-cache rule): the paste is about their registry after all.
  const registryInvolved =
    index.has('az acr ') ||
    index.has('microsoft.containerregistry/registries') ||
    index.has(PIPELINES_ACR_INPUT);
  const azureServicePulls = tools.some((t) => AZURE_PULLING_TOOLS.includes(t.tool));
  // An Azure service given `team/app:v1` looks on Docker Hub because the reference has no login server in it: that
  // is as often the user's ACR image with its host left out as an image that really lives on Docker Hub (field7
  // 7f004). With Docker Hub only implied, the paste does not say the registry is someone else's.
  const hubByDefault =
    acr.length === 0 &&
    !hosts.mcr &&
    knownOther.length === 0 &&
    hosts.otherRegistries.length > 0 &&
    hosts.otherRegistries.every((h) => h === 'docker.io') &&
    azureServicePulls;
  if (hubByDefault) add('host:hub-by-default', otherLine);
  // Another registry (or MCR) failed and no ACR host shows: the failing host is not the user's ACR.
  // Another registry named only in words ("the image on MCR", "Docker Hub's limit") counts when nothing names ACR.
  // Not beside an Azure service that pulls: App Service says "Pulling image from Docker hub" when the configured image
  // has no login server, which is as often the user's ACR image with its host left out (see hubByDefault below).
  const proseLine =
    acr.length === 0 && acrMention === undefined && !azureServicePulls
      ? findRegistryNamedInProse(index)
      : undefined;
  if (proseLine !== undefined && hosts.otherRegistries.length === 0) add('host:other-registry', proseLine);
  const elsewhere =
    (hosts.otherRegistries.length > 0 || hosts.mcr || proseLine !== undefined) &&
    acr.length === 0 &&
    !hosts.typo &&
    !hubByDefault;
  const elsewhereLine = otherLine ?? firstLine('mcr.microsoft.com') ?? proseLine ?? acrLine;
  if (elsewhere && !registryInvolved) add('host:no-acr', elsewhereLine);
  // The same, when nothing else ties the paste to ACR either (az acr, aka.ms/acr, the resource type, a check-health
  // code): every ACR cause is then argued against (see knowledge/registry-elsewhere.ts). MCR counts as elsewhere:
  // ACR's infrastructure serves it, but nothing about it is the user's to configure.
  if (elsewhere && acrMention === undefined && codes.checkHealth.length === 0) {
    add('registry-elsewhere', elsewhereLine);
    // That registry has nothing under the name asked for: its catalogue, not the user's ACR (tag-missing.ts).
    add('tag-missing:elsewhere', findTagMissing(index));
  }
  // A refusal that other registries send far more often than an ACR, with nothing in or beside the paste naming any
  // registry (refusals-elsewhere.ts). A named one decides by itself: an ACR, or another registry (registry-elsewhere),
  // or Docker Hub implied beside an Azure service, which is as often the user's ACR image with its host left out.
  const namesRegistry =
    acr.length > 0 ||
    hosts.typo ||
    hosts.mcr ||
    hosts.otherRegistries.length > 0 ||
    proseLine !== undefined ||
    acrMention !== undefined ||
    codes.checkHealth.length > 0 ||
    registryInvolved ||
    registryHint !== undefined;
  if (!namesRegistry) {
    add('refusal:mostly-elsewhere', findRefusalMostlyElsewhere(index));
    add('repository:hub-official', findHubOfficialPath(index));
  }
  if (acr.some((s) => s.cloud === 'china')) add('cloud:china', acrLine);
  if (acr.some((s) => s.cloud === 'usgov')) add('cloud:usgov', acrLine);

  const clientLine = firstLine('client with ip');
  if (addresses.clientIps.some((ip) => parseIpv4(ip) && !isPrivateIp(ip)))
    add('client-ip:public', clientLine);
  if (addresses.clientIps.some(isPrivateIp)) add('client-ip:private', clientLine);
  const resolvedLine = index.linesWithAny(RESOLVED_ADDRESS_KEYWORDS)[0];
  if (addresses.resolved.some((ip) => !isPrivateIp(ip))) add('resolved:public', resolvedLine);
  if (addresses.resolved.some(isPrivateIp)) add('resolved:private', resolvedLine);
  add('addressed-by-ip', addresses.addressedByIp);
  const unresolved = findUnresolvedHosts(index);
  if (onlyAzureEndpointsUnresolved(unresolved)) add('unresolved:azure-endpoint', unresolved.line);
  if (onlyClusterApiUnresolved(unresolved)) add('unresolved:cluster-api', unresolved.line);
  add('unreached:package-server', findPackageDownloadFailure(index));
  add('unreached:azure-service', findAzureServiceFailure(index));
  add('arm-action:elsewhere', findActionsElsewhere(index));
  add('arm-action:role-grant', findRoleGrant(index));
  // The privatelink CNAME alone is how every registry behind a private endpoint looks; with a public answer it is
  // the private DNS zone missing for this client.
  if (acr.some((s) => s.kind === 'private-link') && addresses.resolved.some((ip) => !isPrivateIp(ip)))
    add('private-link:public-ip', resolvedLine);

  add('platform-mismatch', findPlatformMismatch(index));
  // Only about the user's registry, and only when no status, registry error code or Entra code was read either.
  const answered = [...facts.keys()].some((f) =>
    /^(?:http|token-status|oci|aadsts|exchange-status|code):/.test(f),
  );
  if (acr.length > 0 && !answered) add('no-answer', findNoAnswer(index));

  const aadLine = firstLine(AAD_FAILURE) ?? firstLine(AZD_TOKEN_FIRST) ?? codes.tokenStatuses[0]?.line;
  if (aadLine !== undefined) add('aad-failure', aadLine);
  if (aadLine !== undefined && index.has(ADMIN_FALLBACK)) add('admin-fallback', firstLine(ADMIN_FALLBACK));
  const azdAdmin = index.has(AZD_TOKEN_FIRST)
    ? index.linesWith(AZD_ADMIN_SECOND).find((i) => i >= (aadLine ?? 0))
    : undefined;
  add('admin-fallback', azdAdmin);
  add('image-source-fallback', findRegistrySourceAmongOthers(index));
  add('anonymous-attempt', index.linesWithAny(ANONYMOUS)[0]);
  // A tool may wrap the platform's message, so its two halves are looked for anywhere in the paste.
  if (index.has(EXPIRED) && REVISION_CONTEXT.some((k) => index.has(k)))
    add('revision-timed-out', firstLine(EXPIRED));

  const hinted = registryHint && isValidRegistryName(registryHint) ? registryHint.toLowerCase() : null;
  const registryArgs = findRegistryArguments(index);
  const named = acr.find((s) => s.validName)?.registry ?? registryArgs.find(isValidRegistryName) ?? null;
  const knownNames = [...acr.map((s) => s.registry), ...registryArgs, ...(hinted ? [hinted] : [])]
    .filter((n) => n !== '')
    .map((n) => n.toLowerCase());
  const loginUser = findLoginUser(index, knownNames);
  if (loginUser) add(`login-user:${loginUser.kind}`, loginUser.line);
  add('entra-sign-in', findEntraSignIn(index));
  // Last: it reads every other fact. A registry named outside the paste (the hint) puts one in the story.
  if (!hinted && registryAbsent(index, facts.keys())) {
    add('registry-absent', 0);
    add('arm-error:no-registry', findSpecificArmCode(index));
  }

  const signals: Signals = {
    tool: tools[0]?.tool ?? null,
    tools: tools.map((t) => t.tool),
    operation: ops.operation,
    checkHealth: codes.checkHealth,
    http,
    distribution: codes.distribution.map((d) => d.value),
    aadsts: codes.aadsts.map((a) => a.value),
    loginServers: acr,
    registry: named?.toLowerCase() ?? hinted,
    repository: hosts.repository,
    tag: hosts.tag,
    clientIps: addresses.clientIps,
    appIds: ids.appIds,
    principalIds: ids.principalIds,
    subscriptions: ids.subscriptions,
    tenants: ids.tenants,
    correlationIds: ids.correlationIds,
    otherRegistries: hosts.otherRegistries,
    facts: [...facts.keys()],
  };
  return { signals, factLines: facts };
}
