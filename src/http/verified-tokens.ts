import type { AuthenticateRequestResult } from 'botframework-connector';

/**
 * Requests the Bot Connector sent with a token this bot has already verified in full. The connector reuses one
 * token for all the activities of a bot and service URL for about an hour, and checking it again (an RSA
 * signature, the claims, the endorsements) is a large part of a turn's CPU time. What the full check decides
 * depends only on the Authorization header, the activity's channel id and service URL (the endorsement and the
 * `serviceurl` claim are checked against them) and the time; so its acceptance is remembered under exactly
 * those three, and only until the token's own `exp`. Refusals are never remembered: a token that differs in
 * one character is a different key and is checked in full.
 */

export interface VerifiedRequest {
  readonly authorization: string;
  readonly channelId: string;
  readonly serviceUrl: string;
}

interface Entry {
  readonly result: AuthenticateRequestResult;
  /** Epoch ms: the token's `exp`. */
  readonly expires: number;
}

export const DEFAULT_VERIFIED_TOKENS = 1_000;

const keyOf = (request: VerifiedRequest): string =>
  `${request.channelId}\n${request.serviceUrl}\n${request.authorization}`;

/** The token's expiry (epoch ms) from its verified claims; undefined when it has none, which is never kept. */
export function expiryOf(result: AuthenticateRequestResult): number | undefined {
  const exp: unknown = result.claimsIdentity.claims.find((claim) => claim.type === 'exp')?.value;
  return typeof exp === 'number' && Number.isFinite(exp) ? exp * 1000 : undefined;
}

export class VerifiedTokens {
  // Insertion order is age order: the oldest entry is evicted first.
  private readonly entries = new Map<string, Entry>();

  constructor(
    private readonly capacity: number = DEFAULT_VERIFIED_TOKENS,
    private readonly now: () => number = Date.now,
  ) {}

  get size(): number {
    return this.entries.size;
  }

  /** The result of the earlier full check of this very request, while its token has not expired. */
  find(request: VerifiedRequest): AuthenticateRequestResult | undefined {
    const key = keyOf(request);
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    if (entry.expires <= this.now()) {
      this.entries.delete(key);
      return undefined;
    }
    return entry.result;
  }

  /** Remembers a request that passed the full check, until its token's `exp`. */
  remember(request: VerifiedRequest, result: AuthenticateRequestResult): void {
    const expires = expiryOf(result);
    if (expires === undefined || expires <= this.now() || this.capacity <= 0) return;
    const key = keyOf(request);
    this.entries.delete(key);
    this.entries.set(key, { result, expires });
    for (const oldest of this.entries.keys()) {
      if (this.entries.size <= this.capacity) break;
      this.entries.delete(oldest);
    }
  }
}
