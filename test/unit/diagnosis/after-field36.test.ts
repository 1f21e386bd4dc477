/**
 * Rules written after field36's first look: a platform's length limit on a name is the naming, not the registry;
 * "Unauthorised" in British spelling is the same refusal; "I need to enable the admin user" says it is off.
 */
import { diagnose } from '../../../src/diagnosis';

it("Container Apps' length limit on a secret named after the registry is not an access problem", () => {
  const d = diagnose(
    'ERROR: The following field(s) are invalid: configuration.secrets : "contosoacrazurecrio-contosoacr": Length must be no more than 63 characters.',
  );
  expect(d.verdict).toBe('not-acr');
  expect(d.causes[0]?.id).toBe('cli-usage-or-unsupported');
});

it('reads "Unauthorised" at a registry as the unauthorised signal', () => {
  const d = diagnose('Pushing to contosoacr.azurecr.io keeps failing: Unauthorised');
  expect(d.fallback?.basis).toBe('structure');
  expect(d.causes.length).toBeGreaterThan(1);
});

it('reads "need to enable the admin user" as the admin user being off', () => {
  const d = diagnose('azd up fails on the registry: the error says I need to enable the admin user');
  expect(d.causes[0]?.family).toBe('admin-user-disabled');
  expect(d.fallback?.basis).toBe('statement');
});
