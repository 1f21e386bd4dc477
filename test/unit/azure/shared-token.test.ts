import type { AccessToken, TokenCredential } from '@azure/core-auth';
import { sharedTokenCredential } from '../../../src/azure/shared-token';

/** A stand-in for Entra ID (the credential boundary), counting token requests. */
function countingCredential(expiresInMs: number, fail = false): TokenCredential & { requests: string[] } {
  const requests: string[] = [];
  return {
    requests,
    async getToken(scopes): Promise<AccessToken> {
      requests.push([scopes].flat().join(' '));
      // A turn of the event loop: the requests overlap, as they do against Entra.
      await new Promise((r) => setImmediate(r));
      if (fail) throw new Error('AADSTS50000');
      return { token: `t${requests.length}`, expiresOnTimestamp: Date.now() + expiresInMs };
    },
  };
}

describe('sharedTokenCredential', () => {
  it('asks once per scope, even when many clients ask at once', async () => {
    const inner = countingCredential(3600_000);
    const shared = sharedTokenCredential(inner);
    const tokens = await Promise.all(
      [1, 2, 3].map(() => shared.getToken('https://management.azure.com/.default')),
    );
    await shared.getToken('https://graph.microsoft.com/.default');
    expect(new Set(tokens.map((t) => t?.token)).size).toBe(1);
    expect(inner.requests).toEqual([
      'https://management.azure.com/.default',
      'https://graph.microsoft.com/.default',
    ]);
  });

  it('asks again when the token is about to expire, or when a claims challenge needs a fresh one', async () => {
    const inner = countingCredential(60_000);
    const shared = sharedTokenCredential(inner);
    await shared.getToken('s');
    await shared.getToken('s');
    await shared.getToken('s', { claims: '{"access_token":{}}' });
    expect(inner.requests).toHaveLength(3);
  });

  it('does not remember failures', async () => {
    const inner = countingCredential(3600_000, true);
    const shared = sharedTokenCredential(inner);
    await expect(shared.getToken('s')).rejects.toThrow('AADSTS50000');
    await expect(shared.getToken('s')).rejects.toThrow('AADSTS50000');
    expect(inner.requests).toHaveLength(2);
  });
});
