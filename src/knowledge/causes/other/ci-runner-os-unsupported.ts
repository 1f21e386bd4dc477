import { defineCause } from '../../define';
import { anchor, context } from '../../rules';

/**
 * A CI step that refuses to run on the runner's operating system before it does anything: Azure/cli runs the Azure
 * CLI in a Linux container and docker/login-action (its first releases) needed a Linux Docker engine. No registry and
 * no credential was involved yet (field4 k013, k014).
 */
export default defineCause({
  id: 'ci-runner-os-unsupported',
  family: 'other',
  scope: 'not-acr',
  prevalence: 'rare',
  title: {
    en: 'The CI step runs only on Linux runners (no registry was contacted)',
    ru: 'Шаг CI работает только на Linux-раннерах (к реестру не обращались)',
  },
  explanation: {
    en:
      'The action checked the operating system of the runner and stopped: it runs its tool in a Linux container or ' +
      'needs a Linux Docker engine, and the job runs on Windows or macOS. Nothing reached Azure or a registry, so no ' +
      'credential, role or network rule is involved.',
    ru:
      'Действие проверило операционную систему раннера и остановилось: оно запускает свой инструмент в Linux-контейнере ' +
      'или требует Docker Engine для Linux, а задание выполняется на Windows или macOS. До Azure и реестра дело не ' +
      'дошло, поэтому учётные данные, роли и сетевые правила тут ни при чём.',
  },
  ask: {
    en: 'Does the job run on a Windows or macOS runner?',
    ru: 'Задание выполняется на раннере Windows или macOS?',
  },
  rules: [
    // Azure/cli (src/main.ts) when RUNNER_OS is not Linux.
    anchor(['Please use Linux based OS as a runner'], 9),
    // docker/login-action v1 (src/main.ts) when os.platform() is not linux.
    anchor(['Only supported on linux platform'], 7),
    context('tool:github-actions', 1),
  ],
  fix: [
    {
      text: {
        en: 'Run the job on a Linux runner (runs-on: ubuntu-latest).',
        ru: 'Запустите задание на Linux-раннере (runs-on: ubuntu-latest).',
      },
    },
    {
      text: {
        en: 'On a Windows runner, call the tool directly in a script step instead (az and docker are installed there).',
        ru: 'На Windows-раннере вызывайте инструмент напрямую в шаге со скриптом (az и docker там установлены).',
      },
      command: 'az acr login --name {registry}',
    },
  ],
  docs: [
    {
      title: {
        en: 'Azure CLI action: runs on Linux runners',
        ru: 'Действие Azure CLI: работает на Linux-раннерах',
      },
      url: 'https://github.com/Azure/cli',
    },
  ],
  checks: [],
});
