import { diagnose } from '../../../src/diagnosis';
import { SCORING } from '../../../src/diagnosis/score';

/**
 * What field69's first look missed, generalised: one message counted once. ACR's "aad access token with sp failed
 * client id must be guid" says the user name sent with a service principal's secret is not a client id: a stale
 * Docker login is one way to send such a name, a wrong setting (App Service's DOCKER_REGISTRY_SERVER_USERNAME, a
 * pipeline's service connection) the other. Its two halves were read as two clues for the stale login, which put it
 * at .9 over the wrong user name. Our own pastes.
 */
describe('the service principal refusal that asks for a GUID', () => {
  it.each([
    [
      'a pull by the Docker daemon',
      'Error response from daemon: Head "https://contoso.azurecr.io/v2/web/manifests/1.2": unauthorized: aad access token with sp failed client id must be guid',
    ],
    [
      "App Service's pull",
      'DockerApiException: Docker API responded with status code=InternalServerError, response={"message":"Get \\"https://contoso.azurecr.io/v2/web/manifests/1.2\\": unauthorized: aad access token with sp failed client id must be guid"}',
    ],
  ])('leaves a stale login and a wrong user name undecided on %s', (_where, text) => {
    const d = diagnose(text);
    expect(d.ambiguity.ambiguous).toBe(true);
    expect(d.causes[0]?.confidence).toBeLessThanOrEqual(SCORING.caps.undecided);
    expect(d.causes.slice(0, 2).map((c) => c.family)).toEqual(
      expect.arrayContaining(['stale-docker-credentials', 'invalid-credentials']),
    );
  });

  it('still reads the refusal with another reason as a stale login', () => {
    const d = diagnose(
      'Error response from daemon: Get "https://contoso.azurecr.io/v2/": unauthorized: aad access token with sp failed unknown error',
    );
    expect(d.causes[0]?.family).toBe('stale-docker-credentials');
  });
});
