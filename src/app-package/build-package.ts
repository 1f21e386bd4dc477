import AdmZip from 'adm-zip';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describeProblems, loadPackageSettings, processEnv, type Env } from '../config';
import { fillManifest, placeholderValues } from './manifest-template';
import { manifestProblems } from './manifest-schema';
import { appPackageDir } from './paths';

/**
 * `npm run package`: fills appPackage/manifest.json from the environment, validates it against the official
 * schema (offline), and zips it with the icons into appPackage/build/appPackage.zip for upload to Teams.
 */

export type PackageResult =
  | { readonly kind: 'ok'; readonly zipPath: string; readonly manifest: Record<string, unknown> }
  | { readonly kind: 'invalid'; readonly message: string };

export async function buildPackage(env: Env, dir = appPackageDir()): Promise<PackageResult> {
  const settings = loadPackageSettings(env);
  if (settings.kind === 'invalid') {
    return {
      kind: 'invalid',
      message: `set these environment variables:\n${describeProblems(settings.problems)}`,
    };
  }
  const filled = fillManifest(
    readFileSync(join(dir, 'manifest.json'), 'utf8'),
    placeholderValues(settings.settings),
  );
  if (filled.kind === 'invalid') return { kind: 'invalid', message: filled.problems.join('\n') };
  const problems = manifestProblems(filled.manifest);
  if (problems.length > 0)
    return {
      kind: 'invalid',
      message: `the manifest does not match its schema:\n${problems.map((p) => `  - ${p}`).join('\n')}`,
    };

  const buildDir = join(dir, 'build');
  mkdirSync(buildDir, { recursive: true });
  writeFileSync(join(buildDir, 'manifest.json'), filled.json);
  const zip = new AdmZip();
  zip.addFile('manifest.json', Buffer.from(filled.json, 'utf8'));
  zip.addLocalFile(join(dir, 'color.png'));
  zip.addLocalFile(join(dir, 'outline.png'));
  const zipPath = join(buildDir, 'appPackage.zip');
  zip.writeZip(zipPath);
  return { kind: 'ok', zipPath, manifest: filled.manifest };
}

async function main(): Promise<void> {
  const result = await buildPackage(processEnv());
  if (result.kind === 'invalid') {
    process.stderr.write(`acr-doctor: cannot build the Teams app package: ${result.message}\n`);
    process.exit(1);
  }
  process.stdout.write(
    `Teams app package: ${result.zipPath}\nUpload it in Teams (Apps → Manage your apps → Upload an app) or the Developer Portal.\n`,
  );
}

if (require.main === module) {
  main().catch((error: unknown) => {
    process.stderr.write(
      `acr-doctor: cannot build the Teams app package: ${error instanceof Error ? error.message : String(error)}\n`,
    );
    process.exit(1);
  });
}
