import type { LineIndex } from '../line-index';
import { findFailureNaming } from './transport-failures';

/**
 * Host suffixes of Azure services that are not registries and that an app or a deployment next to a registry talks
 * to: its databases, Key Vault, Service Bus, Cosmos DB, Redis, App Service and Container Apps endpoints (the app
 * itself, Kudu), Azure OpenAI and AI services, Search, API Management, App Configuration, Application Insights and
 * Azure Monitor's ingestion, Event Grid, IoT Hub, SignalR, Static Web Apps. Not Storage (`core.windows.net`): a
 * registry serves layers from storage blobs, so a failure there can be a pull's. Not `cloudapp.azure.com` either: a
 * self-hosted registry on a VM has such a name.
 */
const AZURE_SERVICE_HOSTS = [
  '.database.windows.net',
  '.database.azure.com',
  '.vault.azure.net',
  '.servicebus.windows.net',
  '.documents.azure.com',
  '.redis.cache.windows.net',
  '.redisenterprise.cache.azure.net',
  '.azurewebsites.net',
  '.azurecontainerapps.io',
  '.openai.azure.com',
  '.cognitiveservices.azure.com',
  '.search.windows.net',
  '.azure-api.net',
  '.azconfig.io',
  '.applicationinsights.azure.com',
  '.monitor.azure.com',
  '.ods.opinsights.azure.com',
  '.eventgrid.azure.net',
  '.azure-devices.net',
  '.service.signalr.net',
  '.azurestaticapps.net',
];

/** The suffixes go into the engine's scanner; the failure words are looked up only when one of them is there. */
export const AZURE_SERVICE_KEYWORDS = AZURE_SERVICE_HOSTS;

/**
 * The 0-based line of the first connection, name or certificate failure that names another Azure service, when
 * none names a registry: the app could not reach its database or vault, a deployment could not reach the app it
 * deployed. The registry's names, network rules and credentials did not come into it. Undefined otherwise.
 */
export function findAzureServiceFailure(index: LineIndex): number | undefined {
  return findFailureNaming(index, AZURE_SERVICE_HOSTS);
}
