import { createRequire } from 'node:module';

/**
 * Preloaded into Azurite's process (node --require) by `npm run bench:load` (unless LOAD_STORE_LOOKUPS=as-is).
 *
 * Why: Azurite in memory keeps blobs in a LokiJS collection, and every blob create looks the blob up with
 * findOne({ accountName, containerName, name, snapshot }). LokiJS uses a binary index only for the first
 * property of such a query; `accountName` is the same for every blob, so each create scans every blob of the
 * account: measured on this machine, 2–3 ms of Azurite CPU per create at 1,000 blobs and 9–10 ms at 8,000,
 * whatever their size. A bench of 10,000 activities (one create each) then measures that scan. Azure Blob
 * Storage has no such cost. Putting `name` (which has its own binary index) first finds the same document —
 * the query is a conjunction, its order does not change what matches — in logarithmic time. Nothing else
 * in Azurite changes.
 */

interface LokiCollection {
  findOne(query?: unknown): unknown;
  readonly binaryIndices?: Readonly<Record<string, unknown>>;
}

// Resolved from Azurite's own entry point (the script this process runs), so it is the LokiJS Azurite loads.
const requireFromAzurite = createRequire(process.argv[1] ?? require.resolve('azurite/package.json'));
const loki = requireFromAzurite('lokijs') as { Collection: { prototype: LokiCollection } };
const findOne = loki.Collection.prototype.findOne;

loki.Collection.prototype.findOne = function nameFirst(this: LokiCollection, query?: unknown): unknown {
  if (
    typeof query === 'object' &&
    query !== null &&
    !Array.isArray(query) &&
    typeof (query as { name?: unknown }).name === 'string' &&
    this.binaryIndices?.['name'] !== undefined
  ) {
    const { name, ...rest } = query as Record<string, unknown>;
    return findOne.call(this, { name, ...rest });
  }
  return findOne.call(this, query);
};
