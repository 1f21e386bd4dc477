import { serviceOfAudience } from './audiences';
import { json, type FakeAnswer, type FakeContext, type FakeRequest, type Router } from './http';
import { fakeJwt, jwtClaims } from './tokens';

/**
 * Microsoft Entra ID's v2.0 endpoints as MSAL uses them: the OpenID configuration of a tenant's authority,
 * instance discovery, and the token endpoint for client credentials and on-behalf-of.
 */

function oauthError(
  status: number,
  error: string,
  aadsts: number,
  description: string,
  suberror?: string,
): FakeAnswer {
  return json(status, {
    error,
    error_description: `AADSTS${aadsts}: ${description}\r\nTrace ID: d0d0d0d0-0000-4000-8000-000000000001\r\nCorrelation ID: d0d0d0d0-0000-4000-8000-000000000002\r\nTimestamp: ${new Date().toISOString()}`,
    error_codes: [aadsts],
    timestamp: new Date().toISOString(),
    trace_id: 'd0d0d0d0-0000-4000-8000-000000000001',
    correlation_id: 'd0d0d0d0-0000-4000-8000-000000000002',
    ...(suberror ? { suberror } : {}),
  });
}

function openIdConfiguration(origin: string, tenant: string): FakeAnswer {
  return json(200, {
    token_endpoint: `${origin}/${tenant}/oauth2/v2.0/token`,
    token_endpoint_auth_methods_supported: ['client_secret_post', 'private_key_jwt', 'client_secret_basic'],
    jwks_uri: `${origin}/${tenant}/discovery/v2.0/keys`,
    response_modes_supported: ['query', 'fragment', 'form_post'],
    subject_types_supported: ['pairwise'],
    id_token_signing_alg_values_supported: ['RS256'],
    response_types_supported: ['code', 'id_token', 'code id_token', 'id_token token'],
    scopes_supported: ['openid', 'profile', 'email', 'offline_access'],
    issuer: `${origin}/${tenant}/v2.0`,
    request_uri_parameter_supported: false,
    userinfo_endpoint: `${origin}/oidc/userinfo`,
    authorization_endpoint: `${origin}/${tenant}/oauth2/v2.0/authorize`,
    device_authorization_endpoint: `${origin}/${tenant}/oauth2/v2.0/devicecode`,
    http_logout_supported: true,
    frontchannel_logout_supported: true,
    end_session_endpoint: `${origin}/${tenant}/oauth2/v2.0/logout`,
    claims_supported: ['sub', 'iss', 'aud', 'exp', 'iat', 'nonce', 'tid', 'oid'],
    tenant_region_scope: 'EU',
    cloud_instance_name: 'microsoftonline.com',
    cloud_graph_host_name: 'graph.windows.net',
    msgraph_host: 'graph.microsoft.com',
  });
}

function token(req: FakeRequest, { scenario, cloud }: FakeContext, tenant: string): FakeAnswer {
  const form = new URLSearchParams(req.body);
  const clientId = form.get('client_id') ?? '';
  const scopes = (form.get('scope') ?? '').split(/\s+/).filter(Boolean);
  const resourceScope = scopes.find((s) => s.endsWith('/.default'));
  if (!clientId)
    return oauthError(
      400,
      'invalid_request',
      900144,
      "The request body must contain the following parameter: 'client_id'.",
    );
  if (!resourceScope)
    return oauthError(
      400,
      'invalid_scope',
      70011,
      "The provided value for the input parameter 'scope' is not valid.",
    );
  const audience = resourceScope.slice(0, -'/.default'.length);
  const service = serviceOfAudience(cloud, audience);
  if (!service) {
    return oauthError(
      400,
      'invalid_resource',
      500011,
      `The resource principal named ${audience} was not found in the tenant named ${tenant}.`,
    );
  }
  const consent = scenario.faults.find((f) => f.kind === 'consent-required' && f.audience === service);
  if (consent) {
    return oauthError(
      400,
      'invalid_grant',
      65001,
      `The user or administrator has not consented to use the application with ID '${clientId}'. Send an interactive authorization request for this user and resource.`,
      'consent_required',
    );
  }
  if (!form.get('client_secret') && !form.get('client_assertion')) {
    return oauthError(
      401,
      'invalid_client',
      7000218,
      "The request body must contain the following parameter: 'client_assertion' or 'client_secret'.",
    );
  }
  const grant = form.get('grant_type');
  const now = Math.floor(Date.now() / 1000);
  let subject: Record<string, unknown>;
  if (grant === 'client_credentials') {
    subject = { oid: '5e5e5e5e-0000-4000-8000-000000000001', roles: [], idtyp: 'app' };
  } else if (
    grant === 'urn:ietf:params:oauth:grant-type:jwt-bearer' &&
    form.get('requested_token_use') === 'on_behalf_of'
  ) {
    const user = jwtClaims(form.get('assertion') ?? '');
    if (!user || typeof user.oid !== 'string') {
      return oauthError(400, 'invalid_grant', 50027, 'JWT token is invalid or malformed.');
    }
    if (typeof user.tid === 'string' && user.tid !== scenario.tenantId) {
      return oauthError(
        400,
        'invalid_grant',
        50020,
        `User account from identity provider does not exist in tenant '${tenant}'.`,
      );
    }
    subject = { oid: user.oid, name: user.name ?? null, scp: 'user_impersonation', idtyp: 'user' };
  } else {
    return oauthError(400, 'unsupported_grant_type', 70003, 'The app requested an unsupported grant type.');
  }
  const accessToken = fakeJwt({
    aud: audience,
    iss: `https://sts.windows.net/${scenario.tenantId}/`,
    tid: scenario.tenantId,
    appid: clientId,
    iat: now,
    nbf: now,
    exp: now + 3599,
    ...subject,
  });
  return json(200, {
    token_type: 'Bearer',
    scope: grant === 'client_credentials' ? resourceScope : `${audience}/user_impersonation`,
    expires_in: 3599,
    ext_expires_in: 3599,
    access_token: accessToken,
  });
}

export const entraRouter: Router = (req) => {
  const path = req.url.pathname;
  if (req.method === 'GET' && path === '/common/discovery/instance') {
    return {
      api: 'instance-discovery',
      handle: (_r, { origin }) => {
        const host = new URL(origin).host;
        return json(200, {
          tenant_discovery_endpoint: `${origin}/common/v2.0/.well-known/openid-configuration`,
          'api-version': '1.1',
          metadata: [{ preferred_network: host, preferred_cache: host, aliases: [host] }],
        });
      },
    };
  }
  const oidc = /^\/([^/]+)\/v2\.0\/\.well-known\/openid-configuration$/.exec(path);
  if (req.method === 'GET' && oidc) {
    return {
      api: 'openid-configuration',
      handle: (_r, { origin }) => openIdConfiguration(origin, oidc[1] ?? ''),
    };
  }
  const tokenPath = /^\/([^/]+)\/oauth2\/v2\.0\/token$/.exec(path);
  if (req.method === 'POST' && tokenPath) {
    return { api: 'token', handle: (r, ctx) => token(r, ctx, tokenPath[1] ?? '') };
  }
  return null;
};
