import { diagnose } from '../../src/diagnosis';
import type { Diagnosis, RankedCause, Signals } from '../../src/diagnosis/types';

const EMPTY_SIGNALS: Signals = {
  tool: null,
  tools: [],
  operation: null,
  checkHealth: [],
  http: [],
  distribution: [],
  aadsts: [],
  loginServers: [],
  registry: null,
  repository: null,
  tag: null,
  clientIps: [],
  appIds: [],
  principalIds: [],
  subscriptions: [],
  tenants: [],
  correlationIds: [],
  otherRegistries: [],
  facts: [],
};

/** A diagnosis as the engine would hand it over, with only the signals a test cares about. */
export function diagnosisWith(
  signals: Partial<Signals>,
  causes: readonly Partial<RankedCause>[] = [],
): Diagnosis {
  return {
    verdict: causes.length > 0 ? 'acr' : 'unknown',
    causes: causes.map((c, i) => ({
      id: 'other' as const,
      family: 'other' as const,
      scope: 'acr-access' as const,
      confidence: 1 / (i + 2),
      evidence: [],
      counterEvidence: [],
      fix: [],
      checks: [],
      ...c,
    })) as RankedCause[],
    signals: { ...EMPTY_SIGNALS, registry: 'contoso', ...signals },
    secrets: [],
    distinguish: null,
    ambiguity: { ambiguous: false },
    notices: [],
    text: '',
  };
}

/** The distinct families of the causes the engine ranks for a text, the first cause's first. */
export function familiesOf(text: string): string[] {
  return [...new Set(diagnose(text).causes.map((c) => c.family))];
}
