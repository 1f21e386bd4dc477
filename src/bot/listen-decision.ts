import type { Diagnosis } from '../diagnosis/types';
import type { Fact } from '../knowledge';

/**
 * Whether a message nobody addressed to the bot deserves an answer. The engine alone decides, with two
 * parts of its result:
 * - the verdict must be "an ACR problem", and the weight it puts on ACR causes together must reach the
 *   threshold (summed over the ACR causes: a paste split between two ACR causes is still an ACR error);
 * - the signals it extracted must place the paste in Azure Container Registry: an ACR login server or
 *   registry, an `az acr` error code, an Entra error, an Azure container service as the tool, AKS, a
 *   registry firewall's client IP. Measured on ordinary channel traffic (`npm run bench:listen`), the
 *   engine also calls generic TLS, 401 and 429 errors of other tools "ACR" with full confidence; without
 *   this second part a busy channel would get a reply to one message in sixteen.
 */
export type ListenDecision =
  | { readonly answer: true; readonly confidence: number }
  | {
      readonly answer: false;
      readonly reason: 'not-acr' | 'unknown' | 'below-threshold' | 'no-acr-context';
      readonly confidence: number;
    };

/** The engine's confidence that the text is an ACR error at all (0..1). */
export function acrConfidence(diagnosis: Diagnosis): number {
  if (diagnosis.verdict !== 'acr') return 0;
  const mass = diagnosis.causes
    .filter((c) => c.scope !== 'not-acr' && c.family !== 'other')
    .reduce((sum, c) => sum + c.confidence, 0);
  return Math.min(1, mass);
}

/** Engine facts that tie a paste to Azure Container Registry (see Fact in src/knowledge/vocabulary.ts). */
const ACR_CONTEXT: readonly Fact[] = [
  'host:acr',
  'host:acr-data-endpoint',
  'host:acr-private-link',
  'host:acr-mixed-case',
  'host:acr-dnl',
  'host:acr-typo',
  'host:acr-invalid-name',
  'env:aks',
  'acr-named',
  'client-ip:public',
  'client-ip:private',
  'admin-fallback',
  'aad-failure',
  'anonymous-attempt',
  'cloud:china',
  'cloud:usgov',
  'tool:az',
  'tool:app-service',
  'tool:container-apps',
  'tool:aci',
  'tool:acr-tasks',
  'tool:aks-check-acr',
];
// Families of facts: any `az acr` error code, Entra error, token-endpoint status or login-user kind.
const ACR_CONTEXT_KINDS = ['code:', 'aadsts:', 'token-status:', 'login-user:'] as const;

export function hasAcrContext(diagnosis: Diagnosis): boolean {
  const { signals } = diagnosis;
  if (signals.registry !== null || signals.checkHealth.length > 0 || signals.aadsts.length > 0) return true;
  return signals.facts.some(
    (f) => ACR_CONTEXT.includes(f) || ACR_CONTEXT_KINDS.some((kind) => f.startsWith(kind)),
  );
}

export function listenDecision(diagnosis: Diagnosis, threshold: number): ListenDecision {
  const confidence = acrConfidence(diagnosis);
  if (diagnosis.verdict === 'not-acr') return { answer: false, reason: 'not-acr', confidence };
  if (diagnosis.verdict === 'unknown') return { answer: false, reason: 'unknown', confidence };
  if (confidence < threshold) return { answer: false, reason: 'below-threshold', confidence };
  if (!hasAcrContext(diagnosis)) return { answer: false, reason: 'no-acr-context', confidence };
  return { answer: true, confidence };
}
