import { defineCause } from '../../define';
import { against, anchor, context, registryGaveNoAnswer } from '../../rules';

export default defineCause({
  id: 'custom-dns-cannot-resolve',
  family: 'dns-resolution-failure',
  scope: 'acr-access',
  prevalence: 'occasional',
  title: {
    en: "The client's DNS server cannot resolve the login server",
    ru: 'DNS-сервер клиента не может разрешить имя сервера входа',
  },
  explanation: {
    en:
      'The registry exists, but the DNS server this machine or VNet uses does not return an address for ' +
      '`<registry>.azurecr.io`: a custom or on-premises DNS server has no forwarder to Azure DNS (168.63.129.16) or ' +
      'the internet, or it fails on the CNAME chain behind the name. The client then waits until it gives up, ' +
      'which shows as "context deadline exceeded", "server misbehaving", SERVFAIL or a DNS timeout rather than a ' +
      'clear "no such host".',
    ru:
      'Реестр существует, но DNS-сервер, которым пользуется эта машина или виртуальная сеть, не возвращает адрес для ' +
      '`<реестр>.azurecr.io`: у собственного или локального DNS-сервера нет пересылки на Azure DNS (168.63.129.16) ' +
      'или в интернет, либо он спотыкается на цепочке CNAME за этим именем. Клиент ждёт до таймаута, поэтому ошибка ' +
      'выглядит как «context deadline exceeded», «server misbehaving», SERVFAIL или таймаут DNS, а не как явное «no such host».',
  },
  ask: {
    en: 'Does `nslookup <registry>.azurecr.io 168.63.129.16` (or 8.8.8.8) answer while a plain `nslookup <registry>.azurecr.io` does not?',
    ru: 'Отвечает ли `nslookup <реестр>.azurecr.io 168.63.129.16` (или 8.8.8.8), тогда как обычный `nslookup <реестр>.azurecr.io` — нет?',
  },
  rules: [
    anchor('code:CONNECTIVITY_DNS_ERROR', 4),
    anchor(['Failed to reach DNS for registry'], 4),
    anchor(['context deadline exceeded'], 4),
    anchor(['server misbehaving'], 5),
    anchor(['SERVFAIL'], 6),
    anchor(["can't find", 'Server failed'], 6),
    anchor(['DNS request timed out'], 6),
    anchor(['no servers could be reached'], 6),
    anchor(['lookup', 'azurecr.', 'i/o timeout'], 5),
    anchor(['Temporary failure in name resolution'], 4),
    anchor(['Checking host name resolution', 'FAILED'], 4),
    ...registryGaveNoAnswer(3),
    anchor(['no such host'], 3),
    anchor(['getaddrinfo failed'], 3),
    // Container Apps' image validation when the environment's DNS cannot resolve the login server; shared with a
    // wrong registry name, which fails the same lookup.
    anchor(['failed to resolve registry', 'azurecr.'], 4),
    context(['/etc/resolv.conf'], 2),
    context(['dnsServers'], 2),
    against('resolved:public', 3),
    against('resolved:private', 3),
    against('http:401', 3),
    against('http:403', 3),
    against('succeeded:login', 3),
  ],
  fix: [
    {
      text: {
        en: 'Compare the answer of your DNS server with the answer of Azure DNS.',
        ru: 'Сравните ответ вашего DNS-сервера с ответом Azure DNS.',
      },
      command: 'nslookup {loginServer}',
    },
    {
      text: {
        en: 'From a VM in Azure, ask Azure DNS directly; if this works, the custom DNS server is the problem.',
        ru: 'С виртуальной машины в Azure спросите Azure DNS напрямую; если так работает, проблема в собственном DNS-сервере.',
      },
      command: 'nslookup {loginServer} 168.63.129.16',
    },
    {
      text: {
        en: 'On the custom DNS server, add a forwarder for azurecr.io (and privatelink.azurecr.io, if you use private endpoints) to 168.63.129.16 or your upstream resolver.',
        ru: 'На собственном DNS-сервере настройте пересылку для azurecr.io (и privatelink.azurecr.io, если используете частные конечные точки) на 168.63.129.16 или вышестоящий сервер.',
      },
    },
    {
      text: {
        en: 'Check which DNS servers the VNet hands out to its machines.',
        ru: 'Проверьте, какие DNS-серверы виртуальная сеть выдаёт своим машинам.',
      },
      command: 'az network vnet show -g {resourceGroup} -n <vnet> --query dhcpOptions.dnsServers',
    },
  ],
  docs: [
    {
      title: { en: 'Context deadline exceeded', ru: 'Ошибка «context deadline exceeded»' },
      url: 'https://learn.microsoft.com/troubleshoot/azure/azure-container-registry/context-deadline-exceeded',
    },
    {
      title: { en: 'CONNECTIVITY_DNS_ERROR', ru: 'CONNECTIVITY_DNS_ERROR' },
      url: 'https://learn.microsoft.com/azure/container-registry/container-registry-health-error-reference#connectivity_dns_error',
    },
  ],
  checks: ['registry'],
});
