import type { CauseId } from './cause-ids';
import type { CheckId } from './checks';
import type { FamilyId } from './families';
import type { Text } from './text';
import type { Fact } from './vocabulary';

/**
 * Something in a paste that bears on a cause:
 * - `words`: every one of these strings occurs in one line (case-insensitive). Prefer this form: it is exact,
 *   cheap and cannot backtrack.
 * - `pattern`: a regular expression tested against each normalised line, for what words cannot say. It must
 *   be linear (the test suite runs a ReDoS checker over every pattern: no `.*` between literals, use `\S+` or
 *   `[^']*` after a literal, or split it into words) and contain a literal of three or more characters, which
 *   the engine uses to find candidate lines in one pass.
 * - `fact`: something the engine derived from the whole paste (see vocabulary.ts).
 */
export type Clue =
  { readonly words: readonly string[] } | { readonly pattern: RegExp } | { readonly fact: Fact };

/**
 * - `anchor`: error evidence. A cause becomes a candidate only when at least one anchor matches.
 * - `context`: raises a candidate's score but never makes one (the tool, the operation, the host kind).
 * - `against`: argues the cause is not it; its weight is subtracted.
 */
export type RuleRole = 'anchor' | 'context' | 'against';

export interface Rule {
  readonly role: RuleRole;
  readonly clue: Clue;
  /** Strength, always positive. Guide: 10 decisive and unique, 6 strong, 3 suggestive, 1 weak. */
  readonly weight: number;
  /**
   * An anchor whose string only ACR prints: the registry service itself, its own tooling (`az acr`, the ACR Tasks
   * runner, `az aks check-acr`), or an Azure service speaking of the ACR registry it is set to pull from. Other
   * registries and generic Azure errors never print it, so a paste holding it is about ACR even when no registry
   * is named (listening relies on this; see `RankedCause.basis`).
   */
  readonly acrOwn?: true;
  /**
   * An anchor on a fact that signals read from words the knowledge base lists under several families: it is only as
   * strong as those words, so it counts as shared evidence (capped, never an independent piece), as they would.
   */
  readonly sharedWords?: true;
}

/** How often this cause is behind a matching paste in practice; breaks ties between equal evidence. */
export type Prevalence = 'common' | 'occasional' | 'rare';

/**
 * - `acr-access`: an ACR authentication, authorization or network-access problem.
 * - `acr-other`: an ACR problem, but not about access (a locked image, a CMK identity).
 * - `not-acr`: a look-alike: the error comes from somewhere else (Docker Hub, another registry, a tool bug,
 *   a transient fault). The engine's verdict becomes "not-acr" when one of these ranks first.
 */
export type CauseScope = 'acr-access' | 'acr-other' | 'not-acr';

/**
 * Values the engine can fill into a command from the paste. Unfilled placeholders are shown as `<name>`.
 * Every value is validated before it is filled (registry names by ACR's naming rule, IPs, GUIDs, …).
 */
export const PLACEHOLDERS = [
  'registry',
  'loginServer',
  'clientIp',
  'principalId',
  'appId',
  'repository',
  'tag',
  'image',
  'subscription',
  'resourceGroup',
  'cluster',
  'tenant',
] as const;
export type Placeholder = (typeof PLACEHOLDERS)[number];

export interface FixStep {
  readonly text: Text;
  /** A shell command; `{registry}`-style placeholders are filled from the paste. */
  readonly command?: string;
}

export interface DocLink {
  readonly title: Text;
  readonly url: `https://${string}`;
}

/**
 * One cause of the knowledge base, as its file declares it (`causes/<family>/<id>.ts`). The id is a type
 * parameter so that the list of cause ids can be derived from the files (see cause-ids.ts).
 */
export interface CauseSpec<Id extends string> {
  readonly id: Id;
  readonly family: FamilyId;
  readonly scope: CauseScope;
  readonly prevalence: Prevalence;
  readonly title: Text;
  /** What is going on and why the error looks the way it does; two to four sentences. */
  readonly explanation: Text;
  /** A yes/no question whose "yes" points at this cause; used to tell close candidates apart. */
  readonly ask: Text;
  readonly rules: readonly Rule[];
  /**
   * Named only by a fallback stage of the engine when nothing else explains a paste (diagnosis/outside-registry.ts),
   * never by rules: such a cause has no rules at all.
   */
  readonly fallbackOnly?: true;
  /** Ordered: the first step is the one to try first. */
  readonly fix: readonly FixStep[];
  readonly docs: readonly DocLink[];
  /** Live checks that confirm or rule this cause out; empty for client-side causes no Azure API can see. */
  readonly checks: readonly CheckId[];
}

/** A cause whose id is one of the knowledge base's. */
export type Cause = CauseSpec<CauseId>;
