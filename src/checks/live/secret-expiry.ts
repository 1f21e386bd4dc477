import type { AppCredentialInfo, AzureFailure, GraphApplication } from '../../azure';
import type { CauseVerdict, Text } from '../../knowledge';
import type { Check, CheckEnv, CheckOutcome } from '../check';
import { confirmed, decided, fact, fix, ruledOut, unknown, unknownFromFailure } from '../outcome';
import { t } from '../text';
import type { CheckFact, CheckFix, UnknownReason } from '../types';

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
  /** For an `unknown` finding that says itself what could not be read (no failure to explain). */
  readonly reason?: UnknownReason;
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
    ...(app.certificates === 'throttled'
      ? [
          fact(
            t('Certificates', 'Сертификаты'),
            t(
              'not read: Microsoft Graph limits how often they may be read',
              'не прочитаны: Microsoft Graph ограничивает частоту их чтения',
            ).en,
          ),
        ]
      : []),
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
  if (states.length === 0 && app.certificates === 'throttled') {
    return {
      status: 'unknown',
      reason: 'throttled',
      sentence: t(
        `${who} has no client secrets, and Microsoft Graph refused to show its certificates just now (it limits how often they may be read); try again in a minute.`,
        `У ${who} нет секретов клиента, а сертификаты Microsoft Graph сейчас показать отказался (он ограничивает частоту их чтения); повторите через минуту.`,
      ),
      facts,
      verdicts: [],
      fix: [],
    };
  }
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
    const name = `${sp.value.displayName} (${appId})`;
    const spFact = fact(t('Service principal', 'Субъект-служба'), name);
    if (sp.value.servicePrincipalType === 'ManagedIdentity') {
      return {
        status: 'pass',
        sentence: t(
          `${name} is a managed identity: it has no secrets to expire.`,
          `${name} — управляемое удостоверение: у него нет секретов с истекающим сроком.`,
        ),
        facts: [spFact],
        verdicts: [
          ruledOut(
            'sp-client-secret-expired',
            t(
              'A managed identity has no client secrets.',
              'У управляемого удостоверения нет секретов клиента.',
            ),
          ),
        ],
        fix: [],
      };
    }
    // The application object (which holds the secrets) is not in this tenant's directory: the secrets were
    // not read, so nothing is decided about them. Graph says which tenant owns the application.
    const owner = sp.value.appOwnerOrganizationId;
    const sawExpiry = env.plan.aadsts.includes(AADSTS_EXPIRED);
    const where = owner
      ? t(
          `the application is registered in tenant ${owner}`,
          `приложение зарегистрировано в клиенте (tenant) ${owner}`,
        )
      : t(
          'Microsoft Graph did not say which tenant registered the application',
          'Microsoft Graph не сообщил, в каком клиенте (tenant) зарегистрировано приложение',
        );
    const expiry = sawExpiry
      ? t(
          ` The text shows ${AADSTS_EXPIRED} (an expired client secret): ask that tenant's administrators to check the secret.`,
          ` В тексте есть ${AADSTS_EXPIRED} (секрет клиента истёк): попросите администраторов того клиента проверить секрет.`,
        )
      : t('', '');
    return {
      status: 'unknown',
      reason: 'not-applicable',
      sentence: t(
        `Not read: ${name} has a service principal here, but ${where.en}, so its secrets and certificates cannot be read from your tenant.${expiry.en}`,
        `Не прочитано: у ${name} здесь есть субъект-служба, но ${where.ru}, поэтому его секреты и сертификаты из вашего клиента не видны.${expiry.ru}`,
      ),
      facts: [
        spFact,
        fact(t('Application registered in tenant', 'Клиент (tenant) регистрации приложения'), owner ?? '—'),
      ],
      verdicts: [],
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
      // Say what could not be read, when a finding says it itself; else explain the failure.
      const said = findings.filter((f) => f.reason !== undefined);
      const first = said[0];
      if (first?.reason)
        return unknown(
          first.reason,
          t(said.map((f) => f.sentence.en).join(' '), said.map((f) => f.sentence.ru).join(' ')),
          said.flatMap((f) => f.facts),
        );
      const failure = findings.find((f) => f.failure)?.failure;
      const what = t('Reading the application in Microsoft Graph', 'Чтение приложения в Microsoft Graph');
      return failure ? unknownFromFailure(failure, what) : unknown('service-error', what);
    }
    const status = known.reduce<'pass' | 'warn' | 'fail'>(
      (w, f) => (RANK[f.status] > RANK[w] ? (f.status as 'pass' | 'warn' | 'fail') : w),
      'pass',
    );
    // Ids whose secrets could not be read still say so next to the ones that were.
    const told = findings.filter((f) => f.status !== 'unknown' || f.reason !== undefined);
    return decided(
      status,
      t(told.map((f) => f.sentence.en).join(' '), told.map((f) => f.sentence.ru).join(' ')),
      {
        facts: told.flatMap((f) => f.facts),
        verdicts: known.flatMap((f) => f.verdicts),
        fix: known.flatMap((f) => f.fix),
      },
    );
  },
};
