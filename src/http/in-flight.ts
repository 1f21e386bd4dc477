/**
 * Work the server has started and must not cut off when it stops: turns being answered and card updates
 * sent after an answer. Stopping waits for them, but only so long: a connector that never answers must not
 * keep an instance from shutting down.
 */
export class InFlight {
  private readonly pending = new Set<Promise<unknown>>();

  get size(): number {
    return this.pending.size;
  }

  track(work: Promise<unknown>): void {
    const settled = work.then(
      () => undefined,
      () => undefined,
    );
    this.pending.add(settled);
    void settled.then(() => this.pending.delete(settled));
  }

  /** Resolves when everything tracked has settled, or after `timeoutMs`, whichever comes first. */
  async drain(timeoutMs: number): Promise<'drained' | 'timed-out'> {
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<'timed-out'>((resolve) => {
      timer = setTimeout(() => resolve('timed-out'), timeoutMs);
    });
    const drained = (async (): Promise<'drained'> => {
      while (this.pending.size > 0) await Promise.all([...this.pending]);
      return 'drained';
    })();
    try {
      return await Promise.race([drained, timeout]);
    } finally {
      clearTimeout(timer);
    }
  }
}
