import { defineCause } from '../../define';
import { AUTH_OPTIONS, AUTH_TROUBLESHOOTING } from '../../docs';
import { against, anchor, context } from '../../rules';

export default defineCause({
  id: 'builder-without-registry-credentials',
  family: 'credentials-not-configured',
  scope: 'acr-access',
  prevalence: 'occasional',
  title: {
    en: 'The image builder (BuildKit/buildx, kaniko) has no credential for the registry',
    ru: 'У сборщика образов (BuildKit/buildx, kaniko) нет учётных данных для реестра',
  },
  explanation: {
    en:
      'BuildKit and kaniko talk to the registry themselves, both to pull base images and to push the result. ' +
      'They only have credentials if they are handed over: buildx forwards the Docker credentials of the client ' +
      'that runs it, kaniko reads /kaniko/.docker/config.json. When the client never logged in, or the builder ' +
      'runs somewhere (a Kubernetes pod, a CI container) without that config, BuildKit asks for an anonymous ' +
      'token and gets "failed to fetch anonymous token: unexpected status: 401 Unauthorized".',
    ru:
      'BuildKit и kaniko обращаются к реестру сами — и чтобы извлечь базовые образы, и чтобы отправить ' +
      'результат. Учётные данные у них есть, только если их передали: buildx пересылает учётные данные Docker ' +
      'клиента, который его запускает, а kaniko читает /kaniko/.docker/config.json. Если клиент не выполнял вход ' +
      'или сборщик работает там (в поде Kubernetes, в контейнере CI), где этой конфигурации нет, BuildKit ' +
      'запрашивает анонимный токен и получает «failed to fetch anonymous token: unexpected status: 401 Unauthorized».',
  },
  ask: {
    en: 'Does the build run in BuildKit/buildx (for example its Kubernetes or docker-container driver) or kaniko, without a registry login available to it?',
    ru: 'Сборка выполняется в BuildKit/buildx (например, с драйвером kubernetes или docker-container) или в kaniko, и вход в реестр ей недоступен?',
  },
  rules: [
    // A token request refused with 403 was stopped by network rules before any credential mattered.
    against(['anonymous token', '403 Forbidden'], 6),
    against('http:403', 3),
    against('host:mcr', 6),
    anchor(['moby.buildkit', 'failed to fetch anonymous token'], 8),
    anchor(['failed to solve', 'failed to fetch anonymous token'], 7),
    anchor(['failed to push', 'failed to fetch anonymous token'], 5),
    anchor(['checking push permission', 'UNAUTHORIZED'], 6),
    anchor(['failed to fetch anonymous token', '401'], 2),
    context('tool:buildx', 4),
    context('op:build', 2),
    context(['kaniko'], 4),
    context(['buildkitd'], 3),
    context(['--driver kubernetes'], 2),
    context(['driver: kubernetes'], 2),
    context(['exporting to image'], 1),
    against('http:403', 3),
    against('host:no-acr', 5),
    against(['failed to fetch oauth token'], 3),
  ],
  fix: [
    {
      text: {
        en: 'Log in on the machine that runs `docker buildx build` as the same user; buildx passes these credentials to its builder.',
        ru: 'Выполните вход на машине, где запускается `docker buildx build`, от того же пользователя: buildx передаёт эти учётные данные своему сборщику.',
      },
      command: 'az acr login -n {registry} && docker buildx build --push -t {image} .',
    },
    {
      text: {
        en: 'Check that ~/.docker/config.json of that user has an entry (or a working credential helper) for the registry.',
        ru: 'Проверьте, что в ~/.docker/config.json этого пользователя есть запись (или работающий credential helper) для реестра.',
      },
      command: 'cat ~/.docker/config.json',
    },
    {
      text: {
        en: 'For kaniko, mount a Docker config with registry credentials at /kaniko/.docker/config.json, for example from a docker-registry secret.',
        ru: 'Для kaniko смонтируйте конфигурацию Docker с учётными данными реестра в /kaniko/.docker/config.json, например из секрета docker-registry.',
      },
      command:
        'kubectl create secret docker-registry kaniko-acr -n <namespace> --docker-server={loginServer} ' +
        '--docker-username={appId} --docker-password="$SECRET"',
    },
    {
      text: {
        en: 'Or avoid a local builder altogether and build in the registry with ACR Tasks.',
        ru: 'Или вовсе обойдитесь без локального сборщика и собирайте в реестре с помощью ACR Tasks.',
      },
      command: 'az acr build -r {registry} -t {repository}:{tag} .',
    },
  ],
  docs: [AUTH_OPTIONS, AUTH_TROUBLESHOOTING],
  checks: ['anonymous-pull'],
});
