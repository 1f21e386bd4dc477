import { LogsQueryClient, LogsQueryResultStatus } from '@azure/monitor-query-logs';
import { callAzure, type CallOptions } from './call';
import type { CallCounter } from './call-counter';
import { addCounter, commonClientOptions } from './client-options';
import type { AzureConnection } from './connection';
import { safeMessage } from './errors';
import type { LogTable } from './models';
import { fail, malformed, ok, type AzureResult } from './result';

/** Log Analytics queries. */
export interface LogsApi {
  /**
   * Runs a KQL query over the logs a resource sent to any workspace (a resource-context query): it needs read
   * access to the resource's logs, not to the whole workspace.
   */
  queryResource(
    resourceId: string,
    query: string,
    durationIso: string,
    options: CallOptions,
  ): Promise<AzureResult<LogTable>>;
}

class LogAnalyticsApi implements LogsApi {
  private readonly client: LogsQueryClient;

  constructor(connection: AzureConnection, counter: CallCounter) {
    const { logs } = connection.endpoints;
    this.client = new LogsQueryClient(connection.credential, {
      ...commonClientOptions(connection.tls),
      endpoint: logs.endpoint,
      // monitor-query-logs 1.0.0 ignores its `audience` option; the token scope has to be given here.
      credentials: { scopes: [logs.scope] },
    });
    addCounter(this.client.pipeline, counter.policy);
  }

  async queryResource(
    resourceId: string,
    query: string,
    durationIso: string,
    options: CallOptions,
  ): Promise<AzureResult<LogTable>> {
    // The documented path is {endpoint}/v1/subscriptions/…/query; the SDK's template adds its own slash.
    const path = resourceId.replace(/^\/+/, '');
    const result = await callAzure('logs', options, (abortSignal) =>
      this.client.queryResource(
        path,
        query,
        { duration: durationIso },
        { abortSignal, serverTimeoutInSeconds: Math.max(1, Math.floor(options.timeoutMs / 1000)) },
      ),
    );
    if (!result.ok) return result;
    const answer = result.value;
    if (answer.status === LogsQueryResultStatus.PartialFailure) {
      const code = answer.partialError.code;
      return fail({
        kind: 'service',
        service: 'logs',
        ...(code ? { code } : {}),
        message: safeMessage(answer.partialError.message ?? 'The query partly failed'),
      });
    }
    const table = answer.tables[0];
    if (!table || !Array.isArray(table.rows) || !Array.isArray(table.columnDescriptors)) {
      return malformed('logs', 'The query answer has no table');
    }
    return ok({ columns: table.columnDescriptors.map((c) => c.name ?? ''), rows: table.rows });
  }
}

export function createLogsApi(connection: AzureConnection, counter: CallCounter): LogsApi {
  return new LogAnalyticsApi(connection, counter);
}
