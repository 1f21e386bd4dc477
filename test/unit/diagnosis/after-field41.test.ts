/**
 * What field41's first look missed, generalised (each written from what the program or the sentence means, with
 * pastes of our own, none of field41's texts): anything hcsshim reports is the Windows host's; Docker Hub's rate limit
 * is Docker Hub's even inside an ACR Task's build (a cache rule's is the registry's); the Portal's "Admin user must
 * first be enabled"; a Foundry hosted agent's pull failure and the AcrPull advice it always prints; what follows
 * "despite" or "even though" is not what a sentence blames; an empty registry name; a role granted too late.
 */
import { diagnose } from '../../../src/diagnosis';
import { withoutConcession } from '../../../src/diagnosis/statements';

describe('the Windows container shim (hcsshim)', () => {
  it('timing out while it starts a build container is the host, not the network to the registry', () => {
    const d = diagnose(
      [
        '2026/02/11 08:14:09 Launching container with name: build',
        'container 4f1c encountered an error during hcsshim::System::Start: context deadline exceeded',
        '2026/02/11 08:18:10 Container failed during run: build. No retries remaining.',
      ].join('\n'),
    );
    expect(d.verdict).toBe('not-acr');
    expect(d.causes[0]?.id).toBe('local-engine-fault');
  });

  it('failing to import a layer is the host too', () => {
    const d = diagnose(
      'hcsshim::ImportLayer failed in Win32: The system cannot find the path specified. (0x3)',
    );
    expect(d.causes[0]?.id).toBe('local-engine-fault');
  });

  it('a bare "context deadline exceeded" still reads as the network', () => {
    const d = diagnose(
      'Error response from daemon: Get "https://contoso.azurecr.io/v2/": context deadline exceeded',
    );
    expect(d.causes[0]?.family).not.toBe('other');
  });
});

describe("Docker Hub's pull rate limit", () => {
  const tasksLog = [
    'Queued a build with ID: ca7',
    'Waiting for an agent...',
    '2026/03/02 10:01:12 Logging in to registry: contoso.azurecr.io',
    'Step 1/6 : FROM python:3.12-slim',
    'toomanyrequests: You have reached your unauthenticated pull rate limit.',
    'Run ID: ca7 failed after 9s. Error: failed during run, err: exit status 1',
  ].join('\n');

  it("inside an ACR Task's build is Docker Hub's limit on the base image", () => {
    const d = diagnose(tasksLog);
    expect(d.verdict).toBe('not-acr');
    expect(d.causes[0]?.id).toBe('docker-hub-rate-limit');
  });

  it('its own words without its link, under a sentence about an ACR build, are Docker Hub too', () => {
    const d = diagnose(
      'Our ACR build keeps hitting the Docker Hub rate limit:\ntoomanyrequests: You have reached your pull rate limit.',
    );
    expect(d.causes[0]?.id).toBe('docker-hub-rate-limit');
  });

  it("a cache rule's source refusing is still the registry's throttling", () => {
    const d = diagnose(
      "Error response from daemon: toomanyrequests: too many requests to source registry for cache rule 'hub-library'",
    );
    expect(d.causes[0]?.id).toBe('upstream-registry-throttled-cache-rule');
  });

  it('a sentence about throttling that names no other registry stays with the registry', () => {
    const d = diagnose('Our pushes to contoso.azurecr.io are being throttled with 429 since this morning');
    expect(d.causes[0]?.family).toBe('throttled-too-many-requests');
  });
});

describe("the Portal's create blade", () => {
  it('asking for the admin user is the admin user switched off', () => {
    const d = diagnose(
      'Admin user must first be enabled for this registry in order to access the image during the web app creation.',
    );
    expect(d.causes[0]?.family).toBe('admin-user-disabled');
  });
});

describe("a Foundry hosted agent's pull failure", () => {
  const status = [
    'Agent version provisioning failed.',
    '[ImageError] Container registry authentication failed.',
    'Verify the workspace managed identity has AcrPull permissions on the target registry.',
  ].join('\n');

  it('names the missing pull role first, below certainty: the advice is printed whatever the cause', () => {
    const d = diagnose(status);
    expect(d.causes[0]?.family).toBe('missing-role-assignment');
    expect(d.causes[0]?.confidence).toBeLessThanOrEqual(0.75);
  });

  it('keeps a private zone that is not linked among the candidates', () => {
    const d = diagnose(status);
    expect(d.causes.slice(0, 3).map((c) => c.family)).toContain('private-endpoint-or-private-dns');
  });
});

describe('a concession', () => {
  it('is cut from the sentence, to the next comma or to its end', () => {
    expect(withoutConcession('the registry entry was missing despite the acrpull assignment')).toBe(
      'the registry entry was missing  ',
    );
    expect(withoutConcession('although acrpull is assigned, the app has no registry entry')).toBe(
      '  the app has no registry entry',
    );
    expect(withoutConcession('the pull failed even though acrpull was granted, so we looked at dns')).toBe(
      'the pull failed   so we looked at dns',
    );
    expect(withoutConcession('the kubelet has no acrpull')).toBe('the kubelet has no acrpull');
  });

  it('is not what the sentence blames: the registry entry was missing, not the role', () => {
    const d = diagnose(
      'First deploy of the container app failed: the registry entry was missing even though the identity had AcrPull assigned.',
    );
    expect(d.causes[0]?.family).toBe('credentials-not-configured');
  });

  it('without it the same words blame the role', () => {
    const d = diagnose('First deploy of the container app failed: the identity was missing AcrPull.');
    expect(d.causes[0]?.family).toBe('missing-role-assignment');
  });
});

describe('a registry name that never reached the command', () => {
  it('an empty registry name is a wrong one', () => {
    const d = diagnose('The release job failed: the registry name was empty, so az acr login rejected it.');
    expect(d.causes[0]?.family).toBe('wrong-registry-name-or-not-found');
  });
});

describe('a role granted too late', () => {
  it('a race with the AcrPull assignment is a missing role', () => {
    const d = diagnose(
      'Deploys fail on the first try because of a race with the AcrPull assignment on the registry.',
    );
    expect(d.causes[0]?.family).toBe('missing-role-assignment');
  });

  it('so is an app created before its AcrPull role assignment', () => {
    const d = diagnose(
      'The container app could not pull from our registry: it was created before its AcrPull role assignment.',
    );
    expect(d.causes[0]?.family).toBe('missing-role-assignment');
    expect(d.fallback?.basis).toBe('statement');
  });
});
