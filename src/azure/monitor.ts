import { MonitorClient } from '@azure/arm-monitor';
import { callAzure, type CallOptions } from './call';
import type { CallCounter } from './call-counter';
import { addCounter, commonClientOptions } from './client-options';
import type { AzureConnection } from './connection';
import type { DiagnosticLogSetting, DiagnosticSettingInfo } from './models';
import { flatten, getJsonCollection } from './raw-json';
import { malformed, ok, type AzureResult } from './result';

/** Where a resource sends its logs. */
export interface MonitorApi {
  diagnosticSettings(resourceId: string, options: CallOptions): Promise<AzureResult<DiagnosticSettingInfo[]>>;
}

/**
 * @azure/arm-monitor 7 reads diagnostic settings with api-version 2017-05-01-preview, whose model has no
 * `categoryGroup`: a setting made with "allLogs" or "audit" (the portal's default today) would look as if it
 * sent no registry logs. So this one GET uses 2021-05-01-preview, through the SDK client's own pipeline.
 */
export const DIAGNOSTIC_SETTINGS_API_VERSION = '2021-05-01-preview';

const UNUSED_SUBSCRIPTION = '00000000-0000-0000-0000-000000000000';

function logSetting(raw: unknown): DiagnosticLogSetting | null {
  if (typeof raw !== 'object' || raw === null) return null;
  const { category, categoryGroup, enabled } = raw as Record<string, unknown>;
  if (typeof enabled !== 'boolean') return null;
  return {
    enabled,
    ...(typeof category === 'string' && category !== '' ? { category } : {}),
    ...(typeof categoryGroup === 'string' && categoryGroup !== '' ? { categoryGroup } : {}),
  };
}

function diagnosticSetting(raw: unknown): DiagnosticSettingInfo | null {
  if (typeof raw !== 'object' || raw === null) return null;
  const { name, properties } = raw as { name?: unknown; properties?: unknown };
  if (typeof name !== 'string' || typeof properties !== 'object' || properties === null) return null;
  const { workspaceId, logs } = properties as { workspaceId?: unknown; logs?: unknown };
  const parsedLogs = Array.isArray(logs) ? logs.map(logSetting) : [];
  if (parsedLogs.some((l) => l === null)) return null;
  return {
    name,
    ...(typeof workspaceId === 'string' && workspaceId !== '' ? { workspaceId } : {}),
    logs: parsedLogs.filter((l): l is DiagnosticLogSetting => l !== null),
  };
}

class ArmMonitorApi implements MonitorApi {
  private readonly client: MonitorClient;

  constructor(
    private readonly connection: AzureConnection,
    counter: CallCounter,
  ) {
    const { arm } = connection.endpoints;
    this.client = new MonitorClient(connection.credential, UNUSED_SUBSCRIPTION, {
      ...commonClientOptions(connection.tls),
      $host: arm.endpoint,
      endpoint: arm.endpoint,
      credentialScopes: [arm.scope],
    });
    addCounter(this.client.pipeline, counter.policy);
  }

  async diagnosticSettings(
    resourceId: string,
    options: CallOptions,
  ): Promise<AzureResult<DiagnosticSettingInfo[]>> {
    const url = `${this.connection.endpoints.arm.endpoint}${resourceId}/providers/Microsoft.Insights/diagnosticSettings?api-version=${DIAGNOSTIC_SETTINGS_API_VERSION}`;
    const result = flatten(
      await callAzure('arm', options, (signal) =>
        getJsonCollection((r) => this.client.sendRequest(r), 'arm', url, signal),
      ),
    );
    if (!result.ok) return result;
    const settings: DiagnosticSettingInfo[] = [];
    for (const raw of result.value) {
      const setting = diagnosticSetting(raw);
      if (!setting) return malformed('arm', 'A diagnostic setting lacks its name, properties or log flags');
      settings.push(setting);
    }
    return ok(settings);
  }
}

export function createMonitorApi(connection: AzureConnection, counter: CallCounter): MonitorApi {
  return new ArmMonitorApi(connection, counter);
}
