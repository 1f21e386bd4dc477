import type { LineIndex } from '../line-index';

const GUID = /\b([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})\b/g;
const NIL_GUID = '00000000-0000-0000-0000-000000000000';

type Role = 'app' | 'principal' | 'correlation' | 'subscription' | 'tenant';

/** What the few words before a GUID call it. Checked nearest-first, so "app 'x' … object id y" reads right. */
const LABELS: ReadonlyArray<readonly [string, Role]> = [
  ['correlation', 'correlation'],
  ['trace id', 'correlation'],
  ['request id', 'correlation'],
  ['request-id', 'correlation'],
  ['activity id', 'correlation'],
  ['subscription', 'subscription'],
  ['tenant', 'tenant'],
  ['directory', 'tenant'],
  ['object id', 'principal'],
  ['objectid', 'principal'],
  ['object_id', 'principal'],
  ['principal id', 'principal'],
  ['principalid', 'principal'],
  ['principal', 'principal'],
  ['assignee', 'principal'],
  ['client id', 'app'],
  ['clientid', 'app'],
  ['client_id', 'app'],
  ['client-id', 'app'],
  ['app id', 'app'],
  ['appid', 'app'],
  ['application id', 'app'],
  ['application with identifier', 'app'],
  ['identifier', 'app'],
  ["app '", 'app'],
  ['-u ', 'app'],
  ['--username', 'app'],
];

export const IDENTIFIER_KEYWORDS = [...new Set(LABELS.map(([label]) => label.trim()))].filter(
  (k) => k.length >= 3,
);

export interface IdentifierFindings {
  readonly appIds: string[];
  readonly principalIds: string[];
  readonly correlationIds: string[];
  readonly subscriptions: string[];
  readonly tenants: string[];
}

export function findIdentifiers(index: LineIndex): IdentifierFindings {
  const out: Record<Role, string[]> = {
    app: [],
    principal: [],
    correlation: [],
    subscription: [],
    tenant: [],
  };
  for (const i of index.linesWithAny(IDENTIFIER_KEYWORDS)) {
    const line = index.line(i);
    const lower = index.lower(i);
    for (const m of line.matchAll(GUID)) {
      const guid = (m[1] as string).toLowerCase();
      if (guid === NIL_GUID) continue;
      const before = lower.slice(Math.max(0, (m.index ?? 0) - 48), m.index ?? 0);
      let best: { role: Role; at: number } | null = null;
      for (const [label, role] of LABELS) {
        const at = before.lastIndexOf(label);
        if (at >= 0 && (best === null || at > best.at)) best = { role, at };
      }
      if (best && !out[best.role].includes(guid)) out[best.role].push(guid);
    }
  }
  return {
    appIds: out.app,
    principalIds: out.principal,
    correlationIds: out.correlation,
    subscriptions: out.subscription,
    tenants: out.tenant,
  };
}
