import { diagnose } from '../../../../src/diagnosis';

const top = (text: string) => diagnose(text).causes[0]?.id;
const ids = (text: string) => diagnose(text).causes.map((c) => c.id);

describe('login-server-not-lowercase', () => {
  it('is still the cause when docker uses a capitalised login server right after a successful login', () => {
    expect(
      top(
        'PS> az acr login -n fabrikamprod\nLogin Succeeded\nPS> docker pull FabrikamProd.azurecr.io/payments/api:3.2.0\nError response from daemon: Head "https://FabrikamProd.azurecr.io/v2/payments/api/manifests/3.2.0": unauthorized: authentication required',
      ),
    ).toBe('login-server-not-lowercase');
  });

  // Only a pull through the capitalised name argues against it, not a base image pulled from elsewhere.
  it('stays a candidate when a base image from elsewhere was pulled before the push failed', () => {
    expect(
      ids(
        '$ docker pull nginx\nStatus: Downloaded newer image for nginx:latest\n$ docker tag nginx myRegistry.azurecr.io/nginx\n$ docker push myRegistry.azurecr.io/nginx\nThe push refers to repository [myRegistry.azurecr.io/nginx]\nunauthorized: authentication required',
      ),
    ).toContain('login-server-not-lowercase');
  });

  // Channel traffic t0220: App Service pulled the image through the capitalised name, then the site failed to start.
  it.each([
    [
      'Docker',
      "2020-07-16T01:24:00.677Z INFO  - Pulling image: MYAPPdockerregistry.azurecr.io/MYAPP:latest\n2020-07-16T01:24:01.016Z INFO  -  Status: Image is up to date for MYAPPdockerregistry.azurecr.io/MYAPP:latest\n2020-07-16T01:24:01.018Z INFO  - Pull Image successful, Time taken: 0 Minutes and 0 Seconds\nContainer didn't respond to HTTP pings on port: 80, failing site start.",
    ],
    [
      'a new download',
      'docker pull Contoso.azurecr.io/web:1\nStatus: Downloaded newer image for Contoso.azurecr.io/web:1',
    ],
    ['kubelet', 'Normal  Pulled  kubelet  Successfully pulled image "Contoso.azurecr.io/web:1" in 1.2s'],
  ])('is not a cause when %s pulled an image through the capitalised name', (_, text) => {
    expect(ids(text)).not.toContain('login-server-not-lowercase');
  });
});
