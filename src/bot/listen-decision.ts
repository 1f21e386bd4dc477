import { speaksAsAcr } from '../diagnosis';
import type { Diagnosis } from '../diagnosis/types';
import { ACR_REGISTRY_FACTS, AZURE_PULLING_TOOL_FACTS, type CauseId, type Fact } from '../knowledge';

/**
 * Whether a message nobody addressed to the bot deserves an answer. Two questions, both answered from the
 * engine's result (no text matching here):
 *
 * 1. Is the engine sure what went wrong? For an "ACR problem" verdict, the weight it puts on ACR causes
 *    together must reach the threshold (summed: a paste split between two ACR causes is still an ACR error).
 *    For a "look-alike" verdict (another registry, a transient DNS failure, Docker Hub's limit), its leading
 *    cause must reach it.
 * 2. Is the paste about Azure Container Registry? The engine calls generic TLS, 401, 403 and 429 errors of
 *    other tools "ACR" with full confidence, so an answer needs the paste itself to point at ACR:
 *    - ACR context: an ACR login server or registry, an `az acr` error code, an Entra error, an Azure
 *      container service as the tool, AKS, a registry firewall's client IP, ACR's own token exchange
 *      (`/oauth2/exchange`);
 *    - a registry's own refusal (`UNAUTHORIZED` / `DENIED` / `MANIFEST_UNKNOWN` / `NAME_UNKNOWN`, the
 *      distribution protocol's codes) while no other registry is named: the host was redacted or cut, but a
 *      container registry said no;
 *    - Docker's credential helper failing to keep or read a sign-in: Docker runs it only for a registry
 *      sign-in, whichever registry it was;
 *    - a cause whose evidence holds a string only ACR prints (the engine's evidence basis `acr-own`, from the
 *      knowledge base's marked anchors: the ACR Tasks runner's checks, the portal's and `az acr`'s admin-user
 *      messages, `az aks check-acr`'s verdicts, ACR's wording of a missing tag, an Azure service's message about
 *      the ACR it pulls from), unless the paste names MCR;
 *    - for a look-alike verdict only the strongest places count: an ACR login server in the paste, or ACR
 *      named together with a registry's refusal. Then the answer is "this is not ACR's doing: it is X",
 *      which is what the person who pushed to Docker Hub by mistake, or whose resolver failed on
 *      `<name>.azurecr.io`, needs to read. Also App Service, Container Apps or ACI refused by another
 *      registry: there the registry is a setting of the Azure resource, offered next to ACR. (Azure Batch,
 *      whose pool holds its registries the same way, counts as ACR context only: no look-alike measured yet.)
 *
 * Measured with `npm run bench:listen` (538 messages of ordinary channel traffic, 168 real ACR pastes):
 * - verdict + confidence alone, threshold 0.4: 8.2 % false replies, 92.9 % of ACR pastes answered;
 * - with ACR context only (the previous rule): 0.37 % false, 83.9 % answered;
 * - this rule: 0.37 % false (2, both generic Azure errors the engine gives ACR context), 90.5 % answered;
 *   of the 11 more answers, 3 are refusals, 4 sign-ins, 4 look-alikes, none costing a false reply.
 *   The threshold sweep is in src/config.ts (DEFAULT_LISTEN_MIN_CONFIDENCE).
 * - with field3 and field4 (194 ACR pastes): 0.37 % false, 89.2 % answered; adding the distribution's "not found"
 *   codes (MANIFEST_UNKNOWN, NAME_UNKNOWN) to the refusals and Container Apps' code-90712 wording to its tool
 *   gives 90.2 % (175), no traffic message gained. The structural fallback is never answered unasked.
 * - with field5 (243 ACR pastes): 0.37 % false, 85.6 % answered (208). Adding ACR-only causes (field5 a005,
 *   the portal's "Admin user is not enabled" with nothing else), look-alikes refused inside App Service
 *   (field2 g024, field5 b030: Docker Hub answered because no registry URL was set) and ACR's /oauth2/exchange
 *   as context (no paste yet; it is ACR's own endpoint) gives 86.8 % (211), no traffic message gained.
 *   Of the 32 still silent, 8 have no cause (unknown) and 6 only a fallback; the rest are generic Azure
 *   (ARM, SDK credential chain, Entra TLS) or local Docker errors with nothing tying them to a registry, the
 *   shapes the traffic's azure-other, docker and kubernetes messages have. Answering more needs the engine to
 *   recognise more ACR messages (e.g. `az acr login`'s own "verify whether docker is installed", ACR Tasks'
 *   invalid build requests), not a looser rule here.
 * - after that round's engine work (look-alikes by structure, service and build-tool messages, tool facts only
 *   where a command starts): 0 false replies (the two were a tool named in prose and a mixed-case cause that a
 *   successful pull argues against), 213 of 243. With field6 and its labs (304 ACR pastes): 0 false, 86.2 %
 *   (262); field6 alone at its first look 77.4 % (41 of 53). Entra-only sign-ins that never reached a registry
 *   (field f014, field3 h058, h068) now have the verdict not-acr and stay silent by design.
 * - the evidence basis instead of a fixed family list (issue 8): the engine marks the anchors only ACR prints and
 *   says per ranked cause whether one matched; the ground `acr-own-string` replaced `acr-only-cause` and also
 *   answers ACR-only strings of shared families: 264 of 304 (+ field5 a004, ACR Tasks' "when specifying push, at
 *   least one credential is required"; field6 f007, az containerapp's "Failed to retrieve credentials for
 *   container registry"), 0 false. Engine reads where the paste held a tool's own ACR message but fell back or
 *   missed: az's "(Code) message" lines no longer lose the code as a virtualenv prompt and `az acr build`'s
 *   "Failed to get a SAS URL to upload context" (field6 e009), Foundry hosted agents' "ACR permissions" pull
 *   failure (field6 d016, f008), ACR's cache-rule refusal without a credential set (new cause; field6 d012),
 *   Container Apps' "Container pull image failed with unauthorized error" (labs a004), az containerapp's registry
 *   secret named after an e-mail (field5 b026), the ACR Tasks runner's dependency scan (field5 b033), Batch's
 *   ContainerInvalidRegistry as its tool (field5 b024; ACR context like App Service's): 275 of 304 (90.5 %).
 *   Sixteen traffic messages added to tempt these grounds (ECR pull-through cache rules, Docker Hub, GHCR and
 *   MCR missing tags, ARM refusals of Key Vault, Storage and Batch wrapped like az's, Batch pool errors, another
 *   platform's pull failure, a Kubernetes secret name, chat about cache rules and admin users) caught three
 *   replies: MCR's missing tag in ACR's words (MCR now excluded), az's "Please verify whether docker is
 *   installed" reworded by a Makefile (docker's anchors no longer marked as ACR's own), and a chat reminder that
 *   "the admin user is not enabled" which names `az acr login` (acr-context, answered by the rule before this
 *   round as well; left, the engine cannot tell prose from a paste). Now: 1 false reply of 554 (0.18 %; 0 of the
 *   original 538). Still silent by design: generic ARM, SDK credential chains, Entra-only sign-ins, local Docker,
 *   a kubelet's bare 401 with no registry named (field6 e013, f009), MCR (field f062), structural fallbacks.
 * - field7 (46 ACR pastes nobody had tuned on) at its first look: 35 answered (76.1 %). After that round's fixes
 *   to the engine's reading (tools' own words it did not know, codes printed as `CODE: message`, wrapped code
 *   spans), this rule unchanged: 1 false reply of 554, 318 of 351 ACR pastes answered (90.6 %).
 * - field8 (47 ACR pastes nobody had tuned on) at its first look: 27 answered (57.4 %); many are one quoted line
 *   with nothing that places it at ACR (an SDK credential chain, "Username and password required", Draft's prose),
 *   where staying silent is this rule working. After that round's fixes (Azure ML's and the Docker task's ACR
 *   strings marked as ACR's own), this rule unchanged: 31 of 47; over every corpus 350 of 399 (87.7 %), 1 false
 *   reply of 554.
 */
