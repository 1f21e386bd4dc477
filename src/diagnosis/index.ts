// TEMPORARY until the engine lands (the lead is writing it now): same signature, empty answer.
import type { Diagnosis } from './types';

export interface DiagnoseOptions {
  /** A registry named outside the paste (e.g. `@acr-doctor contoso <paste>`): used as context. */
  readonly registryHint?: string;
}

export function diagnose(text: string, _options: DiagnoseOptions = {}): Diagnosis {
  return {
    verdict: 'unknown',
    causes: [],
    signals: {
      tool: null, tools: [], operation: null, checkHealth: [], http: [], distribution: [], aadsts: [],
      loginServers: [], registry: null, repository: null, tag: null, clientIps: [], principalIds: [],
      correlationIds: [], otherRegistries: [], facts: [],
    },
    secrets: [],
    distinguish: null,
    notices: text.trim() ? [{ kind: 'no-error-found' }] : [{ kind: 'empty' }],
    text,
  };
}

export type * from './types';
