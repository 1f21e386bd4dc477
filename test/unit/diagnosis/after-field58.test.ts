import { diagnose } from '../../../src/diagnosis';

/**
 * What field58's first look missed, generalised: an Entra code written without its AADSTS prefix, as the portal's
 * sign-in log and people retelling it write it. Every paste here is our own.
 */
describe("field58's misses, in other words", () => {
  it.each([
    ['Azure AD', 'Deploy blocked again: Azure AD Error Code 53003 on the pipeline agent'],
    ['Entra, with a colon', 'Entra ID error code: 53003 (the runner is outside the trusted locations)'],
    ['the sign-in log', 'Sign-in error code 53003 for the deploy service principal since Monday'],
  ])('reads the code as AADSTS53003 when %s writes it bare', (_what, text) => {
    expect(diagnose(text).causes[0]?.id).toBe('conditional-access-blocked');
  });

  it('leaves a bare five-digit error code of anything else alone', () => {
    expect(diagnose('HTTP error code 53003 from the upstream proxy').causes.map((c) => c.id)).not.toContain(
      'conditional-access-blocked',
    );
  });
});
