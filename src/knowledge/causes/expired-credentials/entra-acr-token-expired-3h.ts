import { defineCause } from '../../define';
import { AUTH_OPTIONS, AUTH_TROUBLESHOOTING } from '../../docs';
import { against, anchor, context } from '../../rules';

export default defineCause({
  id: 'entra-acr-token-expired-3h',
  family: 'expired-credentials',
  scope: 'acr-access',
  prevalence: 'common',
  title: {
    en: 'The registry token from `az acr login` has expired (it lasts about three hours)',
    ru: 'Истёк токен реестра, полученный через `az acr login` (он живёт около трёх часов)',
  },
  explanation: {
    en:
      '`az acr login` (and `Connect-AzContainerRegistry`) does not store your Entra identity in Docker: it stores an ' +
      'ACR refresh token that is valid for about three hours. Once it lapses, Docker keeps sending it and every ' +
      'pull or push fails with "unauthorized: authentication required", although the same commands worked ' +
      'earlier. Long CI jobs that log in at the start and push at the end, and shells left open over a break, ' +
      'are the usual victims.',
    ru:
      '`az acr login` (как и `Connect-AzContainerRegistry`) не сохраняет в Docker ваше удостоверение Entra: он ' +
      'сохраняет токен обновления ACR, который действует около трёх часов. Когда срок истекает, Docker продолжает ' +
      'его отправлять, и каждый pull или push падает с «unauthorized: authentication required», хотя те же ' +
      'команды раньше работали. Обычно страдают долгие задания CI, которые входят в начале, а отправляют образ в ' +
      'конце, и терминалы, оставленные открытыми на перерыв.',
  },
  ask: {
    en: 'Did the same push or pull work earlier, and was `az acr login` run more than about three hours ago?',
    ru: 'Тот же push или pull раньше работал, а `az acr login` выполнялся больше трёх часов назад?',
  },
  rules: [
    // az acr repository/manifest without a name and password signs in with Entra (signals/entra-sign-in.ts).
    against('entra-sign-in', 4),
    anchor('http:401', 1),
    anchor(['unauthorized', 'authentication required'], 2),
    // A bare "unauthorized:" from an ACR host: shared with a missing login, a wrong credential and a missing role.
    anchor(['azurecr.', ': unauthorized'], 1),
    anchor(/[^d]: ["']?authentication required/i, 1),
    anchor(['oauth2/token', '401'], 1),
    // acr-cli (acr purge) trades the refresh token from the Docker config (az acr login's, three hours) for access
    // tokens with GetAcrAccessToken; a 401 there is the refresh token refused, at the start or in a long run.
    anchor(['GetAcrAccessToken', 'StatusCode=401'], 6),
    // `az acr helm repo add` stores an ACR refresh token: the classic Helm repository stops working hours later.
    anchor(['/helm/v1/repo'], 2),
    context(['az acr helm repo add'], 3),
    anchor(['Stored credentials invalid or expired'], 4),
    // The Dev Containers CLI sent the credential it found for the registry (az acr login's three-hour token, in the
    // Docker config) and the token request refused it: its own words, before it retries anonymously.
    anchor(['Credentials for', 'may be expired'], 5),
    context('succeeded:login', 3),
    context('succeeded:push', 3),
    context('succeeded:pull', 3),
    context(['az acr login'], 2),
    // DevSpace's docker builder does not sign in to *.azurecr.io itself and relies on the stored az acr login token
    // (pkg/devspace/build/builder/docker/docker.go); its warning names the refresh.
    anchor(['skipping authentication', 'az acr login'], 6),
    context(['Connect-AzContainerRegistry'], 2),
    context('op:push', 1),
    context('tool:github-actions', 1),
    context('tool:azure-devops', 1),
    against('anonymous-attempt', 4),
    // Bicep asks its credential chain for a fresh Entra token on every restore: no stored three-hour ACR token.
    against('tool:bicep', 3),
    // The artifact cache's upstream refused ACR, not the client's token.
    against(['for cache rule'], 4),
    // az acr import: the source registry refused the import's own request, not an expired ACR token.
    against(['Invalid message Unauthorized'], 2),
    against('http:403', 3),
    against('host:no-acr', 4),
  ],
  fix: [
    {
      text: {
        en: 'Log in to the registry again right before the Docker command.',
        ru: 'Снова войдите в реестр непосредственно перед командой Docker.',
      },
      command: 'az acr login -n {registry}',
    },
    {
      text: {
        en: 'In long pipelines, repeat the login step just before the push instead of relying on the one at the start.',
        ru: 'В долгих конвейерах повторяйте вход прямо перед push, а не полагайтесь на вход в начале задания.',
      },
    },
    {
      text: {
        en: 'For unattended clients that cannot refresh the token, use a credential that does not expire after hours: a managed identity with a credential helper, a service principal, or a repository-scoped token.',
        ru: 'Для автономных клиентов, которые не умеют обновлять токен, используйте учётные данные, не истекающие через несколько часов: управляемое удостоверение с credential helper, субъект-службу или токен с областью репозитория.',
      },
    },
  ],
  docs: [AUTH_OPTIONS, AUTH_TROUBLESHOOTING],
  checks: ['login-failures'],
});
