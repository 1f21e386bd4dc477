/**
 * ACR's naming rule: a registry name has 5 to 50 letters and digits, nothing else. Shared by the engine,
 * the live checks and the bot, so a name is judged the same way everywhere (and before any URL is built).
 */
export const REGISTRY_NAME = /^[a-zA-Z0-9]{5,50}$/;

export function isValidRegistryName(name: string): boolean {
  return REGISTRY_NAME.test(name);
}

/**
 * A login server joined to its repository with a dot instead of a slash (`x.azurecr.io.app:1`): the whole reference
 * is one name with no registry host in it, so Docker sends it to Docker Hub and rejects its capitals as a repository's.
 */
export const GLUED_LOGIN_SERVER = /[a-z0-9]\.azurecr\.(?:io|cn|us)\.[a-z0-9][\w-]{0,127}:\w/i;
