import { json, type FakeAnswer, type FakeContext, type FakeRequest, type Router } from './http';
import type { FakeLogEvent } from './scenario';

/**
 * The Log Analytics query API (POST {endpoint}/v1/{resourceId}/query, resource-context queries). The fake
 * cannot run KQL: it answers with the rows of the tables a query names, for the queried resource, inside the
 * requested timespan, in the documented column layout, as the service does before the query's own filters.
 */

const COLUMNS: readonly { name: keyof FakeLogEvent | 'Type'; type: string }[] = [
  { name: 'TimeGenerated', type: 'datetime' },
  { name: 'Type', type: 'string' },
  { name: 'OperationName', type: 'string' },
  { name: 'Identity', type: 'string' },
  { name: 'CallerIpAddress', type: 'string' },
  { name: 'LoginServer', type: 'string' },
  { name: 'ResultType', type: 'string' },
  { name: 'ResultDescription', type: 'string' },
  { name: 'Repository', type: 'string' },
  { name: 'Tag', type: 'string' },
  { name: 'UserAgent', type: 'string' },
];

/** ISO 8601 durations as the API takes them: PT24H, P1D, P1DT12H, PT30M. */
export function durationMs(iso: string): number | null {
  const m = /^P(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+)S)?)?$/.exec(iso);
  if (!m || iso === 'P' || iso === 'PT') return null;
  const [, d, h, min, s] = m;
  return ((Number(d ?? 0) * 24 + Number(h ?? 0)) * 60 + Number(min ?? 0)) * 60000 + Number(s ?? 0) * 1000;
}

function logsError(status: number, code: string, message: string): FakeAnswer {
  return json(status, { error: { message, code, correlationId: 'c0ffee00-0000-4000-8000-000000000001' } });
}

function query(req: FakeRequest, { scenario }: FakeContext, resourceId: string): FakeAnswer {
  let body: { query?: unknown; timespan?: unknown };
  try {
    body = JSON.parse(req.body) as { query?: unknown; timespan?: unknown };
  } catch {
    return logsError(400, 'BadArgumentError', 'The request had some invalid properties');
  }
  if (typeof body.query !== 'string' || body.query.trim() === '') {
    return logsError(400, 'BadArgumentError', 'The request had some invalid properties: query is required');
  }
  const span = typeof body.timespan === 'string' ? durationMs(body.timespan) : null;
  if (typeof body.timespan === 'string' && span === null) {
    return logsError(400, 'BadArgumentError', `Invalid timespan '${body.timespan}'`);
  }
  const text = body.query;
  const since = span === null ? -Infinity : Date.now() - span;
  const rows = scenario.logEvents
    .filter((e) => new RegExp(`\\b${e.table}\\b`).test(text))
    .filter((e) => e._ResourceId.toLowerCase() === resourceId.toLowerCase())
    .filter((e) => Date.parse(e.TimeGenerated) >= since)
    .map((e) => COLUMNS.map((c) => (c.name === 'Type' ? e.table : (e[c.name] ?? null))));
  return json(200, { tables: [{ name: 'PrimaryResult', columns: COLUMNS, rows }] });
}

export const logsRouter: Router = (req) => {
  const m = /^\/v1(\/subscriptions\/.+)\/query$/i.exec(req.url.pathname);
  if (req.method === 'POST' && m) {
    const resourceId = decodeURIComponent(m[1] ?? '');
    return { api: 'logs-query', handle: (r, ctx) => query(r, ctx, resourceId) };
  }
  return null;
};
