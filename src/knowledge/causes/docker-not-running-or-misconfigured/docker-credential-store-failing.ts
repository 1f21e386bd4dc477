import { defineCause } from '../../define';
import { AUTH_TROUBLESHOOTING } from '../../docs';
import { anchor, context, against } from '../../rules';

export default defineCause({
  id: 'docker-credential-store-failing',
  family: 'docker-not-running-or-misconfigured',
  scope: 'acr-access',
  prevalence: 'common',
  title: {
    en: "Docker's credential helper could not store or read the login",
    ru: 'Помощник учётных данных Docker не смог сохранить или прочитать вход',
  },
  explanation: {
    en:
      'The registry accepted the sign-in, but `docker login` then hands the credential to the helper named in ' +
      '~/.docker/config.json ("credsStore": wincred, osxkeychain, secretservice, pass, desktop) and that helper ' +
      'failed: it is missing, needs a desktop session (D-Bus, the macOS keychain over SSH), or cannot hold a ' +
      'token as long as an ACR refresh token. Docker reports "error storing credentials" or "error getting credentials".',
    ru:
      'Реестр принял вход, но `docker login` передаёт учётные данные помощнику из ~/.docker/config.json ' +
      '(«credsStore»: wincred, osxkeychain, secretservice, pass, desktop), и этот помощник не сработал: его нет, ' +
      'ему нужен рабочий стол (D-Bus, связка ключей macOS при входе по SSH) или он не вмещает такой длинный токен, ' +
      'как токен обновления ACR. Docker сообщает «error storing credentials» или «error getting credentials».',
  },
  ask: {
    en: 'Does the error say "error storing credentials" or "error getting credentials", or name a docker-credential helper?',
    ru: 'В ошибке есть «error storing credentials» или «error getting credentials», либо упоминается помощник docker-credential?',
  },
  rules: [
    // The AKS credential provider and ACR credential helpers print "error getting credentials" about the registry's answer.
    against(['error getting credentials from ACR'], 6),
    against(['refresh token'], 4),
    // A helper that talks to the registry itself (acr, acr-env, ecr-login) and could not reach it reports the
    // network's failure through "error getting credentials": the helper works, the connection does not.
    against(['error getting credentials', 'dial tcp'], 5),
    anchor(['credentials store is required'], 6),
    anchor(['failed to get credentials store'], 6),
    // oras-go (notation, oras): "could not get the credentials store: … credentials store config was not set up".
    anchor(['could not get the credentials store'], 6),
    anchor(['credentials store config was not set up'], 8),
    anchor(['error storing credentials'], 9),
    anchor(['error getting credentials'], 7),
    anchor(['Cannot autolaunch D-Bus without X11'], 9),
    anchor(['The stub received bad data'], 9),
    anchor(['user interaction not allowed'], 6),
    anchor(['password store is empty'], 8),
    // A helper's own report that it holds nothing for that server (field79 79P018: "no usernames for
    // https://index.docker.io/v1/", Docker Hub's key in every config): the local store failed, whatever registry it names.
    anchor(['no usernames for'], 8),
    anchor(['docker-credential-'], 4),
    // The .NET SDK asked Docker's helper, which answered with its own "not found" (Docker Desktop's helper when the
    // desktop is not running): a failing store, not a missing login.
    anchor(['CONTAINER1008', 'native keychain'], 8),
    // vscode-docker's advice when the Windows credential store refuses a token (old and new wordings).
    anchor(['remove', 'credsStore'], 5),
    // Docker cannot read its own config (written by root, read by the user, or the other way round).
    // (kubectl prints the same words about a kubeconfig: Docker's file is config.json.)
    anchor(['Error loading config file', 'config.json', 'permission denied'], 5),
    context('tool:az', 1),
    context('op:login', 1),
  ],
  fix: [
    {
      text: {
        en: 'See which helper Docker uses: the "credsStore" (or "credHelpers") entry in ~/.docker/config.json.',
        ru: 'Посмотрите, какой помощник использует Docker: запись «credsStore» (или «credHelpers») в ~/.docker/config.json.',
      },
      command: 'cat ~/.docker/config.json',
    },
    {
      text: {
        en: 'On a headless machine or over SSH, remove that entry so Docker keeps the login in the file (or install and initialise the helper, e.g. `pass init`), then sign in again.',
        ru: 'На машине без рабочего стола или при входе по SSH удалите эту запись, чтобы Docker хранил вход в файле (или установите и инициализируйте помощник, например `pass init`), затем войдите снова.',
      },
      command: 'az acr login -n {registry}',
    },
    {
      text: {
        en: 'On Windows, wincred cuts long ACR tokens: switch to the "desktop" helper or remove "credsStore".',
        ru: 'В Windows wincred обрезает длинные токены ACR: перейдите на помощник «desktop» или удалите «credsStore».',
      },
    },
    {
      text: {
        en: 'Or skip the helper: get a token and pass it to docker login on standard input.',
        ru: 'Либо обойдите помощник: получите токен и передайте его docker login через стандартный ввод.',
      },
      command:
        'az acr login -n {registry} --expose-token --output tsv --query accessToken | docker login {loginServer} -u 00000000-0000-0000-0000-000000000000 --password-stdin',
    },
  ],
  docs: [
    {
      title: { en: 'docker login: credential stores', ru: 'docker login: хранилища учётных данных' },
      url: 'https://docs.docker.com/reference/cli/docker/login/',
    },
    AUTH_TROUBLESHOOTING,
  ],
  checks: [],
});
