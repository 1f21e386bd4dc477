import { diagnose } from '../../../src/diagnosis';

/**
 * What field57's first look missed, generalised: prose an editor wrapped around a code span, a registry or a tag
 * said to be gone in a person's words, a failed pull blamed on a typo, `az acr credential show` failing, GitHub's
 * registry by its own lower-case refusal code, a build's missing project file or failing Dockerfile instruction,
 * and buildx refusing an output its driver cannot produce. Every paste here is our own.
 */
describe("field57's misses, in other words", () => {
  it('joins prose wrapped at the width of a commit message even where the wrap cut a code span', () => {
    // Each line is within a few columns of the widest; the first cut falls inside `az acr login`, the third inside
    // "fell back to anonymous": read line by line, the anonymous fallback is never seen.
    const text = [
      'Release 12 shipped without its attestation: the signing job trusted `az acr',
      'login` to leave Docker credentials behind, but the runner had no Docker',
      'engine there, so without a word of warning the signer quietly fell back to',
      'anonymous access and the registry answered 401 Unauthorized each time.',
    ].join('\n');
    const d = diagnose(text);
    expect(d.causes[0]?.family).toBe('credentials-not-configured');
  });

  it.each([
    ['a replaced registry', 'The old ACR (contosolegacy) no longer exists, so every push from main fails.'],
    ['a registry a script could not find by name', 'deploy.sh: ACR contosoprod not found'],
  ])('reads %s as the registry name being wrong or gone', (_what, text) => {
    expect(diagnose(text).causes[0]?.family).toBe('wrong-registry-name-or-not-found');
  });

  it('keeps "ACR image not found" the image’s, not the registry’s', () => {
    expect(diagnose('ACR image not found after the nightly build').causes[0]?.family).toBe(
      'image-or-tag-not-found',
    );
  });

  it('does not take a feature of the registry for its name', () => {
    expect(diagnose('ACR tasks not found in this region').causes[0]?.id).not.toBe(
      'registry-name-wrong-or-missing',
    );
  });

  it.each([
    [
      'a tag said not to exist',
      'Deploy of ca-billing FAILED. Root cause: billing-api:2.4.1 tag does not exist',
    ],
    ['a pull that failed over a typo', 'the staging docker pull failed because of a typo in the image name'],
  ])('reads %s as the image or tag not being there', (_what, text) => {
    expect(diagnose(text).causes[0]?.family).toBe('image-or-tag-not-found');
  });

  it('names the admin user when `az acr credential show` fails', () => {
    const d = diagnose('The release job broke on the az acr credential show error again');
    expect(d.causes[0]?.id).toBe('admin-user-disabled');
  });

  it("reads GitHub's registry by its lower-case refusal code", () => {
    const d = diagnose('denied: permission_denied: The token provided does not have package scope');
    expect(d.verdict).toBe('not-acr');
    expect(d.causes[0]?.id).toBe('non-acr-registry');
  });

  it.each([
    ['a dependency list', 'Image build failed: requirements-dev.txt not found'],
    ['a lock file', "ERROR: failed to build: '/app/poetry.lock': not found"],
    ['a project file the builder looked for', 'the task could not find src/Api/Api.csproj in the context'],
    [
      'a Dockerfile instruction',
      'The cloud build fails on `COPY nx.json ./` since the file is not committed',
    ],
  ])('reads %s missing from a build as the build, not the registry', (_what, text) => {
    const d = diagnose(text);
    expect(d.verdict).toBe('not-acr');
    expect(d.causes[0]?.id).toBe('build-input-missing');
  });

  it.each([
    ['Docker’s own config', 'Error: open /home/ci/.docker/config.json: not found'],
    ['a node’s cloud config', 'failed to load config: /etc/kubernetes/azure.json does not exist'],
    ['a plugin’s credential file', 'open /etc/nomad.d/registry-auth.json: not found'],
  ])('does not take %s for a build input', (_what, text) => {
    expect(diagnose(text).causes.map((c) => c.id)).not.toContain('build-input-missing');
  });

  it.each([
    ['as buildx prints it', 'ERROR: Cache export is not supported for the docker driver.'],
    ['as people retell it', 'OCI exporter is not supported with the default docker driver'],
  ])('reads a buildx driver that cannot produce an output %s as the local builder', (_what, text) => {
    const d = diagnose(text);
    expect(d.verdict).toBe('not-acr');
    expect(d.causes[0]?.id).toBe('local-engine-fault');
  });
});
