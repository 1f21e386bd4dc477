import type { RegistryResource } from '../../azure';
import type { CauseVerdict } from '../../knowledge';
import type { Check } from '../check';
import { isPrivateIpv4, matchingRule } from '../ipv4';
import { confirmed, decided, fact, fix, ruledOut } from '../outcome';
import type { CheckPlan } from '../plan';
import { t } from '../text';
import type { CheckFact, CheckFix } from '../types';

const LABELS = {
  publicAccess: t('Public network access', 'Публичный сетевой доступ'),
  defaultAction: t('Firewall default action', 'Действие брандмауэра по умолчанию'),
  ipRules: t('Allowed IP ranges', 'Разрешённые диапазоны IP'),
  bypass: t('Trusted Microsoft services', 'Доверенные службы Майкрософт'),
  tasksBypass: t('ACR Tasks may bypass the rules', 'Задачам ACR разрешён обход правил'),
  privateEndpoints: t('Private endpoints', 'Частные конечные точки'),
  dataEndpoints: t('Dedicated data endpoints', 'Выделенные конечные точки данных'),
  clientIp: (ip: string) => t(`Client IP ${ip} from the text`, `IP клиента ${ip} из текста`),
};

const MAX_RULES_SHOWN = 10;

function rulesValue(rules: readonly string[]): string {
  if (rules.length === 0) return '—';
  const shown = rules.slice(0, MAX_RULES_SHOWN).join(', ');
  return rules.length > MAX_RULES_SHOWN ? `${shown} (+${rules.length - MAX_RULES_SHOWN})` : shown;
}

function endpointsValue(r: RegistryResource): string {
  if (r.privateEndpoints.length === 0) return '0';
  const byStatus = new Map<string, number>();
  for (const pe of r.privateEndpoints)
    byStatus.set(pe.status ?? '?', (byStatus.get(pe.status ?? '?') ?? 0) + 1);
  return [...byStatus].map(([status, n]) => `${n} ${status}`).join(', ');
}

function networkFacts(r: RegistryResource, plan: CheckPlan): CheckFact[] {
  const facts = [
    fact(LABELS.publicAccess, r.publicNetworkAccess ?? 'Enabled'),
    ...(r.networkRuleSet
      ? [
          fact(LABELS.defaultAction, r.networkRuleSet.defaultAction),
          fact(LABELS.ipRules, rulesValue(r.networkRuleSet.ipRules)),
        ]
      : []),
    ...(r.networkRuleBypassOptions !== undefined ? [fact(LABELS.bypass, r.networkRuleBypassOptions)] : []),
    ...(r.networkRuleBypassAllowedForTasks !== undefined
      ? [fact(LABELS.tasksBypass, String(r.networkRuleBypassAllowedForTasks))]
      : []),
    fact(LABELS.privateEndpoints, endpointsValue(r)),
    fact(
      LABELS.dataEndpoints,
      r.dataEndpointEnabled ? r.dataEndpointHostNames.join(', ') || 'true' : 'false',
    ),
  ];
  const rules = r.networkRuleSet?.ipRules ?? [];
  for (const ip of plan.clientIps) facts.push(fact(LABELS.clientIp(ip), matchingRule(ip, rules) ?? '✗'));
  return facts;
}

function tasksVerdicts(r: RegistryResource, plan: CheckPlan, restricted: boolean): CauseVerdict[] {
  if (!restricted) {
    return [
      ruledOut(
        'acr-tasks-blocked-by-firewall',
        t('The registry accepts traffic from all networks.', 'Реестр принимает трафик из любых сетей.'),
      ),
      ruledOut(
        'azure-service-blocked-by-network-rules',
        t('The registry accepts traffic from all networks.', 'Реестр принимает трафик из любых сетей.'),
      ),
    ];
  }
  const verdicts: CauseVerdict[] = [];
  if (r.networkRuleBypassOptions === 'AzureServices') {
    verdicts.push(
      ruledOut(
        'azure-service-blocked-by-network-rules',
        t(
          'Trusted Microsoft services may bypass the network rules (networkRuleBypassOptions is AzureServices).',
          'Доверенным службам Майкрософт разрешён обход сетевых правил (networkRuleBypassOptions = AzureServices).',
        ),
      ),
    );
  }
  if (plan.tool === 'acr-tasks') {
    verdicts.push(
      r.networkRuleBypassAllowedForTasks === true
        ? ruledOut(
            'acr-tasks-blocked-by-firewall',
            t('ACR Tasks may bypass the network rules.', 'Задачам ACR разрешён обход сетевых правил.'),
          )
        : confirmed(
            'acr-tasks-blocked-by-firewall',
            t(
              'Network access is restricted and networkRuleBypassAllowedForTasks is not true, so ACR Tasks are treated like any other client.',
              'Сетевой доступ ограничен, а networkRuleBypassAllowedForTasks не равно true, поэтому задачи ACR проверяются как обычные клиенты.',
            ),
          ),
    );
  }
  return verdicts;
}

