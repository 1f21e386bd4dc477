import { createServer, type Server } from 'node:https';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { armRouter } from './arm';
import { serviceOfAudience } from './audiences';
import { entraRouter } from './entra';
import { graphRouter } from './graph';
import {
  json,
  readBody,
  type FakeAnswer,
  type FakeContext,
  type FakeRequest,
  type Route,
  type Router,
} from './http';
import { logsRouter } from './logs';
import {
  DOCUMENTED_API_VERSIONS,
  emptyScenario,
  type FakeApi,
  type FakeCloud,
  type FakeFault,
  type FakeScenario,
  type FakeService,
} from './scenario';
import { fakeTls } from './tls';
import { jwtClaims } from './tokens';

/** One request the fake answered (or hung on), for assertions. */
export interface FakeCall {
  readonly service: FakeService;
  readonly api: FakeApi | null;
  readonly method: string;
  readonly path: string;
  readonly apiVersion: string | null;
  /** `aud` of the bearer token, or for token requests the scope asked for. */
  readonly audience: string | null;
  readonly query: string;
  /**
   * Whose request it is: the `oid` of the bearer token; for an on-behalf-of token request, the `oid` of the
   * user's assertion.
   */
  readonly subject: string | null;
  /** For token requests, the grant type (`client_credentials`, `urn:ietf:params:oauth:grant-type:jwt-bearer`). */
  readonly grant: string | null;
}

export interface FakeAzure {
  readonly cloud: FakeCloud;
  /** Base URLs; `logs` includes the API version path /v1. */
  readonly endpoints: {
    readonly arm: string;
    readonly logs: string;
    readonly graph: string;
    readonly authorityHost: string;
  };
  /** The fake's self-signed certificate: pass it as TlsTrust.ca. */
  readonly ca: string;
  scenario: FakeScenario;
  update(patch: Partial<FakeScenario>): void;
  readonly calls: readonly FakeCall[];
  callsTo(api: FakeApi): FakeCall[];
  resetCalls(): void;
  /** Environment entries that point acr-doctor's settings at this fake. */
  env(): Record<string, string>;
  close(): Promise<void>;
}

const ERROR_BODIES: Readonly<
  Record<FakeService, (status: number, code: string | undefined, message: string | undefined) => unknown>
> = {
  arm: (status, code, message) => ({
    error: { code: code ?? armCode(status), message: message ?? armMessage(status) },
  }),
  logs: (status, code, message) => ({
    error: {
      code: code ?? logsCode(status),
      message: message ?? `The request failed with status ${status}`,
      correlationId: 'c0ffee00-0000-4000-8000-000000000002',
    },
  }),
  graph: (status, code, message) => ({
    error: {
      code: code ?? graphCode(status),
      message: message ?? graphMessage(status),
      innerError: { 'request-id': 'b0b0b0b0-0000-4000-8000-000000000003' },
    },
  }),
  entra: (status, code, message) => ({
    error: code ?? (status >= 500 ? 'temporarily_unavailable' : 'invalid_request'),
    error_description: message ?? `AADSTS50000: There was an error issuing a token (${status}).`,
    error_codes: [50000],
  }),
};

/**
 * Each API's own error envelope. ARM's is `{ error: { code, message } }`, but the diagnostic-settings API
 * (Microsoft.Insights 2021-05-01-preview) documents a bare ErrorResponse `{ code, message }`.
 */
function errorBody(
  service: FakeService,
  api: FakeApi,
  status: number,
  code: string | undefined,
  message: string | undefined,
): unknown {
  const body = ERROR_BODIES[service](status, code, message);
  return api === 'diagnosticSettings' ? (body as { error: unknown }).error : body;
}

function armCode(status: number): string {
  return status === 401
    ? 'InvalidAuthenticationToken'
    : status === 403
      ? 'AuthorizationFailed'
      : status === 429
        ? 'TooManyRequests'
        : status >= 500
          ? 'InternalServerError'
          : 'BadRequest';
}
function armMessage(status: number): string {
  if (status === 403) {
    return "The client 'user@contoso.example' with object id '3c3c3c3c-0000-4000-8000-000000000001' does not have authorization to perform action over scope or the scope is invalid. If access was recently granted, please refresh your credentials.";
  }
  if (status === 429)
    return 'The request is being throttled as the limit has been reached for operation type - Read_ObservationWindow_00:05:00. For more information, refer to - https://aka.ms/armthrottling';
  if (status === 401) return 'The access token is invalid.';
  return `Encountered internal server error. Diagnostic information: timestamp '${new Date().toISOString()}'.`;
}
function logsCode(status: number): string {
  return status === 403
    ? 'InsufficientAccessError'
    : status === 401
      ? 'AuthorizationRequiredError'
      : status === 429
        ? 'ThrottledError'
        : 'ServiceError';
}
function graphCode(status: number): string {
  return status === 403
    ? 'Authorization_RequestDenied'
    : status === 401
      ? 'InvalidAuthenticationToken'
      : status === 429
        ? 'TooManyRequests'
        : 'generalException';
}
function graphMessage(status: number): string {
  return status === 403
    ? 'Insufficient privileges to complete the operation.'
    : `The request failed with status ${status}.`;
}

