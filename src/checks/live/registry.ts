import { CLOUD_DISPLAY_NAMES } from '../../azure';
import type { Check, CheckOutcome } from '../check';
import { confirmed, decided, fact, fix, ruledOut, unknown, unknownFromFailure } from '../outcome';
import type { RegistryLookup } from '../registry-lookup';
import { t } from '../text';
import type { CheckPlan } from '../plan';

const LABELS = {
  loginServer: t('Login server', 'Сервер входа'),
  sku: t('SKU', 'Ценовой уровень (SKU)'),
  location: t('Region', 'Регион'),
  subscription: t('Subscription', 'Подписка'),
  resourceGroup: t('Resource group', 'Группа ресурсов'),
  provisioning: t('Provisioning state', 'Состояние развёртывания'),
  searched: t('Subscriptions searched', 'Просмотрено подписок'),
  unsearched: t('Subscriptions that could not be searched', 'Подписки, которые не удалось просмотреть'),
};

const LIST_COMMAND =
  'az acr list --query "[].{name:name, loginServer:loginServer, resourceGroup:resourceGroup}" -o table';

function found(lookup: Extract<RegistryLookup, { kind: 'found' }>, plan: CheckPlan): CheckOutcome {
  const { registry, subscription } = lookup;
  const facts = [
    fact(LABELS.loginServer, registry.loginServer),
    fact(LABELS.sku, registry.sku),
    fact(LABELS.location, registry.location),
    fact(LABELS.subscription, `${subscription.displayName} (${subscription.subscriptionId})`),
    fact(LABELS.resourceGroup, registry.resourceGroup),
    ...(registry.provisioningState && registry.provisioningState !== 'Succeeded'
      ? [fact(LABELS.provisioning, registry.provisioningState)]
      : []),
  ];
  const exists = ruledOut(
    'registry-name-wrong-or-missing',
    t(
      `Registry ${registry.name} exists: ${registry.loginServer}, in subscription ${subscription.displayName}.`,
      `Реестр ${registry.name} существует: ${registry.loginServer}, подписка ${subscription.displayName}.`,
    ),
  );
  const named = plan.target.loginServer;
  if (named !== null && !plan.target.dnl && named !== registry.loginServer.toLowerCase()) {
    return decided(
      'warn',
      t(
        `Registry ${registry.name} exists, but its login server is ${registry.loginServer}, not ${named}.`,
        `Реестр ${registry.name} существует, но его сервер входа — ${registry.loginServer}, а не ${named}.`,
      ),
      {
        facts,
        verdicts: [
          exists,
          confirmed(
            'dnl-hash-login-server',
            t(
              `The registry's login server is ${registry.loginServer} (with a domain name label), while the client used ${named}.`,
              `Сервер входа реестра — ${registry.loginServer} (с меткой доменного имени), а клиент обращался к ${named}.`,
            ),
          ),
        ],
        fix: [
          fix(
            t(
              'Use the login server Azure reports, in image names and logins:',
              'Используйте сервер входа, который сообщает Azure, — в именах образов и при входе:',
            ),
            `docker login ${registry.loginServer}`,
          ),
        ],
      },
    );
  }
  if (registry.provisioningState && registry.provisioningState !== 'Succeeded') {
    return decided(
      'warn',
      t(
        `Found ${registry.name} in ${subscription.displayName}, but its provisioning state is ${registry.provisioningState}.`,
        `Реестр ${registry.name} найден в подписке ${subscription.displayName}, но его состояние развёртывания — ${registry.provisioningState}.`,
      ),
      { facts, verdicts: [exists] },
    );
  }
  return decided(
    'pass',
    t(
      `Found ${registry.name} in subscription ${subscription.displayName}, resource group ${registry.resourceGroup} (${registry.location}, ${registry.sku}).`,
      `Реестр ${registry.name} найден: подписка ${subscription.displayName}, группа ресурсов ${registry.resourceGroup} (${registry.location}, ${registry.sku}).`,
    ),
    { facts, verdicts: [exists] },
  );
}

