import { defineCause } from '../../define';
import { AKS_PULL_TROUBLESHOOTING, NETWORK_TROUBLESHOOTING } from '../../docs';
import { against, anchor, context } from '../../rules';

export default defineCause({
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
    anchor(['Name or service not known'], 5),
    anchor(['lookup', ':53', 'connection refused'], 7),
    anchor(['lookup', ':53', 'no route to host'], 7),
    anchor(['Temporary failure in name resolution'], 8),
    anchor(['EAI_AGAIN'], 8),
    anchor(['temporary error during hostname resolution'], 8),
    anchor(['server misbehaving'], 7),
    anchor(['lookup', ':53', 'i/o timeout'], 7),
    // Go's resolver naming the UDP read that got no answer; the reason after it is often cut off in a paste. An
    // egress rule dropping port 53 reads the same, so client-egress-blocked-login-server shares the clue.
    anchor(['lookup', ':53: read udp'], 5),
    anchor(['DNS request timed out'], 4),
    anchor(['no servers could be reached'], 4),
    anchor(['SERVFAIL'], 3),
    context('tool:kubelet', 1),
    against('succeeded:pull', 2),
    // The name that failed to resolve is another registry's (Docker Hub, a mirror, a company registry) and nothing ties
    // the paste to an ACR: the same passing fault, but of no login server of the user's, so another registry's problem
    // (non-acr-registry) comes first and this stays beside it with its DNS steps.
    against('registry-elsewhere', 4),
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
});
