/** ACR's naming rule: 5–50 letters and digits (no hyphens: a hyphen in a login server means a DNL hash). */
export const ACR_NAME = /^[a-zA-Z0-9]{5,50}$/;

export function isValidRegistryName(name: string): boolean {
  return ACR_NAME.test(name);
}

/**
 * Names people write instead of the real one when they redact a paste: `<acrname>`, `REG_NAME`, `xxxx`, and
 * names too short for ACR (`foo`): a real registry cannot be called that, so the paste was edited.
 */
export function isPlaceholderName(name: string): boolean {
  return /[<>_*{}$]/.test(name) || /^x+$/i.test(name) || name.length < 5;
}
