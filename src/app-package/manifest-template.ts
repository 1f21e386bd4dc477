import type { PackageSettings } from '../config';

/**
 * appPackage/manifest.json holds `${{NAME}}` placeholders (the Microsoft 365 Agents Toolkit convention) for
 * what differs per deployment. Filling is textual on the JSON source, and every value is validated by
 * config.loadPackageSettings before it gets here, so a value cannot break out of its JSON string.
 */
const PLACEHOLDER = /\$\{\{([A-Z0-9_]+)\}\}/g;

export type FilledManifest =
  | { readonly kind: 'ok'; readonly manifest: Record<string, unknown>; readonly json: string }
  | { readonly kind: 'invalid'; readonly problems: readonly string[] };

export function placeholderValues(settings: PackageSettings): Readonly<Record<string, string>> {
  return {
    TEAMS_APP_ID: settings.teamsAppId,
    BOT_ID: settings.botId,
    BOT_DOMAIN: settings.botDomain,
    AAD_APP_CLIENT_ID: settings.ssoAppId,
  };
}

export function placeholdersIn(template: string): string[] {
  return [...new Set([...template.matchAll(PLACEHOLDER)].map((m) => m[1] ?? ''))];
}

export function fillManifest(template: string, values: Readonly<Record<string, string>>): FilledManifest {
  const unknown = placeholdersIn(template).filter((name) => !(name in values));
  if (unknown.length > 0)
    return { kind: 'invalid', problems: unknown.map((name) => `no value for placeholder \${{${name}}}`) };
  const json = template.replace(PLACEHOLDER, (_whole, name: string) => values[name] ?? '');
  try {
    return { kind: 'ok', manifest: JSON.parse(json) as Record<string, unknown>, json };
  } catch (error) {
    return {
      kind: 'invalid',
      problems: [
        `the filled manifest is not JSON: ${error instanceof Error ? error.message : String(error)}`,
      ],
    };
  }
}
