import type { TokenCredential } from '@azure/core-auth';
import { callAzure, type CallOptions } from './call';
import type { AzureResult } from './result';

/**
 * Asks the credential for one audience's token and reports only whether that worked. The bot asks for the
 * Resource Manager token before it starts the checks, so a missing consent or a failed exchange is answered
 * with a sign-in or consent card instead of a report in which every check says "sign-in required". The
 * token stays in the credential's own in-memory cache for the run that follows.
 */
export async function probeToken(
  credential: TokenCredential,
  scope: string,
  options: CallOptions,
): Promise<AzureResult<{ readonly expiresOnTimestamp: number }>> {
  const result = await callAzure('entra', options, (abortSignal) =>
    credential.getToken(scope, { abortSignal }),
  );
  if (!result.ok) return result;
  if (result.value === null) {
    return {
      ok: false,
      error: { kind: 'unauthorized', service: 'entra', message: 'No token was issued.' },
    };
  }
  return { ok: true, value: { expiresOnTimestamp: result.value.expiresOnTimestamp } };
}
