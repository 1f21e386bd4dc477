import type { Check } from '../check';
import { decided, fact, fix } from '../outcome';
import { t } from '../text';

const LABELS = {
  sku: t('SKU', 'Ценовой уровень (SKU)'),
  reads: t('Read operations per minute (published guide)', 'Операций чтения в минуту (по документации)'),
  writes: t('Write operations per minute (published guide)', 'Операций записи в минуту (по документации)'),
  download: t('Download bandwidth, Mbps', 'Скорость загрузки, Мбит/с'),
};

/** The tier table Azure published for ACR throughput; the service throttles per registry around these. */
const TIERS: Readonly<Record<string, { reads: number; writes: number; downloadMbps: number }>> = {
  Basic: { reads: 1000, writes: 100, downloadMbps: 30 },
  Standard: { reads: 3000, writes: 500, downloadMbps: 60 },
  Premium: { reads: 10000, writes: 2000, downloadMbps: 100 },
};

/** Check 9: the registry's tier and what it allows, when the text shows 429 Too Many Requests. */
export const throttlingCheck: Check = {
  id: 'throttling',
  wanted: (plan) => plan.sawThrottling || plan.suggested.includes('throttling'),
  needs: 'registry',
  audiences: ['arm'],
  async run(env, r) {
    const tier = TIERS[r.sku];
    const facts = [
      fact(LABELS.sku, r.sku),
      ...(tier
        ? [
            fact(LABELS.reads, tier.reads.toLocaleString('en-US')),
            fact(LABELS.writes, tier.writes.toLocaleString('en-US')),
            fact(LABELS.download, String(tier.downloadMbps)),
          ]
        : []),
    ];
    const saw = env.plan.sawThrottling;
    const spread = fix(
      t(
        'Spread bursts out: pull once per node, retry with backoff honouring Retry-After, and cache base images with an artifact cache rule.',
        'Сгладьте всплески: загружайте образ один раз на узел, повторяйте запросы с паузой по Retry-After и кэшируйте базовые образы правилом кэша артефактов.',
      ),
    );
    if (r.sku === 'Premium') {
      return decided(
        saw ? 'warn' : 'pass',
        saw
          ? t(
              `${r.name} is already Premium, the tier with the highest limits: the 429s come from bursts (many clients or one identity at once).`,
              `${r.name} уже на уровне Premium с самыми высокими лимитами: ошибки 429 вызваны всплесками (много клиентов или одно удостоверение одновременно).`,
            )
          : t(
              `${r.name} is Premium, the tier with the highest request limits.`,
              `${r.name} на уровне Premium с самыми высокими лимитами запросов.`,
            ),
        { facts, fix: saw ? [spread] : [] },
      );
    }
    return decided(
      saw ? 'warn' : 'pass',
      saw
        ? t(
            `${r.name} is ${r.sku}; Premium allows several times more requests per minute than ${r.sku}.`,
            `${r.name} на уровне ${r.sku}; Premium допускает в разы больше запросов в минуту.`,
          )
        : t(`${r.name} is ${r.sku}.`, `${r.name} на уровне ${r.sku}.`),
      {
        facts,
        fix: saw
          ? [
              spread,
              fix(
                t(
                  'Or move to Premium for higher limits:',
                  'Либо перейдите на Premium с более высокими лимитами:',
                ),
                `az acr update -n ${r.name} --sku Premium`,
              ),
            ]
          : [],
      },
    );
  },
};
