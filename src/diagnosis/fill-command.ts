import type { FixStep, Placeholder } from '../knowledge';
import { isIp } from './signals/ip-address';
import { isValidRegistryName } from './signals/acr-names';
import type { FilledFixStep, Signals } from './types';

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const REPOSITORY =
  /^[a-z0-9]+(?:(?:[._]|__|-{1,3})[a-z0-9]+)*(?:\/[a-z0-9]+(?:(?:[._]|__|-{1,3})[a-z0-9]+)*){0,8}$/;
const TAG = /^[\w][\w.-]{0,127}$/;
const HOST = /^[a-z0-9]{5,50}(?:-[a-z0-9]{1,20})?(?:\.[a-z0-9-]{1,63}){0,2}\.azurecr\.(?:io|cn|us)$/;

const SHOWN = new Map<string, string>();

/** How an unfilled placeholder is shown: `<registry>`, `<login-server>`, … */
export function placeholderText(name: Placeholder): string {
  // Every diagnosis fills a dozen commands: the few names' spellings are made once.
  let shown = SHOWN.get(name);
  if (shown === undefined)
    SHOWN.set(name, (shown = `<${name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}>`));
  return shown;
}

/**
 * The values a command may take from the paste. Each one is validated, so nothing a user pasted reaches
 * a command unless it has the exact shape of that value (a registry name, an IPv4 address, a GUID, …).
 */
export function placeholderValues(signals: Signals): Partial<Record<Placeholder, string>> {
  const values: Partial<Record<Placeholder, string>> = {};
  const registry = signals.registry && isValidRegistryName(signals.registry) ? signals.registry : undefined;
  if (registry) values.registry = registry;
  const server =
    signals.loginServers.find((s) => s.kind === 'login-server' && s.validName && s.registry === registry)
      ?.host ?? (registry ? `${registry}.azurecr.io` : undefined);
  if (server && HOST.test(server)) values.loginServer = server;
  const ip = signals.clientIps.find(isIp);
  if (ip) values.clientIp = ip;
  const principal =
    signals.principalIds.find((g) => GUID.test(g)) ?? signals.appIds.find((g) => GUID.test(g));
  if (principal) values.principalId = principal;
  const app = signals.appIds.find((g) => GUID.test(g));
  if (app) values.appId = app;
  if (signals.repository && REPOSITORY.test(signals.repository)) values.repository = signals.repository;
  if (signals.tag && TAG.test(signals.tag)) values.tag = signals.tag;
  if (values.loginServer && values.repository)
    values.image = `${values.loginServer}/${values.repository}:${values.tag ?? 'latest'}`;
  const subscription = signals.subscriptions.find((g) => GUID.test(g));
  if (subscription) values.subscription = subscription;
  const tenant = signals.tenants.find((g) => GUID.test(g));
  if (tenant) values.tenant = tenant;
  return values;
}

const PLACEHOLDER = /\{(\w+)\}/g;
const LETTERS = /^[a-zA-Z]+$/;

export function fillCommand(template: string, values: Partial<Record<Placeholder, string>>): string {
  return template.replace(PLACEHOLDER, (whole, name: string) => {
    const value = values[name as Placeholder];
    if (value !== undefined) return value;
    return Object.prototype.hasOwnProperty.call(values, name) || LETTERS.test(name)
      ? placeholderText(name as Placeholder)
      : whole;
  });
}

/** A cause's fix steps with their commands filled from the paste (see placeholderValues). */
export function filledFix(
  steps: readonly FixStep[],
  values: Partial<Record<Placeholder, string>>,
): FilledFixStep[] {
  return steps.map((step) =>
    step.command ? { text: step.text, command: fillCommand(step.command, values) } : { text: step.text },
  );
}
