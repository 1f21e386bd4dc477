import { ClaimsIdentity, type AuthenticateRequestResult, type Claim } from 'botframework-connector';
import { VerifiedTokens } from '../../../src/http/verified-tokens';

/** What the full check would have returned for a token whose claims are `claims`. */
function result(claims: Record<string, unknown>): AuthenticateRequestResult {
  return {
    audience: 'https://api.botframework.com',
    callerId: 'urn:botframework:azure',
    claimsIdentity: new ClaimsIdentity(
      // jsonwebtoken's payload keeps numbers (exp) as numbers, whatever botbuilder's Claim type says.
      Object.entries(claims).map(([type, value]) => ({ type, value })) as unknown as Claim[],
      true,
    ),
  } as AuthenticateRequestResult;
}

const request = (authorization: string, serviceUrl = 'https://smba.example/emea/') => ({
  authorization,
  channelId: 'msteams',
  serviceUrl,
});

describe('VerifiedTokens', () => {
  it('holds a verified request until its token expires, and not a moment longer', () => {
    let now = 1_000_000_000_000;
    const tokens = new VerifiedTokens(10, () => now);
    const verified = result({ exp: now / 1000 + 60 });
    tokens.remember(request('Bearer a'), verified);
    expect(tokens.find(request('Bearer a'))).toBe(verified);
    now += 59_999;
    expect(tokens.find(request('Bearer a'))).toBe(verified);
    now += 1;
    expect(tokens.find(request('Bearer a'))).toBeUndefined();
    expect(tokens.size).toBe(0);
  });

  it('finds only the very same header, channel and service URL', () => {
    const now = 1_000_000_000_000;
    const tokens = new VerifiedTokens(10, () => now);
    tokens.remember(request('Bearer a'), result({ exp: now / 1000 + 60 }));
    expect(tokens.find(request('Bearer a '))).toBeUndefined();
    expect(tokens.find(request('Bearer b'))).toBeUndefined();
    expect(tokens.find(request('Bearer a', 'https://smba.example/amer/'))).toBeUndefined();
    expect(tokens.find({ ...request('Bearer a'), channelId: 'emulator' })).toBeUndefined();
  });

  it("keeps no token without an expiry, or already past it (inside the check's clock tolerance)", () => {
    const now = 1_000_000_000_000;
    const tokens = new VerifiedTokens(10, () => now);
    tokens.remember(request('Bearer none'), result({}));
    tokens.remember(request('Bearer text'), result({ exp: String(now / 1000 + 60) }));
    tokens.remember(request('Bearer past'), result({ exp: now / 1000 - 1 }));
    expect(tokens.size).toBe(0);
  });

  it('keeps at most its capacity, dropping the oldest first', () => {
    const now = 1_000_000_000_000;
    const tokens = new VerifiedTokens(2, () => now);
    for (const name of ['a', 'b', 'c'])
      tokens.remember(request(`Bearer ${name}`), result({ exp: now / 1000 + 60 }));
    expect(tokens.size).toBe(2);
    expect(tokens.find(request('Bearer a'))).toBeUndefined();
    expect(tokens.find(request('Bearer c'))).toBeDefined();
  });
});
