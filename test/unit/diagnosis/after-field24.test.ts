/**
 * Rules written after field24's first look (test/fixtures/corpus/field24.md), each a program's or a registry's own
 * words; counter-cases keep the same words on the user's ACR an ACR answer where they can be.
 */
import { diagnose } from '../../../src/diagnosis';

describe('another registry by its own words, where the paste names no host', () => {
  it.each([
    [
      'GHCR refusing a token (24Y001)',
      'unauthorized: unauthenticated: User cannot be authenticated with the token provided.',
    ],
    ['GHCR refusing a write', 'denied: permission_denied: write_package'],
    [
      'GHCR: a token without the package scopes',
      'denied: permission_denied: The token provided does not match expected scopes.',
    ],
    [
      'GHCR: a workflow token and an organization package',
      'denied: installation not allowed to Write organization package',
    ],
    [
      'Amazon ECR: an expired token',
      'denied: Your authorization token has expired. Reauthenticate and try again.',
    ],
    [
      "the AWS CLI's ECR token call",
      'An error occurred (AccessDeniedException) when calling the GetAuthorizationToken operation: User: arn:aws:iam::1:user/ci is not authorized',
    ],
    [
      'the AWS Toolkit for Azure DevOps (24Y003)',
      '##[error]Error: Failed to obtain authorization token to log in to ECR, error: CredentialsError: Missing credentials in config, if using AWS_CONFIG_FILE, set AWS_SDK_LOAD_CONFIG=1',
    ],
  ])('%s is not ACR', (_what, text) => {
    const d = diagnose(text);
    expect(d.causes[0]?.id).toBe('non-acr-registry');
    expect(d.verdict).toBe('not-acr');
  });

  it("buildx's failed push names the registry it pushed to (24Y007)", () => {
    const d = diagnose(
      'ERROR: failed to push registry.cn-shanghai.aliyuncs.com/team/app:main: denied: unknown manifest class for application/vnd.oci.empty.v1+json',
    );
    expect(d.causes[0]?.id).toBe('non-acr-registry');
  });

  it('and the same failed push to an ACR stays ACR', () => {
    const d = diagnose(
      'ERROR: failed to push contoso.azurecr.io/team/app:main: unauthorized: authentication required, visit https://aka.ms/acr/authorization for more information.',
    );
    expect(d.verdict).toBe('acr');
    expect(d.causes[0]?.family).toBe('credentials-not-configured');
  });

  it('"failed to push to the registry" in a sentence names no registry', () => {
    const d = diagnose('Failed to push to the output registry: unauthorized: authentication required');
    expect(d.causes[0]?.id).not.toBe('non-acr-registry');
  });
});

describe("a request's or a template's own mistake, not access", () => {
  it.each([
    [
      'the import API missing a parameter (24W003)',
      'Import-AzContainerRegistryImage_ImportExpanded: Missing property parameters.TargetTags for the operation against the resource with name <resource_name>.',
    ],
    [
      'the import API refusing a tag and a digest together (24W004)',
      'Invalid value k8s-artifacts-prod/ingress-nginx/controller:v0.34.0@sha256:56633bd00dab33d92ba14c6e709126a762d54a75a6e72437adefeaaca0abb069 for property parameters.Source.SourceImage for resource name contoso. Kindly refer to the docs: https://aka.ms/acr/import',
    ],
    [
      'azd without the registry endpoint in its environment (24X004)',
      'ERROR: AZURE_CONTAINER_REGISTRY_ENDPOINT is required: environment variable was not found in the current azd environment',
    ],
    [
      'a chart that rendered an empty digest (24Y005)',
      'Failed to apply default image tag "contoso.azurecr.io/bitnami/git@<nil>": couldn\'t parse image reference "contoso.azurecr.io/bitnami/git@<nil>": invalid reference format',
    ],
  ])('%s', (_what, text) => {
    const d = diagnose(text);
    expect(d.causes[0]?.id).toBe('cli-usage-or-unsupported');
    expect(d.verdict).toBe('not-acr');
  });

  it('an invalid reference with upper-case letters is still the name', () => {
    const d = diagnose(
      'couldn\'t parse image reference "contoso.azurecr.io/Team/App:1": invalid reference format: repository name must be lowercase',
    );
    expect(d.causes[0]?.id).toBe('invalid-repository-name');
  });
});
