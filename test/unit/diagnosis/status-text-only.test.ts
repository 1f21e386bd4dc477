import { diagnose } from '../../../src/diagnosis';

/** Docker's daemon names a 5xx that came without an error body by its status text alone, after the URL it asked. */
describe('a 5xx named only by its status text', () => {
  it.each(['Service Unavailable', 'Bad Gateway', 'Gateway Timeout'])(
    'reads "%s" as a service-side fault',
    (status) => {
      const d = diagnose(`Error response from daemon: Get "https://northwind.azurecr.io/v2/": ${status}`);
      expect(d.causes[0]?.id).toBe('transient-service-error');
    },
  );

  it('leaves a mistyped login server to the name causes', () => {
    const d = diagnose(
      'Error response from daemon: Get "https://northwind.azureacr.io/v2/": Service Unavailable',
    );
    expect(d.causes[0]?.family).toBe('wrong-registry-name-or-not-found');
  });
});
