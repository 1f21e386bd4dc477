import type { PasteEvidence } from '../checks/plan';
import type { Diagnosis } from '../diagnosis/types';

/** The parts of a diagnosis live checks read: what the paste showed, its ranked causes, what was masked. */
export type PasteDiagnosis = Pick<Diagnosis, 'signals' | 'causes' | 'secrets'>;

/** How many of the leading causes may add the checks they name. */
const SUGGESTING_CAUSES = 5;

/** The signals of a diagnosis a plan reads (ids, IPs, the registry, facts), and the checks its causes name. */
export function pasteEvidence(diagnosis: PasteDiagnosis): PasteEvidence {
  const s = diagnosis.signals;
  return {
    loginServers: s.loginServers,
    registry: s.registry,
    facts: s.facts,
    appIds: s.appIds,
    principalIds: s.principalIds,
    clientIps: s.clientIps,
    subscriptions: s.subscriptions,
    aadsts: s.aadsts,
    repository: s.repository,
    operation: s.operation,
    tool: s.tool,
    sawPassword: diagnosis.secrets.some((m) => m.kind === 'basic-auth' || m.kind === 'password'),
    suggestedChecks: [...new Set(diagnosis.causes.slice(0, SUGGESTING_CAUSES).flatMap((c) => c.checks))],
  };
}
