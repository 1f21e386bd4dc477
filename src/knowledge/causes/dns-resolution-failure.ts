import { against, anchor, context } from '../rules';
import { AKS_PULL_TROUBLESHOOTING, NETWORK_TROUBLESHOOTING } from '../docs';
import type { Cause } from '../types';

export const causes: readonly Cause[] = [
  {
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
      anchor(['lookup', 'azurecr', 'i/o timeout'], 5),
      anchor(['Temporary failure in name resolution'], 4),
      anchor(['Checking host name resolution', 'FAILED'], 4),
      anchor(['Could not connect to the registry login server'], 3),
      anchor(['no such host'], 3),
      anchor(['getaddrinfo failed'], 3),
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
  },
  {
    id: 'dns-temporary-failure',
    family: 'dns-resolution-failure',
    scope: 'not-acr',
    prevalence: 'occasional',
    title: {
      en: 'Name resolution failed temporarily',
      ru: 'Временный сбой разрешения имён',
    },
    explanation: {
      en:
        'The resolver could not get an answer at that moment: "Temporary failure in name resolution" (EAI_AGAIN), ' +
        '"server misbehaving" (the DNS server answered SERVFAIL) or a lookup that timed out on port 53. This is a ' +
        'fault of the DNS path on the client side (an overloaded or unreachable resolver, CoreDNS in the cluster, ' +
        'a flaky VPN), not of the registry or its settings. If it keeps happening, treat it as a DNS configuration problem.',
      ru:
        'Резолвер не смог получить ответ в этот момент: «Temporary failure in name resolution» (EAI_AGAIN), ' +
        '«server misbehaving» (DNS-сервер ответил SERVFAIL) или запрос на порт 53 завершился по таймауту. Это сбой ' +
        'DNS на стороне клиента (перегруженный или недоступный резолвер, CoreDNS в кластере, нестабильный VPN), а не ' +
        'реестра или его настроек. Если сбой повторяется, разбирайте его как ошибку конфигурации DNS.',
    },
    ask: {
      en: 'Does the same command succeed when you simply run it again a minute later?',
      ru: 'Проходит ли та же команда, если просто повторить её через минуту?',
    },
    rules: [
      anchor(['lookup', ':53', 'connection refused'], 7),
      anchor(['lookup', ':53', 'no route to host'], 7),
      anchor(['Temporary failure in name resolution'], 8),
      anchor(['EAI_AGAIN'], 8),
      anchor(['temporary error during hostname resolution'], 8),
      anchor(['server misbehaving'], 7),
      anchor(['lookup', ':53', 'i/o timeout'], 7),
      anchor(['DNS request timed out'], 4),
      anchor(['no servers could be reached'], 4),
      anchor(['SERVFAIL'], 3),
      context('tool:kubelet', 1),
      against('succeeded:pull', 2),
    ],
    fix: [
      {
        text: {
          en: 'Retry once; if it works now, the resolver had a passing fault.',
          ru: 'Повторите один раз; если теперь работает, у резолвера был кратковременный сбой.',
        },
        command: 'nslookup {loginServer}',
      },
      {
        text: {
          en: 'If it persists, check the resolver this machine uses (/etc/resolv.conf, VPN DNS settings) and whether it can reach its upstream servers.',
          ru: 'Если сбой не проходит, проверьте резолвер этой машины (/etc/resolv.conf, настройки DNS VPN) и доступны ли ему вышестоящие серверы.',
        },
        command: 'cat /etc/resolv.conf',
      },
      {
        text: {
          en: 'In AKS, look at the health and logs of CoreDNS.',
          ru: 'В AKS проверьте состояние и журналы CoreDNS.',
        },
        command: 'kubectl -n kube-system logs -l k8s-app=kube-dns --tail=50',
      },
    ],
    docs: [AKS_PULL_TROUBLESHOOTING, NETWORK_TROUBLESHOOTING],
    checks: [],
  },
];
