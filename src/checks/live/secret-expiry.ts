import type { AppCredentialInfo, AzureFailure, GraphApplication } from '../../azure';
import type { CauseVerdict, Text } from '../../knowledge';
import type { Check, CheckEnv, CheckOutcome } from '../check';
import { confirmed, decided, fact, fix, ruledOut, unknown, unknownFromFailure } from '../outcome';
import { t } from '../text';
import type { CheckFact, CheckFix } from '../types';

const DAY_MS = 24 * 3600 * 1000;
const SOON_MS = 30 * DAY_MS;
/** Entra's "the secret has expired" and "application not found in the directory". */
const AADSTS_EXPIRED = 'AADSTS7000222';
const AADSTS_NOT_FOUND = 'AADSTS700016';

type State = 'expired' | 'soon' | 'valid' | 'unknown';

function stateOf(c: AppCredentialInfo, now: number): State {
  if (!c.endDateTime) return 'unknown';
  const end = c.endDateTime.getTime();
  return end <= now ? 'expired' : end - now <= SOON_MS ? 'soon' : 'valid';
}

const MARK: Readonly<Record<State, string>> = { expired: '✗', soon: '⚠', valid: '✓', unknown: '?' };

function credentialLabel(c: AppCredentialInfo): Text {
  const name = c.displayName ? ` "${c.displayName}"` : '';
  return c.type === 'password'
    ? t(
        `Client secret${c.hint ? ` ${c.hint}…` : ''}${name}`,
        `Секрет клиента${c.hint ? ` ${c.hint}…` : ''}${name}`,
      )
    : t(`Certificate${name}`, `Сертификат${name}`);
}

interface Finding {
  readonly status: 'pass' | 'warn' | 'fail' | 'unknown';
  readonly sentence: Text;
  readonly facts: readonly CheckFact[];
  readonly verdicts: readonly CauseVerdict[];
  readonly fix: readonly CheckFix[];
  readonly failure?: AzureFailure;
}

function judge(env: CheckEnv, app: GraphApplication): Finding {
  const now = env.now();
  const who = `${app.displayName} (${app.appId})`;
  const states = app.credentials.map((c) => ({ c, state: stateOf(c, now) }));
  const facts = [
    fact(t('Application', 'Приложение'), who),
    ...states.map(({ c, state }) =>
      fact(credentialLabel(c), `${c.endDateTime?.toISOString().slice(0, 10) ?? '—'} ${MARK[state]}`),
    ),
  ];
  const rotate = fix(
    t(
      'Add a new secret (the old ones keep working until they expire), then update it wherever the app signs in (pipeline variable, image pull secret):',
      'Добавьте новый секрет (старые действуют до истечения срока), затем замените его везде, где приложение входит в систему (переменная конвейера, секрет для извлечения образов):',
    ),
    `az ad app credential reset --id ${app.appId} --append --display-name acr-doctor-rotation --years 1`,
  );
  const expired = states.filter((s) => s.state === 'expired');
  // Graph always sends endDateTime; one without it is treated as not expiring.
  const usable = states.filter((s) => s.state !== 'expired');
  const soon = states.filter((s) => s.state === 'soon');
  if (states.length === 0) {
    return {
      status: 'warn',
      sentence: t(
        `${who} has no client secrets or certificates; it may sign in with a federated credential instead.`,
        `У ${who} нет секретов клиента и сертификатов; возможно, оно входит с федеративными учётными данными.`,
      ),
      facts,
      verdicts: [],
      fix: [],
    };
  }
  if (usable.length === 0 && expired.length > 0) {
    const last =
      expired
        .map((s) => s.c.endDateTime?.toISOString().slice(0, 10) ?? '')
        .sort()
        .pop() ?? '';
    return {
      status: 'fail',
      sentence: t(
        `Every secret and certificate of ${who} has expired (the last on ${last}).`,
        `Все секреты и сертификаты ${who} истекли (последний — ${last}).`,
      ),
      facts,
      verdicts: [
        confirmed(
          'sp-client-secret-expired',
          t(
            `All ${expired.length} credentials of ${who} have expired.`,
            `Все учётные данные ${who} (${expired.length}) истекли.`,
          ),
        ),
      ],
      fix: [rotate],
    };
  }
  if (expired.length > 0) {
    const sawExpiry = env.plan.aadsts.includes(AADSTS_EXPIRED);
    return {
      status: sawExpiry ? 'fail' : 'warn',
      sentence: t(
        `${who} has ${expired.length} expired and ${usable.length} valid credential(s): a client still using an expired secret fails.`,
        `У ${who} истёкших учётных данных: ${expired.length}, действующих: ${usable.length}; клиент, который всё ещё использует истёкший секрет, не войдёт.`,
      ),
      facts,
      verdicts: sawExpiry
        ? [
            confirmed(
              'sp-client-secret-expired',
              t(
                `Entra reported ${AADSTS_EXPIRED} and ${who} has expired secrets.`,
                `Entra вернул ${AADSTS_EXPIRED}, и у ${who} есть истёкшие секреты.`,
              ),
            ),
          ]
        : [],
      fix: [rotate],
    };
  }
  if (soon.length > 0) {
    return {
      status: 'warn',
      sentence: t(
        `${soon.length} credential(s) of ${who} expire within 30 days.`,
        `Срок действия учётных данных ${who} (${soon.length}) истекает в течение 30 дней.`,
      ),
      facts,
      verdicts: [
        ruledOut(
          'sp-client-secret-expired',
          t(`No credential of ${who} has expired yet.`, `Ни одни учётные данные ${who} ещё не истекли.`),
        ),
      ],
      fix: [rotate],
    };
  }
  return {
    status: 'pass',
    sentence: t(
      `All credentials of ${who} are valid for more than 30 days.`,
      `Все учётные данные ${who} действуют ещё больше 30 дней.`,
    ),
    facts,
    verdicts: [
      ruledOut(
        'sp-client-secret-expired',
        t(`No credential of ${who} has expired.`, `Ни одни учётные данные ${who} не истекли.`),
      ),
    ],
    fix: [],
  };
}

