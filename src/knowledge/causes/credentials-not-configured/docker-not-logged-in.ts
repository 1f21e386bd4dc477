import { defineCause } from '../../define';
import { AUTH_OPTIONS, AUTH_TROUBLESHOOTING } from '../../docs';
import { against, anchor, context } from '../../rules';

export default defineCause({
  id: 'docker-not-logged-in',
  family: 'credentials-not-configured',
  scope: 'acr-access',
  prevalence: 'common',
  title: {
    en: 'The client never logged in to this registry',
    ru: 'Клиент ни разу не выполнил вход в этот реестр',
  },
  explanation: {
    en:
      'Docker, Podman, Helm or ORAS has no credential stored for this login server, so the request goes out ' +
      'without one and the registry answers 401: "unauthorized: authentication required", or "no basic auth ' +
      'credentials" from older clients. It happens on a new machine or agent, after the login was done for ' +
      'another user (for example with or without sudo), or when a pipeline step that should log in was skipped ' +
      'or had empty credentials ("Cannot perform an interactive login from a non TTY device").',
    ru:
      'У Docker, Podman, Helm или ORAS нет сохранённых учётных данных для этого сервера входа, поэтому запрос ' +
      'уходит без них, и реестр отвечает 401: «unauthorized: authentication required» или, у старых клиентов, ' +
      '«no basic auth credentials». Так бывает на новой машине или агенте, когда вход выполнен от имени другого ' +
      'пользователя (например, с sudo или без), или когда шаг входа в конвейере пропущен либо получил пустые ' +
      'учётные данные («Cannot perform an interactive login from a non TTY device»).',
  },
  ask: {
    en: 'Was there no `az acr login` or `docker login` for this registry, as the same user, before this command?',
    ru: 'Перед этой командой не выполнялся `az acr login` или `docker login` в этот реестр от того же пользователя?',
  },
  rules: [
    // az acr repository/manifest without a name and password signs in with Entra (signals/entra-sign-in.ts).
    against('entra-sign-in', 5),
    anchor(['no basic auth credentials'], 5),
    anchor(['Cannot perform an interactive login from a non TTY device'], 6),
    anchor(['Username and password required'], 6),
    anchor(['Must provide --username with --password-stdin'], 6),
    // acorn (pkg/cli/install.go): no stored credential at all for the image's registry.
    anchor(['credential not found for', 'login first'], 6),
    // acorn run on a 401 (pkg/cli/run.go): its advice is a login, but wrong credentials answer 401 too, so the
    // same words are listed under invalid-credentials and the reading stays undecided.
    anchor(['not authorized to pull', 'acorn login'], 4),
    anchor(['unauthorized', 'authentication required'], 2),
    // A bare 401 ("401 Unauthorized", or containers/image's "…: authentication required" without "unauthorized")
    // fits this as well as any credential family.
    anchor('http:401', 1),
    // A bare "unauthorized:" from an ACR host (often with nothing after the colon): never logged in, a stale or wrong
    // credential and a missing role all end in it, so the same clue is listed under each and none is decided by it.
    anchor(['azurecr.', ': unauthorized'], 1),
    anchor(['oauth2/token', '401'], 1),
    anchor(/[^d]: ["']?authentication required/i, 1),
    // The same answer named in a person's sentence: "failed with an Authentication Required message" (field19 19C002).
    anchor(/\ban? ["']?authentication required["']? (?:message|error|response)/i, 1),
    anchor(['failed to fetch anonymous token', '401'], 2),
    anchor(["may require 'docker login'"], 1),
    // acr-cli (acr purge) found neither --username/--password nor an entry for the registry in the Docker config.
    anchor(['unable to resolve authentication, missing identity token or password'], 8),
    anchor(['failed to download "oci://'], 2),
    anchor(['/helm/v1/repo'], 1),
    anchor(['Invalid message Unauthorized'], 2),
    context('tool:docker', 1),
    context('tool:podman', 1),
    context('tool:helm', 3),
    context('tool:oras', 3),
    context(['oci://'], 1),
    context('op:pull', 1),
    context('op:push', 2),
    context('anonymous-attempt', 2),
    context(['sudo docker'], 1),
    against('succeeded:login', 6),
    // A pull that worked had credentials (unless the registry allows anonymous pull): "pull works, push fails".
    against('succeeded:pull', 3),
    against(['Authenticating with existing credentials'], 4),
    // GitLab Runner's docker executor names where it found the job's registry credential: one was sent.
    against(['Authenticating with credentials from'], 4),
    // ACR's token exchange refused an Entra token: a credential was presented, so this is no missing login.
    against('exchange-status:401', 4),
    against(['could not obtain ACR token from Azure login'], 4),
    // Tools that reach the registry only with a credential from their own settings: Harbor's replication endpoints,
    // and Terraform's docker provider, whose push stops earlier ("no auth config found") when it has none.
    against('tool:harbor', 3),
    // Azure Machine Learning's job runtime pulls for the workspace: nobody's docker login is involved.
    against(['Run docker command to pull'], 4),
    // kpack signs in with the service account's secrets and the node's credential helpers, never a docker login.
    against(['Loading registry credentials from service account secrets'], 4),
    // ACR's artifact cache speaking of its upstream: the client's own sign-in to ACR was accepted.
    against(['for cache rule'], 5),
    against(['Error pushing image.', 'Full error:'], 4),
    against(['"auth":'], 3),
    against(['failed to fetch oauth token'], 4),
    against('tool:kubelet', 3),
    // A pull refused on an AKS cluster, told in prose: the kubelet's credential, not a docker login, was refused.
    against('aks-refused', 3),
    against('tool:app-service', 3),
    against('tool:container-apps', 3),
    against('tool:aci', 3),
    // IoT Edge's runtime pulls with the deployment's registryCredentials: a login on the device changes nothing.
    against('tool:iot-edge', 3),
    // Bicep signs in with its own credential chain, never Docker's; a chain without a sign-in is Azure.Identity's error.
    against('tool:bicep', 3),
    against('tool:acr-tasks', 3),
    // A step of an ACR Tasks run (acr-builder's "failed to run step ID"): the runner logged in to the run's registries
    // itself before the step, so a 401 there is not a missing login.
    against(['failed to run step ID'], 4),
    against('tool:buildx', 2),
    against('http:403', 3),
    against('host:no-acr', 4),
  ],
  fix: [
    {
      text: {
        en: 'Log in as the same user that runs the Docker command (with sudo on both, or on neither).',
        ru: 'Выполните вход от того же пользователя, который запускает команду Docker (либо оба раза с sudo, либо оба раза без).',
      },
      command: 'az acr login -n {registry}',
    },
    {
      text: {
        en: 'Without the Azure CLI login path, log in with a service principal or token directly.',
        ru: 'Если вход через Azure CLI недоступен, войдите напрямую с субъектом-службой или токеном.',
      },
      command: 'docker login {loginServer} --username {appId} --password-stdin',
    },
    {
      text: {
        en: 'For Helm and ORAS, log in with their own command and an ACR token.',
        ru: 'Для Helm и ORAS выполните вход их собственной командой с токеном ACR.',
      },
      command:
        'az acr login -n {registry} --expose-token --output tsv --query accessToken | ' +
        'helm registry login {loginServer} --username 00000000-0000-0000-0000-000000000000 --password-stdin',
    },
    {
      text: {
        en: 'In pipelines, check that the login step runs before the push or pull and that its username and password variables are not empty.',
        ru: 'В конвейерах проверьте, что шаг входа выполняется до push или pull и что переменные с именем пользователя и паролем не пустые.',
      },
    },
  ],
  docs: [AUTH_OPTIONS, AUTH_TROUBLESHOOTING],
  checks: ['anonymous-pull'],
});