export type ListenDecision =
  | { readonly answer: true; readonly confidence: number; readonly ground: ListenGround }
  | {
      readonly answer: false;
      readonly reason: 'not-acr' | 'unknown' | 'fallback' | 'below-threshold' | 'no-acr-context';
      readonly confidence: number;
    };

/** What in the paste placed it at ACR (logged with every unasked answer), in the order the decision asks. */
export const LISTEN_GROUNDS = [
  'acr-context',
  'registry-refusal',
  'registry-sign-in',
  'acr-own-string',
  'look-alike-at-acr',
  'look-alike-in-azure-service',
] as const;
export type ListenGround = (typeof LISTEN_GROUNDS)[number];

/** The engine's confidence that the text is an ACR error at all (0..1). */
export function acrConfidence(diagnosis: Diagnosis): number {
  if (diagnosis.verdict !== 'acr') return 0;
  const mass = diagnosis.causes
    .filter((c) => c.scope !== 'not-acr' && c.family !== 'other')
    .reduce((sum, c) => sum + c.confidence, 0);
  return Math.min(1, mass);
}

/** Engine facts that tie a paste to ACR: the registry facts the fallback uses, and what only an ACR setting shows. */
const ACR_CONTEXT: readonly Fact[] = [
  ...ACR_REGISTRY_FACTS,
  'env:aks',
  'client-ip:public',
  'client-ip:private',
  'admin-fallback',
  'aad-failure',
  'anonymous-attempt',
  'tool:az',
  'tool:app-service',
  'tool:container-apps',
  'tool:aci',
  'tool:azure-batch',
  // ACR's own /oauth2/exchange (an Entra token traded for a registry refresh token): no other registry has it.
  'exchange-status:401',
];
// Families of facts: any `az acr` error code, Entra error, token-endpoint status or login-user kind.
const ACR_CONTEXT_KINDS = ['code:', 'aadsts:', 'token-status:', 'login-user:'] as const;