async function examine(env: CheckEnv, appId: string): Promise<Finding> {
  const app = await env.call((o) => env.azure.graph.applicationByAppId(appId, o));
  if (app.ok) return judge(env, app.value);
  if (app.error.kind !== 'not-found')
    return { status: 'unknown', sentence: t('', ''), facts: [], verdicts: [], fix: [], failure: app.error };
  const sp = await env.shared.servicePrincipal(appId);
  if (sp.ok) {
    const managed = sp.value.servicePrincipalType === 'ManagedIdentity';
    return {
      status: 'pass',
      sentence: managed
        ? t(
            `${sp.value.displayName} (${appId}) is a managed identity: it has no secrets to expire.`,
            `${sp.value.displayName} (${appId}) — управляемое удостоверение: у него нет секретов с истекающим сроком.`,
          )
        : t(
            `${sp.value.displayName} (${appId}) is registered in another tenant, so its secrets cannot be read from here.`,
            `${sp.value.displayName} (${appId}) зарегистрировано в другом клиенте (tenant), поэтому его секреты отсюда не видны.`,
          ),
      facts: [fact(t('Service principal', 'Субъект-служба'), `${sp.value.displayName} (${appId})`)],
      verdicts: managed
        ? [
            ruledOut(
              'sp-client-secret-expired',
              t(
                'A managed identity has no client secrets.',
                'У управляемого удостоверения нет секретов клиента.',
              ),
            ),
          ]
        : [],
      fix: [],
    };
  }
  if (sp.error.kind !== 'not-found')
    return { status: 'unknown', sentence: t('', ''), facts: [], verdicts: [], fix: [], failure: sp.error };
  return {
    status: 'fail',
    sentence: t(
      `Neither an application nor a service principal with id ${appId} exists in your tenant.`,
      `В вашем клиенте (tenant) нет ни приложения, ни субъекта-службы с идентификатором ${appId}.`,
    ),
    facts: [fact(t('Application id', 'Идентификатор приложения'), appId)],
    verdicts: [
      confirmed(
        'sp-not-found-in-tenant',
        env.plan.aadsts.includes(AADSTS_NOT_FOUND)
          ? t(
              `Entra reported ${AADSTS_NOT_FOUND} and Graph finds no application ${appId}.`,
              `Entra вернул ${AADSTS_NOT_FOUND}, и Graph не находит приложение ${appId}.`,
            )
          : t(
              `Graph finds no application or service principal ${appId}.`,
              `Graph не находит ни приложения, ни субъекта-службы ${appId}.`,
            ),
      ),
    ],
    fix: [
      fix(
        t(
          'Check the client id the failing client uses:',
          'Проверьте идентификатор клиента, который использует клиент с ошибкой:',
        ),
        `az ad sp show --id ${appId}`,
      ),
    ],
  };
}

const RANK = { fail: 3, warn: 2, pass: 1, unknown: 0 } as const;

/** Check 7: when the secrets and certificates of the application the text names expire. */
export const secretExpiryCheck: Check = {
  id: 'secret-expiry',
  wanted: (plan) => plan.appIds.length > 0,
  needs: 'nothing',
  audiences: ['graph'],
  async run(env): Promise<CheckOutcome> {
    if (env.plan.appIds.length === 0) {
      return unknown(
        'not-applicable',
        t('The text names no application (client) id.', 'В тексте нет идентификатора приложения (клиента).'),
      );
    }
    const findings = await Promise.all(env.plan.appIds.map((id) => examine(env, id)));
    const known = findings.filter((f) => f.status !== 'unknown');
    if (known.length === 0) {
      const failure = findings.find((f) => f.failure)?.failure;
      const what = t('Reading the application in Microsoft Graph', 'Чтение приложения в Microsoft Graph');
      return failure ? unknownFromFailure(failure, what) : unknown('service-error', what);
    }
    const status = known.reduce<'pass' | 'warn' | 'fail'>(
      (w, f) => (RANK[f.status] > RANK[w] ? (f.status as 'pass' | 'warn' | 'fail') : w),
      'pass',
    );
    return decided(
      status,
      t(known.map((f) => f.sentence.en).join(' '), known.map((f) => f.sentence.ru).join(' ')),
      {
        facts: known.flatMap((f) => f.facts),
        verdicts: known.flatMap((f) => f.verdicts),
        fix: known.flatMap((f) => f.fix),
      },
    );
  },
};
