import type { AzureApis, AzureFailure } from '../azure';

/**
 * Whether a credential can get a Resource Manager token, asked once before a run: every live check needs
 * that token (the registry lookup is ARM), so a missing consent or a failed exchange is better answered with
 * what to do about it than with a report in which each check says "sign-in required".
 */
export type SignInState =
  | { readonly kind: 'ready' }
  /** Nobody consented to the Azure access on the user's behalf (AADSTS65001 and relatives). */
  | { readonly kind: 'consent-required'; readonly code: string }
  /** Entra ID refused the exchange for another reason: an expired or foreign token, MFA or Conditional Access. */
  | { readonly kind: 'sign-in-failed'; readonly code?: string }
  /** Entra ID did not answer in time, or failed. */
  | { readonly kind: 'unavailable'; readonly reason: 'timeout' | 'service' };

/**
 * Entra ID codes that mean "consent is missing": 65001 no consent, 65004 consent declined, 90094 and 90099
 * admin consent required, 650057 the permission is not among the app registration's requested permissions.
 */
const CONSENT_CODES = new Set(['AADSTS65001', 'AADSTS65004', 'AADSTS90094', 'AADSTS90099', 'AADSTS650057']);

export function signInStateOf(failure: AzureFailure): SignInState {
  switch (failure.kind) {
    case 'timeout':
      return { kind: 'unavailable', reason: 'timeout' };
    case 'service':
    case 'malformed':
    case 'throttled':
      return { kind: 'unavailable', reason: 'service' };
    case 'unauthorized':
    case 'forbidden':
    case 'not-found': {
      const code = failure.code;
      if (code !== undefined && (CONSENT_CODES.has(code) || code === 'consent_required'))
        return { kind: 'consent-required', code };
      return code === undefined ? { kind: 'sign-in-failed' } : { kind: 'sign-in-failed', code };
    }
  }
}

/** Gets the run's Resource Manager token (the run's calls reuse it) or says why it cannot be had. */
export async function checkSignIn(azure: AzureApis, timeoutMs: number): Promise<SignInState> {
  const result = await azure.probe('arm', {
    signal: new AbortController().signal,
    timeoutMs: Math.max(1, timeoutMs),
  });
  return result.ok ? { kind: 'ready' } : signInStateOf(result.error);
}
