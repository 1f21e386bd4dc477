import { performance } from 'node:perf_hooks';
import { diagnose } from '../diagnosis';
import type { Diagnosis } from '../diagnosis/types';
import { diagnosisEvent, type DiagnosisSource } from '../telemetry/diagnosis-event';
import type { Logger } from './log';

/**
 * The engine, timed: every diagnosis the bot makes is reported as one `diagnosis` event (families, top
 * confidence, engine latency, paste size; see src/telemetry/diagnosis-event.ts), which the logger also sends
 * to Application Insights when it is configured.
 */
export function measuredDiagnose(
  log: Logger,
  source: DiagnosisSource,
  text: string,
  options?: Parameters<typeof diagnose>[1],
): Diagnosis {
  const started = performance.now();
  const diagnosis = diagnose(text, options);
  const latencyMs = performance.now() - started;
  log.info('diagnosis', { ...diagnosisEvent(source, diagnosis, latencyMs, Buffer.byteLength(text, 'utf8')) });
  return diagnosis;
}
