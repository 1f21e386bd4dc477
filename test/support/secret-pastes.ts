/**
 * Realistic pastes from users of az, docker, helm, kubectl, oras and CI systems, each carrying credentials.
 * Every secret value must be gone from the masked text and from everything the diagnosis keeps. Secret
 * values are built at run time from harmless parts so that no credential-looking literal sits in the repo.
 */

const part = (...pieces: string[]): string => pieces.join('');
const S = {
  pass: part('Zq7', 'Fake', 'Passw0rd', 'Value'),
  pass2: part('Yx2', 'Other', 'Fake', 'Secret', '99'),
  acrPassword: part('xH4k', '9vQ2mN8pL1rT6wB3', 'yC7dF0gJ5sA+ACRD', 'bZ1e'),
  acrPassword2: part('pR8s', '2fV6kW1nM4qT9hX3', 'jL5cB7dG0aE+ACRD', 'qK2u'),
  entra: part('abc', '8Q~', 'Zx9yW8vU7tS6rQ5pO4nM3lK2jI1hG0fE_dC'),
  storageKey: part('bXlr', 'ZXlteWtleW15a2V5', 'bXlrZXlteWtleW15', 'a2V5bXlrZXk9PQ=='),
  ghp: part('ghp', '_', 'abcdefghijklmnopqrstuvwxyz0123456789AB'),
  githubPat: part(
    'github',
    '_pat_',
    '11ABCDEFG0abcdefghijkl',
    '_mnopqrstuvwxyz0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdef',
  ),
  ado: part('q3w7e', 'rty2uiop5asd', 'fgh8jklzx4cvb', 'nm6qwer9tyu1io'),
  basic: Buffer.from(part('contoso', ':', 'Zq7FakePassw0rdValue')).toString('base64'),
};
const jwt = (payload: object): string =>
  [
    'eyJhbGciOiJSUzI1NiIsInR5cCI6IkpXVCJ9',
    Buffer.from(JSON.stringify(payload)).toString('base64url'),
    'c2lnbmF0dXJlLXBhcnQtb2YtdGhlLXRva2Vu',
  ].join('.');
const acrRefresh = jwt({ iss: 'Azure Container Registry', grant_type: 'refresh_token', exp: 1 });
const accessToken = jwt({ iss: 'https://sts.windows.net/t/', aud: 'https://management.azure.com' });
const dockerConfigJson = Buffer.from(
  JSON.stringify({ auths: { 'contoso.azurecr.io': { username: 'u', password: S.pass, auth: S.basic } } }),
).toString('base64');

export interface SecretPaste {
  readonly name: string;
  readonly paste: string;
  readonly secrets: readonly string[];
}

