import { diagnose } from '../../../src/diagnosis';

/** What field80's first look missed, generalised. Our own pastes. */
describe('a registry with the quarantine policy on', () => {
  it('refusing an image not yet marked passed is the registry’s lock, not who asked', () => {
    const d = diagnose(
      '$ docker pull contosoprod.azurecr.io/payments/api:4.2.0\nError response from daemon: {"errors":[{"code":"IMAGE_QUARANTINED","message":"The image is quarantined.","detail":{}}]}',
    );
    expect(d.causes[0]?.id).toBe('operation-disallowed');
    expect(d.causes[0]?.fix.map((f) => f.command ?? '')).toContain(
      'az acr show -n contosoprod --query policies.quarantinePolicy -o jsonc',
    );
  });

  it('is read from the code alone, as an API client prints it', () => {
    const d = diagnose(
      '{ "errors": [ { "code": "IMAGE_QUARANTINED", "message": "The image is quarantined." } ] }',
    );
    expect(d.causes[0]?.id).toBe('operation-disallowed');
  });
});

describe("SageMaker's training job that could not pull its algorithm image", () => {
  it('is another registry’s (ECR), not an ACR problem', () => {
    const d = diagnose(
      'TrainingJobStatus: Failed\nFailureReason: ClientError: Cannot pull algorithm container. Either the image does not exist or its permissions are incorrect.',
    );
    expect(d.verdict).toBe('not-acr');
    expect(d.causes[0]?.id).toBe('non-acr-registry');
  });
});

describe("another registry's name that did not resolve", () => {
  it('is another registry’s problem first, with the DNS fault beside it', () => {
    const d = diagnose(
      'docker: Error response from daemon: Get "https://registry-1.docker.io/v2/": dial tcp: lookup registry-1.docker.io on 10.0.0.2:53: read udp 10.0.0.5:40112->10.0.0.2:53: i/o timeout.',
    );
    expect(d.verdict).toBe('not-acr');
    expect(d.causes.map((c) => c.id).slice(0, 2)).toEqual(['non-acr-registry', 'dns-temporary-failure']);
  });

  it('stays the DNS fault for an ACR login server', () => {
    const d = diagnose(
      'Error response from daemon: Get "https://contosoprod.azurecr.io/v2/": dial tcp: lookup contosoprod.azurecr.io on 10.0.0.2:53: server misbehaving',
    );
    expect(d.causes[0]?.id).toBe('dns-temporary-failure');
  });
});
