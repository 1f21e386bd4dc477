import type { CauseId } from '../knowledge/cause-ids';
import type { CheckId } from '../knowledge/checks';
import type { FamilyId } from '../knowledge/families';
import type { Text } from '../knowledge/text';
import type { FallbackSignalId } from '../knowledge/fallbacks';
import type { CauseScope } from '../knowledge/types';
import type { CheckHealthCode, DistributionCode, Fact, Operation, ToolId } from '../knowledge/vocabulary';

/** One line of the (normalised, masked) paste that supports a finding. `line` is 1-based. */
export interface Evidence {
  readonly line: number;
  readonly text: string;
}

export type Cloud = 'public' | 'china' | 'usgov';

export interface LoginServer {
  /** Lower-cased host, e.g. `contoso.azurecr.io`. */
  readonly host: string;
  /** The registry name (first label), e.g. `contoso`; for DNL names the part before the hash. */
  readonly registry: string;
  readonly cloud: Cloud;
  readonly kind: 'login-server' | 'data-endpoint' | 'private-link';
  /** The registry name obeys ACR's naming rule (5–50 letters and digits). */
  readonly validName: boolean;
}

export interface HttpStatus {
  readonly status: number;
  /** What the status was an answer to, as far as the line tells. */
  readonly context: 'token' | 'login' | 'manifest' | 'blob' | 'arm' | 'entra' | 'unknown';
  readonly line: number;
}

export interface CheckHealthFinding {
  readonly code: CheckHealthCode;
  /** The "Response code: N" that az printed with the token errors, when present. */
  readonly status?: number;
  readonly line: number;
}

export interface Signals {
  /** The tool that most likely produced the text, then any others seen. */
  readonly tool: ToolId | null;
  readonly tools: readonly ToolId[];
  readonly operation: Operation | null;
  readonly checkHealth: readonly CheckHealthFinding[];
  readonly http: readonly HttpStatus[];
  readonly distribution: readonly DistributionCode[];
  /** Entra error codes, e.g. `AADSTS7000222`. */
  readonly aadsts: readonly string[];
  readonly loginServers: readonly LoginServer[];
  /** The registry the paste is about: the first valid ACR login server's registry name. */
  readonly registry: string | null;
  readonly repository: string | null;
  readonly tag: string | null;
  /** Client IPs named by registry firewall messages. */
  readonly clientIps: readonly string[];
  /** GUIDs the paste calls an application or client id (an app registration / service principal's appId). */
  readonly appIds: readonly string[];
  /** GUIDs the paste calls an object or principal id (a user, group, service principal or managed identity). */
  readonly principalIds: readonly string[];
  readonly subscriptions: readonly string[];
  readonly tenants: readonly string[];
  readonly correlationIds: readonly string[];
  /** Non-ACR registry hosts (docker.io, ghcr.io, …). */
  readonly otherRegistries: readonly string[];
  readonly facts: readonly Fact[];
}

export type SecretKind =
  | 'password'
  | 'jwt'
  | 'bearer-token'
  | 'acr-refresh-token'
  | 'client-secret'
  | 'connection-string'
  | 'sas-signature'
  | 'basic-auth'
  | 'private-key';

export interface MaskedSecret {
  readonly kind: SecretKind;
  readonly line: number;
}

export interface FilledFixStep {
  readonly text: Text;
  /** The command with every value from the paste filled in (validated) and the rest as `<placeholder>`. */
  readonly command?: string;
}

/**
 * What a cause's evidence rests on, as far as telling ACR from other registries goes:
 * - `acr-own`: at least one matched anchor is a string only ACR or its own tooling prints (Rule.acrOwn), so the
 *   paste is about ACR whether or not it names a registry;
 * - `shared`: only strings other registries, other Azure services or local tools print as well (a 401, "denied",
 *   Docker's daemon, an SDK's credential chain), or no anchor at all (a fallback's candidates).
 */
export type EvidenceBasis = 'acr-own' | 'shared';

