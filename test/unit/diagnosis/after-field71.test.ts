import { diagnose } from '../../../src/diagnosis';

/**
 * What field71's first look missed, generalised: gitlab-runner names where a job image's credentials came from, and
 * "job payload (GitLab Registry)" is the GitLab instance's own registry, chosen because the image's host is that
 * registry's, however a CI log masks it. Our own pastes.
 */
describe("gitlab-runner's credentials from the job payload", () => {
  it('name the GitLab registry when the host is masked', () => {
    const d = diagnose(
      [
        'Using Docker executor with image ***.***/platform/ci/node-build:20 ...',
        'Authenticating with credentials from job payload (GitLab Registry)',
        'Pulling docker image ***.***/platform/ci/node-build:20 ...',
        'ERROR: Job failed: failed to pull image "***.***/platform/ci/node-build:20" with specified policies [always]: Error response from daemon: pull access denied for ***.***/platform/ci/node-build, repository does not exist or may require \'docker login\': denied: requested access to the resource is denied',
      ].join('\n'),
    );
    expect(d.verdict).toBe('not-acr');
    expect(d.causes[0]?.id).toBe('non-acr-registry');
  });

  it("leave a failing push to the user's ACR in the same job an ACR answer", () => {
    const d = diagnose(
      [
        'Using Docker executor with image registry.gitlab.example.com/platform/ci/docker:27 ...',
        'Authenticating with credentials from job payload (GitLab Registry)',
        '$ docker push contoso.azurecr.io/shop/web:1.8',
        'The push refers to repository [contoso.azurecr.io/shop/web]',
        'unauthorized: authentication required, visit https://aka.ms/acr/authorization for more information.',
      ].join('\n'),
    );
    expect(d.verdict).toBe('acr');
    expect(d.causes.map((c) => c.id)).not.toContain('non-acr-registry');
  });
});
