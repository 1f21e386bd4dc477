import { createHttpHeaders, RestError } from '@azure/core-rest-pipeline';
import { failureFromError, failureFromStatus, retryAfterMs, safeMessage } from '../../../src/azure/errors';

describe('retryAfterMs', () => {
  it.each([
    [{ 'retry-after': '7' }, 7000],
    [{ 'retry-after': '0.5' }, 500],
    [{ 'retry-after-ms': '250' }, 250],
    [{ 'x-ms-retry-after-ms': '1200', 'retry-after': '9' }, 1200],
    [{ 'retry-after': 'soon' }, null],
    [{}, null],
  ])('%j → %s', (headers, ms) => {
    expect(retryAfterMs(createHttpHeaders(headers))).toBe(ms);
  });

  it('reads an HTTP date relative to now', () => {
    const now = Date.parse('2025-01-01T00:00:00Z');
    expect(retryAfterMs(createHttpHeaders({ 'retry-after': 'Wed, 01 Jan 2025 00:00:30 GMT' }), now)).toBe(
      30000,
    );
  });
});

describe('failureFromStatus', () => {
  it.each([
    [401, 'unauthorized'],
    [403, 'forbidden'],
    [404, 'not-found'],
    [429, 'throttled'],
    [504, 'timeout'],
    [500, 'service'],
    [400, 'service'],
  ])('%d → %s', (status, kind) => {
    expect(failureFromStatus('arm', status, 'Code', 'message', null).kind).toBe(kind);
  });
});

describe('failureFromError', () => {
  it('keeps the service code and Retry-After of a throttled RestError', () => {
    const err = new RestError('slow down', {
      statusCode: 429,
      code: 'TooManyRequests',
      response: { headers: createHttpHeaders({ 'retry-after': '3' }), status: 429, request: {} as never },
    });
    expect(failureFromError('arm', err, false)).toEqual({
      kind: 'throttled',
      service: 'arm',
      code: 'TooManyRequests',
      message: 'slow down',
      retryAfterMs: 3000,
    });
  });

  it('calls a parse error malformed', () => {
    expect(
      failureFromError('logs', new RestError('bad json', { code: 'PARSE_ERROR', statusCode: 200 }), false)
        .kind,
    ).toBe('malformed');
  });

  it('calls our own abort a timeout, whatever was thrown', () => {
    expect(failureFromError('graph', new Error('socket hang up'), true)).toMatchObject({
      kind: 'timeout',
      service: 'graph',
    });
  });

  it('turns credential errors into unauthorized answers from Entra with the AADSTS code', () => {
    const err = Object.assign(new Error('invalid_grant'), {
      name: 'AuthenticationError',
      errorResponse: {
        error: 'invalid_grant',
        errorDescription: 'AADSTS65001: The user or administrator has not consented.',
      },
    });
    expect(failureFromError('arm', err, false)).toMatchObject({
      kind: 'unauthorized',
      service: 'entra',
      code: 'AADSTS65001',
    });
  });
});

describe('safeMessage', () => {
  it('removes anything that looks like a token and caps the length', () => {
    const jwt = 'eyJhbGciOiJSUzI1NiJ9.eyJhdWQiOiJ4In0.c2lnbmF0dXJl';
    expect(safeMessage(`rejected ${jwt} and Authorization: Bearer abc.def`)).toBe(
      'rejected [redacted] and Authorization: [redacted]',
    );
    expect(safeMessage('x'.repeat(1000))).toHaveLength(300);
  });
});
