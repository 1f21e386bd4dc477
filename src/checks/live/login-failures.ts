import type { DiagnosticSettingInfo, LogTable, RegistryResource } from '../../azure';
import type { Check } from '../check';
import { confirmed, decided, fact, fix, unknownFromFailure } from '../outcome';
import { t } from '../text';
import type { CheckFact } from '../types';

const LOGIN_CATEGORY = 'ContainerRegistryLoginEvents';
const REPOSITORY_CATEGORY = 'ContainerRegistryRepositoryEvents';
/** Category groups that include the registry's audit logs. */
const GROUPS = new Set(['alllogs', 'audit']);

/**
 * Failed logins and repository operations of the last 24 hours. Both tables record the HTTP status in
 * ResultDescription; the union is fuzzy so a workspace that has only one of the tables still answers.
 */
export const LOGIN_FAILURES_QUERY = [
  `union isfuzzy=true ${LOGIN_CATEGORY}, ${REPOSITORY_CATEGORY}`,
  '| where TimeGenerated > ago(24h)',
  "| extend Repository = column_ifexists('Repository', '')",
  "| where not(ResultDescription startswith '2')",
  '| project TimeGenerated, Type, OperationName, Identity, CallerIpAddress, ResultType, ResultDescription, Repository',
  '| order by TimeGenerated desc',
  '| take 500',
].join('\n');

const MAX_GROUPS = 8;

export interface FailureGroup {
  readonly table: string;
  readonly identity: string;
  readonly ip: string;
  readonly result: string;
  readonly operation: string;
  readonly count: number;
  readonly last: string;
}

function sendsLoginEvents(s: DiagnosticSettingInfo): boolean {
  return (
    s.workspaceId !== undefined &&
    s.logs.some(
      (l) =>
        l.enabled &&
        (l.category === LOGIN_CATEGORY ||
          (l.categoryGroup !== undefined && GROUPS.has(l.categoryGroup.toLowerCase()))),
    )
  );
}

function cell(row: readonly unknown[], index: number): string {
  const v = index >= 0 ? row[index] : undefined;
  if (v instanceof Date) return v.toISOString();
  return v === null || v === undefined ? '' : String(v);
}

/** The HTTP status a log row records (ResultDescription or ResultType, whichever holds a number). */
function statusOf(resultType: string, resultDescription: string): string {
  return (
    [resultDescription, resultType].find((v) => /^\d{3}$/.test(v.trim()))?.trim() ??
    (resultDescription || resultType)
  );
}

/** Groups failed rows by table, identity, IP, result and operation; most frequent first. */
export function groupFailures(table: LogTable): FailureGroup[] {
  const col = (name: string): number => table.columns.indexOf(name);
  const [cTime, cType, cOp, cId, cIp, cRt, cRd] = [
    'TimeGenerated',
    'Type',
    'OperationName',
    'Identity',
    'CallerIpAddress',
    'ResultType',
    'ResultDescription',
  ].map(col);
  const groups = new Map<string, { g: Omit<FailureGroup, 'count' | 'last'>; count: number; last: string }>();
  for (const row of table.rows) {
    const result = statusOf(cell(row, cRt ?? -1), cell(row, cRd ?? -1));
    // A row that records no status (the columns absent in its table, or empty) says nothing about failure.
    if (result === '' || /^2\d\d$/.test(result)) continue;
    const g = {
      table: cell(row, cType ?? -1),
      identity: cell(row, cId ?? -1),
      ip: cell(row, cIp ?? -1),
      result,
      operation: cell(row, cOp ?? -1),
    };
    const key = JSON.stringify(g);
    const time = cell(row, cTime ?? -1);
    const entry = groups.get(key);
    if (entry) {
      entry.count += 1;
      if (time > entry.last) entry.last = time;
    } else {
      groups.set(key, { g, count: 1, last: time });
    }
  }
  return [...groups.values()]
    .map(({ g, count, last }) => ({ ...g, count, last }))
    .sort((a, b) => b.count - a.count || b.last.localeCompare(a.last));
}

