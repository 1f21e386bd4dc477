import type { LineIndex } from '../line-index';

/**
 * Refusals that every registry's clients print, but that come from other registries far more often than from an ACR,
 * so that a paste holding one and naming no registry is most likely about another one:
 *
 * - Docker's "no basic auth credentials" (distribution's basic-auth handler, ErrNoBasicAuthCredentials): the registry
 *   challenged for HTTP Basic and nothing was stored for it. Amazon ECR, Nexus, Artifactory and a plain `registry:2`
 *   behind htpasswd challenge that way; ACR challenges for a bearer token from its own token server, and a client
 *   with nothing stored asks that server anonymously and is told "unauthorized: authentication required". Every
 *   labelled paste with these words and no ACR named, 6 of 6 in the corpora to field74, was another registry's.
 * - "denied: requested access to the resource is denied" on its own: Docker Hub's refusal of a push to a namespace
 *   the account does not own (an image tagged `app:1.0` or `someone/app`), the best-known form of the message. ACR
 *   sends the same words to an identity that may pull but not push, so it stays a candidate. Of the labelled pastes
 *   with it alone and nothing naming a registry, 7 of 9 were another registry's.
 * - Podman's (containers/image's) refusal of a short name it has no registry to try on ("short-name \"traefik\" did
 *   not resolve to an alias and no unqualified-search registries are defined"): what people pull by a short name is
 *   nearly always a Docker Hub image, though it may be the ACR image with its login server left out
 *   (registry-name-wrong-or-missing reads the same words). Added after field75's first look: 3 of 3 labelled pastes
 *   with it and no registry named were others' (65P020, 75F009, 75F010).
 *
 * Not the message inside Docker's "pull access denied for <name>, repository does not exist …: denied: requested
 * access to the resource is denied": that one names the repository, which the knowledge base reads on its own.
 */
const MOSTLY_ELSEWHERE = [
  'no basic auth credentials',
  'requested access to the resource is denied',
  'did not resolve to an alias and no unqualified-search registries are defined',
];
/**
 * Docker's daemon passing on a refusal of one bare word, "Error response from daemon: denied": GHCR's answer to a pull of
 * a package that is private (or gone). ACR's refusals carry their reason after the word ("denied: client with IP …",
 * "denied: requested access …"), so only a line that ends there counts. Added after field79's first look: 2 of 2
 * labelled pastes with it alone were others' (k004, 79P004).
 */
const BARE_DENIAL = 'daemon: denied';
/** Docker's wording around the same refusal when it names the repository it asked for (also with a word cut). */
const NAMED_REPOSITORY = ['pull access denied', 'push access denied', 'repository does not exist'];

export const REFUSALS_ELSEWHERE_KEYWORDS: readonly string[] = [
  ...MOSTLY_ELSEWHERE,
  ...NAMED_REPOSITORY,
  BARE_DENIAL,
];

/** 0-based line of the first such refusal that stands on its own, or undefined. */
export function findRefusalMostlyElsewhere(index: LineIndex): number | undefined {
  const bare = index.linesWith(BARE_DENIAL).find((line) => index.lower(line).trimEnd().endsWith(BARE_DENIAL));
  const refusals = index.linesWithAny(MOSTLY_ELSEWHERE);
  const named = new Set(refusals.length === 0 ? [] : index.linesWithAny(NAMED_REPOSITORY));
  const worded = refusals.find((line) => !named.has(line));
  if (bare === undefined || worded === undefined) return bare ?? worded;
  return Math.min(bare, worded);
}