export const SECRET_PASTES: readonly SecretPaste[] = [
  // docker and compatible clients
  {
    name: 'docker login -p',
    paste: `$ docker login contoso.azurecr.io -u contoso -p ${S.pass}\nError response from daemon: Get "https://contoso.azurecr.io/v2/": unauthorized: authentication required`,
    secrets: [S.pass],
  },
  {
    name: 'docker login --password=',
    paste: `docker login contoso.azurecr.io --username contoso --password=${S.pass}\nWARNING! Using --password via the CLI is insecure. Use --password-stdin.`,
    secrets: [S.pass],
  },
  {
    name: "echo '…' | docker login --password-stdin",
    paste: `echo '${S.pass}' | docker login contoso.azurecr.io -u contoso --password-stdin\nError response from daemon: login attempt to https://contoso.azurecr.io/v2/ failed with status: 401 Unauthorized`,
    secrets: [S.pass],
  },
  {
    name: 'echo unquoted | docker login --password-stdin',
    paste: `+ echo ${S.pass} | docker login contoso.azurecr.io --username contoso --password-stdin\nunauthorized: incorrect username or password`,
    secrets: [S.pass],
  },
  {
    name: 'echo -n "…" | docker login --password-stdin',
    paste: `echo -n "${S.pass}" | docker login -u contoso --password-stdin contoso.azurecr.io`,
    secrets: [S.pass],
  },
  {
    name: "printf '%s' … | docker login",
    paste: `printf '%s' '${S.pass}' | docker login contoso.azurecr.io -u contoso --password-stdin`,
    secrets: [S.pass],
  },
  {
    name: 'podman login -p',
    paste: `podman login -u contoso -p "${S.pass}" contoso.azurecr.io\nError: authenticating creds for "contoso.azurecr.io": invalid username/password`,
    secrets: [S.pass],
  },
  {
    name: 'nerdctl login --password',
    paste: `nerdctl login --username contoso --password ${S.pass} contoso.azurecr.io\nFATA[0000] failed to call tryLoginWithRegHost: unexpected status code 401`,
    secrets: [S.pass],
  },
  {
    name: 'docker config.json auth',
    paste: `cat ~/.docker/config.json\n{\n  "auths": {\n    "contoso.azurecr.io": {\n      "auth": "${S.basic}"\n    }\n  }\n}`,
    secrets: [S.basic],
  },
  {
    name: 'docker config.json identitytoken',
    paste: `{\n  "auths": {\n    "contoso.azurecr.io": {\n      "auth": "MDAwMDAwMDAtMDAwMC0wMDAwLTAwMDAtMDAwMDAwMDAwMDAwOg==",\n      "identitytoken": "${acrRefresh}"\n    }\n  }\n}`,
    secrets: [acrRefresh.split('.')[1] as string],
  },
  {
    name: 'docker inspect of a pull with basic auth header',
    paste: `GET /v2/ HTTP/1.1\nHost: contoso.azurecr.io\nAuthorization: Basic ${S.basic}\n\nHTTP/1.1 401 Unauthorized`,
    secrets: [S.basic],
  },
  // az
  {
    name: 'az acr credential show (JSON)',
    paste: `$ az acr credential show -n contoso\n{\n  "passwords": [\n    {\n      "name": "password",\n      "value": "${S.acrPassword}"\n    },\n    {\n      "name": "password2",\n      "value": "${S.acrPassword2}"\n    }\n  ],\n  "username": "contoso"\n}`,
    secrets: [S.acrPassword, S.acrPassword2],
  },
  {
    name: 'az acr credential show (table)',
    paste: `$ az acr credential show -n contoso -o table\nUSERNAME    PASSWORD                              PASSWORD2\n----------  ------------------------------------  ------------------------------------\ncontoso     ${S.acrPassword}  ${S.acrPassword2}`,
    secrets: [S.acrPassword, S.acrPassword2],
  },
  {
    name: 'az acr credential renew',
    paste: `az acr credential renew -n contoso --password-name password2\n{ "passwords": [ { "name": "password", "value": "${S.acrPassword}" }, { "name": "password2", "value": "${S.acrPassword2}" } ], "username": "contoso" }`,
    secrets: [S.acrPassword, S.acrPassword2],
  },
  {
    name: 'az acr token create',
    paste: `az acr token create --name ci-token --registry contoso --scope-map _repositories_pull\n{\n  "credentials": {\n    "passwords": [\n      {\n        "creationTime": "2026-01-01T00:00:00+00:00",\n        "expiry": null,\n        "name": "password1",\n        "value": "${S.acrPassword}"\n      }\n    ],\n    "username": "ci-token"\n  },\n  "name": "ci-token"\n}`,
    secrets: [S.acrPassword],
  },
  {
    name: 'az acr token credential generate',
    paste: `az acr token credential generate -n ci-token -r contoso --password1\n{\n  "passwords": [\n    {\n      "creationTime": "2026-01-01T00:00:00+00:00",\n      "name": "password1",\n      "value": "${S.acrPassword}"\n    }\n  ],\n  "username": "ci-token"\n}`,
    secrets: [S.acrPassword],
  },
  {
    name: 'az acr login --expose-token',
    paste: `az acr login -n contoso --expose-token\n{\n  "accessToken": "${acrRefresh}",\n  "loginServer": "contoso.azurecr.io"\n}`,
    secrets: [acrRefresh.split('.')[1] as string],
  },
  {
    name: 'az acr login -u -p',
    paste: `az acr login -n contoso -u contoso -p ${S.pass}\nUnable to login to contoso.azurecr.io: unauthorized`,
    secrets: [S.pass],
  },
  {
    name: 'az login --service-principal -p',
    paste: `az login --service-principal -u 00000000-0000-0000-0000-000000000001 -p ${S.entra} --tenant contoso.onmicrosoft.com\nAADSTS7000215: Invalid client secret provided.`,
    secrets: [S.entra],
  },
  {
    name: 'az login --service-principal --password=',
    paste: `az login --service-principal --username 00000000-0000-0000-0000-000000000001 --password=${S.entra} --tenant t`,
    secrets: [S.entra],
  },
  {
    name: 'az ad sp create-for-rbac output',
    paste: `az ad sp create-for-rbac --name acr-push --role AcrPush --scopes /subscriptions/x\n{\n  "appId": "00000000-0000-0000-0000-000000000001",\n  "displayName": "acr-push",\n  "password": "${S.entra}",\n  "tenant": "00000000-0000-0000-0000-000000000002"\n}`,
    secrets: [S.entra],
  },
  {
    name: 'az ad sp credential reset output',
    paste: `{\n  "appId": "00000000-0000-0000-0000-000000000001",\n  "password": "${S.pass2}",\n  "tenant": "00000000-0000-0000-0000-000000000002"\n}`,
    secrets: [S.pass2],
  },
  {
    name: 'az ad app credential reset (secretText)',
    paste: `az rest --method POST --uri https://graph.microsoft.com/v1.0/applications/x/addPassword\n{ "keyId": "k", "secretText": "${S.pass2}", "displayName": "ci" }`,
    secrets: [S.pass2],
  },
  {
    name: 'az acr import --password',
    paste: `az acr import -n contoso --source docker.io/library/nginx:latest --username me --password ${S.pass}\n(InvalidParameter) unauthorized`,
    secrets: [S.pass],
  },
  {
    name: 'az acr import -p',
    paste: `az acr import -n contoso --source other.azurecr.io/app:1 -u other -p ${S.pass}`,
    secrets: [S.pass],
  },
  {
    name: 'az storage account keys list',
    paste: `az storage account keys list -n stcontoso\n[\n  {\n    "creationTime": "2026-01-01T00:00:00+00:00",\n    "keyName": "key1",\n    "permissions": "FULL",\n    "value": "${S.storageKey}"\n  }\n]`,
    secrets: [S.storageKey],
  },
  {
    name: 'az keyvault secret show',
    paste: `az keyvault secret show --vault-name kv --name acr-password\n{\n  "id": "https://kv.vault.azure.net/secrets/acr-password/0123456789abcdef",\n  "name": "acr-password",\n  "value": "${S.acrPassword}"\n}`,
    secrets: [S.acrPassword],
  },
  {
    name: 'az aks update-credentials --client-secret',
    paste: `az aks update-credentials -g rg -n aks --reset-service-principal --service-principal 00000000-0000-0000-0000-000000000001 --client-secret ${S.entra}`,
    secrets: [S.entra],
  },
  {
    name: 'az account get-access-token',
    paste: `az account get-access-token\n{\n  "accessToken": "${accessToken}",\n  "expiresOn": "2026-01-01 10:00:00.000000",\n  "tokenType": "Bearer"\n}`,
    secrets: [accessToken.split('.')[1] as string],
  },
  {
    name: 'storage connection string',
    paste: `export AZURE_STORAGE_CONNECTION_STRING="DefaultEndpointsProtocol=https;AccountName=stcontoso;AccountKey=${S.storageKey};EndpointSuffix=core.windows.net"`,
    secrets: [S.storageKey],
  },
  {
    name: 'SAS URL',
    paste: `Error: 403 on https://stcontoso.blob.core.windows.net/c/layer?sv=2022-11-02&ss=b&srt=o&sp=r&se=2030-01-01&sig=${encodeURIComponent(S.storageKey)}`,
    secrets: [encodeURIComponent(S.storageKey)],
  },
  // helm, oras and other registry clients
  {
    name: 'helm registry login --password',
    paste: `helm registry login contoso.azurecr.io --username contoso --password ${S.pass}\nError: login attempt to https://contoso.azurecr.io/v2/ failed with status: 401 Unauthorized`,
    secrets: [S.pass],
  },
  {
    name: 'helm repo add --password',
    paste: `helm repo add contoso https://contoso.azurecr.io/helm/v1/repo --username contoso --password ${S.pass}`,
    secrets: [S.pass],
  },
  {
    name: 'echo … | helm registry login --password-stdin',
    paste: `echo ${S.pass} | helm registry login contoso.azurecr.io --username 00000000-0000-0000-0000-000000000000 --password-stdin`,
    secrets: [S.pass],
  },
  {
    name: 'oras login -p',
    paste: `oras login contoso.azurecr.io -u contoso -p ${S.pass}\nError: unable to login: unauthorized`,
    secrets: [S.pass],
  },
  {
    name: 'skopeo --dest-creds',
    paste: `skopeo copy docker://nginx:latest docker://contoso.azurecr.io/nginx:latest --dest-creds contoso:${S.pass}\nFATA[0002] writing blob: initiating layer upload: unauthorized`,
    secrets: [S.pass],
  },
  {
    name: 'skopeo --src-creds=',
    paste: `skopeo inspect --src-creds=contoso:${S.pass} docker://contoso.azurecr.io/app:1`,
    secrets: [S.pass],
  },
  {
    name: 'crane auth login -p',
    paste: `crane auth login contoso.azurecr.io -u contoso -p ${S.pass}`,
    secrets: [S.pass],
  },
  {
    name: 'curl -u user:password',
    paste: `curl -u contoso:${S.pass} https://contoso.azurecr.io/v2/_catalog\n{"errors":[{"code":"UNAUTHORIZED","message":"authentication required"}]}`,
    secrets: [S.pass],
  },
  {
    name: 'curl with a bearer token',
    paste: `curl -H "Authorization: Bearer ${accessToken}" https://contoso.azurecr.io/v2/_catalog`,
    secrets: [accessToken.split('.')[1] as string],
  },
  {
    name: 'URL with user and password',
    paste: `fatal: unable to access 'https://contoso:${S.pass}@contoso.azurecr.io/v2/': The requested URL returned error: 401`,
    secrets: [S.pass],
  },
  // kubectl and Kubernetes
  {
    name: 'kubectl create secret docker-registry',
    paste: `kubectl create secret docker-registry acr-pull --docker-server=contoso.azurecr.io --docker-username=00000000-0000-0000-0000-000000000001 --docker-password=${S.entra}`,
    secrets: [S.entra],
  },
  {
    name: 'kubectl get secret -o yaml (.dockerconfigjson)',
    paste: `kubectl get secret acr-pull -o yaml\napiVersion: v1\ndata:\n  .dockerconfigjson: ${dockerConfigJson}\nkind: Secret\ntype: kubernetes.io/dockerconfigjson`,
    secrets: [dockerConfigJson.slice(0, 40)],
  },
  {
    name: 'kubectl get secret -o json',
    paste: `{\n    "apiVersion": "v1",\n    "data": {\n        ".dockerconfigjson": "${dockerConfigJson}"\n    },\n    "kind": "Secret"\n}`,
    secrets: [dockerConfigJson.slice(0, 40)],
  },
  {
    name: 'decoded dockerconfigjson',
    paste: `kubectl get secret acr-pull -o jsonpath='{.data.\\.dockerconfigjson}' | base64 -d\n{"auths":{"contoso.azurecr.io":{"username":"contoso","password":"${S.pass}","auth":"${S.basic}"}}}`,
    secrets: [S.pass, S.basic],
  },
  {
    name: 'Helm values with a registry password',
    paste: `imageCredentials:\n  registry: contoso.azurecr.io\n  username: contoso\n  password: ${S.pass}`,
    secrets: [S.pass],
  },
  // CI systems and environment
  {
    name: 'GitHub Actions with a literal password',
    paste: `- uses: docker/login-action@v3\n  with:\n    registry: contoso.azurecr.io\n    username: contoso\n    password: ${S.pass}`,
    secrets: [S.pass],
  },
  {
    name: 'GitHub personal access token',
    paste: `echo ${S.ghp} | docker login ghcr.io -u octocat --password-stdin`,
    secrets: [S.ghp],
  },
  { name: 'GitHub fine-grained token', paste: `export GH_TOKEN=${S.githubPat}`, secrets: [S.githubPat] },
  {
    name: 'Azure DevOps environment dump',
    paste: `ACR_PASSWORD=${S.pass}\nAZURE_CLIENT_SECRET=${S.entra}\nAZURE_CLIENT_ID=00000000-0000-0000-0000-000000000001`,
    secrets: [S.pass, S.entra],
  },
  {
    name: 'GitLab CI registry password',
    paste: `$ docker login -u $CI_REGISTRY_USER -p ${S.pass} $CI_REGISTRY\nWARNING! Using --password via the CLI is insecure.`,
    secrets: [S.pass],
  },
  {
    name: 'Azure DevOps PAT in a git URL',
    paste: `git clone https://build:${S.ado}@dev.azure.com/contoso/project/_git/repo\nfatal: Authentication failed`,
    secrets: [S.ado],
  },
  {
    name: 'registry token in an environment variable',
    paste: `export REGISTRY_TOKEN=${S.pass2}\nexport ACR_ACCESS_TOKEN="${S.pass}"`,
    secrets: [S.pass2, S.pass],
  },
  {
    name: 'Terraform with an admin password',
    paste: `resource "azurerm_container_registry" "acr" {\n  admin_enabled = true\n}\nadmin_password = "${S.acrPassword}"`,
    secrets: [S.acrPassword],
  },
  {
    name: 'Entra client secret on its own',
    paste: `The secret is ${S.entra} and it stopped working`,
    secrets: [S.entra],
  },
  {
    name: 'App Service registry password setting',
    paste: `az webapp config container set -n app -g rg --docker-registry-server-password ${S.pass} --docker-registry-server-user contoso`,
    secrets: [S.pass],
  },
  {
    name: 'private key block',
    paste: `-----BEGIN RSA PRIVATE KEY-----\nMIIEowIBAAKCAQEAu1SU1LfVLPHCozMxH2Mo4lgOEePzNm0tRgeLezV6ffAt0gunVTLw\n-----END RSA PRIVATE KEY-----`,
    secrets: ['MIIEowIBAAKCAQEAu1SU1LfVLPHCozMxH2Mo4lgOEePzNm0tRgeLezV6ffAt0gunVTLw'],
  },
];

/** Lines that look like credentials but hold references or ordinary words: they stay as they are. */
export const NOT_SECRETS: readonly string[] = [
  'echo "$ACR_PASSWORD" | docker login contoso.azurecr.io -u contoso --password-stdin',
  'echo ${{ secrets.ACR_PASSWORD }} | docker login contoso.azurecr.io -u contoso --password-stdin',
  'cat ~/password.txt | docker login contoso.azurecr.io -u contoso --password-stdin',
  'docker login contoso.azurecr.io -u contoso -p $(az acr credential show -n contoso --query passwords[0].value -o tsv)',
  'password: ${{ secrets.ACR_PASSWORD }}',
  'mkdir -p /var/lib/docker && docker pull contoso.azurecr.io/app:1',
  'az acr credential show -n contoso --query "passwords[0].value" -o tsv',
  'curl -u contoso https://contoso.azurecr.io/v2/_catalog',
  'Error response from daemon: Get "https://contoso.azurecr.io/v2/": unauthorized: authentication required',
  '"value": "Standard"',
];
