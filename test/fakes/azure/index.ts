/**
 * A loopback fake of the Azure services live checks call: Resource Manager, Log Analytics, Microsoft Graph
 * and Entra ID, each on its own HTTPS port of 127.0.0.1. Production clients reach it with only their
 * endpoints changed (settings from `fake.env()`).
 *
 * TLS: the fake serves a self-signed certificate generated once per process (`selfsigned`). Clients trust
 * exactly that certificate through acr-doctor's TlsTrust option (passed to the SDK clients and the
 * credential as tlsOptions.ca), never by turning verification off. NODE_EXTRA_CA_CERTS is not an option:
 * Node reads it only at start-up, and on a two-core machine jest runs test files in its own process.
 */
export { startFakeAzure, type FakeAzure, type FakeCall } from './server';
export * from './scenario';
export { fakeJwt, fakeUserSsoToken, jwtClaims } from './tokens';
export { AUDIENCES } from './audiences';
