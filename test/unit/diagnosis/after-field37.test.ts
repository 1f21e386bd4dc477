/**
 * What field37's first look missed, generalised (each written from what the program or the sentence means, with
 * pastes of our own, none of field37's texts): kaniko names the reference it pushes to, a statement of absence is
 * not turned round by its own "no", a reply read as JSON that holds no value is undecided between a passing fault
 * and a proxy's page, and so is a connection refused at the registry's public address between the way blocked and a
 * passing fault.
 */
import { diagnose } from '../../../src/diagnosis';

describe("kaniko's push target", () => {
  const check = (image: string) =>
    `error checking push permissions -- make sure you entered the correct tag name, and that you are authenticated correctly, and try again: checking push permission for "${image}": UNAUTHORIZED: authentication required`;

  it("names another registry's host as the one that refused", () => {
    const d = diagnose(check('registry.corp.example/platform/api:feature-x'));
    expect(d.verdict).toBe('not-acr');
    expect(d.causes[0]?.id).toBe('non-acr-registry');
  });

  it('in typographic quotes too, as blogs print it', () => {
    const d = diagnose(
      'checking push permission for “harbor.corp.example/team/web:1” UNAUTHORIZED: authentication required',
    );
    expect(d.verdict).toBe('not-acr');
  });

  it("keeps an ACR's refusal an ACR problem", () => {
    const d = diagnose(check('contoso.azurecr.io/platform/api:1'));
    expect(d.verdict).toBe('acr');
    expect(d.causes[0]?.family).toBe('credentials-not-configured');
  });

  it('reads its failed push the same way', () => {
    const d = diagnose(
      'error pushing image: failed to push to destination registry.corp.example/team/web:1: UNAUTHORIZED: authentication required',
    );
    expect(d.verdict).toBe('not-acr');
  });
});

describe('a statement of absence', () => {
  it.each([
    ['Pulls from our ACR fail: the kubelet has no AcrPull', 'aks-acr-not-attached'],
    [
      'Every pod stalls in ImagePullBackOff because the kubelet has no registry credential for our ACR',
      'aks-acr-not-attached',
    ],
    ['Pushing to the ACR fails, the release pipeline has no AcrPush', 'missing-role-assignment'],
  ])('reads its own "no" as what it says: %s', (text, family) => {
    expect(diagnose(text).causes[0]?.family).toBe(family);
  });

  it('is still turned round by a negator that is not its own', () => {
    const d = diagnose('Pushing to our ACR fails. Public network access is not disabled on the registry.');
    expect(d.causes.map((c) => c.family)).not.toContain('public-network-access-disabled');
  });
});

describe('a reply that holds no JSON value', () => {
  it.each([
    'az acr login -n contoso\nERROR: Expecting value: line 1 column 1 (char 0)',
    'the deploy step failed at az acr login with "JSON is invalid: Expecting value"',
  ])('is a passing fault or a proxy page, undecided: %s', (text) => {
    const d = diagnose(text);
    expect(d.ambiguity.ambiguous).toBe(true);
    expect(d.causes.slice(0, 2).map((c) => c.id)).toEqual([
      'transient-service-error',
      'challenge-not-issued',
    ]);
  });
});

describe("a connection refused at the registry's public address", () => {
  it('is the way blocked or a passing fault of the service, undecided, below certainty', () => {
    const d = diagnose(
      'Error response from daemon: Get "https://contoso.azurecr.io/v2/": dial tcp 20.62.128.7:443: connect: connection refused',
    );
    expect(d.ambiguity.ambiguous).toBe(true);
    expect(d.causes[0]?.id).toBe('client-egress-blocked-login-server');
    expect(d.causes[0]?.confidence).toBeLessThan(0.8);
    expect(d.causes.map((c) => c.id)).toContain('transient-service-error');
  });

  it('at a private address stays the private endpoint', () => {
    const d = diagnose(
      'Error response from daemon: Get "https://contoso.azurecr.io/v2/": dial tcp 10.1.2.3:443: connect: connection refused',
    );
    expect(d.causes[0]?.id).toBe('private-endpoint-unreachable');
  });
});