function tasksFix(r: RegistryResource, plan: CheckPlan): CheckFix[] {
  if (plan.tool !== 'acr-tasks' || r.networkRuleBypassAllowedForTasks === true) return [];
  return [
    fix(
      t(
        'Let ACR Tasks (with a managed identity) bypass the network rules:',
        'Разрешите задачам ACR (с управляемым удостоверением) обходить сетевые правила:',
      ),
      `az resource update --ids ${r.id} --set properties.networkRuleBypassAllowedForTasks=true --api-version 2025-11-01`,
    ),
  ];
}

/** Check 2: can the client reach the registry at all — public access, firewall rules, private endpoints. */
export const networkCheck: Check = {
  id: 'network',
  wanted: () => true,
  needs: 'registry',
  audiences: ['arm'],
  async run(env, r) {
    const plan = env.plan;
    const facts = networkFacts(r, plan);
    const approved = r.privateEndpoints.filter((pe) => pe.status === 'Approved').length;

    if (r.publicNetworkAccess === 'Disabled' && approved > 0 && plan.reachedRegistry) {
      // A private-only registry working as designed: the client got its answer through a private endpoint.
      return decided(
        'pass',
        t(
          `${r.name} accepts traffic only through its ${approved} approved private endpoint(s), and the text shows the client reached it.`,
          `${r.name} принимает трафик только через одобренные частные конечные точки (${approved}), и по тексту видно, что клиент до него дошёл.`,
        ),
        {
          facts,
          verdicts: [
            ruledOut(
              'public-network-access-disabled',
              t(
                'The client reached the registry, so the network path through the private endpoint works.',
                'Клиент дошёл до реестра, значит путь через частную конечную точку работает.',
              ),
            ),
            ruledOut(
              'firewall-client-ip-not-allowed',
              t(
                'Public access is off entirely, so IP rules do not decide anything.',
                'Публичный доступ выключен полностью, поэтому правила IP ничего не решают.',
              ),
            ),
            ...tasksVerdicts(r, plan, true),
          ],
          fix: tasksFix(r, plan),
        },
      );
    }

    if (r.publicNetworkAccess === 'Disabled') {
      const endpointsNote =
        approved === 0
          ? t(
              ' No private endpoint is approved either, so nothing can reach it.',
              ' Одобренных частных конечных точек тоже нет, так что к нему не подключиться ниоткуда.',
            )
          : t(
              ` Only its ${approved} approved private endpoint(s) can reach it.`,
              ` Подключиться можно только через одобренные частные конечные точки (${approved}).`,
            );
      // With an approved private endpoint the registry may be healthy: it fails only a client shown to come
      // from a public address (or when nothing can reach it at all).
      const outside = plan.clientIps.some((ip) => !isPrivateIpv4(ip));
      const failing = approved === 0 || outside;
      return decided(
        failing ? 'fail' : 'warn',
        t(
          `Public network access to ${r.name} is disabled.${endpointsNote.en}`,
          `Публичный сетевой доступ к ${r.name} отключён.${endpointsNote.ru}`,
        ),
        {
          facts,
          verdicts: [
            ...(failing
              ? [
                  confirmed(
                    'public-network-access-disabled',
                    t('publicNetworkAccess is Disabled.', 'publicNetworkAccess = Disabled.'),
                  ),
                ]
              : []),
            ruledOut(
              'firewall-client-ip-not-allowed',
              t(
                'Public access is off entirely, so IP rules do not decide anything.',
                'Публичный доступ выключен полностью, поэтому правила IP ничего не решают.',
              ),
            ),
            ...tasksVerdicts(r, plan, true),
          ],
          fix: [
            fix(
              t(
                `Run the client in a network that reaches the private endpoint and resolves ${r.loginServer} to its private address:`,
                `Запускайте клиент в сети, из которой доступна частная конечная точка и где ${r.loginServer} разрешается в частный адрес:`,
              ),
              `nslookup ${r.loginServer}`,
            ),
            fix(
              t(
                'Or allow public access again, limited to selected networks:',
                'Либо снова разрешите публичный доступ, ограничив его выбранными сетями:',
              ),
              `az acr update -n ${r.name} --public-network-enabled true --default-action Deny`,
            ),
            ...plan.clientIps
              .filter((ip) => !isPrivateIpv4(ip))
              .map((ip) =>
                fix(
                  t(`Then allow the client's IP ${ip}:`, `Затем разрешите IP клиента ${ip}:`),
                  `az acr network-rule add -n ${r.name} --ip-address ${ip}`,
                ),
              ),
            ...tasksFix(r, plan),
          ],
        },
      );
    }

    const publicOff = ruledOut(
      'public-network-access-disabled',
      t('publicNetworkAccess is Enabled.', 'publicNetworkAccess = Enabled.'),
    );
    if (r.networkRuleSet?.defaultAction !== 'Deny') {
      return decided(
        'pass',
        t(`${r.name} accepts traffic from all networks.`, `${r.name} принимает трафик из любых сетей.`),
        {
          facts,
          verdicts: [
            publicOff,
            ruledOut(
              'firewall-client-ip-not-allowed',
              t(
                'The firewall allows all networks (default action Allow).',
                'Брандмауэр пропускает все сети (действие по умолчанию Allow).',
              ),
            ),
            ...tasksVerdicts(r, plan, false),
          ],
        },
      );
    }

    const rules = r.networkRuleSet.ipRules;
    const publicIps = plan.clientIps.filter((ip) => !isPrivateIpv4(ip));
    const blocked = publicIps.filter((ip) => matchingRule(ip, rules) === null);
    const allowed = publicIps.filter((ip) => matchingRule(ip, rules) !== null);
    const dataNote =
      r.dataEndpointEnabled && r.dataEndpointHostNames.length > 0
        ? [
            fix(
              t(
                `The client's own firewall must also allow the data endpoints: ${r.dataEndpointHostNames.join(', ')}.`,
                `Брандмауэр на стороне клиента должен пропускать и конечные точки данных: ${r.dataEndpointHostNames.join(', ')}.`,
              ),
            ),
          ]
        : [];

    if (blocked.length > 0) {
      return decided(
        'fail',
        t(
          `The firewall of ${r.name} denies by default, and the client IP ${blocked.join(', ')} is in none of its ${rules.length} allowed ranges.`,
          `Брандмауэр ${r.name} по умолчанию запрещает доступ, и IP клиента ${blocked.join(', ')} не входит ни в один из разрешённых диапазонов (${rules.length}).`,
        ),
        {
          facts,
          verdicts: [
            publicOff,
            confirmed(
              'firewall-client-ip-not-allowed',
              t(
                `Default action is Deny and ${blocked.join(', ')} matches none of: ${rulesValue(rules)}.`,
                `Действие по умолчанию — Deny, и ${blocked.join(', ')} не попадает ни в одно правило: ${rulesValue(rules)}.`,
              ),
            ),
            ...tasksVerdicts(r, plan, true),
          ],
          fix: [
            ...blocked.map((ip) =>
              fix(
                t(
                  `Allow ${ip} (changes take a few minutes to apply):`,
                  `Разрешите ${ip} (изменение вступает в силу через несколько минут):`,
                ),
                `az acr network-rule add -n ${r.name} --ip-address ${ip}`,
              ),
            ),
            ...dataNote,
            ...tasksFix(r, plan),
          ],
        },
      );
    }

    if (allowed.length > 0) {
      return decided(
        'pass',
        t(
          `The firewall of ${r.name} denies by default, but allows the client IP ${allowed.join(', ')}.`,
          `Брандмауэр ${r.name} по умолчанию запрещает доступ, но IP клиента ${allowed.join(', ')} разрешён.`,
        ),
        {
          facts,
          verdicts: [
            publicOff,
            ruledOut(
              'firewall-client-ip-not-allowed',
              t(
                allowed.map((ip) => `${ip} is allowed by ${matchingRule(ip, rules) ?? ''}`).join('; ') + '.',
                allowed.map((ip) => `${ip} разрешён правилом ${matchingRule(ip, rules) ?? ''}`).join('; ') +
                  '.',
              ),
            ),
            ...tasksVerdicts(r, plan, true),
          ],
          fix: [...dataNote, ...tasksFix(r, plan)],
        },
      );
    }

    const privateNote =
      plan.clientIps.length > 0
        ? t(
            ` The client IP in the text (${plan.clientIps.join(', ')}) is private: it reaches the registry through a virtual network, where IP rules do not apply.`,
            ` IP клиента в тексте (${plan.clientIps.join(', ')}) — частный: клиент обращается к реестру через виртуальную сеть, где правила IP не действуют.`,
          )
        : t(
            ' The text shows no client IP to compare with them.',
            ' В тексте нет IP клиента, чтобы сравнить с ними.',
          );
    return decided(
      'warn',
      t(
        `The firewall of ${r.name} denies by default and allows ${rules.length} IP range(s).${privateNote.en}`,
        `Брандмауэр ${r.name} по умолчанию запрещает доступ и разрешает диапазонов IP: ${rules.length}.${privateNote.ru}`,
      ),
      {
        facts,
        verdicts: [publicOff, ...tasksVerdicts(r, plan, true)],
        fix: [
          fix(
            t(
              "Find the client's public IP (run this on the client) and allow it:",
              'Узнайте публичный IP клиента (выполните на клиенте) и разрешите его:',
            ),
            'curl -s https://api.ipify.org',
          ),
          fix(
            t('Add it to the registry firewall:', 'Добавьте его в брандмауэр реестра:'),
            `az acr network-rule add -n ${r.name} --ip-address <client-ip>`,
          ),
          ...dataNote,
          ...tasksFix(r, plan),
        ],
      },
    );
  },
};
