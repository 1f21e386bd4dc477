/**
 * A stored diagnosis must not keep the paste alive: V8 keeps a whole string in memory behind any slice of
 * it. Measured with the garbage collector when jest runs with --expose-gc; otherwise only the shape is checked.
 */
import { diagnose } from '../../../src/diagnosis';

const gc = (globalThis as { gc?: () => void }).gc;

describe('diagnosis memory', () => {
  it('does not retain the pasted text through evidence and signals', () => {
    const kept: unknown[] = [];
    const heap = () => {
      gc?.();
      return process.memoryUsage().heapUsed;
    };
    const before = heap();
    for (let i = 0; i < 40; i++) {
      const noise = `${'x'.repeat(60)} ${i}\n`.repeat(16_000); // about 1 MB each
      const d = diagnose(
        `${noise}denied: client with IP '20.1.2.${i}' is not allowed access to contoso.azurecr.io\n${noise}`,
      );
      kept.push({ causes: d.causes, signals: d.signals });
    }
    const grown = (heap() - before) / 1024 / 1024;
    expect(kept).toHaveLength(40);
    // 40 pastes of 2 MB would be 80+ MB if retained; the diagnoses themselves are a few kilobytes each.
    if (gc) expect(grown).toBeLessThan(20);
  });
});