function unauthorized(service: FakeService, detail: string): FakeAnswer {
  if (service === 'arm') {
    return json(
      401,
      { error: { code: 'InvalidAuthenticationTokenAudience', message: detail } },
      {
        'WWW-Authenticate':
          'Bearer authorization_uri="https://login.windows.net/", error="invalid_token", error_description="The access token is invalid."',
      },
    );
  }
  return json(401, ERROR_BODIES[service](401, undefined, detail));
}

function checkBearer(service: FakeService, req: FakeRequest, cloud: FakeCloud): FakeAnswer | null {
  const header = req.headers.authorization;
  if (!header || !/^Bearer\s+\S+$/.test(header))
    return unauthorized(service, "Authentication failed. The 'Authorization' header is missing.");
  const claims = req.claims;
  const aud = typeof claims?.aud === 'string' ? claims.aud : '';
  if (serviceOfAudience(cloud, aud) !== service) {
    return unauthorized(
      service,
      `The access token has been obtained for wrong audience or resource '${aud}'.`,
    );
  }
  if (typeof claims?.exp === 'number' && claims.exp * 1000 < Date.now())
    return unauthorized(service, 'The token is expired.');
  return null;
}

function checkApiVersion(route: Route, req: FakeRequest, scenario: FakeScenario): FakeAnswer | null {
  if (!route.armApiVersion) return null;
  const version = req.url.searchParams.get('api-version');
  if (!version) {
    return json(400, {
      error: {
        code: 'MissingApiVersionParameter',
        message: 'The api-version query parameter (?api-version=) is required for all requests.',
      },
    });
  }
  const supported = scenario.apiVersions[route.api] ?? DOCUMENTED_API_VERSIONS[route.api];
  if (!supported || supported.includes(version)) return null;
  if (route.api === 'registries' || route.api === 'checkNameAvailability') {
    return json(400, {
      error: {
        code: 'NoRegisteredProviderFound',
        message: `No registered resource provider found for location 'westeurope' and API version '${version}' for type 'registries'. The supported api-versions are '${supported.join(', ')}'. The supported locations are 'westeurope, northeurope, eastus'.`,
      },
    });
  }
  return json(400, {
    error: {
      code: 'InvalidApiVersionParameter',
      message: `The api-version '${version}' is invalid. The supported versions are '${supported.join(',')}'.`,
    },
  });
}

function send(res: ServerResponse, answer: FakeAnswer): void {
  const body =
    answer.body === undefined
      ? ''
      : typeof answer.body === 'string'
        ? answer.body
        : JSON.stringify(answer.body);
  res.writeHead(answer.status, {
    'content-type': 'application/json; charset=utf-8',
    'x-ms-request-id': 'e0e0e0e0-0000-4000-8000-000000000001',
    ...answer.headers,
  });
  res.end(body);
}

/** Waits, but stops as soon as the client goes away or the fake closes (no timers left behind). */
function delay(ms: number, until: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, ms);
    until.addEventListener(
      'abort',
      () => {
        clearTimeout(timer);
        resolve();
      },
      { once: true },
    );
  });
}

interface Listener {
  readonly server: Server;
  readonly sockets: Set<Socket>;
  origin: string;
}

