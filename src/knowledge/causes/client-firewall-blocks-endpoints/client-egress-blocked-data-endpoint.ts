import { defineCause } from '../../define';
import { against, anchor, context } from '../../rules';

export default defineCause({
  id: 'client-egress-blocked-data-endpoint',
  family: 'client-firewall-blocks-endpoints',
  scope: 'acr-access',
  prevalence: 'common',
  title: {
    en: 'Login works, but the firewall blocks the endpoints that serve the layers',
    ru: 'Вход работает, но брандмауэр блокирует конечные точки, отдающие слои',
  },
  explanation: {
    en:
      'ACR serves manifests from the login server but redirects every layer download to a storage endpoint ' +
      '(`*.blob.core.windows.net`) or, with dedicated data endpoints, to `<registry>.<region>.data.azurecr.io` — one ' +
      'per replica region. A firewall that allows only `<registry>.azurecr.io` lets the login and the manifest through ' +
      'and then times out on the layers: "error pulling image configuration: download failed after attempts=6: dial ' +
      'tcp …:443: i/o timeout". Turning on dedicated data endpoints also breaks clients that only allowed the blob wildcard.',
    ru:
      'ACR отдаёт манифесты с сервера входа, но каждую загрузку слоя перенаправляет на конечную точку хранилища ' +
      '(`*.blob.core.windows.net`) или, при выделенных конечных точках данных, на `<реестр>.<регион>.data.azurecr.io` — ' +
      'по одной на регион реплики. Брандмауэр, который разрешает только `<реестр>.azurecr.io`, пропускает вход и манифест, ' +
      'а на слоях получается таймаут: «error pulling image configuration: download failed after attempts=6: dial tcp …:443: ' +
      'i/o timeout». Включение выделенных конечных точек данных ломает и тех клиентов, у которых был разрешён только шаблон blob.',
  },
  ask: {
    en: 'Do login and manifest requests succeed while the layer downloads time out?',
    ru: 'Вход и запросы манифеста проходят, а загрузка слоёв завершается таймаутом?',
  },
  rules: [
    // Layers come from blob storage (or the data endpoint); a connection cut there shows as EOF on the blob URL.
    anchor(['blob.core.windows.net', 'EOF'], 6),
    anchor(['httpReadSeeker', 'failed open'], 3),
    // The data endpoint's name not resolving is a missing DNS record, not a blocked connection.
    against(['data.azurecr.io', 'no such host'], 4),
    // Blob storage (where layers live) answers 403 AuthorizationFailure when its firewall or a subnet's
    // service endpoint policy refuses the client; the registry itself had let the client in.
    anchor(['AuthorizationFailure', 'not authorized to perform this operation'], 7),
    // …during a pull. With nothing in the paste about a registry, Storage refused an app's own call (its SDK's
    // RequestFailedException): other-azure-service-refused.
    against('registry-absent', 6),
    anchor(['error pulling image configuration', '403'], 4),
    anchor(['error pulling image configuration', 'timeout'], 8),
    anchor(['download failed after attempts'], 7),
    // Docker's retries end with the last attempt's error (moby's pull_v2.go): a 5xx status there is a server that
    // answered and failed, the registry's own fault or a proxy's, not a connection the client's network cut.
    against(['download failed after attempts', 'unexpected HTTP status: 5'], 7),
    anchor(['blob.core.windows.net', 'i/o timeout'], 8),
    anchor(['blob.core.windows.net', 'dial tcp'], 6),
    anchor(['httpReadSeeker', 'timeout'], 6),
    anchor(['data.azurecr.io', 'i/o timeout'], 5),
    anchor(['data.azurecr.io', 'dial tcp'], 4),
    anchor(['Retrying in', 'second'], 2),
    context('succeeded:login', 3),
    context('op:pull', 2),
    context('host:acr-data-endpoint', 2),
    against('resolved:private', 3),
    against('host:acr-private-link', 3),
  ],
  fix: [
    {
      text: {
        en: 'List the endpoints the client must reach for layers.',
        ru: 'Выведите конечные точки, до которых клиент должен достучаться за слоями.',
      },
      command: 'az acr show-endpoints -n {registry}',
    },
    {
      text: {
        en: 'Allow outbound 443 to every data endpoint (one per replica region), or to the storage endpoints (service tag Storage.<region>) if dedicated data endpoints are off.',
        ru: 'Разрешите исходящий 443 ко всем конечным точкам данных (по одной на регион реплики) или к конечным точкам хранилища (тег службы Storage.<регион>), если выделенные конечные точки данных выключены.',
      },
      command: 'nc -vz {registry}.<region>.data.azurecr.io 443 -w 10',
    },
    {
      text: {
        en: 'Prefer dedicated data endpoints: they let the firewall allow exact names instead of *.blob.core.windows.net.',
        ru: 'Лучше включить выделенные конечные точки данных: тогда в брандмауэре можно разрешить точные имена вместо *.blob.core.windows.net.',
      },
      command: 'az acr update -n {registry} --data-endpoint-enabled true',
    },
  ],
  docs: [
    {
      title: {
        en: 'Download failed: dial tcp 443 i/o timeout',
        ru: 'Сбой загрузки: dial tcp 443 i/o timeout',
      },
      url: 'https://learn.microsoft.com/troubleshoot/azure/azure-container-registry/download-failed-443-io-time-out',
    },
    {
      title: {
        en: 'Firewall rules for a registry behind a firewall',
        ru: 'Правила брандмауэра для реестра за брандмауэром',
      },
      url: 'https://learn.microsoft.com/azure/container-registry/container-registry-firewall-rules',
    },
    {
      title: { en: 'Dedicated data endpoints', ru: 'Выделенные конечные точки данных' },
      url: 'https://learn.microsoft.com/azure/container-registry/container-registry-dedicated-data-endpoints',
    },
  ],
  checks: ['registry'],
});
