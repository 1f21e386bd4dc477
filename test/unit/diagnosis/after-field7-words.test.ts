import { diagnose } from '../../../src/diagnosis';
import { familiesOf } from '../../support/diagnosis';
import { SCORING } from '../../../src/diagnosis/score';

/**
 * Tools' own messages the engine did not know before field7's first look (test/fixtures/corpus/field7.md), each
 * read on the message's stable core, with other names and wrappings than the corpus pastes that showed the gap.
 */

describe("az's own check of a registry name (field7 7e008's message)", () => {
  const message =
    'ERROR: Registry names may contain only alpha numeric characters and must be between 5 and 50 characters';

  it('is a wrong registry name, at ACR', () => {
    const d = diagnose(
      `##[section]Starting: Push image\n${message}\n##[error]Script failed with exit code: 1`,
    );
    expect(d.verdict).toBe('acr');
    expect(d.causes[0]?.family).toBe('wrong-registry-name-or-not-found');
  });

  it('is an unset name when the shell trace shows the argument empty', () => {
    const d = diagnose(`+ az acr build --registry "" --image shop/web:7 .\n${message}`);
    expect(d.causes[0]?.id).toBe('registry-name-unset');
    expect(familiesOf(`+ az acr build --registry "" --image shop/web:7 .\n${message}`)).toContain(
      'wrong-registry-name-or-not-found',
    );
  });

  it('keeps a name that was given', () => {
    const d = diagnose(`+ az acr login --name fabrikam-prod\n${message}`);
    expect(d.causes[0]?.id).toBe('registry-name-wrong-or-missing');
  });
});

describe("az's cloud suffix check of a fully qualified reference (field7 7e003's message)", () => {
  it('is the login server of another cloud, even when the sentence wraps', () => {
    const d = diagnose(
      "  ERROR: Error: Provided registry suffix '.azurecr.cn' does not match the configured\n" +
        "  az cli acr login server suffix '.azurecr.io'. Check the 'acrLoginServerEndpoint' value when running 'az cloud show'.",
    );
    expect(d.verdict).toBe('acr');
    expect(d.causes[0]?.id).toBe('wrong-cloud-or-login-server-unresolved');
  });
});

describe("azd's registry sign-in cut off after 'failed getting ACR token:' (field7 7d004's shape)", () => {
  const text =
    "ERROR: error executing step command 'deploy --all': failed deploying service 'worker': logging in to registry: " +
    'failed logging into container registry, token: failed getting ACR token:';

  it('is a failed Entra sign-in behind the token, undecided between expired, stale and wrong', () => {
    const d = diagnose(text);
    expect(d.ambiguity.ambiguous).toBe(true);
    expect(familiesOf(text).slice(0, 3).sort()).toEqual([
      'az-cli-not-logged-in-or-token-expired',
      'expired-credentials',
      'invalid-credentials',
    ]);
    expect(d.causes[0]?.confidence).toBeLessThanOrEqual(SCORING.caps.undecided);
  });

  it('lets the reason decide when it is there', () => {
    const d = diagnose(
      `${text} getting credentials for subscription 'sub': not logged in, run \`azd auth login\` to login`,
    );
    expect(d.causes[0]?.family).toBe('az-cli-not-logged-in-or-token-expired');
  });
});

describe("ARM's ResourceNotFound for the registry cut off after its name (field7 7b004's shape)", () => {
  it('is a registry that is not there', () => {
    const d = diagnose(
      "Image build failed: Unable to fetch workspace resources: The Resource 'Microsoft.ContainerRegistry/registries/a7b3c9d0e1",
    );
    expect(d.verdict).toBe('acr');
    expect(d.causes[0]?.family).toBe('wrong-registry-name-or-not-found');
  });
});

describe("a Foundry hosted agent's image pull (field7 7d001's message)", () => {
  const text =
    '{"error": {"code": "agent_version_failed", "message": "Agent version provisioning failed: [ImageError] Failed to pull container image."}}';

  it("is the agent identity's pull right, undecided with no credential set up", () => {
    const d = diagnose(text);
    expect(d.verdict).toBe('acr');
    expect(d.ambiguity.ambiguous).toBe(true);
    expect(d.causes[0]?.family).toBe('missing-role-assignment');
    expect(familiesOf(text).slice(0, 3)).toContain('credentials-not-configured');
  });

  it('does not read a pull failure without the ImageError code as one', () => {
    expect(diagnose('Failed to pull container image.').causes[0]?.id).not.toBe(
      'missing-pull-role-legacy-mode',
    );
  });
});