export async function startFakeAzure(
  options: { cloud?: FakeCloud; scenario?: FakeScenario } = {},
): Promise<FakeAzure> {
  const tls = await fakeTls();
  const cloud = options.cloud ?? 'AzurePublicCloud';
  let scenario = options.scenario ?? emptyScenario();
  const calls: FakeCall[] = [];
  const used = new Map<FakeFault, number>();
  const closing = new AbortController();

  function takeFault(api: FakeApi): FakeFault | undefined {
    const fault = scenario.faults.find(
      (f) =>
        f.api === api &&
        f.kind !== 'latency' &&
        f.kind !== 'consent-required' &&
        (f.times === undefined || (used.get(f) ?? 0) < f.times),
    );
    if (fault) used.set(fault, (used.get(fault) ?? 0) + 1);
    return fault;
  }

  function faultAnswer(service: FakeService, fault: FakeFault): FakeAnswer | 'hang' | null {
    switch (fault.kind) {
      case 'hang':
        return 'hang';
      case 'malformed':
        return {
          status: 200,
          body: '{"value": [ {"id": "/subscriptions/1111',
          headers: { 'content-type': 'application/json; charset=utf-8' },
        };
      case 'throttle':
        return json(429, errorBody(service, fault.api, 429, undefined, undefined), {
          'Retry-After': String(fault.retryAfterSeconds),
        });
      case 'status':
        return json(fault.status, errorBody(service, fault.api, fault.status, fault.code, fault.message));
      default:
        return null;
    }
  }

  async function handle(
    service: FakeService,
    router: Router,
    listener: Listener,
    req: IncomingMessage,
    res: ServerResponse,
  ): Promise<void> {
    const body = await readBody(req);
    const url = new URL(req.url ?? '/', listener.origin);
    const bearer = /^Bearer\s+(\S+)$/.exec(req.headers.authorization ?? '')?.[1];
    const request: FakeRequest = {
      method: req.method ?? 'GET',
      url,
      headers: req.headers,
      body,
      claims: bearer ? jwtClaims(bearer) : null,
    };
    const route = router(request);
    const form = service === 'entra' ? new URLSearchParams(body) : null;
    const tokenScope = form?.get('scope') ?? null;
    const assertion = form?.get('assertion');
    const subjectClaims = assertion ? jwtClaims(assertion) : request.claims;
    calls.push({
      service,
      api: route?.api ?? null,
      method: request.method,
      path: decodeURIComponent(url.pathname),
      apiVersion: url.searchParams.get('api-version'),
      audience: tokenScope ?? (typeof request.claims?.aud === 'string' ? request.claims.aud : null),
      query: decodeURIComponent(url.search),
      subject: typeof subjectClaims?.oid === 'string' ? subjectClaims.oid : null,
      grant: form?.get('grant_type') ?? null,
    });
    const context: FakeContext = { scenario, cloud, origin: listener.origin };
    // Like Azure's front doors, the services check the token before they look at the path.
    if (service !== 'entra') {
      const denied = checkBearer(service, request, cloud);
      if (denied) return send(res, denied);
    }
    if (!route) {
      send(
        res,
        json(
          404,
          ERROR_BODIES[service](
            404,
            service === 'arm' ? 'NotFound' : undefined,
            `No route for ${request.method} ${url.pathname}`,
          ),
        ),
      );
      return;
    }
    const latency =
      scenario.latencyMs +
      scenario.faults.reduce((sum, f) => sum + (f.api === route.api && f.kind === 'latency' ? f.ms : 0), 0);
    if (latency > 0) {
      const gone = new AbortController();
      const stop = (): void => gone.abort();
      res.on('close', stop);
      // One listener per delayed request on the fake's long-lived signal: removed again, or they pile up.
      closing.signal.addEventListener('abort', stop, { once: true });
      await delay(latency, gone.signal);
      closing.signal.removeEventListener('abort', stop);
      if (gone.signal.aborted) return;
    }
    const badVersion = checkApiVersion(route, request, scenario);
    if (badVersion) return send(res, badVersion);
    const fault = takeFault(route.api);
    const faulted = fault ? faultAnswer(service, fault) : null;
    if (faulted === 'hang') return; // never answers; close() destroys the socket
    send(res, faulted ?? route.handle(request, context));
  }

  async function listen(service: FakeService, router: Router): Promise<Listener> {
    const sockets = new Set<Socket>();
    const listener: Listener = {
      server: createServer({ key: tls.key, cert: tls.cert }),
      sockets,
      origin: '',
    };
    listener.server.on('connection', (s: Socket) => {
      sockets.add(s);
      s.on('close', () => sockets.delete(s));
    });
    listener.server.on('request', (req: IncomingMessage, res: ServerResponse) => {
      handle(service, router, listener, req, res).catch((err: unknown) => {
        if (!res.headersSent) send(res, json(500, { error: { code: 'FakeFailure', message: String(err) } }));
      });
    });
    await new Promise<void>((resolve) => listener.server.listen(0, '127.0.0.1', resolve));
    listener.origin = `https://127.0.0.1:${(listener.server.address() as AddressInfo).port}`;
    return listener;
  }

  const [arm, logs, graph, entra] = await Promise.all([
    listen('arm', armRouter),
    listen('logs', logsRouter),
    listen('graph', graphRouter),
    listen('entra', entraRouter),
  ]);
  const listeners = [arm, logs, graph, entra];
  const endpoints = {
    arm: arm.origin,
    logs: `${logs.origin}/v1`,
    graph: graph.origin,
    authorityHost: entra.origin,
  };

  return {
    cloud,
    endpoints,
    ca: tls.cert,
    get scenario() {
      return scenario;
    },
    set scenario(next: FakeScenario) {
      scenario = next;
      used.clear();
    },
    update(patch) {
      scenario = { ...scenario, ...patch };
      used.clear();
    },
    calls,
    callsTo: (api) => calls.filter((c) => c.api === api),
    resetCalls: () => {
      calls.length = 0;
    },
    env: () => ({
      AZURE_CLOUD: cloud,
      AZURE_ARM_ENDPOINT: endpoints.arm,
      AZURE_AUTHORITY_HOST: endpoints.authorityHost,
      AZURE_LOGS_ENDPOINT: endpoints.logs,
      AZURE_GRAPH_ENDPOINT: endpoints.graph,
    }),
    async close() {
      closing.abort();
      await Promise.all(
        listeners.map(
          (l) =>
            new Promise<void>((resolve) => {
              for (const s of l.sockets) s.destroy();
              l.server.close(() => resolve());
            }),
        ),
      );
    },
  };
}
