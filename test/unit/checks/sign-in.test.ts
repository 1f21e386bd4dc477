import type { AzureFailure } from '../../../src/azure';
import { signInStateOf } from '../../../src/checks/sign-in';

const entra = (kind: AzureFailure['kind'], code?: string): AzureFailure =>
  kind === 'throttled'
    ? { kind, service: 'entra', message: 'm', retryAfterMs: null, ...(code ? { code } : {}) }
    : ({ kind, service: 'entra', message: 'm', ...(code ? { code } : {}) } as AzureFailure);

describe('what a failed Resource Manager token means for the person', () => {
  it.each(['AADSTS65001', 'AADSTS65004', 'AADSTS90094', 'AADSTS650057', 'consent_required'])(
    '%s: consent is missing',
    (code) => {
      expect(signInStateOf(entra('unauthorized', code))).toEqual({ kind: 'consent-required', code });
    },
  );

  it.each([
    ['AADSTS50013', 'assertion invalid'],
    ['AADSTS500133', 'assertion expired'],
    ['AADSTS50076', 'MFA required'],
    ['AADSTS53003', 'Conditional Access'],
  ])('%s (%s): the sign-in failed', (code) => {
    expect(signInStateOf(entra('unauthorized', code))).toEqual({ kind: 'sign-in-failed', code });
  });

  it('no code at all: the sign-in failed, without a code to show', () => {
    expect(signInStateOf(entra('unauthorized'))).toEqual({ kind: 'sign-in-failed' });
  });

  it.each([
    ['timeout', 'timeout'],
    ['service', 'service'],
    ['malformed', 'service'],
    ['throttled', 'service'],
  ] as const)('%s: Entra ID is unavailable (%s)', (kind, reason) => {
    expect(signInStateOf(entra(kind))).toEqual({ kind: 'unavailable', reason });
  });
});