export function hasAcrContext(diagnosis: Diagnosis): boolean {
  const { signals } = diagnosis;
  if (signals.registry !== null || signals.checkHealth.length > 0 || signals.aadsts.length > 0) return true;
  return signals.facts.some(
    (f) => ACR_CONTEXT.includes(f) || ACR_CONTEXT_KINDS.some((kind) => f.startsWith(kind)),
  );
}

/** The distribution protocol's answers to a credential the registry would not take. */
const REFUSALS: readonly Fact[] = [
  'oci:UNAUTHORIZED',
  'oci:DENIED',
  'oci:MANIFEST_UNKNOWN',
  'oci:NAME_UNKNOWN',
];
/** The paste names a registry that is not ACR (Docker Hub, GHCR, MCR, …). */
const ELSEWHERE: readonly Fact[] = ['host:other-registry', 'host:mcr', 'host:no-acr'];

/** A container registry refused the request, and nothing in the paste names a registry other than ACR. */
export function registryRefusedUnnamed(diagnosis: Diagnosis): boolean {
  const { facts } = diagnosis.signals;
  return facts.some((f) => REFUSALS.includes(f)) && !facts.some((f) => ELSEWHERE.includes(f));
}

/**
 * Causes whose every anchor is Docker's credential store or its helper failing (error storing / getting
 * credentials, D-Bus, keychain, password store): Docker runs the helper only to keep or read a registry
 * sign-in, so the paste is a registry sign-in whichever registry it was. Not the stale-login causes: their anchors include
 * Docker Hub's "pull access denied", which any registry's pull prints.
 */
const REGISTRY_SIGN_IN_CAUSES: readonly CauseId[] = ['docker-credential-store-failing'];

function registrySignInFailed(diagnosis: Diagnosis): boolean {
  const top = diagnosis.causes[0];
  return top !== undefined && REGISTRY_SIGN_IN_CAUSES.includes(top.id);
}

/**
 * For a look-alike verdict: such an Azure service pulled, and another registry refused (`UNAUTHORIZED`,
 * `DENIED`, a "not found" code). The registry the service was set to is the question: a private image sent to
 * Docker Hub because the registry URL is missing, an image that moved off Docker Hub.
 */
function lookAlikeInAzureService(diagnosis: Diagnosis): boolean {
  const { facts } = diagnosis.signals;
  return facts.some((f) => AZURE_PULLING_TOOL_FACTS.includes(f)) && facts.some((f) => REFUSALS.includes(f));
}

/**
 * Look-alikes that say the registry delivered the image (the container or the app in it failed afterwards): a log of
 * the pull that worked names the ACR, but nothing about it is the registry's, so listening leaves it to be asked.
 */
const DELIVERED: readonly CauseId[] = ['platform-app-did-not-start', 'container-start-failed'];

/** For a look-alike verdict: an ACR login server is in the paste, or ACR is named and a registry refused. */
function lookAlikeAtAcr(diagnosis: Diagnosis): boolean {
  const { signals } = diagnosis;
  const first = diagnosis.causes[0];
  if (first && DELIVERED.includes(first.id)) return false;
  if (signals.loginServers.length > 0) return true;
  return signals.facts.includes('acr-named') && signals.facts.some((f) => REFUSALS.includes(f));
}

export function listenDecision(diagnosis: Diagnosis, threshold: number): ListenDecision {
  if (diagnosis.verdict === 'unknown') return { answer: false, reason: 'unknown', confidence: 0 };
  // The structural fallback names what a generic failure can mean: worth showing to someone who asked, never a
  // recognised error to answer unasked (its candidates' shares together can pass the threshold).
  if (diagnosis.fallback) return { answer: false, reason: 'fallback', confidence: acrConfidence(diagnosis) };
  if (diagnosis.verdict === 'not-acr') {
    const confidence = diagnosis.causes[0]?.confidence ?? 0;
    const ground: ListenGround | undefined = lookAlikeAtAcr(diagnosis)
      ? 'look-alike-at-acr'
      : lookAlikeInAzureService(diagnosis)
        ? 'look-alike-in-azure-service'
        : undefined;
    if (ground === undefined) return { answer: false, reason: 'not-acr', confidence };
    if (confidence < threshold) return { answer: false, reason: 'below-threshold', confidence };
    return { answer: true, confidence, ground };
  }
  const confidence = acrConfidence(diagnosis);
  if (confidence < threshold) return { answer: false, reason: 'below-threshold', confidence };
  if (hasAcrContext(diagnosis)) return { answer: true, confidence, ground: 'acr-context' };
  if (registryRefusedUnnamed(diagnosis)) return { answer: true, confidence, ground: 'registry-refusal' };
  if (registrySignInFailed(diagnosis)) return { answer: true, confidence, ground: 'registry-sign-in' };
  // A string only ACR prints (the Tasks runner's checks, `az aks check-acr`'s verdicts, ACR's wording of a missing tag)
  // is about ACR even when no registry is named, or the host is a vendor's ACR under its own domain; not MCR's.
  if (speaksAsAcr(diagnosis.causes, diagnosis.signals.facts))
    return { answer: true, confidence, ground: 'acr-own-string' };
  return { answer: false, reason: 'no-acr-context', confidence };
}
