/**
 * What field40's first look missed, generalised (each written from what the program or the sentence means, with
 * pastes of our own, none of field40's texts): a Go error chain broken after each colon at one indent is one message;
 * a 401 on AKS told in prose, even where a command names the kubelet identity; a role given to another identity is
 * no role; certificate errors and an expired registry login told in a sentence; a revision that never came up named
 * as such; Go's "use of closed network connection".
 */
import { diagnose } from '../../../src/diagnosis';
import { joinFolded } from '../../../src/diagnosis/folding';

describe('a Go error chain broken after each colon', () => {
  const event = [
    'Events:',
    '  Warning  Failed  Failed to pull image "contoso.azurecr.io/api/web:2.1":',
    '  failed to authorize: failed to fetch anonymous token:',
    '  unexpected status from GET request to https://contoso.azurecr.io/oauth2/token?scope=repository:api/web:pull:',
    '  401 Unauthorized',
  ];

  it('is joined into one message', () => {
    const joined = joinFolded(event);
    expect(joined).toHaveLength(2);
    expect(joined[1]).toContain('failed to fetch anonymous token: unexpected status');
    expect(joined[1]).toMatch(/oauth2\/token\S*: 401 Unauthorized$/);
  });

  it("is read as the kubelet's refused pull, undecided between the cluster's identity and a pull secret", () => {
    const d = diagnose(event.join('\n'));
    expect(d.causes[0]?.family).toBe('aks-acr-not-attached');
    expect(d.causes[0]?.confidence).toBeLessThan(0.9);
    expect(d.causes.map((c) => c.id)).toContain('image-pull-secret-missing');
  });

  it('leaves a YAML block at its own indent alone', () => {
    const yaml = ['  state:', '    waiting:', '      reason: ImagePullBackOff', '  ready: false'];
    expect(joinFolded(yaml)).toEqual(yaml);
  });

  it('leaves a short line that ends in a colon (a key, a heading) alone', () => {
    const lines = ['  Reason for the failure:', '  authentication required'];
    expect(joinFolded(lines)).toEqual(lines);
  });
});

describe('a 401 on AKS told in prose', () => {
  it('next to a command that names the kubelet identity', () => {
    const d = diagnose(
      'After running `az aks show --query identityProfile.kubeletidentity` we found AcrPull had gone to the wrong identity; pods got 401 Unauthorized pulling from our ACR',
    );
    expect(d.causes[0]?.family).toBe('aks-acr-not-attached');
  });
});

describe('a role given to another identity', () => {
  it('is no role for the one asking', () => {
    const d = diagnose('Container app pulls from our ACR fail: AcrPull was granted to the wrong identity');
    expect(d.causes[0]?.family).toBe('missing-role-assignment');
  });
});

describe('told in a sentence', () => {
  it.each([
    ['az acr login fails with TLS certificate errors behind the office network', 'tls-or-proxy-interception'],
    ['docker push to contoso.azurecr.io failed: our ACR login expired overnight', 'expired-credentials'],
  ])('%s', (text, family) => {
    expect(diagnose(text).causes[0]?.family).toBe(family);
  });
});

describe('a revision that never came up', () => {
  it('with Operation expired, is the timed-out revision whatever else names the app', () => {
    const d = diagnose('The first revision of every new app hung and then failed with "Operation expired"');
    expect(d.signals.facts).toContain('revision-timed-out');
    expect(d.causes[0]?.family).toBe('missing-role-assignment');
  });
});

describe('a connection cut under the client', () => {
  it('is undecided between something on the way and a passing fault', () => {
    const d = diagnose(
      'docker push contoso.azurecr.io/web:3 fails: write tcp 10.0.0.4:51234->20.1.2.3:443: use of closed network connection',
    );
    expect(d.ambiguity.ambiguous).toBe(true);
    expect(d.causes.map((c) => c.id)).toEqual(
      expect.arrayContaining(['client-egress-blocked-login-server', 'transient-service-error']),
    );
  });
});
