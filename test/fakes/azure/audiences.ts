import type { FakeCloud } from './scenario';

export type ResourceService = 'arm' | 'logs' | 'graph';

/**
 * The token audiences each cloud's services accept, as Azure documents them (ARM takes both its historic
 * and its current resource URI). The fake rejects any other audience the way the services do.
 */
export const AUDIENCES: Readonly<Record<FakeCloud, Readonly<Record<ResourceService, readonly string[]>>>> = {
  AzurePublicCloud: {
    arm: ['https://management.azure.com', 'https://management.core.windows.net'],
    logs: ['https://api.loganalytics.io', 'https://api.loganalytics.azure.com'],
    graph: ['https://graph.microsoft.com'],
  },
  AzureChinaCloud: {
    arm: ['https://management.chinacloudapi.cn', 'https://management.core.chinacloudapi.cn'],
    logs: ['https://api.loganalytics.azure.cn'],
    graph: ['https://microsoftgraph.chinacloudapi.cn'],
  },
  AzureUSGovernment: {
    arm: ['https://management.usgovcloudapi.net', 'https://management.core.usgovcloudapi.net'],
    logs: ['https://api.loganalytics.us'],
    graph: ['https://graph.microsoft.us'],
  },
};

export function normaliseAudience(aud: string): string {
  return aud.replace(/\/+$/, '').toLowerCase();
}

export function serviceOfAudience(cloud: FakeCloud, aud: string): ResourceService | null {
  const a = normaliseAudience(aud);
  for (const service of ['arm', 'logs', 'graph'] as const) {
    if (AUDIENCES[cloud][service].some((x) => normaliseAudience(x) === a)) return service;
  }
  return null;
}
