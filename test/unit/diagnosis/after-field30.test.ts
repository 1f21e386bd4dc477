/**
 * Rules written after field30's first look (test/fixtures/corpus/field30.md): Container Apps' revision time-out, named
 * as people name it, pasted here in forms field30 does not hold.
 */
import { diagnose } from '../../../src/diagnosis';

describe("Container Apps' 'Operation expired' beside the app", () => {
  it.each([
    'The orders container app failed with "Operation expired" after 20 minutes',
    'orders-container-app: Operation expired',
  ])('%s is a revision that could not pull its image, ambiguous', (text) => {
    const d = diagnose(text);
    expect(d.signals.facts).toContain('revision-timed-out');
    expect(d.causes[0]?.family).toBe('missing-role-assignment');
    expect(d.causes[0]?.confidence).toBeLessThan(0.9);
    expect(d.causes.map((c) => c.family)).toContain('credentials-not-configured');
  });

  it('is not an operation that expired anywhere else', () => {
    expect(diagnose('az webapp create: Operation expired').signals.facts).not.toContain('revision-timed-out');
  });
});
