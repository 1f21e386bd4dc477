import type { LineIndex } from '../line-index';
import { saysWord } from './words';

/**
 * Phrases that name Azure Container Registry as a product, even where the paste hides the login server
 * (`<acrname>.azurecr.io`, `***`, `$ACR`): its CLI group, its short links, its resource type, its full name.
 */
const PRODUCT_PHRASES = [
  'az acr ',
  'aka.ms/acr',
  'microsoft.containerregistry',
  'azure container registr',
  'container registry credentials',
  '--attach-acr',
  // The registry resource's property (ARM, PowerShell `$registry.LoginServer`, Bicep `.properties.loginServer`).
  '.loginserver',
  // Terraform's azurerm resource types (`azurerm_container_registry`, `…_task`, `…_scope_map`, `…_webhook`).
  'azurerm_container_registry',
  // Azure PowerShell's module and cmdlets (`Az.ContainerRegistry`, `Connect-AzContainerRegistry`, `Get-AzContainerRegistry…`).
  'azcontainerregistry',
  'az.containerregistry',
  // The SDKs' packages and client: Python `azure.containerregistry` / `azure-containerregistry`, .NET
  // `Azure.Containers.ContainerRegistry`, Java `com.azure.containers.containerregistry`, JS `@azure/container-registry`.
  'azure.containerregistry',
  'azure-containerregistry',
  'containers.containerregistry',
  '@azure/container-registry',
  'containerregistryclient',
  // Pulumi's Azure Native provider (`azure-native:containerregistry:Registry`).
  'azure-native:containerregistry',
  // ACR's built-in roles: only its registries have them, so a paste that grants or lacks one is about an ACR
  // (AcrPull, AcrPush, AcrDelete, AcrImageSigner, AcrQuarantineReader/Writer, and the ABAC mode's
  // "Container Registry Repository Reader/Writer/Contributor/Catalog Lister").
  'acrpull',
  'acrpush',
  'acrdelete',
  'acrimagesigner',
  'acrquarantine',
  'container registry repository',
];

/**
 * The stable cores of messages only ACR's own services print (its resource provider and token server), which
 * name no host: seeing one places the paste in ACR whatever else was cut from it.
 */
const ACR_ONLY_MESSAGES = [
  'as admin user is disabled',
  'admin user is disabled',
  'aad access token with sp failed',
  'application not registered with aad',
  'role assignment for acr',
  // `az acr login` / `az acr build` about the local Docker engine and the source upload.
  'please verify if docker daemon is running properly',
  'requires running the docker daemon, which is not supported in azure cloud shell',
  'could not get sas url to upload',
  // ACR's artifact cache, relaying its upstream ("too many requests to source registry for cache rule 'hub'").
  'for cache rule',
];

/** The short name, as a word of its own (`ACR`, `acr-pull`, `for ACR.`), not inside another word. */
const ACR_WORD = 'acr';

export const ACR_MENTION_KEYWORDS = [...PRODUCT_PHRASES, ...ACR_ONLY_MESSAGES, ACR_WORD];

/**
 * Alibaba Cloud calls its registry service ACR too ("阿里云 ACR", "Aliyun ACR", "Alibaba Cloud ACR"): on a line that
 * names Alibaba Cloud, the short name is theirs, not Azure's.
 */
const ALIBABA = /alibaba|aliyun|阿里/i;

/** 0-based line of the first place the paste names Alibaba Cloud's ACR, or undefined. */
export function findAlibabaAcr(index: LineIndex): number | undefined {
  return index
    .linesWith(ACR_WORD)
    .find((i) => ALIBABA.test(index.line(i)) && saysWord(index.lower(i), ACR_WORD));
}

/** 0-based line of the first place the paste names ACR (product name, CLI, resource type, ACR-only message). */
export function findAcrMention(index: LineIndex): number | undefined {
  const named = index.linesWithAny([...PRODUCT_PHRASES, ...ACR_ONLY_MESSAGES])[0];
  if (named !== undefined) return named;
  return index
    .linesWith(ACR_WORD)
    .find((i) => saysWord(index.lower(i), ACR_WORD) && !ALIBABA.test(index.line(i)));
}
