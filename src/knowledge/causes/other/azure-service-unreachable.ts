import { defineCause } from '../../define';
import { against, againstRegistryRefusals, anchor } from '../../rules';

/**
 * The app or the deployment could not reach another Azure service — its database, Key Vault, Service Bus, the web
 * app it just deployed — by name, by connection or by certificate. Told by the host's structure (the service's own
 * DNS suffix), so a database nobody listed is known as well; without it the resolver's words read as a registry's
 * wrong name and a timeout as the registry's firewall.
 */
export default defineCause({
  id: 'azure-service-unreachable',
  family: 'other',
  scope: 'not-acr',
  prevalence: 'occasional',
  title: {
    en: 'Another Azure service (a database, Key Vault, the app itself) could not be reached: not the registry',
    ru: 'Не удалось связаться с другой службой Azure (база данных, Key Vault, само приложение): это не реестр',
  },
  explanation: {
    en:
      'The name that did not resolve, or the connection that failed or timed out, belongs to another Azure service: ' +
      'a SQL, PostgreSQL or MySQL server, a Key Vault, Service Bus, Cosmos DB, Redis, an App Service or Container ' +
      'Apps endpoint, Azure OpenAI. Nothing in the failure is about a container registry, so its name, network rules ' +
      'and credentials are not involved: the image was pulled and the app started, or the deployment got past the ' +
      "registry. Look at that service: does it exist under that name, does its firewall or private endpoint let the app's " +
      'network in, does the app use the right host?',
    ru:
      'Имя, которое не разрешилось, или подключение, которое не удалось или истекло по времени, принадлежит другой ' +
      'службе Azure: серверу SQL, PostgreSQL или MySQL, Key Vault, Service Bus, Cosmos DB, Redis, конечной точке App ' +
      'Service или Container Apps, Azure OpenAI. В сбое нет ничего о реестре контейнеров, поэтому его имя, сетевые ' +
      'правила и учётные данные ни при чём: образ скачан и приложение запустилось, либо развёртывание прошло реестр. ' +
      'Проверьте ту службу: существует ли она под этим именем, пускают ли её брандмауэр или частная конечная точка ' +
      'сеть приложения, тот ли узел использует приложение?',
  },
  ask: {
    en: 'Does the host that failed belong to the registry, or to a service the app uses (its database, vault, its own URL)?',
    ru: 'Узел, с которым не удалось связаться, — это реестр или служба, которой пользуется приложение (база, хранилище секретов, его собственный адрес)?',
  },
  rules: [
    anchor('unreached:azure-service', 12),
    // Database clients' own words for a server they could not reach, where the host is not printed: libpq (psycopg,
    // node-postgres), SQL Server's SqlClient and ODBC, MySQL's client. Only a database speaks them.
    anchor(['connection timeout expired'], 6),
    anchor(['A network-related or instance-specific error'], 7),
    anchor(['Login timeout expired'], 6),
    anchor(["Can't connect to MySQL server"], 7),
    // A registry's refusal in the same log is what stopped it: the app's connection errors may follow a failed pull.
    ...againstRegistryRefusals(10),
    against('fails:pull', 8),
  ],
  fix: [
    {
      text: {
        en: 'Check that the service exists under the name the app uses (a deleted or never-created server does not resolve).',
        ru: 'Проверьте, что служба существует под именем, которое использует приложение (удалённый или не созданный сервер не разрешается).',
      },
      command:
        'az resource list --query "[?contains(name, \'<service-name>\')].{name:name, type:type, group:resourceGroup}" -o table',
    },
    {
      text: {
        en: "If the service is behind a private endpoint or a firewall, resolve its name from the app's network and allow that network.",
        ru: 'Если служба за частной конечной точкой или брандмауэром, разрешите её имя из сети приложения и пропустите эту сеть.',
      },
      command: 'nslookup <service-host>',
    },
  ],
  docs: [
    {
      title: {
        en: 'Azure Private Endpoint DNS zone values (which zone each service uses)',
        ru: 'Значения зон DNS для частных конечных точек Azure (какую зону использует каждая служба)',
      },
      url: 'https://learn.microsoft.com/azure/private-link/private-endpoint-dns',
    },
  ],
  checks: [],
});
