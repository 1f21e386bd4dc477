import { defineCause } from '../../define';
import { AKS_PULL_TROUBLESHOOTING } from '../../docs';
import { anchor, context } from '../../rules';

export default defineCause({
  id: 'tls-handshake-timeout-nva',
  family: 'client-firewall-blocks-endpoints',
  scope: 'acr-access',
  prevalence: 'occasional',
  title: {
    en: 'A firewall or NVA stalls the TLS handshake with the registry',
    ru: 'Брандмауэр или NVA задерживает TLS-рукопожатие с реестром',
  },
  explanation: {
    en:
      'The TCP connection opens, but the TLS handshake does not finish in time: a firewall, NVA or proxy on the ' +
      'route inspects or drops part of the exchange (often an asymmetric route or a rule that matches the SNI but not ' +
      'the data endpoints). Docker and kubelet report "net/http: TLS handshake timeout"; the registry is healthy.',
    ru:
      'TCP-соединение открывается, но TLS-рукопожатие не успевает завершиться: брандмауэр, NVA или прокси на пути ' +
      'проверяет или отбрасывает часть обмена (часто из-за асимметричного маршрута или правила, которое пропускает ' +
      'SNI, но не конечные точки данных). Docker и kubelet сообщают «net/http: TLS handshake timeout»; сам реестр исправен.',
  },
  ask: {
    en: 'Does the traffic from this client to the registry go through a firewall, NVA or proxy (for example a UDR to Azure Firewall)?',
    ru: 'Проходит ли трафик от этого клиента к реестру через брандмауэр, NVA или прокси (например, UDR на Azure Firewall)?',
  },
  rules: [
    anchor(['TLS handshake timeout'], 8),
    anchor(['handshake operation timed out'], 6),
    anchor(['connection reset by peer'], 2),
    context('tool:kubelet', 1),
    context('tool:docker', 1),
  ],
  fix: [
    {
      text: {
        en: 'Check that the TLS handshake completes from the failing machine and see who answers it.',
        ru: 'Проверьте, завершается ли TLS-рукопожатие с проблемной машины, и посмотрите, кто на него отвечает.',
      },
      command: 'openssl s_client -connect {loginServer}:443 -servername {loginServer} </dev/null',
    },
    {
      text: {
        en: 'Review the firewall/NVA rules and the route tables on the path: allow the login server and every data endpoint (or storage endpoint) on 443 and keep the route symmetric.',
        ru: 'Проверьте правила брандмауэра/NVA и таблицы маршрутов на пути: разрешите сервер входа и все конечные точки данных (или хранилища) на 443 и обеспечьте симметричный маршрут.',
      },
    },
    {
      text: {
        en: 'For AKS, run the built-in check from the cluster.',
        ru: 'Для AKS выполните встроенную проверку из кластера.',
      },
      command: 'az aks check-acr -g {resourceGroup} -n {cluster} --acr {loginServer}',
    },
  ],
  docs: [
    AKS_PULL_TROUBLESHOOTING,
    {
      title: {
        en: 'Firewall rules for a registry behind a firewall',
        ru: 'Правила брандмауэра для реестра за брандмауэром',
      },
      url: 'https://learn.microsoft.com/azure/container-registry/container-registry-firewall-rules',
    },
  ],
  checks: [],
});
