import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { LISTEN_THREAD_TTL_MS } from '../../../src/config';
import { EXPIRING_PREFIX } from '../../../src/state';

/**
 * Records that end are deleted by the storage account's lifecycle rules (infra/main.bicep): one rule per
 * prefix the code writes, keeping each record at least as long as the code still reads it.
 */
const bicep = readFileSync(join(__dirname, '..', '..', '..', 'infra', 'main.bicep'), 'utf8');

function deleteAfterDays(prefix: string): number | undefined {
  const at = bicep.indexOf(`\${stateContainerName}/${prefix}'`);
  if (at < 0) return undefined;
  const days = /daysAfterModificationGreaterThan: (\d+)/.exec(bicep.slice(at))?.[1];
  return days === undefined ? undefined : Number(days);
}

it('deletes expiring records (answered threads, counters) only after the code stops reading them', () => {
  const days = deleteAfterDays(EXPIRING_PREFIX);
  expect(days).toBeDefined();
  expect((days ?? 0) * 24 * 60 * 60 * 1000).toBeGreaterThan(LISTEN_THREAD_TTL_MS);
});

it('deletes live-check reports after the day the cards that show them live', () => {
  expect(deleteAfterDays('reports/')).toBeGreaterThanOrEqual(1);
});

it('deletes shared feedback text after the days the deployment sets, and tells the bot the same days', () => {
  expect(bicep).toMatch(
    /feedback-text%2F'\] \}\s*actions: \{ baseBlob: \{ delete: \{ daysAfterModificationGreaterThan: feedbackKeepDays \}/,
  );
  expect(bicep).toContain('FEEDBACK_KEEP_DAYS: string(feedbackKeepDays)');
  expect(bicep).toMatch(/@maxValue\(365\)\s*param feedbackKeepDays int = 90/);
});
