import { diagnose } from '../../../src/diagnosis';

/**
 * A connection or certificate failure on the way to a package server is a build step's download failing, not the
 * registry: the same proxy or DNS fault, but no registry call was refused.
 */
describe('package downloads that could not connect', () => {
  it.each([
    '#7 [2/5] RUN apt-get update\n#7 0.512 Err:1 http://deb.debian.org/debian bookworm InRelease\n#7 0.512   Temporary failure resolving \'deb.debian.org\'\n#7 ERROR: process "/bin/sh -c apt-get update" did not complete successfully: exit code: 100',
    '> [build 3/6] RUN npm ci:\n#9 12.3 npm error code SELF_SIGNED_CERT_IN_CHAIN\n#9 12.3 npm error request to https://registry.npmjs.org/express failed, reason: self-signed certificate in certificate chain',
    'Step 4/9 : RUN pip install -r requirements.txt\nWARNING: Retrying (Retry(total=4, connect=None, read=None, redirect=None, status=None)) after connection broken by \'SSLError(SSLCertVerificationError(1, "[SSL: CERTIFICATE_VERIFY_FAILED] certificate verify failed: unable to get local issuer certificate (_ssl.c:1006)"))\': /simple/flask/',
    'go: github.com/alecthomas/kingpin@v2.2.6+incompatible: Get "https://proxy.golang.org/github.com/alecthomas/kingpin/@v/v2.2.6+incompatible.mod": x509: certificate signed by unknown authority',
    "ERROR: Could not install packages due to an OSError: HTTPSConnectionPool(host='pkgs.dev.azure.com', port=443): Max retries exceeded with url: /contoso/_packaging/feed/pypi/simple/numpy/ (Caused by ProxyError('Unable to connect to proxy', OSError('Tunnel connection failed: 407 Proxy Authentication Required')))",
    // In an ACR Tasks build the registry is named, but the request that failed is still the download.
    "Sending context to registry: contoso...\nStep 3/6 : RUN apk add --no-cache curl\nfetch https://dl-cdn.alpinelinux.org/alpine/v3.19/main/x86_64/APKINDEX.tar.gz\nWARNING: fetching https://dl-cdn.alpinelinux.org/alpine/v3.19/main: temporary error (try again later)\nThe command '/bin/sh -c apk add --no-cache curl' returned a non-zero code: 1\naz acr build -r contoso -t app:1 .",
  ])('are not the registry (%#)', (text) => {
    const d = diagnose(text);
    expect(d.signals.facts).toContain('unreached:package-server');
    expect(d.causes[0]?.id).toBe('package-server-unreachable-in-build');
    expect(d.verdict).toBe('not-acr');
  });

  it.each([
    // The registry's own call failed the same way: that is the finding, whatever else could not download.
    'Get "https://contoso.azurecr.io/v2/": x509: certificate signed by unknown authority\nnpm error request to https://registry.npmjs.org/express failed, reason: self-signed certificate in certificate chain',
    // The feed answered (401): it was reached; its refusal is another look-alike.
    '[ERROR] Failed to execute goal on project orders: Could not resolve dependencies for project com.contoso:orders:jar:1.0.0: Could not transfer artifact com.contoso:common:pom:2.1.0 from/to internal (https://pkgs.dev.azure.com/contoso/_packaging/maven-feed/maven/v1): status code: 401, reason phrase: Unauthorized (401)',
    // A download failed and was ignored; the push was refused afterwards: that refusal is the finding.
    "#5 [2/4] RUN apt-get update\n#5 0.6 W: Failed to fetch http://deb.debian.org/debian/dists/bookworm/InRelease  Temporary failure resolving 'deb.debian.org'\n#5 0.7 W: Some index files failed to download. They have been ignored, or old ones used instead.\n#8 pushing layers\nERROR: failed to push contoso.azurecr.io/web:1.2: unexpected status from POST request to https://contoso.azurecr.io/v2/web/blobs/uploads/: 401 Unauthorized",
    // apt installing ca-certificates from its mirror names a certificate, not a failure.
    '#6 [2/5] RUN apt-get update && apt-get install -y ca-certificates\n#6 1.9 Get:5 http://deb.debian.org/debian bookworm/main amd64 ca-certificates all 20230311 [153 kB]\n#9 [5/5] RUN ./healthcheck\n#9 0.21 exec /app/healthcheck: exec format error',
    // A package server named next to a failure that is not a connection's.
    '#5 [2/4] RUN apt-get update\n#5 1.2 Get:1 http://deb.debian.org/debian bookworm InRelease [151 kB]\nError response from daemon: Get "https://contoso.azurecr.io/v2/": unauthorized: authentication required',
  ])('leave registry failures and reached feeds alone (%#)', (text) => {
    const d = diagnose(text);
    expect(d.causes[0]?.id).not.toBe('package-server-unreachable-in-build');
  });
});
