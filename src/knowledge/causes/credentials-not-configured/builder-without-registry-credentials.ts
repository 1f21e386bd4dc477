import { defineCause } from '../../define';
import { AUTH_OPTIONS, AUTH_TROUBLESHOOTING } from '../../docs';
import { against, anchor, context } from '../../rules';

export default defineCause({
  id: 'builder-without-registry-credentials',
  family: 'credentials-not-configured',
  scope: 'acr-access',
  prevalence: 'occasional',
  title: {
    en: 'The image builder (BuildKit/buildx, kaniko, Jib, buildpacks, the .NET SDK, ko) has no credential for the registry',
    ru: 'У сборщика образов (BuildKit/buildx, kaniko, Jib, buildpacks, .NET SDK, ko) нет учётных данных для реестра',
  },
  explanation: {
    en:
      'BuildKit and kaniko talk to the registry themselves, both to pull base images and to push the result. ' +
      'They only have credentials if they are handed over: buildx forwards the Docker credentials of the client ' +
      'that runs it, kaniko reads /kaniko/.docker/config.json. When the client never logged in, or the builder ' +
      'runs somewhere (a Kubernetes pod, a CI container) without that config, BuildKit asks for an anonymous ' +
      'token and gets "failed to fetch anonymous token: unexpected status: 401 Unauthorized". Jib, Cloud Native ' +
      'Buildpacks (pack, Spring Boot build-image), the .NET SDK and ko also push without a Docker daemon and read ' +
      'the Docker config or their own settings; without either they are refused with 401.',
    ru:
      'BuildKit и kaniko обращаются к реестру сами — и чтобы извлечь базовые образы, и чтобы отправить ' +
      'результат. Учётные данные у них есть, только если их передали: buildx пересылает учётные данные Docker ' +
      'клиента, который его запускает, а kaniko читает /kaniko/.docker/config.json. Если клиент не выполнял вход ' +
      'или сборщик работает там (в поде Kubernetes, в контейнере CI), где этой конфигурации нет, BuildKit ' +
      'запрашивает анонимный токен и получает «failed to fetch anonymous token: unexpected status: 401 Unauthorized». ' +
      'Jib, Cloud Native Buildpacks (pack, build-image в Spring Boot), .NET SDK и ko тоже отправляют образ без демона ' +
      'Docker и читают конфигурацию Docker или собственные настройки; без них реестр отвечает 401.',
  },
  ask: {
    en: 'Does the image come from a builder (BuildKit/buildx, kaniko, Jib, pack, the .NET SDK, ko) that has no registry login available to it?',
    ru: 'Образ собирает сборщик (BuildKit/buildx, kaniko, Jib, pack, .NET SDK, ko), которому недоступен вход в реестр?',
  },
  rules: [
    // Builders that run in the JVM, the .NET SDK or a lifecycle container read credentials on their own and say so
    // in their own words. Jib's 401 branch ("make sure your credentials for '<image>' are set up correctly", before
    // 1.2 "set a credential helper name …") and its info line when nothing was found; the .NET SDK's push task
    // (CONTAINER1005 with the status name, .NET 7's CONTAINER1013 with the exception, CONTAINER1016's advice).
    anchor(['perhaps you should make sure your credentials for'], 6),
    anchor(['perhaps you should set a credential helper name'], 8),
    anchor(['No credentials could be retrieved for'], 6),
    anchor(['Registry push failed', 'Unauthorized'], 6),
    anchor(['Failed to push to the output registry', '401'], 6),
    anchor(['Please confirm your credentials are correct and that you have access'], 4),
    // The .NET SDK found no credential for the registry in Docker's configuration (CONTAINER1008,
    // FailedRetrievingCredentials): nobody signed in to it where the publish runs. A credential helper that failed
    // names itself in the inner message and is the credential store's cause.
    anchor(['CONTAINER1008'], 5),
    against(['docker-credential-'], 5),
    against(['native keychain'], 5),
    // Jib names the credential it found ("Using credentials from Maven settings file for …"): one was sent.
    against(['Using credentials from', ' for '], 5),
    // A token request refused with 403 was stopped by network rules before any credential mattered.
    against(['anonymous token', '403 Forbidden'], 6),
    against('http:403', 3),
    against('host:mcr', 6),
    anchor(['moby.buildkit', 'failed to fetch anonymous token'], 8),
    anchor(['failed to solve', 'failed to fetch anonymous token'], 7),
    // Dagger's engine resolving a Container.from() image (core/schema/container.go): no withRegistryAuth, no login.
    anchor(['failed to resolve image', '(platform:', 'failed to fetch anonymous token'], 7),
    anchor(['failed to push', 'failed to fetch anonymous token'], 5),
    anchor(['checking push permission', 'UNAUTHORIZED'], 6),
    // kpack's build-init: the Image's service account holds no registry secret, then its push check was refused.
    anchor(['No registry credentials were loaded from service account secrets'], 6),
    anchor(['Error verifying write access to', 'UNAUTHORIZED'], 3),
    // kpack names each secret it loaded ("Loading secret for "<registry>" from secret …"): one was sent.
    against(['Loading secret for', 'from secret'], 4),
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
        en:
          'Jib, pack, Spring Boot, ko and the .NET SDK read the same Docker config: sign in on the agent before the build, or ' +
          "give the tool its own credential (Jib's to.auth, Spring Boot's <docker><publishRegistry>, the .NET SDK's " +
          'SDK_CONTAINER_REGISTRY_UNAME and SDK_CONTAINER_REGISTRY_PWORD).',
        ru:
          'Jib, pack, Spring Boot, ko и .NET SDK читают ту же конфигурацию Docker: выполните вход на агенте до сборки или ' +
          'передайте инструменту собственные учётные данные (to.auth в Jib, <docker><publishRegistry> в Spring Boot, ' +
          'SDK_CONTAINER_REGISTRY_UNAME и SDK_CONTAINER_REGISTRY_PWORD в .NET SDK).',
      },
      command: 'az acr login -n {registry}',
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
