/**
 * The Azure clouds acr-doctor can check, and where each one's services live. Sovereign clouds are separate
 * worlds: their own Entra authority, their own ARM, Log Analytics and Graph hosts, token audiences and registry
 * login-server suffix. A registry in Azure China can only be checked with Azure China endpoints and tokens.
 */
export const CLOUD_NAMES = ['AzurePublicCloud', 'AzureChinaCloud', 'AzureUSGovernment'] as const;
export type CloudName = (typeof CLOUD_NAMES)[number];

export interface ServiceEndpoint {
  /** Base URL requests go to (no trailing slash). */
  readonly endpoint: string;
  /** The token scope for this service, `<audience>/.default`. */
  readonly scope: string;
}

export interface CloudEndpoints {
  readonly cloud: CloudName;
  readonly arm: ServiceEndpoint;
  /** Entra ID authority host, e.g. https://login.microsoftonline.com. */
  readonly authorityHost: string;
  /** Log Analytics query API; the endpoint includes the API version path `/v1`. */
  readonly logs: ServiceEndpoint;
  readonly graph: ServiceEndpoint;
  /** Registry login servers in this cloud end with `.<suffix>`, e.g. `azurecr.io`. */
  readonly acrLoginServerSuffix: string;
}

export const CLOUDS: Readonly<Record<CloudName, CloudEndpoints>> = {
  AzurePublicCloud: {
    cloud: 'AzurePublicCloud',
    arm: { endpoint: 'https://management.azure.com', scope: 'https://management.azure.com/.default' },
    authorityHost: 'https://login.microsoftonline.com',
    logs: { endpoint: 'https://api.loganalytics.io/v1', scope: 'https://api.loganalytics.io/.default' },
    graph: { endpoint: 'https://graph.microsoft.com', scope: 'https://graph.microsoft.com/.default' },
    acrLoginServerSuffix: 'azurecr.io',
  },
  AzureChinaCloud: {
    cloud: 'AzureChinaCloud',
    arm: {
      endpoint: 'https://management.chinacloudapi.cn',
      scope: 'https://management.chinacloudapi.cn/.default',
    },
    authorityHost: 'https://login.chinacloudapi.cn',
    logs: {
      endpoint: 'https://api.loganalytics.azure.cn/v1',
      scope: 'https://api.loganalytics.azure.cn/.default',
    },
    graph: {
      endpoint: 'https://microsoftgraph.chinacloudapi.cn',
      scope: 'https://microsoftgraph.chinacloudapi.cn/.default',
    },
    acrLoginServerSuffix: 'azurecr.cn',
  },
  AzureUSGovernment: {
    cloud: 'AzureUSGovernment',
    arm: {
      endpoint: 'https://management.usgovcloudapi.net',
      scope: 'https://management.usgovcloudapi.net/.default',
    },
    authorityHost: 'https://login.microsoftonline.us',
    logs: { endpoint: 'https://api.loganalytics.us/v1', scope: 'https://api.loganalytics.us/.default' },
    graph: { endpoint: 'https://graph.microsoft.us', scope: 'https://graph.microsoft.us/.default' },
    acrLoginServerSuffix: 'azurecr.us',
  },
};

/** Human names for messages. */
export const CLOUD_DISPLAY_NAMES: Readonly<Record<CloudName, string>> = {
  AzurePublicCloud: 'Azure (global)',
  AzureChinaCloud: 'Azure China (21Vianet)',
  AzureUSGovernment: 'Azure US Government',
};

/** The cloud whose registry suffix a host name ends with, if any. */
export function cloudOfLoginServer(host: string): CloudName | null {
  const lower = host.toLowerCase();
  for (const name of CLOUD_NAMES) {
    if (lower.endsWith(`.${CLOUDS[name].acrLoginServerSuffix}`)) return name;
  }
  return null;
}
