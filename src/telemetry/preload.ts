import { processConfig } from '../config';
import { startTelemetry } from './azure-monitor';

/**
 * Imported first by src/server.ts: starts Application Insights, when configured, before restify, the HTTP
 * clients and the logger are loaded, so that their calls are instrumented. A configuration that is not
 * valid is left to server.ts to report.
 */
const result = processConfig();
if (result.kind === 'ok') startTelemetry(result.config.telemetry);
