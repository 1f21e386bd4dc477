import { defineCause } from '../../define';
import { AUTH_TROUBLESHOOTING } from '../../docs';
import { against, anchor, context } from '../../rules';

export default defineCause({
  id: 'az-acr-login-all-methods-failed-noninteractive',
  family: 'missing-role-assignment',
  scope: 'acr-access',
  prevalence: 'common',
  title: {
    en: '`az acr login` ran out of sign-in methods in a non-interactive session',
    ru: '`az acr login` перебрал все способы входа в неинтерактивном сеансе',
  },
  explanation: {
    en:
      '`az acr login` tries three things in turn: an Entra token exchange, the admin user, and finally a username prompt. ' +
      'In CI there is no terminal, so when the first two fail it stops with "Please specify both username and password in ' +
      'non-interactive mode". That last line is only the wrapper: the real cause is the first warning. Its response code 401 ' +
      'most often means the pipeline identity has no role on the registry; 403 points at network rules, 429 at throttling.',
    ru:
      '`az acr login` по очереди пробует обмен токена Entra, пользователя-администратора и, наконец, запрос имени пользователя. ' +
      'В CI терминала нет, поэтому, когда первые два способа не срабатывают, команда завершается сообщением «Please specify ' +
      'both username and password in non-interactive mode». Эта строка — лишь обёртка, настоящая причина в первом ' +
      'предупреждении. Код ответа 401 там чаще всего означает, что у удостоверения конвейера нет роли на реестр; 403 указывает ' +
      'на сетевые правила, 429 — на ограничение запросов.',
  },
  ask: {
    en: 'Is this a pipeline identity whose first warning shows response code 401?',
    ru: 'Это удостоверение конвейера, и в первом предупреждении указан код ответа 401?',
  },
  rules: [
    anchor(['Unable to authenticate using AAD or admin login credentials'], 3),
    anchor(['Please specify both username and password in non-interactive mode'], 2),
    context('token-status:401', 2),
    context('tool:github-actions', 2),
    context('tool:azure-devops', 2),
    context(['Admin user is disabled'], 1),
    against('token-status:403', 6),
    // The registry lookup itself failed (the wrapper's real cause): a name, subscription or read-right problem.
    against(/The resource with name '[^'\n]{1,100}' (?:and type '[^'\n]{1,100}' )?could not be found/, 6),
    against('code:CONNECTIVITY_FORBIDDEN_ERROR', 6),
    against('token-status:429', 6),
    against('code:CONNECTIVITY_TOOMANYREQUESTS_ERROR', 6),
    against('code:CONNECTIVITY_DNS_ERROR', 6),
    against('code:CONNECTIVITY_SSL_ERROR', 5),
    against('code:CONNECTIVITY_CHALLENGE_ERROR', 4),
    against(["Please run 'az login'"], 5),
  ],
  fix: [
    {
      text: {
        en: 'Read the first warning: its code and response code name the real cause. Rerun with --debug if it is cut off.',
        ru: 'Прочитайте первое предупреждение: его код и код ответа указывают настоящую причину. Если оно обрезано, повторите с --debug.',
      },
      command: 'az acr login -n {registry} --debug',
    },
    {
      text: {
        en: 'For 401: find the pipeline identity and give it AcrPush (or AcrPull for pull-only jobs) on the registry.',
        ru: 'При 401: определите удостоверение конвейера и назначьте ему на реестр AcrPush (или AcrPull для заданий, которые только извлекают образы).',
      },
      command:
        'az role assignment create --assignee {appId} --role AcrPush --scope $(az acr show -n {registry} --query id -o tsv)',
    },
    {
      text: {
        en: 'Run the health check from the same agent to see every stage at once.',
        ru: 'Запустите проверку работоспособности с того же агента, чтобы увидеть все этапы сразу.',
      },
      command: 'az acr check-health -n {registry} --ignore-errors --yes',
    },
  ],
  docs: [
    AUTH_TROUBLESHOOTING,
    {
      title: { en: 'CONNECTIVITY_REFRESH_TOKEN_ERROR', ru: 'CONNECTIVITY_REFRESH_TOKEN_ERROR' },
      url: 'https://learn.microsoft.com/azure/container-registry/container-registry-health-error-reference#connectivity_refresh_token_error',
    },
  ],
  checks: ['identity-roles', 'login-failures', 'admin-user'],
});