export interface RankedCause {
  readonly id: CauseId;
  readonly family: FamilyId;
  readonly scope: CauseScope;
  /** Calibrated probability that this is the cause, 0..1. */
  readonly confidence: number;
  readonly basis: EvidenceBasis;
  readonly evidence: readonly Evidence[];
  /** Lines that argue against this cause. */
  readonly counterEvidence: readonly Evidence[];
  readonly fix: readonly FilledFixStep[];
  readonly checks: readonly CheckId[];
}

/** What would tell the two leading candidates apart. */
export interface Distinguisher {
  readonly between: readonly [CauseId, CauseId];
  /** Live checks that look at one and not the other (or settle both). */
  readonly checks: readonly CheckId[];
  /** The question to ask the user: the leading candidate's `ask`. */
  readonly question: Text;
}

/**
 * Whether the paste alone can decide between the leading causes. When it cannot (a bare 401; "denied" from an
 * Azure service: firewall or public access disabled), the result says so instead of putting its weight on one.
 */
export type Ambiguity =
  | { readonly ambiguous: false }
  | {
      readonly ambiguous: true;
      /** Two to four causes the paste fits equally well, best first. */
      readonly candidates: readonly CauseId[];
      /** Live checks that tell the candidates apart. */
      readonly checks: readonly CheckId[];
      /** What to ask the user when no live check can be run. */
      readonly question: Text;
    };

export type Notice =
  | { readonly kind: 'empty' }
  | { readonly kind: 'binary' }
  | { readonly kind: 'truncated'; readonly originalChars: number; readonly keptChars: number }
  | { readonly kind: 'no-error-found' }
  /** No known message matched; the causes are the learned layer's guess from the paste's words. */
  | { readonly kind: 'guessed-from-words' }
  /** No known message matched; the causes are read from the person's own description of what is wrong. */
  | { readonly kind: 'read-from-description' };

export type Verdict = 'acr' | 'not-acr' | 'unknown';

/** Why a verdict is "not ACR": a look-alike cause, no registry reached at all, or someone else's registry (verdict.ts). */
export type NotAcrReason = 'look-alike' | 'no-registry' | 'other-registry';

export interface Diagnosis {
  readonly verdict: Verdict;
  /** Present exactly when the verdict is `not-acr` (a diagnosis kept from before it existed may lack it). */
  readonly notAcrReason?: NotAcrReason;
  /** Best first. Empty when nothing was recognised. */
  readonly causes: readonly RankedCause[];
  readonly signals: Signals;
  readonly secrets: readonly MaskedSecret[];
  readonly distinguish: Distinguisher | null;
  readonly ambiguity: Ambiguity;
  /**
   * Present when no rule explained the paste and the causes are a fallback's, never answered unasked:
   * - `structure`: what a generic failure signal (`signal`, on 1-based `line`) next to an ACR registry can mean;
   *   always ambiguous, always low;
   * - `statement`: what the person wrote about their setup ("we disabled public access"), the first such sentence on
   *   1-based `line` (statements.ts); at most its cap;
   * - `words`: the learned layer's guess from the paste's words (learned/), at most its cap; no evidence lines;
   * - `outside`: a failure (on 1-based `line`) told in no word of a registry's world: another program's, most likely
   *   (outside-registry.ts); one not-ACR cause at the measured share;
   * - `unplaced`: a failure (on 1-based `line`) in the words of images, registries or sign-ins that nothing ties to an
   *   ACR: another registry's or tool's, most likely (unplaced-failure.ts); one not-ACR cause at the measured share.
   */
  readonly fallback?:
    | { readonly basis: 'structure'; readonly signal: FallbackSignalId; readonly line: number }
    | { readonly basis: 'statement'; readonly line: number }
    | { readonly basis: 'words' }
    | { readonly basis: 'outside'; readonly line: number }
    | { readonly basis: 'unplaced'; readonly line: number };
  readonly notices: readonly Notice[];
  /** The normalised paste with secrets masked; safe to show (but still user text: escape it). */
  readonly text: string;
}
