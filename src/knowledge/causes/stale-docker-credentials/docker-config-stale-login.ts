import { defineCause } from '../../define';
import { AUTH_OPTIONS, AUTH_TROUBLESHOOTING } from '../../docs';
import { against, anchor, context } from '../../rules';

export default defineCause({
  id: 'docker-config-stale-login',
  family: 'stale-docker-credentials',
  scope: 'acr-access',
  prevalence: 'common',
  title: {
    en: 'Docker uses old credentials stored for this registry',
    ru: 'Docker использует старые учётные данные, сохранённые для этого реестра',
  },
  explanation: {
    en:
      'Docker (or its credential helper) still holds a login for this registry from earlier: another identity, a ' +
      'service principal whose secret changed, or an `--expose-token` refresh token that has lapsed. Every push ' +
      'and pull silently reuses that entry, so the registry keeps rejecting requests although your current ' +
      'identity would be allowed; `docker login` without arguments reports "Stored credentials invalid or ' +
      'expired", and ACR may answer "aad access token with sp failed client id must be guid" when the stored ' +
      'username does not fit the stored secret.',
    ru:
      'В Docker (или его credential helper) остался прежний вход в этот реестр: под другим удостоверением, от ' +
      'субъекта-службы, у которого сменился секрет, или истёкший токен обновления из `--expose-token`. Каждый ' +
      'push и pull молча использует эту запись, и реестр продолжает отклонять запросы, хотя текущему ' +
      'удостоверению доступ был бы разрешён; `docker login` без аргументов сообщает «Stored credentials invalid ' +
      'or expired», а ACR может ответить «aad access token with sp failed client id must be guid», если ' +
      'сохранённое имя пользователя не подходит к сохранённому секрету.',
  },
  ask: {
    en: 'Have you logged in to this registry before with a different account, a service principal or an exposed token?',
    ru: 'Вы раньше входили в этот реестр под другой учётной записью, субъектом-службой или с полученным через expose-token токеном?',
  },
  rules: [
    // az acr repository/manifest without a name and password signs in with Entra (signals/entra-sign-in.ts).
    against('entra-sign-in', 5),
    anchor(['Bad identity token'], 6),
    // The same helper (acr-docker-credential-helper) when the stored secret is not a three-part ACR token.
    anchor(['Invalid existing refresh token length'], 6),
    anchor(['client id must be guid'], 10),
    // The same refusal's other half, when it goes on to say something else: with "client id must be guid" it is one
    // message, read once above.
    anchor(/aad access token with sp failed(?! client id must be guid)/, 6),
    anchor(['Stored credentials invalid or expired'], 8),
    anchor(['unauthorized', 'authentication required'], 1),
    // A bare "unauthorized:" from an ACR host: shared with a missing login, a wrong credential and a missing role.
    anchor(['azurecr.', ': unauthorized'], 1),
    context(['Authenticating with existing credentials'], 4),
    context(['docker logout'], 2),
    context(['config.json'], 2),
    context(['credsStore'], 2),
    context(['credHelpers'], 2),
    context(['docker-credential-'], 2),
    context(['"auth":'], 2),
    context(['Removing login credentials for'], 2),
    context(['Removed login credentials for'], 2),
    context('succeeded:push', 1),
    context('succeeded:pull', 1),
    // Testcontainers reads the store itself; a refusal in its run is how it used the entry, not a stale entry
    // (test-library-ignores-identity-token).
    against(['testcontainers'], 5),
    against('anonymous-attempt', 5),
    against('http:403', 3),
    against('host:no-acr', 4),
    against('tool:kubelet', 3),
  ],
  fix: [
    {
      text: {
        en: 'Forget the stored login for this registry.',
        ru: 'Удалите сохранённый вход для этого реестра.',
      },
      command: 'docker logout {loginServer}',
    },
    {
      text: {
        en: 'Log in again with the identity you mean to use.',
        ru: 'Войдите заново под тем удостоверением, которое собираетесь использовать.',
      },
      command: 'az acr login -n {registry}',
    },
    {
      text: {
        en: 'If it still fails, look at ~/.docker/config.json: an "auths" entry or a credHelpers/credsStore entry for this registry may override the new login (for example a leftover helper from an older setup).',
        ru: 'Если ошибка осталась, посмотрите ~/.docker/config.json: запись в «auths» или в credHelpers/credsStore для этого реестра может перекрывать новый вход (например, оставшийся от старой настройки helper).',
      },
      command: 'cat ~/.docker/config.json',
    },
    {
      text: {
        en: 'On CI agents, start each job with a clean Docker config (or a job-specific DOCKER_CONFIG directory) so logins from earlier jobs cannot leak in.',
        ru: 'На агентах CI начинайте каждое задание с чистой конфигурацией Docker (или отдельным каталогом DOCKER_CONFIG), чтобы входы из предыдущих заданий не подмешивались.',
      },
    },
  ],
  docs: [AUTH_TROUBLESHOOTING, AUTH_OPTIONS],
  checks: ['login-failures'],
});
