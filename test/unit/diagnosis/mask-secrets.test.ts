import { maskSecrets, MASK } from '../../../src/diagnosis/mask-secrets';
import { diagnose } from '../../../src/diagnosis';

const one = (line: string) => maskSecrets([line]);

// Built at run time so no secret-looking literal sits in the repository.
const jwt = (payload: object) =>
  [
    'eyJhbGciOiJSUzI1NiIsInR5cCI6IkpXVCJ9',
    Buffer.from(JSON.stringify(payload)).toString('base64url'),
    'c2lnbmF0dXJlLXBhcnQtb2YtdGhlLXRva2Vu',
  ].join('.');
const entraSecret = ['abc', '8Q~', 'Zx9yW8vU7tS6rQ5pO4nM3lK2jI1hG0fE_dC'].join('');

describe('maskSecrets', () => {
  it.each([
    ['docker login contoso.azurecr.io -u contoso -p S3cr3tPassw0rd+abc/xyz', 'password', 'S3cr3tPassw0rd'],
    [
      'docker login contoso.azurecr.io --username 00000000-0000-0000-0000-000000000000 --password=abcDEF123456',
      'password',
      'abcDEF123456',
    ],
    ['podman login -u x -p "quoted-secret-1" contoso.azurecr.io', 'password', 'quoted-secret-1'],
    [`Authorization: Bearer ${jwt({ iss: 'https://sts.windows.net/x/' })}`, 'jwt', 'c2lnbmF0dXJl'],
    ['Authorization: Basic Y29udG9zbzpwYXNzd29yZDEyMw==', 'basic-auth', 'Y29udG9zbzpwYXNzd29yZDEyMw'],
    [`az login --service-principal -u app -p ${entraSecret} --tenant t`, 'password', entraSecret],
    [`AZURE_CLIENT_SECRET=${entraSecret}`, 'client-secret', entraSecret],
    ['"clientSecret": "very-secret-value-123"', 'client-secret', 'very-secret-value-123'],
    [
      'DefaultEndpointsProtocol=https;AccountName=x;AccountKey=bXlrZXlteWtleW15a2V5bXlrZXk=;EndpointSuffix=core.windows.net',
      'connection-string',
      'bXlrZXlteWtleW15a2V5',
    ],
    [
      'https://acct.blob.core.windows.net/c/b?sv=2021&sig=abcdEFGH1234%2Bxyz%3D&se=2030',
      'sas-signature',
      'abcdEFGH1234',
    ],
    ['"auths": {"contoso.azurecr.io": {"auth": "dXNlcjpwYXNzd29yZA=="}}', 'basic-auth', 'dXNlcjpwYXNzd29yZA'],
    ['password: hunter2hunter2', 'password', 'hunter2hunter2'],
    ['export GITHUB_TOKEN=ghp_abcdefghijklmnopqrstuvwxyz0123456789AB', 'bearer-token', 'ghp_abcdefghij'],
  ])('masks %j', (line, kind, secret) => {
    const { lines, secrets } = one(line);
    expect(lines[0]).not.toContain(secret);
    expect(lines[0]).toContain(MASK);
    expect(secrets.map((s) => s.kind)).toContain(kind);
  });

  it('names an ACR refresh token as such', () => {
    const token = jwt({
      iss: 'Azure Container Registry',
      grant_type: 'refresh_token',
      aud: 'contoso.azurecr.io',
    });
    expect(one(`"refreshToken": "${token}"`).secrets[0]?.kind).toBe('acr-refresh-token');
    expect(
      one(`docker login contoso.azurecr.io -u 00000000-0000-0000-0000-000000000000 -p ${token}`).lines[0],
    ).not.toContain(token.slice(40));
  });

  it.each([
    'docker login -u $ACR_USER -p $ACR_PASSWORD contoso.azurecr.io',
    'docker login -u x -p ${{ secrets.ACR_PASSWORD }} contoso.azurecr.io',
    'docker login -u x --password-stdin contoso.azurecr.io',
    'docker login -u x -p <password> contoso.azurecr.io',
    'docker run -p 8080:80 nginx',
    'mkdir -p /tmp/build',
    'AADSTS7000215: Invalid client secret provided.',
    'Please specify both username and password in non-interactive mode.',
    'Password:',
  ])('leaves %j alone', (line) => {
    const { lines, secrets } = one(line);
    expect(secrets).toEqual([]);
    expect(lines[0]).toBe(line);
  });

  it('masks a private key block across lines and reports the line', () => {
    const { lines, secrets } = maskSecrets([
      'key:',
      '-----BEGIN RSA PRIVATE KEY-----',
      'MIIEowIBAAKCAQEA',
      'abcd',
      '-----END RSA PRIVATE KEY-----',
      'after',
    ]);
    expect(lines).toEqual([
      'key:',
      '-----BEGIN RSA PRIVATE KEY-----',
      MASK,
      MASK,
      '-----END RSA PRIVATE KEY-----',
      'after',
    ]);
    expect(secrets).toEqual([{ kind: 'private-key', line: 2 }]);
  });

  it('never lets a secret reach the diagnosis text or its evidence', () => {
    const paste =
      'docker login contoso.azurecr.io -u contoso -p Sup3rS3cretValue99\nError response from daemon: Get "https://contoso.azurecr.io/v2/": unauthorized: authentication required';
    const d = diagnose(paste);
    expect(JSON.stringify(d)).not.toContain('Sup3rS3cretValue99');
    expect(d.secrets).toEqual([{ kind: 'password', line: 1 }]);
  });
});
