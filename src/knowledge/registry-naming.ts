/**
 * ACR's naming rule: a registry name has 5 to 50 letters and digits, nothing else. Shared by the engine,
 * the live checks and the bot, so a name is judged the same way everywhere (and before any URL is built).
 */
export const REGISTRY_NAME = /^[a-zA-Z0-9]{5,50}$/;

export function isValidRegistryName(name: string): boolean {
  return REGISTRY_NAME.test(name);
}