/** Check 1: where the registry is, or why it cannot be found. */
export const registryCheck: Check = {
  id: 'registry',
  wanted: () => true,
  needs: 'lookup',
  audiences: ['arm'],
  async run(env, lookup) {
    const { name } = env.plan.target;
    const cloud = CLOUD_DISPLAY_NAMES[env.plan.target.cloud];
    switch (lookup.kind) {
      case 'found':
        return found(lookup, env.plan);
      case 'does-not-exist':
        return decided(
          'fail',
          t(
            `There is no registry named ${name} in ${cloud}: the name is not taken.`,
            `Реестра с именем ${name} в ${cloud} нет: это имя никем не занято.`,
          ),
          {
            facts: [fact(LABELS.searched, String(lookup.searched))],
            verdicts: [
              confirmed(
                'registry-name-wrong-or-missing',
                t(
                  `checkNameAvailability reports "${name}" as available, so no registry with this name exists (a typo, or it was deleted).`,
                  `checkNameAvailability сообщает, что имя «${name}» свободно, значит, такого реестра нет (опечатка или реестр удалён).`,
                ),
              ),
            ],
            fix: [
              fix(
                t(
                  'Check the spelling against the registries you have:',
                  'Сверьте написание со списком ваших реестров:',
                ),
                LIST_COMMAND,
              ),
              fix(
                t(
                  'If it was deleted, create it again (the name is free):',
                  'Если реестр был удалён, создайте его заново (имя свободно):',
                ),
                `az acr create -n ${name} -g <resource-group> --sku Standard`,
              ),
            ],
          },
        );
      case 'not-visible': {
        const facts = [
          fact(LABELS.searched, String(lookup.searched)),
          ...(lookup.unsearched > 0 ? [fact(LABELS.unsearched, String(lookup.unsearched))] : []),
        ];
        const fixes = [
          fix(
            t(
              'List the subscriptions you can use and switch to the one that holds the registry:',
              'Посмотрите доступные подписки и переключитесь на ту, где находится реестр:',
            ),
            'az account list -o table',
          ),
          fix(
            t(
              'Ask the registry owner for at least the Reader role on it.',
              'Попросите владельца реестра выдать вам на него хотя бы роль «Читатель» (Reader).',
            ),
          ),
        ];
        if (lookup.nameCheck === 'unverified') {
          return decided(
            'warn',
            t(
              `No registry ${env.plan.target.loginServer ?? name} in the ${lookup.searched} subscriptions you can see.`,
              `Реестра ${env.plan.target.loginServer ?? name} нет в доступных вам подписках (просмотрено: ${lookup.searched}).`,
            ),
            { facts, fix: fixes },
          );
        }
        return decided(
          'warn',
          t(
            `A registry named ${name} exists, but not in the ${lookup.searched} subscriptions you can see: it is in another subscription or tenant, or you have no role on it.`,
            `Реестр с именем ${name} существует, но не в доступных вам подписках (просмотрено: ${lookup.searched}): он в другой подписке или клиенте (tenant), либо у вас нет на него роли.`,
          ),
          {
            facts,
            verdicts: [
              ruledOut(
                'registry-name-wrong-or-missing',
                t(
                  `The name ${name} is taken: the registry exists.`,
                  `Имя ${name} занято: реестр существует.`,
                ),
              ),
            ],
            fix: fixes,
          },
        );
      }
      case 'no-subscriptions':
        return unknown(
          'no-permission',
          t(
            'Your account sees no Azure subscriptions here, so the registry cannot be looked up.',
            'Вашей учётной записи здесь не видна ни одна подписка Azure, поэтому найти реестр нельзя.',
          ),
        );
      case 'failed':
        return unknownFromFailure(
          lookup.failure,
          lookup.step === 'subscriptions'
            ? t('Listing your subscriptions', 'Получение списка подписок')
            : lookup.step === 'registries'
              ? t('Listing the registries in your subscriptions', 'Получение списка реестров в подписках')
              : t('Checking whether the registry name exists', 'Проверка существования имени реестра'),
        );
    }
  },
};
