import { failureFromError } from './errors';
import type { AzureResult, AzureService } from './result';

/** Every call into Azure takes these: the run's signal (its deadline) and this call's own timeout. */
export interface CallOptions {
  readonly signal: AbortSignal;
  readonly timeoutMs: number;
}

/**
 * Runs one request (or one paged listing) with a timeout, cancelled by the caller's signal, and turns any
 * failure into a result. The race guarantees an answer by the timeout even if a client ignored the signal.
 */
export async function callAzure<T>(
  service: AzureService,
  options: CallOptions,
  request: (signal: AbortSignal) => Promise<T>,
): Promise<AzureResult<T>> {
  if (options.signal.aborted) {
    return { ok: false, error: failureFromError(service, options.signal.reason, true) };
  }
  const controller = new AbortController();
  let timedOut = false;
  const abort = (): void => {
    timedOut = true;
    controller.abort();
  };
  const timer = setTimeout(abort, Math.max(0, options.timeoutMs));
  options.signal.addEventListener('abort', abort, { once: true });
  const aborted = new Promise<never>((_, reject) => {
    controller.signal.addEventListener('abort', () => reject(new Error('aborted')), { once: true });
  });
  try {
    const value = await Promise.race([request(controller.signal), aborted]);
    return { ok: true, value };
  } catch (err) {
    return { ok: false, error: failureFromError(service, err, timedOut) };
  } finally {
    clearTimeout(timer);
    options.signal.removeEventListener('abort', abort);
    // Settle the losing side of the race quietly.
    aborted.catch(() => undefined);
    controller.abort();
  }
}

/** Collects a paged listing into an array (the SDKs' iterators follow nextLink). */
export async function collect<T>(pages: AsyncIterable<T>, limit = 1000): Promise<T[]> {
  const items: T[] = [];
  for await (const item of pages) {
    items.push(item);
    if (items.length >= limit) break;
  }
  return items;
}