function groupFact(g: FailureGroup): CheckFact {
  const who = g.identity || '—';
  const when = g.last ? g.last.slice(0, 16).replace('T', ' ') + ' UTC' : '';
  return fact(
    t(`${g.operation || 'Request'} by ${who}`, `${g.operation || 'Запрос'} от ${who}`),
    `${g.count} × ${g.result} · ${g.ip || '—'}${when ? ` · ${when}` : ''}`,
  );
}

function diagnosticsCommand(r: RegistryResource): string {
  return (
    `az monitor diagnostic-settings create --name acr-audit --resource ${r.id} --workspace <log-analytics-workspace-resource-id> ` +
    `--logs '[{"category":"${LOGIN_CATEGORY}","enabled":true},{"category":"${REPOSITORY_CATEGORY}","enabled":true}]'`
  );
}

/** Check 8: recent failed logins and repository operations from the registry's resource logs. */
export const loginFailuresCheck: Check = {
  id: 'login-failures',
  wanted: (plan) => plan.suggested.includes('login-failures'),
  needs: 'registry',
  audiences: ['arm', 'logs'],
  async run(env, r) {
    const settings = await env.call((o) => env.azure.monitor.diagnosticSettings(r.id, o));
    if (!settings.ok)
      return unknownFromFailure(
        settings.error,
        t("Reading the registry's diagnostic settings", 'Чтение параметров диагностики реестра'),
      );
    const sending = settings.value.filter(sendsLoginEvents);
    if (sending.length === 0) {
      return decided(
        'warn',
        t(
          `${r.name} does not send its login events to a Log Analytics workspace, so there is no record of failed logins to look at.`,
          `${r.name} не отправляет события входа в рабочую область Log Analytics, поэтому сведений о неудачных входах нет.`,
        ),
        {
          facts: [
            fact(
              t('Diagnostic settings', 'Параметры диагностики'),
              settings.value.map((s) => s.name).join(', ') || '—',
            ),
          ],
          fix: [
            fix(
              t(
                'Send login and repository events to a workspace (new events only):',
                'Отправляйте события входа и репозиториев в рабочую область (только новые события):',
              ),
              diagnosticsCommand(r),
            ),
          ],
        },
      );
    }
    const workspaces = [...new Set(sending.map((s) => s.workspaceId?.split('/').pop() ?? ''))].join(', ');
    const answer = await env.call((o) =>
      env.azure.logs.queryResource(r.id, LOGIN_FAILURES_QUERY, 'PT24H', o),
    );
    if (!answer.ok)
      return unknownFromFailure(answer.error, t("Querying the registry's logs", 'Запрос журналов реестра'));
    const groups = groupFailures(answer.value);
    const workspaceFact = fact(t('Log Analytics workspace', 'Рабочая область Log Analytics'), workspaces);
    if (groups.length === 0) {
      return decided(
        'pass',
        t(
          `No failed logins or repository operations on ${r.name} in the last 24 hours (events arrive a few minutes late).`,
          `За последние 24 часа неудачных входов и операций с репозиториями ${r.name} не было (события поступают с задержкой в несколько минут).`,
        ),
        { facts: [workspaceFact] },
      );
    }
    const total = groups.reduce((n, g) => n + g.count, 0);
    const top = groups[0];
    const throttled = groups.filter((g) => g.result === '429');
    return decided(
      'warn',
      t(
        `${total} failed request(s) on ${r.name} in the last 24 hours${top ? `; most often ${top.result} for ${top.identity || 'an anonymous client'} from ${top.ip || 'an unknown IP'}` : ''}.`,
        `За последние 24 часа неудачных запросов к ${r.name}: ${total}${top ? `; чаще всего ${top.result} для ${top.identity || 'анонимного клиента'} с адреса ${top.ip || 'неизвестного IP'}` : ''}.`,
      ),
      {
        facts: [workspaceFact, ...groups.slice(0, MAX_GROUPS).map(groupFact)],
        verdicts:
          throttled.length > 0
            ? [
                confirmed(
                  'acr-request-throttled-429',
                  t(
                    `The registry's logs record ${throttled.reduce((n, g) => n + g.count, 0)} request(s) answered 429 in the last 24 hours.`,
                    `В журналах реестра за последние 24 часа ${throttled.reduce((n, g) => n + g.count, 0)} запрос(ов) с ответом 429.`,
                  ),
                ),
              ]
            : [],
      },
    );
  },
};
