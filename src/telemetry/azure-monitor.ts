import { logs, SeverityNumber } from '@opentelemetry/api-logs';
import type { TelemetrySettings } from '../config';

/**
 * Application Insights through OpenTelemetry (@azure/monitor-opentelemetry): incoming requests, outgoing HTTP
 * and Azure SDK calls (Azure, the Bot Connector, storage) are traced automatically once it is started, which
 * must happen before restify and the HTTP clients load (src/telemetry/preload.ts). The bot's own events —
 * diagnoses, live-check outcomes, feedback — are sent as custom events by the logger (logger.ts).
 */

let started = false;

export function startTelemetry(settings: TelemetrySettings): boolean {
  if (settings.kind !== 'azure-monitor' || started) return started;
  // Loaded only when configured: the SDK and its instrumentations cost memory and start-up time.
  /* eslint-disable @typescript-eslint/no-require-imports */
  const { useAzureMonitor } =
    require('@azure/monitor-opentelemetry') as typeof import('@azure/monitor-opentelemetry');
  /* eslint-enable @typescript-eslint/no-require-imports */
  useAzureMonitor({
    azureMonitorExporterOptions: { connectionString: settings.connectionString },
    enableLiveMetrics: false,
    instrumentationOptions: {
      http: { enabled: true },
      azureSdk: { enabled: true },
      bunyan: { enabled: false },
      winston: { enabled: false },
      mongoDb: { enabled: false },
      mySql: { enabled: false },
      postgreSql: { enabled: false },
      redis: { enabled: false },
      redis4: { enabled: false },
    },
  });
  started = true;
  return true;
}

/** The events Application Insights gets as customEvents: what the bot answered, not what people pasted. */
const EVENTS = new Set([
  'diagnosis',
  'answered',
  'answered-submit',
  'action',
  'live-check',
  'card-updated',
  'feedback-recorded',
]);

export function emitEvent(event: string, fields: Readonly<Record<string, unknown>>): void {
  if (!started || !EVENTS.has(event)) return;
  const attributes: Record<string, string | number | boolean> = { 'microsoft.custom_event.name': event };
  for (const [key, value] of Object.entries(fields))
    if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean')
      attributes[key] = value;
  logs.getLogger('acr-doctor').emit({ severityNumber: SeverityNumber.INFO, body: event, attributes });
}
