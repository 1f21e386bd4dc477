import { diagnose } from '../../../src/diagnosis';

/**
 * How tools lay out what they tried, read from their structure rather than one sentence:
 * - image scanners (trivy, syft, grype) list what each image source answered; with the registry's answer in the
 *   list, a local daemon that was not there is only a place that was tried (catalogue trivy-002, anchore-002);
 * - azd signs in with an Entra token first and the admin user second, and reports both (field2 g055);
 * - az containerapp names its registry secret after the login server and the username (field5 b026).
 */
const facts = (text: string) => diagnose(text).signals.facts;
const firstFamily = (text: string) => diagnose(text).causes[0]?.family;

const DENIED =
  "GET https://northwind.azurecr.io/v2/shop/cart/manifests/2.0: DENIED: client with IP '198.51.100.7' is not allowed access. Refer https://aka.ms/acr/firewall to grant access.";
const NO_DAEMON =
  'Cannot connect to the Docker daemon at unix:///var/run/docker.sock. Is the docker daemon running?';

const trivy = (remote: string) =>
  'FATAL\tFatal error\trun error: image scan error: scan error: unable to initialize a scan service: unable to initialize container image: ' +
  'unable to find the specified image "northwind.azurecr.io/shop/cart:2.0" in ["docker" "remote"]: 2 errors occurred:\n' +
  `\t* docker error: unable to inspect the image (northwind.azurecr.io/shop/cart:2.0): ${NO_DAEMON}\n` +
  `\t* remote error: ${remote}\n`;

const syft =
  "could not determine source: errors occurred attempting to resolve 'northwind.azurecr.io/shop/cart:2.0':\n" +
  `  - docker: unable to get docker API response: ${NO_DAEMON}\n` +
  `  - oci-registry: failed to get image descriptor from registry: ${DENIED}`;

describe("a scanner's list of image sources", () => {
  it.each([
    ['trivy', trivy(DENIED)],
    ['syft and grype', syft],
  ])("reads %s's list and answers with the registry's refusal, not the absent daemon", (_, text) => {
    expect(facts(text)).toContain('image-source-fallback');
    expect(firstFamily(text)).toBe('firewall-ip-not-allowed');
  });

  it("answers with the registry's 401 when the daemon is absent too (a CI job)", () => {
    const text = syft.replace(
      DENIED,
      'GET https://northwind.azurecr.io/oauth2/token?scope=repository%3Ashop%2Fcart%3Apull&service=northwind.azurecr.io: UNAUTHORIZED: authentication required',
    );
    expect(firstFamily(text)).toBe('credentials-not-configured');
  });

  it('needs the registry among the sources: a daemon failure alone is still the daemon', () => {
    const alone = `\t* docker error: unable to inspect the image (northwind.azurecr.io/shop/cart:2.0): ${NO_DAEMON}`;
    expect(facts(alone)).not.toContain('image-source-fallback');
    expect(firstFamily(alone)).toBe('docker-not-running-or-misconfigured');
  });

  it('needs another source next to the registry: a registry item alone is no fallback', () => {
    expect(facts(`  - oci-registry: failed to get image descriptor from registry: ${DENIED}`)).not.toContain(
      'image-source-fallback',
    );
  });
});

describe("the Azure Developer CLI's token-then-admin sign-in", () => {
  const text =
    "ERROR: failed deploying service 'web': failed logging into container registry, token: failed getting ACR token: " +
    'POST https://northwind.azurecr.io/oauth2/exchange\nRESPONSE 401: 401 Unauthorized\n' +
    '{"errors":[{"code":"UNAUTHORIZED","message":"authentication required"}]}\n' +
    ", admin: admin user is not enabled for container registry 'northwind'";

  it('reads the admin half as the fallback, so the disabled admin user is not the answer', () => {
    expect(facts(text)).toEqual(expect.arrayContaining(['aad-failure', 'admin-fallback']));
    expect(firstFamily(text)).not.toBe('admin-user-disabled');
  });

  it('leaves a plain disabled-admin message alone', () => {
    expect(facts("admin user is not enabled for container registry 'northwind'")).not.toContain(
      'admin-fallback',
    );
  });
});

describe("the username az containerapp writes into its registry secret's name", () => {
  it("reads a person's e-mail there as the login user, a wrong kind of registry credential", () => {
    const text =
      "Property 'secrets.name' has an invalid value 'northwindazurecrio-jane.doe@northwind.onmicrosoft.com'. " +
      "A value must consist of lower case alphanumeric characters, '-' or '.'";
    expect(facts(text)).toContain('login-user:email');
    expect(firstFamily(text)).toBe('invalid-credentials');
  });

  it('reads nothing from a secret named for the admin user', () => {
    expect(facts("secret 'northwindazurecrio-northwind' created")).not.toContain('login-user:email');
  });
});
