import { json, type FakeAnswer, type FakeRequest, type Router } from './http';
import type { FakeScenario } from './scenario';

/** Microsoft Graph v1.0: applications(appId='…') and servicePrincipals(appId='…'), with $select. */

function graphError(status: number, code: string, message: string): FakeAnswer {
  return json(status, {
    error: {
      code,
      message,
      innerError: {
        date: new Date().toISOString().slice(0, 19),
        'request-id': 'b0b0b0b0-0000-4000-8000-000000000001',
        'client-request-id': 'b0b0b0b0-0000-4000-8000-000000000002',
      },
    },
  });
}

function select(req: FakeRequest, entity: Record<string, unknown>, context: string): Record<string, unknown> {
  const fields = req.url.searchParams.get('$select');
  const picked = fields
    ? Object.fromEntries(
        fields
          .split(',')
          .map((f) => f.trim())
          .filter((f) => f in entity)
          .map((f) => [f, entity[f]]),
      )
    : entity;
  return { '@odata.context': `https://graph.microsoft.com/v1.0/$metadata#${context}`, ...picked };
}

function notFound(appId: string): FakeAnswer {
  return graphError(
    404,
    'Request_ResourceNotFound',
    `Resource '${appId}' does not exist or one of its queried reference-property objects are not present.`,
  );
}

function application(req: FakeRequest, scenario: FakeScenario, appId: string): FakeAnswer {
  const selected = (req.url.searchParams.get('$select') ?? '').toLowerCase().split(',');
  if (scenario.keyCredentialsThrottled && selected.includes('keycredentials')) {
    const answer = graphError(
      429,
      'TooManyRequests',
      'Too many requests selecting keyCredentials for this tenant. Retry after the period in Retry-After.',
    );
    return { ...answer, headers: { ...answer.headers, 'Retry-After': '60' } };
  }
  const app = scenario.applications.find((a) => a.appId.toLowerCase() === appId.toLowerCase());
  if (!app) return notFound(appId);
  return json(
    200,
    select(
      req,
      {
        id: app.id,
        appId: app.appId,
        displayName: app.displayName,
        signInAudience: 'AzureADMyOrg',
        passwordCredentials: (app.passwordCredentials ?? []).map((c) => ({
          customKeyIdentifier: null,
          displayName: c.displayName ?? null,
          endDateTime: c.endDateTime,
          hint: c.hint ?? null,
          keyId: c.keyId,
          secretText: null,
          startDateTime: c.startDateTime ?? '2024-01-01T00:00:00Z',
        })),
        keyCredentials: (app.keyCredentials ?? []).map((c) => ({
          customKeyIdentifier: 'QUJDREVG',
          displayName: c.displayName ?? null,
          endDateTime: c.endDateTime,
          key: null,
          keyId: c.keyId,
          startDateTime: c.startDateTime ?? '2024-01-01T00:00:00Z',
          type: c.type ?? 'AsymmetricX509Cert',
          usage: c.usage ?? 'Verify',
        })),
      },
      'applications/$entity',
    ),
  );
}

function servicePrincipal(req: FakeRequest, scenario: FakeScenario, appId: string): FakeAnswer {
  const sp = scenario.servicePrincipals.find((s) => s.appId.toLowerCase() === appId.toLowerCase());
  if (!sp) return notFound(appId);
  return json(
    200,
    select(
      req,
      {
        id: sp.id,
        appId: sp.appId,
        displayName: sp.displayName,
        accountEnabled: sp.accountEnabled ?? true,
        servicePrincipalType: sp.servicePrincipalType ?? 'Application',
        appOwnerOrganizationId: sp.appOwnerOrganizationId ?? scenario.tenantId,
      },
      'servicePrincipals/$entity',
    ),
  );
}

export const graphRouter: Router = (req) => {
  if (req.method !== 'GET') return null;
  const app = /^\/v1\.0\/applications\(appId='([^']+)'\)$/i.exec(req.url.pathname);
  if (app)
    return { api: 'graph-applications', handle: (r, { scenario }) => application(r, scenario, app[1] ?? '') };
  const sp = /^\/v1\.0\/servicePrincipals\(appId='([^']+)'\)$/i.exec(req.url.pathname);
  if (sp)
    return {
      api: 'graph-servicePrincipals',
      handle: (r, { scenario }) => servicePrincipal(r, scenario, sp[1] ?? ''),
    };
  return null;
};
