import { defineCause } from '../../define';
import { against, anchor, context } from '../../rules';

/**
 * App Service's and Container Apps' own words for a container that was pulled and started but never became healthy:
 * App Service's platform log ("Container … for site … did not start within expected time limit", "didn't respond to HTTP
 * pings on port: 8080, failing site start", "has exited, failing site start", "Site container: … terminated during site
 * startup") and Container Apps' system log ("Container 'app' was terminated with exit code '1'", "TargetPort … does not
 * match the listening port"). People paste these into registry threads because the same log stream also carries the
 * image pull; by the time these lines are written the pull had succeeded.
 */
export default defineCause({
  id: 'platform-app-did-not-start',
  family: 'other',
  scope: 'not-acr',
  prevalence: 'common',
  title: {
    en: 'The image was pulled but the app in it did not start or answer on its port; the registry is not involved',
    ru: 'Образ извлечён, но приложение в нём не запустилось или не ответило на своём порту; реестр ни при чём',
  },
  explanation: {
    en:
      'App Service or Container Apps pulled the image and started the container, then gave up waiting for it: the ' +
      'process exited, or nothing answered on the port the platform probes (App Service pings WEBSITES_PORT, 80 by ' +
      'default; Container Apps uses the ingress target port) within the start time limit. Usual reasons are an app ' +
      'listening on another port or on localhost only, a crash at start-up (the start command naming a file the image ' +
      "lacks: Node's \"Cannot find module '/app/…'\"), or a slow start. Registry access was fine.",
    ru:
      'App Service или Container Apps извлекли образ и запустили контейнер, а затем перестали ждать: процесс завершился ' +
      'или никто не ответил на порту, который проверяет платформа (App Service проверяет WEBSITES_PORT, по умолчанию ' +
      '80; Container Apps — целевой порт входящего трафика), за отведённое на запуск время. Обычно приложение слушает ' +
      'другой порт или только localhost, падает при запуске (команда запуска называет файл, которого нет в образе: ' +
      "«Cannot find module '/app/…'» у Node) или запускается слишком долго. Доступ к реестру в порядке.",
  },
  ask: {
    en: 'Which port does the app listen on, on 0.0.0.0, and what do the container logs show just before it stops?',
    ru: 'На каком порту и на 0.0.0.0 ли слушает приложение, и что в журналах контейнера перед его остановкой?',
  },
  rules: [
    anchor(["didn't respond to HTTP pings on port"], 8),
    anchor(['did not start within expected time limit'], 7),
    anchor(['has exited, failing site start'], 7),
    anchor(['terminated during site startup'], 7),
    anchor(['was terminated with exit code'], 5),
    anchor(['does not match the listening port'], 6),
    // The start command names a file the image does not hold: Node's and Python's own words for an entry point that
    // is missing (an absolute path, so a program started in the container, not a module imported by a build).
    anchor(/Cannot find module '\/[^'\n]{1,200}'/, 5),
    anchor(/can't open file '\/[^'\n]{1,200}': \[Errno 2\]/, 5),
    // The app up but answering its health probe with Django's refusal of an unlisted Host (the probe calls the pod's
    // own address): the platform reads a failing probe.
    anchor(['Invalid HTTP_HOST header'], 5),
    context(['because it failed during startup'], 2),
    context(['WEBSITES_PORT'], 2),
    // The same log stream carries the pull: a pull that failed is what the person needs first, however many start-up
    // lines follow it.
    against(['Image pull failed'], 25),
    against(['Failed to pull image'], 25),
    against(['Pull image failed'], 25),
    against(['ImagePullFailure'], 25),
    against(['ImagePullUnauthorizedFailure'], 25),
    against('oci:UNAUTHORIZED', 25),
    against('oci:DENIED', 25),
  ],
  fix: [
    {
      text: {
        en: "Read the container's own log for the crash or the port it listens on.",
        ru: 'Прочитайте собственный журнал контейнера: ошибку при запуске или порт, который он слушает.',
      },
      command: 'az webapp log tail -g {resourceGroup} -n <app-name>',
    },
    {
      text: {
        en:
          'Tell App Service which port the app listens on (and make the app bind to 0.0.0.0); for Container Apps set ' +
          'the ingress target port to it.',
        ru:
          'Сообщите App Service порт, который слушает приложение (и привяжите приложение к 0.0.0.0); для Container Apps ' +
          'укажите этот порт как целевой порт входящего трафика.',
      },
      command:
        'az webapp config appsettings set -g {resourceGroup} -n <app-name> --settings WEBSITES_PORT=8080',
    },
  ],
  docs: [
    {
      title: {
        en: 'Configure a custom container for App Service',
        ru: 'Настройка пользовательского контейнера для App Service',
      },
      url: 'https://learn.microsoft.com/azure/app-service/configure-custom-container',
    },
  ],
  checks: [],
});
