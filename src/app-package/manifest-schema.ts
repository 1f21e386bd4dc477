import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/**
 * Validates a Teams manifest against the official JSON schema that @microsoft/app-manifest ships, offline,
 * with the validator that package itself uses (ajv for JSON Schema draft-04, plus ajv-formats). The schema
 * is chosen by the manifest's own `manifestVersion` and must be the one its `$schema` names.
 *
 * The package's index is not imported: it loads an ES-module-only dependency (strip-bom) that jest's
 * CommonJS runtime cannot require, and it would fetch the schema over the network.
 */

const SCHEMA_URL =
  /^https:\/\/developer\.microsoft\.com\/json-schemas\/teams\/v(\d+\.\d+)\/MicrosoftTeams\.schema\.json$/;

interface Validator {
  (data: unknown): boolean;
  errors?: Array<{ instancePath: string; message?: string; params?: unknown }> | null;
}
interface Ajv {
  compile(schema: unknown): Validator;
}
type AjvClass = new (options: { allErrors: boolean; strictTypes: boolean }) => Ajv;
type AddFormats = (ajv: Ajv, formats: string[]) => void;

const PACKAGE_DIR = dirname(dirname(require.resolve('@microsoft/app-manifest')));

function fromManifestPackage<T>(name: string): T {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const loaded = require(require.resolve(name, { paths: [PACKAGE_DIR] })) as { default?: T } & T;
  return loaded.default ?? loaded;
}

export function bundledSchemaPath(version: string): string {
  return join(PACKAGE_DIR, 'build', 'json-schemas', 'teams', `v${version}`, 'MicrosoftTeams.schema.json');
}

export function manifestProblems(manifest: Readonly<Record<string, unknown>>): string[] {
  const version = manifest['manifestVersion'];
  const url = manifest['$schema'];
  if (typeof version !== 'string' || typeof url !== 'string')
    return ['the manifest needs $schema and manifestVersion'];
  if (SCHEMA_URL.exec(url)?.[1] !== version)
    return [`$schema ${url} does not name manifest version ${version}`];
  const path = bundledSchemaPath(version);
  if (!existsSync(path)) return [`@microsoft/app-manifest bundles no schema for manifest version ${version}`];
  // The published schemas contain a "\a" escape that JavaScript regular expressions reject; the package
  // applies the same replacement when it downloads a schema.
  const schema: unknown = JSON.parse(readFileSync(path, 'utf8').replace(/\\a/g, '\\x07'));
  const Ajv04 = fromManifestPackage<AjvClass>('ajv-draft-04');
  const addFormats = fromManifestPackage<AddFormats>('ajv-formats');
  const ajv = new Ajv04({ allErrors: true, strictTypes: false });
  addFormats(ajv, ['uri', 'email', 'regex']);
  const validate = ajv.compile(schema);
  if (validate(manifest)) return [];
  return (validate.errors ?? []).map((e) =>
    `${e.instancePath || '/'} ${e.message ?? ''} ${e.params ? JSON.stringify(e.params) : ''}`.trim(),
  );
}
