import type { Check } from '../check';
import { confirmed, decided, fact, fix, ruledOut } from '../outcome';
import { t } from '../text';

const LABELS = {
  enabled: t('Anonymous pull (anonymousPullEnabled)', 'Анонимное извлечение (anonymousPullEnabled)'),
  sku: t('SKU', 'Ценовой уровень (SKU)'),
};

/** Check 3b: whether clients without credentials may pull. */
export const anonymousPullCheck: Check = {
  id: 'anonymous-pull',
  wanted: () => true,
  needs: 'registry',
  audiences: ['arm'],
  async run(env, r) {
    const enabled = r.anonymousPullEnabled === true;
    const facts = [fact(LABELS.enabled, String(enabled)), fact(LABELS.sku, r.sku)];
    if (enabled) {
      return decided(
        'pass',
        t(
          `Anonymous pull is enabled on ${r.name}: clients without credentials can pull.`,
          `Для ${r.name} включено анонимное извлечение: клиенты без учётных данных могут загружать образы.`,
        ),
        {
          facts,
          verdicts: [
            ruledOut(
              'anonymous-pull-expectation',
              t('anonymousPullEnabled is true.', 'anonymousPullEnabled = true.'),
            ),
            confirmed(
              'stale-docker-credentials-block-anonymous-pull',
              t(
                'Anonymous pull is enabled, so a client that still sends old credentials fails where sending none would work.',
                'Анонимное извлечение включено, поэтому клиент, отправляющий старые учётные данные, получает ошибку там, где без них всё бы работало.',
              ),
            ),
          ],
          fix: [
            fix(
              t(
                'If a client fails anyway, remove its stored credentials for this registry:',
                'Если клиент всё равно получает ошибку, удалите сохранённые им учётные данные для этого реестра:',
              ),
              `docker logout ${r.loginServer}`,
            ),
          ],
        },
      );
    }
    const basic = r.sku === 'Basic';
    const attempt = env.plan.anonymousAttempt;
    const because = basic
      ? t('The Basic tier does not offer anonymous pull.', 'На уровне Basic анонимное извлечение недоступно.')
      : t('anonymousPullEnabled is false.', 'anonymousPullEnabled = false.');
    return decided(
      attempt ? 'fail' : 'pass',
      attempt
        ? t(
            `The client asked for an anonymous token, but anonymous pull is off on ${r.name}: every client must sign in.`,
            `Клиент запросил анонимный токен, но для ${r.name} анонимное извлечение выключено: каждый клиент должен входить.`,
          )
        : t(
            `Anonymous pull is off on ${r.name}: every client must sign in.`,
            `Для ${r.name} анонимное извлечение выключено: каждый клиент должен входить.`,
          ),
      {
        facts,
        // Anonymous pull being off (the default) is only a cause when the client relied on it.
        verdicts: [
          ...(attempt ? [confirmed('anonymous-pull-expectation', because)] : []),
          ruledOut(
            'stale-docker-credentials-block-anonymous-pull',
            t('Anonymous pull is not enabled at all.', 'Анонимное извлечение вообще не включено.'),
          ),
        ],
        fix: [
          fix(
            t(
              'Give the client credentials (an identity with a pull role, or an image pull secret), or, for public content:',
              'Дайте клиенту учётные данные (удостоверение с ролью на извлечение или секрет для извлечения образов) или, для общедоступного содержимого:',
            ),
            basic
              ? `az acr update -n ${r.name} --sku Standard && az acr update -n ${r.name} --anonymous-pull-enabled true`
              : `az acr update -n ${r.name} --anonymous-pull-enabled true`,
          ),
        ],
      },
    );
  },
};
