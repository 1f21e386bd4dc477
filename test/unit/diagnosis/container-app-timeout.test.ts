/**
 * A Container App whose new revision did not start in the platform's time says only "Operation expired". Most often
 * the image could not be pulled (an identity without AcrPull yet, no registry block), but the app failing its own
 * probes reads the same: the engine names the pull causes, says it cannot decide, and stays well below certain.
 * Learnt from incident notes of several teams (field11 11A007's context, field12 12A001, 12A005, 12A006).
 */
import { diagnose } from '../../../src/diagnosis';

const EXPIRED =
  "ContainerAppOperationError: Failed to provision revision for container app 'ca-api'. Error details: Operation expired.";

it('a revision that timed out: the pull causes, undecided, well below certain', () => {
  const d = diagnose(`Error: creating Container App "ca-api" in rg-prod\n${EXPIRED}`);
  expect(d.verdict).toBe('acr');
  const families = d.causes.slice(0, 2).map((c) => c.family);
  expect(families).toEqual(expect.arrayContaining(['missing-role-assignment', 'credentials-not-configured']));
  expect(d.ambiguity.ambiguous).toBe(true);
  expect(d.causes[0]!.confidence).toBeLessThan(0.8);
});

it('an expired operation of anything else is no registry problem', () => {
  const d = diagnose(
    "Code: OperationExpired\nMessage: The operation on cluster 'aks-prod' did not finish. Error details: Operation expired.",
  );
  expect(d.causes.map((c) => c.family)).not.toContain('missing-role-assignment');
  expect(d.causes.map((c) => c.family)).not.toContain('credentials-not-configured');
});
