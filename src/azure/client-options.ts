import type { PipelinePolicy } from '@azure/core-rest-pipeline';
import type { TlsTrust } from './connection';

/** Options every SDK client gets. */
export interface CommonClientOptions {
  readonly retryOptions: { readonly maxRetries: number };
  readonly tlsOptions?: { readonly ca: string };
  readonly userAgentOptions: { readonly userAgentPrefix: string };
}

/**
 * The SDKs' own retry policies would wait out a Retry-After of any length; the check runner decides instead
 * whether a retry still fits the run's deadline, so the clients never retry on their own.
 */
export function commonClientOptions(tls: TlsTrust | undefined): CommonClientOptions {
  return {
    retryOptions: { maxRetries: 0 },
    ...(tls ? { tlsOptions: { ca: tls.ca } } : {}),
    userAgentOptions: { userAgentPrefix: 'acr-doctor' },
  };
}

/** Adds the call counter after signing: a request is counted once, when it leaves with its token. */
export function addCounter(
  pipeline: { addPolicy(policy: PipelinePolicy, options?: { afterPhase?: 'Sign' }): void },
  policy: PipelinePolicy,
): void {
  pipeline.addPolicy(policy, { afterPhase: 'Sign' });
}
