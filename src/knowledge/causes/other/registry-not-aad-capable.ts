import { defineCause } from '../../define';
import { anchor } from '../../rules';

export default defineCause({
  id: 'registry-not-aad-capable',
  family: 'other',
  scope: 'acr-other',
  prevalence: 'rare',
  title: {
    en: 'The registry did not offer Entra (AAD) token sign-in',
    ru: 'Реестр не предложил вход с токеном Entra (AAD)',
  },
  explanation: {
    en:
      "`az acr login` reads the registry's challenge on /v2/ and expects a Bearer scheme with realm and service. When the " +
      'answer lacks them, the CLI cannot exchange an Entra token and stops with CONNECTIVITY_AAD_LOGIN_ERROR "does not ' +
      'support AAD login". This is rare with current registries; something in between rewriting the answer is a more ' +
      'likely culprit than the registry itself.',
    ru:
      '`az acr login` читает запрос аутентификации реестра на /v2/ и ожидает схему Bearer с параметрами realm и service. ' +
      'Если их нет, CLI не может обменять токен Entra и завершается ошибкой CONNECTIVITY_AAD_LOGIN_ERROR «does not support ' +
      'AAD login». С современными реестрами это редкость; скорее ответ переписывает что-то по пути, а не сам реестр.',
  },
  ask: {
    en: 'Does `curl -si https://<login server>/v2/` lack a "Www-Authenticate: Bearer realm=..., service=..." header?',
    ru: 'В ответе `curl -si https://<сервер входа>/v2/` нет заголовка «Www-Authenticate: Bearer realm=..., service=...»?',
  },
  rules: [anchor('code:CONNECTIVITY_AAD_LOGIN_ERROR', 10), anchor(['does not support AAD login'], 10)],
  fix: [
    {
      text: {
        en: 'Look at the challenge the client actually receives.',
        ru: 'Посмотрите, какой запрос аутентификации на самом деле получает клиент.',
      },
      command: 'curl -si https://{loginServer}/v2/ | grep -i "www-authenticate"',
    },
    {
      text: {
        en: 'Meanwhile sign in with a repository-scoped token or another non-Entra credential.',
        ru: 'Пока что входите с токеном репозитория или другими учётными данными без Entra.',
      },
      command: 'docker login {loginServer} -u <token-name>',
    },
  ],
  docs: [
    {
      title: { en: 'CONNECTIVITY_AAD_LOGIN_ERROR', ru: 'CONNECTIVITY_AAD_LOGIN_ERROR' },
      url: 'https://learn.microsoft.com/azure/container-registry/container-registry-health-error-reference#connectivity_aad_login_error',
    },
  ],
  checks: ['registry'],
});
