import { callAzure } from '../../../src/azure/call';

describe('callAzure', () => {
  it('answers the value', async () => {
    const signal = new AbortController().signal;
    expect(await callAzure('arm', { signal, timeoutMs: 1000 }, async () => 42)).toEqual({
      ok: true,
      value: 42,
    });
  });

  it('answers timeout at the call timeout even if the request never settles', async () => {
    jest.useFakeTimers();
    try {
      let settled = false;
      const pending = callAzure(
        'logs',
        { signal: new AbortController().signal, timeoutMs: 100 },
        () => new Promise<never>(() => undefined),
      ).finally(() => (settled = true));
      await jest.advanceTimersByTimeAsync(99);
      expect(settled).toBe(false);
      await jest.advanceTimersByTimeAsync(1);
      expect(await pending).toEqual({
        ok: false,
        error: { kind: 'timeout', service: 'logs', message: 'No answer before the deadline.' },
      });
      expect(jest.getTimerCount()).toBe(0);
    } finally {
      jest.useRealTimers();
    }
  });

  it('answers timeout when the run is cancelled, and passes the cancellation on to the request', async () => {
    const run = new AbortController();
    let seen: AbortSignal | undefined;
    const pending = callAzure('graph', { signal: run.signal, timeoutMs: 10000 }, (signal) => {
      seen = signal;
      return new Promise<never>(() => undefined);
    });
    run.abort();
    expect((await pending).ok).toBe(false);
    expect(seen?.aborted).toBe(true);
  });

  it('does not start a request for a run that is already over', async () => {
    const run = new AbortController();
    run.abort();
    let started = false;
    const result = await callAzure('arm', { signal: run.signal, timeoutMs: 1000 }, async () => {
      started = true;
      return 1;
    });
    expect(started).toBe(false);
    expect(result.ok).toBe(false);
  });

  it('turns a thrown error into a failure', async () => {
    const result = await callAzure(
      'arm',
      { signal: new AbortController().signal, timeoutMs: 1000 },
      async () => {
        throw new Error('ECONNREFUSED 127.0.0.1:1');
      },
    );
    expect(result).toEqual({
      ok: false,
      error: { kind: 'service', service: 'arm', message: 'ECONNREFUSED 127.0.0.1:1' },
    });
  });
});
