import type { LineIndex } from '../line-index';

/**
 * Whether the registry never answered: the client's connection to it was refused, timed out, was reset or its name
 * never resolved, and nothing in the paste shows an answer (a status, a refusal of the credential, a missing name).
 * A registry that never answered cannot have refused the credential, so the authentication causes are argued
 * against (knowledge/auth-families.ts). A timeout on the way to the identity endpoint (IMDS, Entra) is the
 * sign-in's own failure and not counted here.
 *
 * Narrower than the fallback's network and name-resolution words (knowledge/fallbacks.ts), on purpose: those say a
 * paste is about the network at all ("dial tcp", "timed out", "getaddrinfo"), these that no reply came back; taking the
 * fallback's words instead changes four catalogue and corpus diagnoses.
 */
export const TRANSPORT_FAILURE_WORDS = [
  'connection refused',
  'i/o timeout',
  'connection timed out',
  'connection reset',
  'econnrefused',
  'etimedout',
  'econnreset',
  'no route to host',
  'network is unreachable',
  'tls handshake timeout',
  'client.timeout exceeded',
  'request canceled while waiting for connection',
  'no such host',
  'could not resolve host',
  'name or service not known',
  'unable to connect to the remote server',
  "couldn't connect to server",
  'read timed out',
  'connect timed out',
];

/** Words that show the registry (or something in its place) answered. */
export const ANSWER_WORDS = [
  'unauthori',
  'denied',
  'forbidden',
  'authentication required',
  'not found',
  'manifest unknown',
  'toomanyrequests',
  'too many requests',
  'insufficient_scope',
];

const IDENTITY_ENDPOINT_WORDS = [
  'imds',
  '169.254.169.254',
  'credential',
  'microsoftonline',
  'managedidentity',
  'msi',
];

/** 0-based line of the first transport failure, when nothing in the paste shows an answer. */
export function findNoAnswer(index: LineIndex): number | undefined {
  if (index.linesWithAny(ANSWER_WORDS).length > 0) return undefined;
  return index
    .linesWithAny(TRANSPORT_FAILURE_WORDS)
    .find((i) => !IDENTITY_ENDPOINT_WORDS.some((w) => index.lower(i).includes(w)));
}
