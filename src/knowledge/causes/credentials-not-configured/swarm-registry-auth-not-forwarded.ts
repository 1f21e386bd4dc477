import { defineCause } from '../../define';
import { AUTH_OPTIONS } from '../../docs';
import { anchor, context } from '../../rules';

/**
 * Docker Swarm resolves a service's image to a digest on the manager when a service is created or updated, with the
 * credential the CLI sends along; without one (no `--with-registry-auth`, or no `docker login` on the machine that
 * runs the command) the daemon only warns — "image … could not be accessed on a registry to record its digest" (moby
 * daemon/cluster/services.go) — and every node then pulls on its own, without the credential, from a private
 * registry: tasks rejected with "No such image". With `--with-registry-auth` given, the warning still means the
 * machine running the command had no valid login to forward, so the fix is the same. An image that was only built
 * locally reads the same; its reference then names no registry at all, which the verdict reads as Docker Hub.
 */
export default defineCause({
  id: 'swarm-registry-auth-not-forwarded',
  family: 'credentials-not-configured',
  scope: 'acr-access',
  prevalence: 'occasional',
  title: {
    en: 'Docker Swarm deployed without passing the registry login to the nodes (--with-registry-auth)',
    ru: 'Docker Swarm развернул сервис, не передав узлам вход в реестр (--with-registry-auth)',
  },
  explanation: {
    en:
      '`docker stack deploy`, `docker service create` and `docker service update` send the registry credential to ' +
      'the swarm only with `--with-registry-auth`, and only if the machine running the command is logged in to the ' +
      'registry. Without it the manager cannot read the image’s digest (the warning above) and each node pulls the ' +
      'private image with no credential, so its tasks are rejected ("No such image") or stay pending.',
    ru:
      '`docker stack deploy`, `docker service create` и `docker service update` передают учётные данные реестра в ' +
      'swarm только с `--with-registry-auth` и только если машина, где выполняется команда, вошла в реестр. Без ' +
      'этого менеджер не может получить дайджест образа (предупреждение выше), а каждый узел извлекает закрытый ' +
      'образ без учётных данных, поэтому его задачи отклоняются («No such image») или остаются в ожидании.',
  },
  ask: {
    en: 'Was the stack deployed with `--with-registry-auth`, after a `docker login` to the registry on that machine?',
    ru: 'Развёртывался ли стек с `--with-registry-auth` после `docker login` в реестр на этой машине?',
  },
  rules: [
    anchor(['could not be accessed on a registry to record'], 5),
    context(['docker stack deploy'], 1),
    context(['docker service'], 1),
    context(['No such image:'], 2),
  ],
  fix: [
    {
      text: {
        en: 'Log in to the registry on the machine that runs the deploy, then deploy again with the login forwarded.',
        ru: 'Войдите в реестр на машине, с которой выполняется развёртывание, и разверните снова с передачей входа.',
      },
      command:
        'az acr login -n {registry} && docker stack deploy --with-registry-auth -c docker-compose.yml <stack>',
    },
    {
      text: {
        en: 'For a single service, update it with the login forwarded.',
        ru: 'Для отдельного сервиса обновите его с передачей входа.',
      },
      command: 'docker service update --with-registry-auth --image {image} <service>',
    },
    {
      text: {
        en: 'Check that the tag was pushed to the registry: a locally built image is not on any registry the nodes can reach.',
        ru: 'Проверьте, что тег отправлен в реестр: локально собранного образа нет ни в одном реестре, доступном узлам.',
      },
      command: 'az acr repository show-tags -n {registry} --repository {repository}',
    },
  ],
  docs: [AUTH_OPTIONS],
  checks: ['registry'],
});
