/**
 * The paste behind "Try a sample": a made-up registry and a documentation IP (RFC 5737), shaped like what
 * `docker pull` prints when the registry's firewall refuses the client.
 */
export const SAMPLE_PASTE = [
  '$ docker pull contosoregistry.azurecr.io/web/api:1.4.2',
  'Error response from daemon: Get "https://contosoregistry.azurecr.io/v2/": denied: client with IP \'203.0.113.24\' is not allowed access. Refer https://aka.ms/acr/firewall to grant access.',
].join('\n');
