import { diagnose } from '../../../src/diagnosis';

/**
 * What field65's first look missed, generalised: other registries' own words where no host is named (AWS IAM and ECR,
 * Google's registries, Oracle's OCIR, GitLab through Rails, distribution's class policy). Our own pastes.
 */
const answer = (text: string) => {
  const d = diagnose(text);
  return { verdict: d.verdict, first: d.causes[0]?.id };
};

describe("field65's misses, in other words", () => {
  it.each([
    [
      'AWS IAM refusing an ECR push',
      'denied: User: arn:aws:sts::444455556666:assumed-role/gh-actions/run-81 is not authorized to perform: ecr:UploadLayerPart',
    ],
    [
      'an ECR resource ARN in a refusal',
      'Error: denied: access to arn:aws:ecr:ap-south-1:444455556666:repository/web refused',
    ],
    [
      "ECR's missing repository, named by its account id",
      "name unknown: The repository with name 'orders' does not exist in the registry with id '444455556666'",
    ],
    [
      "Google's registry pointing at its authentication guide",
      'unauthorized: To authenticate your request, follow the steps in: https://cloud.google.com/artifact-registry/docs/docker/authentication',
    ],
    [
      "Google's Container Registry after its shutdown",
      'Failed to pull image: Container Registry is deprecated and shutting down, please migrate',
    ],
    [
      'a VPC Service Controls perimeter',
      "denied: Request is prohibited by organization's policy. vpcServiceControlsUniqueIdentifier: Qx9-2kd",
    ],
    [
      "OCIR's refusal without sign-in",
      'denied: Anonymous users are only allowed read access on public repos',
    ],
    ["GitLab's Basic authentication refusal", 'Error: unauthorized: HTTP Basic: Access denied'],
    [
      "the specification's example wording of UNAUTHORIZED (Quay's)",
      'ERROR: failed to solve: unauthorized: access to the requested resource is not authorized',
    ],
    [
      "distribution's class policy on an attestation",
      'failed to push ***/shop/web:9: denied: unknown manifest class for application/vnd.oci.empty.v1+json',
    ],
  ])("%s is another registry's", (_what, text) => {
    expect(answer(text)).toEqual({ verdict: 'not-acr', first: 'non-acr-registry' });
  });

  it("keeps an import into the user's ACR about their registry when its source refuses", () => {
    const d = diagnose(
      [
        '$ az acr import -n contoso --source 444455556666.dkr.ecr.us-west-2.amazonaws.com/orders:3 -u AWS -p "$TOKEN"',
        '(InvalidParameters) Operation registries-import failed. Source image could not be read: denied: User: ' +
          'arn:aws:iam::444455556666:user/importer is not authorized to perform: ecr:BatchGetImage',
      ].join('\n'),
    );
    expect(d.verdict).toBe('acr');
    expect(d.causes.map((c) => c.id)).not.toContain('non-acr-registry');
  });

  it('reads no vendor into a bare refusal: that one is answered by how often it is any registry’s', () => {
    // Not by these vendor words: a bare "denied" is Docker Hub's push refusal more often than an ACR's, and the
    // answer keeps the ACR reading beside it (refusals-elsewhere.test.ts).
    const d = diagnose('denied: requested access to the resource is denied');
    expect(d.signals.facts).toContain('refusal:mostly-elsewhere');
    expect(d.causes.map((c) => c.id)).toContain('missing-push-permission');
  });
});
