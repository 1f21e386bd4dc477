import { diagnose } from '../../../src/diagnosis';

/**
 * Rules written after field18's first look (test/fixtures/first-looks/field18.jsonl), each with the paste that
 * motivated it.
 */
const first = (text: string) => diagnose(text).causes[0];

describe("aad-pod-identity's node agent finding no identity for the pod (field18 18C002)", () => {
  it('is a workload without an identity to sign in with', () => {
    const text =
      'E0228 08:58:54.859968       1 server.go:375] failed to get matching identities for pod: starboard-operator/manual-job2, error: context canceled';
    expect(first(text)?.id).toBe('workload-identity-not-available');
  });
});
