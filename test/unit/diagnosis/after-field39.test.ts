/**
 * What field39's first look missed, generalised (each written from what the program or the sentence means, with
 * pastes of our own, none of field39's texts): Alibaba Cloud's registry is called ACR too; the ABAC mode's own roles
 * named by someone who found AcrPull was not enough; a tenant's security defaults refusing a sign-in; the step
 * BuildKit was in when a push failed names the pushed reference; AKS named in prose, with a 401 on a pull; "integrate"
 * and "authenticate" between AKS and ACR; Docker's credential helper named next to a failure; a tool's claim that the
 * person contradicts.
 */
import { diagnose } from '../../../src/diagnosis';

describe("Alibaba Cloud's ACR", () => {
  it.each([
    '推送到阿里云 ACR 失败: denied: requested access to the resource is denied',
    'Pushing to Alibaba Cloud ACR fails with 403 Forbidden',
    'aliyun ACR refused the push: unauthorized: authentication required',
  ])('is another registry: %s', (text) => {
    const d = diagnose(text);
    expect(d.verdict).toBe('not-acr');
    expect(d.notAcrReason).toBe('look-alike');
  });

  it("leaves Azure's ACR, named on a line of its own, an ACR problem", () => {
    const d = diagnose(
      'We moved off Alibaba Cloud last year.\nPushing to our ACR fails: denied: requested access to the resource is denied',
    );
    expect(d.verdict).toBe('acr');
  });
});

describe("the ABAC mode's own roles", () => {
  it.each([
    'Pulls from our registry fail: the web app has AcrPull but it also needs Container Registry Repository Reader',
    'Our ACR pull fails, AcrPull is not sufficient any more for the container app identity',
  ])('name the mode that ignores the old ones: %s', (text) => {
    expect(diagnose(text).causes[0]?.id).toBe('abac-mode-legacy-roles-not-honored');
  });
});

describe("a tenant's security defaults", () => {
  it('read as a sign-in blocked by policy', () => {
    const d = diagnose(
      'az acr login --name contoso\nERROR: AADSTS530035: Access has been blocked by security defaults. This is due to the request using legacy auth or being deemed unsafe by security defaults policies.',
    );
    expect(d.causes[0]?.id).toBe('conditional-access-blocked');
  });
});

describe('the step BuildKit was in when a push failed', () => {
  it('names a Docker Hub reference as the one refused', () => {
    const d = diagnose(
      [
        '#14 ERROR: denied: requested access to the resource is denied',
        '------',
        ' > pushing acme/api:1.4 with docker:',
        '------',
        'ERROR: failed to solve: denied: requested access to the resource is denied',
      ].join('\n'),
    );
    expect(d.verdict).toBe('not-acr');
  });

  it("keeps an ACR reference the user's registry", () => {
    const d = diagnose(
      [
        '#14 ERROR: denied: requested access to the resource is denied',
        ' > pushing contoso.azurecr.io/acme/api:1.4 with docker:',
      ].join('\n'),
    );
    expect(d.verdict).toBe('acr');
  });
});

describe('AKS named in prose', () => {
  it('with a 401 on a pull, points at the cluster not being attached, undecided', () => {
    const d = diagnose('Our AKS pods cannot pull from ACR anymore, every pull ends in 401 Unauthorized');
    expect(d.causes[0]?.family).toBe('aks-acr-not-attached');
    expect(d.causes[0]?.confidence).toBeLessThan(0.9);
  });

  it('with the registry\'s "authentication required" quoted without its code', () => {
    const d = diagnose(
      'Our AKS nodes get "authentication required" whenever they pull the API image from ACR',
    );
    expect(d.signals.facts).toContain('aks-refused');
    expect(d.causes[0]?.family).toBe('aks-acr-not-attached');
  });

  it('but not on another Kubernetes named only as such', () => {
    const d = diagnose(
      'Our k8s nodes get "authentication required" whenever they pull the API image from ACR',
    );
    expect(d.signals.facts).not.toContain('env:aks');
  });

  it('is a word of its own, not the end of "breaks"', () => {
    const d = diagnose('The pipeline breaks: docker push to contoso.azurecr.io gets 401 Unauthorized');
    expect(d.signals.facts).not.toContain('env:aks');
  });

  it('with a push, is not the kubelet', () => {
    const d = diagnose('Deploying to AKS: docker push contoso.azurecr.io/web:1 fails with 401 Unauthorized');
    expect(d.signals.facts).not.toContain('aks-refused');
  });

  it.each([
    'Deployments fail, there is an issue with authentication between ACR and AKS',
    'Do we need to integrate the ACR with AKS? Pods fail to start',
  ])("says what attaching is in people's words: %s", (text) => {
    expect(diagnose(text).causes[0]?.family).toBe('aks-acr-not-attached');
  });
});

describe("Docker's credential helper", () => {
  it('named next to a failure is where the failure is', () => {
    const d = diagnose(
      'Login to our ACR fails on Windows since we switched to the wincred credential helper',
    );
    expect(d.causes[0]?.id).toBe('docker-credential-store-failing');
  });
});

describe("a tool's claim the person contradicts", () => {
  const claim = 'Deploy fails for contoso.azurecr.io: it says the image tag does not exist';

  it('is read as their statement when they leave it standing', () => {
    expect(diagnose(claim).fallback).toMatchObject({ basis: 'statement' });
  });

  it('is not read as their statement when they say it is wrong', () => {
    const d = diagnose(`${claim}, even though it does exist`);
    expect(d.fallback?.basis).not.toBe('statement');
  });
});
