/**
 * Text that ACR or a tool appends to every error of a kind, whatever the cause: the `aka.ms/acr/authorization`
 * link on every 401, az's "try running 'az login' again" on every token-exchange failure (even a 403 from a
 * firewall or a 429). It tells the engine nothing about which cause it is, so no rule may give it weight; the
 * knowledge tests enforce that.
 */
export const BOILERPLATE = [
  'aka.ms/acr/authorization',
  "try running 'az login' again",
  'to refresh permissions',
  'aka.ms/acr/errors',
  'for more information',
] as const;
