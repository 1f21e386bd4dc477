import { defineCause } from '../../define';
import { PRIVATE_ENDPOINTS } from '../../docs';
import { anchor, context } from '../../rules';

export default defineCause({
  id: 'data-endpoint-dns-missing',
  family: 'private-endpoint-or-private-dns',
  scope: 'acr-access',
  prevalence: 'occasional',
  title: {
    en: "The registry's data endpoint is missing from private DNS",
    ru: 'Конечной точки данных реестра нет в частной DNS-зоне',
  },
  explanation: {
    en:
      'With a private endpoint, layers are not served by the login server: the registry redirects each blob ' +
      'download to `<registry>.<region>.data.azurecr.io`, one per replica region. Login and manifest requests ' +
      'work because the registry record exists, but the data endpoint record is missing or points to the public ' +
      'address, so the pull stops at the first layer with "no such host", a timeout or 403 on the data host.',
    ru:
      'При частной конечной точке слои отдаёт не сервер входа: реестр перенаправляет загрузку каждого блоба на ' +
      '`<реестр>.<регион>.data.azurecr.io`, по одной конечной точке на регион реплики. Вход и запросы манифестов ' +
      'проходят, потому что запись для реестра есть, а записи для конечной точки данных нет или она указывает на ' +
      'публичный адрес, и извлечение обрывается на первом же слое с «no such host», таймаутом или 403 на хосте данных.',
  },
  ask: {
    en: 'Does `nslookup <registry>.<region>.data.azurecr.io` fail or return a public IP on the failing machine?',
    ru: 'На проблемной машине `nslookup <реестр>.<регион>.data.azurecr.io` завершается ошибкой или возвращает публичный IP?',
  },
  rules: [
    anchor(['data.azurecr.io', 'no such host'], 9),
    anchor(['Error resolving DNS for', 'data.azurecr.io'], 9),
    anchor(['data.azurecr.io', '403 Forbidden'], 6),
    anchor(['data.azurecr.io', 'not allowed access'], 5),
    anchor(['registry_data_'], 5),
    anchor(['data.azurecr.io', 'i/o timeout'], 4),
    context('host:acr-private-link', 3),
    context(['privatelink.azurecr.io'], 2),
    context('succeeded:login', 3),
    context('op:pull', 1),
  ],
  fix: [
    {
      text: {
        en: 'List the data endpoints the registry uses.',
        ru: 'Выведите конечные точки данных, которые использует реестр.',
      },
      command: 'az acr show-endpoints -n {registry}',
    },
    {
      text: {
        en: 'Check that each of them resolves to a private IP of the private endpoint.',
        ru: 'Проверьте, что каждая из них разрешается в частный IP частной конечной точки.',
      },
      command: 'nslookup {registry}.<region>.data.azurecr.io',
    },
    {
      text: {
        en: 'Add the missing A records (member registry_data_<region>) to the privatelink.azurecr.io zone, or let the private endpoint manage them through a DNS zone group; add records for every replica region.',
        ru: 'Добавьте недостающие A-записи (член registry_data_<регион>) в зону privatelink.azurecr.io или поручите их ведение частной конечной точке через группу DNS-зон; записи нужны для каждого региона реплики.',
      },
      command:
        'az network private-dns record-set a list -g {resourceGroup} -z privatelink.azurecr.io -o table',
    },
  ],
  docs: [
    {
      title: { en: 'Dedicated data endpoints', ru: 'Выделенные конечные точки данных' },
      url: 'https://learn.microsoft.com/azure/container-registry/container-registry-dedicated-data-endpoints',
    },
    PRIVATE_ENDPOINTS,
  ],
  checks: ['network', 'registry'],
});
