// No hyphens in a registry name: a hyphen in a login server means a domain-name-label hash.
export { isValidRegistryName } from '../../knowledge';

const MARKUP_CHAR = /[<>_*{}$]/;
const ONLY_XS = /^x+$/i;
const CAPITALS_NAME = /^[A-Z0-9-]+$/;
const THREE_CAPITALS = /[A-Z]{3}/;

/**
 * Names people write instead of the real one when they redact a paste: `<acrname>`, `REG_NAME`, `xxxx`, and
 * names too short for ACR (`foo`): a real registry cannot be called that, so the paste was edited.
 */
export function isPlaceholderName(name: string): boolean {
  return (
    MARKUP_CHAR.test(name) ||
    ONLY_XS.test(name) ||
    name.length < 5 ||
    REDACTION_WORDS.has(name.toLowerCase()) ||
    // Written in capitals (`REDACTED`, `MYREGISTRY`, `ACRNAME`): a registry name is lower case in every real
    // message, so capitals mean a person typed a stand-in.
    (CAPITALS_NAME.test(name) && THREE_CAPITALS.test(name))
  );
}

/** Words people put where the name was. */
const REDACTION_WORDS = new Set([
  'redacted',
  'removed',
  'hidden',
  'masked',
  'placeholder',
  'replaced',
  'registryname',
  'yourregistry',
  'acrname',
  'youracr',
]);
