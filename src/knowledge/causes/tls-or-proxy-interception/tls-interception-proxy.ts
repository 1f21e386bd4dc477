import { defineCause } from '../../define';
import { NETWORK_TROUBLESHOOTING } from '../../docs';
import { against, anchor, context, registryGaveNoAnswer } from '../../rules';

export default defineCause({
  id: 'tls-interception-proxy',
  family: 'tls-or-proxy-interception',
  scope: 'acr-access',
  prevalence: 'common',
  title: {
    en: 'TLS inspection replaces the registry certificate',
    ru: 'Проверка TLS подменяет сертификат реестра',
  },
  explanation: {
    en:
      'A proxy, firewall or security agent between the client and the registry decrypts HTTPS and re-signs it with ' +
      'a corporate CA that this client does not trust. The Azure CLI uses its own CA bundle and reports ' +
      'CONNECTIVITY_SSL_ERROR or CERTIFICATE_VERIFY_FAILED; Docker, containerd and Helm report "x509: certificate ' +
      'signed by unknown authority". The registry certificate itself is fine.',
    ru:
      'Прокси, брандмауэр или агент безопасности между клиентом и реестром расшифровывает HTTPS и заново подписывает ' +
      'его корпоративным ЦС, которому этот клиент не доверяет. Azure CLI использует собственный набор корневых ' +
      'сертификатов и сообщает CONNECTIVITY_SSL_ERROR или CERTIFICATE_VERIFY_FAILED; Docker, containerd и Helm пишут ' +
      '«x509: certificate signed by unknown authority». Сам сертификат реестра в порядке.',
  },
  ask: {
    en: 'Does `openssl s_client -connect <registry>.azurecr.io:443` show an issuer that is your company or security vendor instead of Microsoft?',
    ru: 'Показывает ли `openssl s_client -connect <реестр>.azurecr.io:443` издателя вашей компании или поставщика средств безопасности вместо Microsoft?',
  },
  rules: [
    anchor(['did not issue a valid AAD challenge', 'status: 200'], 5),
    // A 403 (or a missing challenge) whose body is an HTML page was written by a proxy, not by the registry.
    anchor(['403', '<html'], 5),
    anchor(['403', '<!DOCTYPE'], 5),
    anchor(['unable to read response', '<html'], 5),
    anchor(['blocked by', 'proxy'], 6),
    anchor(['does not contain header', 'Www-Authenticate'], 5),
    anchor('code:CONNECTIVITY_SSL_ERROR', 10),
    anchor(['Unable to establish a secure connection to the registry'], 9),
    anchor(['certificate signed by unknown authority'], 8),
    anchor(['tls: failed to verify certificate'], 7),
    anchor(['CERTIFICATE_VERIFY_FAILED'], 8),
    anchor(/self[- ]signed certificate in certificate chain/i, 8),
    anchor(['unable to get local issuer certificate'], 7),
    // OpenSSL's other verify results (crypto/x509/x509_txt.c) as Node, Ruby and PHP print them bare: a chain
    // whose leaf the client cannot tie to a CA it trusts, or whose signature does not check out, is one a TLS
    // inspection device re-signed. ACR's own chain is publicly rooted and verifies everywhere.
    anchor(['unable to verify the first certificate'], 7),
    anchor(['unable to get issuer certificate'], 6),
    anchor(['certificate signature failure'], 5),
    // .NET's SslStream (System.Net.Security's resources): "… according to the validation procedure" (.NET Framework
    // and Core 3) and "… because of errors in the certificate chain: UntrustedRoot" (.NET 5 on).
    anchor(['The remote certificate is invalid'], 7),
    // Node's own check of the name (lib/tls.js), as Go's "certificate is valid for …, not …": another name's
    // certificate was presented in the registry's place.
    anchor(["does not match certificate's altnames"], 6),
    anchor(['SSL certificate problem'], 7),
    anchor(['PKIX path building failed'], 8),
    anchor(['Could not establish trust relationship for the SSL/TLS secure channel'], 7),
    anchor(['x509: certificate is valid for'], 6),
    anchor(['The SSL connection could not be established'], 5),
    // rustls (Rust clients: oras-rs, spin, cargo-based tools) rejecting the chain it was shown.
    anchor(['invalid peer certificate'], 5),
    // Python's ssl module when the other end closed the TLS session unexpectedly: a proxy or inspection device.
    anchor(['EOF occurred in violation of protocol'], 3),
    // Podman Desktop before 0.10 said only "Not a valid registry" when its own probe of /v2/ failed: it used Node's
    // bundled CAs and no proxy (podman-desktop#818, fixed by #879), so a corporate proxy or CA was the usual reason;
    // a wrong host or port reads the same (registry-name-wrong-or-missing).
    anchor(/(?:^|[`'"\s])Not a valid registry(?:$|[`'".])/, 3),
    // Newer Podman Desktop names the probe's failure: the certificate causes above then match the reason.
    context(['Unable to find auth info for'], 1),
    anchor(['SSLError'], 4),
    anchor(['remote error: tls: handshake failure'], 3),
    ...registryGaveNoAnswer(2),
    context(['REQUESTS_CA_BUNDLE'], 2),
    against('host:no-acr', 4),
  ],
  fix: [
    {
      text: {
        en: 'Look at the certificate chain the client actually receives.',
        ru: 'Посмотрите цепочку сертификатов, которую клиент получает на самом деле.',
      },
      command: 'openssl s_client -connect {loginServer}:443 -servername {loginServer} -showcerts </dev/null',
    },
    {
      text: {
        en: 'Preferred: exempt *.azurecr.io, the data endpoints and *.blob.core.windows.net from TLS inspection.',
        ru: 'Предпочтительно: исключите *.azurecr.io, конечные точки данных и *.blob.core.windows.net из проверки TLS.',
      },
    },
    {
      text: {
        en: 'Otherwise trust the corporate CA: for Docker add it to the OS store (or /etc/docker/certs.d/<registry>/ca.crt) and restart the daemon; for az point REQUESTS_CA_BUNDLE at a bundle that includes it.',
        ru: 'Иначе добавьте доверие к корпоративному ЦС: для Docker — в хранилище ОС (или /etc/docker/certs.d/<реестр>/ca.crt) с перезапуском демона; для az укажите в REQUESTS_CA_BUNDLE набор, который его содержит.',
      },
    },
    {
      text: {
        en: 'Re-run the connectivity check.',
        ru: 'Повторите проверку подключения.',
      },
      command: 'az acr check-health -n {registry} --ignore-errors --yes',
    },
  ],
  docs: [
    {
      title: { en: 'CONNECTIVITY_SSL_ERROR', ru: 'CONNECTIVITY_SSL_ERROR' },
      url: 'https://learn.microsoft.com/azure/container-registry/container-registry-health-error-reference#connectivity_ssl_error',
    },
    NETWORK_TROUBLESHOOTING,
  ],
  checks: [],
});
